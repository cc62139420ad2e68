package org.nnlab.runner.api;

import java.util.List;
import java.util.Locale;

/**
 * Public API: a model's answer for one input: the class (the largest output) and each class's probability as
 * {@code nn predict} prints it (softmax outputs as they are; other outputs, e.g. sigmoid, normalised to sum 1).
 */
public final class Prediction {
    private final int classIndex;
    private final List<String> labels;
    private final double[] probabilities;
    private final float[] outputs;

    Prediction(int classIndex, List<String> labels, double[] probabilities, float[] outputs) {
        this.classIndex = classIndex;
        this.labels = labels;
        this.probabilities = probabilities;
        this.outputs = outputs;
    }

    /** The predicted class's index, in output order. */
    public int classIndex() {
        return classIndex;
    }

    /** The predicted class's label (for the built-in datasets, the digit: {@code "7"}). */
    public String label() {
        return labels.get(classIndex);
    }

    /** The predicted class's probability. */
    public double probability() {
        return probabilities[classIndex];
    }

    /** Every class's probability, in output order (a copy). */
    public double[] probabilities() {
        return probabilities.clone();
    }

    /** The network's output activations as they are (a copy). */
    public float[] outputs() {
        return outputs.clone();
    }

    /** The class labels, in output order. */
    public List<String> labels() {
        return labels;
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%s (%.1f%%)", label(), 100 * probability());
    }
}
