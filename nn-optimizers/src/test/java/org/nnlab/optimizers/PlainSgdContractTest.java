package org.nnlab.optimizers;

import java.util.Map;
import org.nnlab.api.Optimizer;
import org.nnlab.api.Params;
import org.nnlab.testkit.OptimizerContract;

class PlainSgdContractTest implements OptimizerContract {
    @Override
    public Optimizer optimizer() {
        SgdOptimizer prototype = new SgdOptimizer();
        return prototype.configure(Params.resolve(prototype, Map.of("learning-rate", 0.5, "l2", 5.0)));
    }
}
