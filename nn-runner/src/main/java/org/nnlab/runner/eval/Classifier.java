package org.nnlab.runner.eval;

import java.util.Objects;
import org.nnlab.api.Examples;
import org.nnlab.core.Evaluator;
import org.nnlab.core.Network;

/**
 * A trained network's predictions as the commands show them: the confusion matrix of a set and the probabilities
 * {@code nn predict} prints. The forward pass, its chunks and the class decision are nn-core's {@link Evaluator}'s,
 * the ones training's per-epoch accuracy uses.
 */
public final class Classifier {
    private final Network network;
    private final Evaluator evaluator;

    public Classifier(Network network) {
        this.network = Objects.requireNonNull(network, "network is null");
        this.evaluator = new Evaluator(network);
    }

    /** The confusion matrix of {@code examples} (true class against predicted class). */
    public ConfusionMatrix evaluate(Examples examples) {
        ConfusionMatrix matrix = new ConfusionMatrix(examples.classCount());
        int[] classes = evaluator.classes(examples);
        for (int i = 0; i < classes.length; i++) {
            matrix.add(examples.label(i), classes[i]);
        }
        return matrix;
    }

    /** The output activations of every example, {@link Network#outputs()} per example, row after row. */
    public float[] outputs(Examples examples) {
        return evaluator.outputs(examples);
    }

    /** The class of {@code outputs}: the index of the largest output, the first of equals. */
    public static int best(float[] outputs) {
        return Evaluator.predicted(outputs, 0, outputs.length);
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

    /** The output activations for one input, by the same forward pass. */
    public float[] outputs(float[] features) {
        return evaluator.outputs(new Examples(features.length, network.outputs(), features.clone(), new int[1]));
    }
}
