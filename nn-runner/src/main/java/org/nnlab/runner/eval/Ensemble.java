package org.nnlab.runner.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.nnlab.core.Evaluator;

/**
 * Several models' outputs on one test set, with each model's confusion matrix and that of their {@link Vote}.
 *
 * @param outputs each model's outputs, {@code classes} per example, row after row
 * @param labels  the true class of each example
 * @param classes the number of classes
 */
public record Ensemble(List<float[]> outputs, int[] labels, int classes) {
    public Ensemble {
        outputs = List.copyOf(outputs);
        Objects.requireNonNull(labels, "labels is null");
        for (float[] model : outputs) {
            if (model.length != labels.length * classes) {
                throw new IllegalArgumentException("a model has " + model.length + " outputs, not "
                        + labels.length * classes);
            }
        }
    }

    /** Model {@code m}'s confusion matrix: its own predicted classes against the true ones. */
    public ConfusionMatrix model(int m) {
        ConfusionMatrix matrix = new ConfusionMatrix(classes);
        float[] model = outputs.get(m);
        for (int i = 0; i < labels.length; i++) {
            matrix.add(labels[i], Evaluator.predicted(model, i * classes, classes));
        }
        return matrix;
    }

    /** Every model's confusion matrix, in order. */
    public List<ConfusionMatrix> models() {
        List<ConfusionMatrix> list = new ArrayList<>();
        for (int m = 0; m < outputs.size(); m++) {
            list.add(model(m));
        }
        return list;
    }

    /** The confusion matrix of the vote. */
    public ConfusionMatrix vote() {
        float[][] models = outputs.toArray(float[][]::new);
        ConfusionMatrix matrix = new ConfusionMatrix(classes);
        for (int i = 0; i < labels.length; i++) {
            matrix.add(labels[i], Vote.decide(models, i, classes));
        }
        return matrix;
    }
}
