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

class ConvLayerTest implements LayerContract {
    @Override
    public Layer layer() {
        return new ConvLayer().configure(Params.resolve(new ConvLayer(), validParameters()));
    }

    @Override
    public Map<String, Object> validParameters() {
        return Map.of("filters", 3, "size", 3);
    }

    @Override
    public Shape inputShape() {
        return new Shape(2, 7, 6);
    }

    @Override
    public Optional<Shape> impossibleInput() {
        return Optional.of(new Shape(1, 2, 9));
    }

    @Test
    void refusesAFilterLargerThanTheInput_sayingBothSizes() {
        Layer conv = new ConvLayer().configure(Params.resolve(new ConvLayer(), Map.of("filters", 20, "size", 5)));
        UserException e = assertThrows(UserException.class, () -> conv.outputShape(new Shape(1, 3, 3)));
        assertEquals("conv 5x5 on a 1x3x3 input: each side of the input must be at least 5 (use a smaller size,"
                + " or one pooling layer less before it)", e.getMessage());
    }

    /** Oracle: the definition z[f][y][x] = b[f] + sum over c, i, j of w[f][c][i][j] x[c][y + i][x + j], in double. */
    @Test
    void forwardIsTheValidCrossCorrelationOfItsDefinition() {
        Layer conv = layer();
        Shape in = new Shape(2, 5, 4);
        Layer.Instance instance = conv.create(in, "c");
        java.util.SplittableRandom rng = new java.util.SplittableRandom(3);
        float[] w = instance.parameters().get(0).value().data();
        float[] b = instance.parameters().get(1).value().data();
        for (int i = 0; i < w.length; i++) {
            w[i] = (float) rng.nextGaussian();
        }
        for (int i = 0; i < b.length; i++) {
            b[i] = (float) rng.nextGaussian();
        }
        Matrix x = new Matrix(2, in.size());
        for (int i = 0; i < x.data().length; i++) {
            x.data()[i] = (float) rng.nextGaussian();
        }
        Matrix z = new Matrix(2, instance.output().size());
        instance.workspace(2, 1).forward(x, z, SingleThread.TRAINING);
        Shape out = instance.output();
        for (int r = 0; r < 2; r++) {
            for (int f = 0; f < out.channels(); f++) {
                for (int y = 0; y < out.height(); y++) {
                    for (int xo = 0; xo < out.width(); xo++) {
                        double sum = b[f];
                        for (int c = 0; c < 2; c++) {
                            for (int i = 0; i < 3; i++) {
                                for (int j = 0; j < 3; j++) {
                                    sum += w[f * 18 + (c * 3 + i) * 3 + j]
                                            * x.get(r, (c * 5 + y + i) * 4 + xo + j);
                                }
                            }
                        }
                        assertEquals(sum, z.get(r, (f * out.height() + y) * out.width() + xo), 1e-4,
                                "z[" + r + "][" + f + "][" + y + "][" + xo + "]");
                    }
                }
            }
        }
    }
}
