package org.nnlab.layers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.nnlab.api.Layer;
import org.nnlab.api.Matrix;
import org.nnlab.api.Params;
import org.nnlab.api.Shape;
import org.nnlab.api.UserException;
import org.nnlab.testkit.LayerContract;

class MaxPoolLayerTest implements LayerContract {
    @Override
    public Layer layer() {
        return new MaxPoolLayer().configure(Params.resolve(new MaxPoolLayer(), validParameters()));
    }

    @Override
    public Map<String, Object> validParameters() {
        return Map.of("size", 2);
    }

    @Override
    public Optional<Shape> impossibleInput() {
        return Optional.of(new Shape(1, 5, 4));
    }

    @Test
    void refusesASizeThatDoesNotDivide_namingTheShape() {
        UserException e = assertThrows(UserException.class, () -> layer().outputShape(new Shape(20, 5, 5)));
        assertEquals("max-pool 2 on a 20x5x5 input: 2 must divide the height 5 and the width 5 (use a size that"
                + " divides both, or change the conv size before it)", e.getMessage());
    }

    @Test
    void forwardTakesEachWindowsMaximum_andBackwardRoutesToIt() {
        Layer.Instance pool = layer().create(new Shape(1, 2, 4), "p");
        Layer.Workspace ws = pool.workspace(1, 1);
        Matrix x = Matrix.of(new float[] {1, 5, -1, -2, 3, 2, -3, -4});
        Matrix a = new Matrix(1, 2);
        ws.forward(x, a, SingleThread.TRAINING);
        assertEquals(Matrix.of(new float[] {5, -1}), a);
        Matrix g = new Matrix(1, 8);
        ws.backward(x, a, Matrix.of(new float[] {10, 20}), g, SingleThread.TRAINING);
        assertEquals(Matrix.of(new float[] {0, 10, 20, 0, 0, 0, 0, 0}), g);
    }
}
