package org.example.nnplugins;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.nnlab.api.Matrix;
import org.nnlab.api.Optimizer;
import org.nnlab.api.Parameter;
import org.nnlab.api.Params;
import org.nnlab.testkit.OptimizerContract;

class HeavyBallOptimizerTest implements OptimizerContract {
    @Override
    public Optimizer optimizer() {
        return new HeavyBallOptimizer().configure(Params.defaults(new HeavyBallOptimizer()));
    }

    // Oracle: the velocity worked by hand, v1 = -eta g, v2 = mu v1 - eta g.
    @Test
    void velocityAccumulates() {
        HeavyBallOptimizer prototype = new HeavyBallOptimizer();
        Optimizer optimizer = prototype.configure(Params.resolve(prototype, Map.of("learning-rate", 1.0)));
        Matrix w = Matrix.of(new float[] {0f});
        List<Parameter> parameters = List.of(new Parameter("w", w, Matrix.of(new float[] {1f}), true));
        Optimizer.Step step = optimizer.start(parameters, 10);
        step.apply(parameters, 1, 1.0);
        step.apply(parameters, 1, 1.0);
        assertEquals(-1f - 1.9f, w.get(0, 0), 1e-6f, "v = -1, then 0.9 * -1 - 1");
    }
}
