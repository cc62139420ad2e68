package org.nnlab.runner.eval;

import org.nnlab.core.Evaluator;

/**
 * The ensemble's decision for one example: a plurality vote of the models' predicted classes (each model's class is
 * its largest output, the first of equals). A tie between classes with the same number of votes goes to the tied
 * class with the largest output summed over all models, then to the lowest class index.
 */
public final class Vote {
    /** The tie rule in words, as {@code nn eval --help} and the output state it. */
    public static final String TIE_RULE = "a tie goes to the tied class with the largest summed output,"
            + " then to the lowest class index";

    private Vote() {
    }

    /**
     * The voted class of example {@code example}, given each model's outputs for all examples ({@code models[m]}
     * holds {@code classes} outputs per example, row after row).
     */
    public static int decide(float[][] models, int example, int classes) {
        int[] votes = new int[classes];
        double[] sums = new double[classes];
        int offset = example * classes;
        for (float[] outputs : models) {
            votes[Evaluator.predicted(outputs, offset, classes)]++;
            for (int c = 0; c < classes; c++) {
                sums[c] += outputs[offset + c];
            }
        }
        int best = 0;
        for (int c = 1; c < classes; c++) {
            if (votes[c] > votes[best] || votes[c] == votes[best] && sums[c] > sums[best]) {
                best = c;
            }
        }
        return best;
    }
}
