package org.nnlab.layers;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.nnlab.api.Layer;
import org.nnlab.api.Matrix;
import org.nnlab.api.Params;
import org.nnlab.api.Shape;
import org.nnlab.testkit.LayerContract;

class DropoutLayerTest implements LayerContract {
    @Override
    public Layer layer() {
        return new DropoutLayer().configure(Params.resolve(new DropoutLayer(), validParameters()));
    }

    @Override
    public Map<String, Object> validParameters() {
        return Map.of("rate", 0.5);
    }

    @Test
    void trainingKeepsWhereTheNoiseIsAtLeastTheRate_scaledUp_andEvaluationPassesThrough() {
        Layer.Instance dropout = layer().create(Shape.flat(4), "d");
        Layer.Workspace ws = dropout.workspace(1, 1);
        Matrix x = Matrix.of(new float[] {1, 2, 3, 4});
        Matrix a = new Matrix(1, 4);
        ws.forward(x, a, SingleThread.TRAINING);
        float[] expected = new float[4];
        for (int u = 0; u < 4; u++) {
            expected[u] = SingleThread.TRAINING.uniform(0, u) < 0.5 ? 0f : x.get(0, u) * 2f;
        }
        assertEquals(Matrix.of(expected), a, "inverted dropout: kept values doubled at rate 0.5");
        ws.forward(x, a, SingleThread.EVALUATION);
        assertEquals(x, a, "evaluation passes the input through");
    }
}
