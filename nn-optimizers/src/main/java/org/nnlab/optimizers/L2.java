package org.nnlab.optimizers;

import java.util.List;
import org.nnlab.api.Parameter;

/** The L2 penalty shared by the rules that add its gradient ({@code sgd}'s and {@code adam}'s {@code l2}). */
final class L2 {
    private L2() {
    }

    /** (lambda / 2n) sum w^2 over the decaying parameters (Nielsen (85)), as network2's total_cost adds it. */
    static double penalty(double lambda, List<Parameter> parameters, int n) {
        if (lambda == 0) {
            return 0.0;
        }
        double sum = 0;
        for (Parameter p : parameters) {
            if (p.decays()) {
                for (float w : p.value().data()) {
                    sum += (double) w * w;
                }
            }
        }
        return 0.5 * lambda / n * sum;
    }
}
