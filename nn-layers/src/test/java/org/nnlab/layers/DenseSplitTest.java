package org.nnlab.layers;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.nnlab.api.Layer;
import org.nnlab.api.Matrix;
import org.nnlab.api.Params;
import org.nnlab.api.Shape;

/** A dense layer too small for a split keeps its loops on the caller's thread; a large one splits them. */
class DenseSplitTest {
    private static int parallelCalls(int inputs, int units, int rows) {
        Layer dense = new DenseLayer().configure(Params.resolve(new DenseLayer(), Map.of("units", units)));
        Layer.Instance instance = dense.create(Shape.flat(inputs), "d");
        Layer.Workspace workspace = instance.workspace(rows, 2);
        Matrix x = new Matrix(rows, inputs);
        x.fill(0.5f);
        Matrix z = new Matrix(rows, units);
        SplitRanges batch = new SplitRanges(2);
        workspace.forward(x, z, batch);
        workspace.backward(x, z, z.copy(), new Matrix(rows, inputs), batch);
        return batch.calls;
    }

    @Test
    void aBatchOf10Through100To10StaysOnTheCallersThread() {
        assertEquals(0, parallelCalls(100, 10, 10));
    }

    @Test
    void aBatchOf10Through2880To100IsSplit() {
        assertEquals(3, parallelCalls(2880, 100, 10), "forward, weight gradient, input gradient");
    }
}
