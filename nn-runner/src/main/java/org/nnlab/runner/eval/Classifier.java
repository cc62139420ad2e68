package org.nnlab.runner.eval;

import java.util.Objects;
import org.nnlab.api.Examples;
import org.nnlab.api.Matrix;
import org.nnlab.core.Network;

/** Runs a trained network forward on examples, a chunk at a time. */
public final class Classifier {
    private static final int CHUNK = 500;

    private final Network network;

    public Classifier(Network network) {
        this.network = Objects.requireNonNull(network, "network is null");
    }

    /** The confusion matrix of {@code examples} (true class against predicted class). */
    public ConfusionMatrix evaluate(Examples examples) {
        ConfusionMatrix matrix = new ConfusionMatrix(examples.classCount());
        int features = examples.featureCount();
        for (int from = 0; from < examples.count(); from += CHUNK) {
            int rows = Math.min(CHUNK, examples.count() - from);
            float[] chunk = new float[rows * features];
            System.arraycopy(examples.features(), from * features, chunk, 0, chunk.length);
            Matrix outputs = network.predict(Matrix.wrap(rows, features, chunk));
            for (int r = 0; r < rows; r++) {
                matrix.add(examples.label(from + r), Network.argmax(outputs, r));
            }
        }
        return matrix;
    }

    /** The output activations of every example, {@link Network#outputs()} per example, row after row. */
    public float[] outputs(Examples examples) {
        int features = examples.featureCount();
        int classes = network.outputs();
        float[] result = new float[examples.count() * classes];
        for (int from = 0; from < examples.count(); from += CHUNK) {
            int rows = Math.min(CHUNK, examples.count() - from);
            float[] chunk = new float[rows * features];
            System.arraycopy(examples.features(), from * features, chunk, 0, chunk.length);
            Matrix outputs = network.predict(Matrix.wrap(rows, features, chunk));
            for (int r = 0; r < rows; r++) {
                for (int c = 0; c < classes; c++) {
                    result[(from + r) * classes + c] = outputs.get(r, c);
                }
            }
        }
        return result;
    }

    /** The class of {@code outputs}: the index of the largest output, the first of equals. */
    public static int best(float[] outputs) {
        int best = 0;
        for (int c = 0; c < outputs.length; c++) {
            best = outputs[c] > outputs[best] ? c : best;
        }
        return best;
    }

    /**
     * Each class's probability as {@code nn predict} prints it: softmax outputs as they are, other outputs
     * (sigmoid) with negatives taken as 0 and normalised to sum 1; all 0 when every output is 0 or less.
     */
    public static double[] probabilities(float[] outputs) {
        double sum = 0;
        for (float output : outputs) {
            sum += Math.max(0, output);
        }
        double[] result = new double[outputs.length];
        for (int c = 0; c < outputs.length; c++) {
            result[c] = sum == 0 ? 0 : Math.max(0, outputs[c]) / sum;
        }
        return result;
    }

    /** The output activations for one input. */
    public float[] outputs(float[] features) {
        Matrix outputs = network.predict(Matrix.wrap(1, features.length, features.clone()));
        float[] result = new float[outputs.cols()];
        for (int c = 0; c < result.length; c++) {
            result[c] = outputs.get(0, c);
        }
        return result;
    }
}
