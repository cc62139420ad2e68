package org.nnlab.optimizers;

import org.nnlab.api.Optimizer;
import org.nnlab.api.Params;
import org.nnlab.testkit.OptimizerContract;

/** AdamW with its defaults (learning rate 0.001, weight decay 0.01). */
class AdamWOptimizerTest implements OptimizerContract {
    @Override
    public Optimizer optimizer() {
        AdamWOptimizer prototype = new AdamWOptimizer();
        return prototype.configure(Params.defaults(prototype));
    }
}
