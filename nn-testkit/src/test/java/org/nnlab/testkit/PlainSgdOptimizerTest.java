package org.nnlab.testkit;

import java.util.Map;
import org.nnlab.api.Optimizer;
import org.nnlab.api.Params;

/** The contract passes for a correct third-party optimizer with number and integer parameters. */
class PlainSgdOptimizerTest implements OptimizerContract {
    @Override
    public Optimizer optimizer() {
        PlainSgdOptimizer prototype = new PlainSgdOptimizer();
        return prototype.configure(Params.resolve(prototype, Map.of("learning-rate", 3.0, "lambda", 5.0)));
    }
}
