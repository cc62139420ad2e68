package org.nnlab.optimizers;

import java.util.Map;
import org.nnlab.api.Optimizer;
import org.nnlab.api.Params;
import org.nnlab.testkit.OptimizerContract;

/** Adam at its usual learning rate 0.001, with L2: the contract's bowl suits it without overrides. */
class AdamOptimizerTest implements OptimizerContract {
    @Override
    public Optimizer optimizer() {
        AdamOptimizer prototype = new AdamOptimizer();
        return prototype.configure(Params.resolve(prototype, Map.of("l2", 5.0)));
    }
}
