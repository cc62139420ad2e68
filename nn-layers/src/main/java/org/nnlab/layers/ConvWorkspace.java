package org.nnlab.layers;

import java.util.Arrays;
import org.nnlab.api.BatchContext;
import org.nnlab.api.Layer;
import org.nnlab.api.Matrix;

/**
 * A convolution's loops over one batch size. Each output plane is computed at the input's full width W (its
 * {@code OH x W} "padded" plane, the columns past {@code OW} being scratch): then the contribution of one
 * filter weight {@code w[f][c][i][j]} to the whole plane is a single long {@code axpy} of the input channel
 * shifted by {@code i * W + j}, over {@code OH * W - (size - 1)} values, which the JIT vectorises; no im2col
 * copy. Backward, {@code dC/doutput} is spread into the same padded layout with zeros in the scratch columns, so
 * the same runs give the weight gradient (dot products) and {@code dC/dinput} (axpys) exactly.
 *
 * <p>Threads: forward and {@code dC/dinput} are split over examples, the weight and bias gradients over
 * filters; each element is written by one thread, its sum in a fixed order.
 */
final class ConvWorkspace implements Layer.Workspace {
    private final ConvInstance layer;
    private final int batchSize;
    private final int channels;
    private final int height;
    private final int width;
    private final int filters;
    private final int size;
    private final int outHeight;
    private final int outWidth;
    /** Values per padded plane, OH * W. */
    private final int plane;
    /** The length of one shifted run, OH * W - (size - 1): the last row's scratch tail would read past the input. */
    private final int span;
    /** batch x filters x plane: z (forward), then dC/dz (backward), in the padded layout. */
    private final float[] padded;
    /** Where each filter weight's input value lies relative to its output position, in weight order. */
    private final int[] offsets;
    private final BatchContext.RangeBody forwardRows;
    private final BatchContext.RangeBody spreadRows;
    private final BatchContext.RangeBody gradientFilters;
    private final BatchContext.RangeBody inputGradientRows;
    private Matrix in;
    private Matrix out;
    private Matrix dIn;

    ConvWorkspace(ConvInstance layer, int batchSize) {
        this.layer = layer;
        this.batchSize = batchSize;
        this.channels = layer.input.channels();
        this.height = layer.input.height();
        this.width = layer.input.width();
        this.filters = layer.output.channels();
        this.size = layer.size;
        this.outHeight = layer.output.height();
        this.outWidth = layer.output.width();
        this.plane = outHeight * width;
        this.span = plane - (size - 1);
        this.padded = new float[Math.multiplyExact(batchSize, Math.multiplyExact(filters, plane))];
        this.offsets = ConvKernels.offsets(channels, height, width, size);
        this.forwardRows = this::forwardRows;
        this.spreadRows = this::spreadRows;
        this.gradientFilters = this::gradientFilters;
        this.inputGradientRows = this::inputGradientRows;
    }

    @Override
    public void forward(Matrix input, Matrix output, BatchContext batch) {
        in = input;
        out = output;
        batch.parallel(batchSize, forwardRows);
    }

    /**
     * z[f][y][x] = b[f] + sum over (c, i, j) in that order of w[f][c][i][j] x[c][y + i][x + j], each term a fused
     * multiply-add: the same chain per element as an axpy of each weight over the padded plane, but a block of
     * the output row stays in registers while all the filter's weights are applied to it, and is stored once.
     */
    private void forwardRows(int from, int to) {
        float[] x = in.data();
        float[] z = out.data();
        float[] w = layer.weights.value().data();
        float[] b = layer.biases.value().data();
        int inSize = channels * height * width;
        int perFilter = channels * size * size;
        int outPlane = outHeight * outWidth;
        for (int r = from; r < to; r++) {
            for (int f = 0; f < filters; f++) {
                int o = (r * filters + f) * outPlane;
                int wf = f * perFilter;
                ConvKernels.forwardPlane(x, r * inSize, width, offsets, w, wf, b[f], z, o, outWidth, outHeight);
            }
        }
    }

    @Override
    public void backward(Matrix input, Matrix output, Matrix outputGradient, Matrix inputGradient,
                         BatchContext batch) {
        in = input;
        out = outputGradient;
        dIn = inputGradient;
        batch.parallel(batchSize, spreadRows);
        batch.parallel(filters, gradientFilters);
        if (dIn != null) {
            batch.parallel(batchSize, inputGradientRows);
        }
    }

    /** dC/dz into the padded layout, zeros in the scratch columns. */
    private void spreadRows(int from, int to) {
        float[] delta = out.data();
        int outPlane = outHeight * outWidth;
        Arrays.fill(padded, from * filters * plane, to * filters * plane, 0f);
        for (int r = from; r < to; r++) {
            for (int f = 0; f < filters; f++) {
                int p = (r * filters + f) * plane;
                int o = (r * filters + f) * outPlane;
                for (int y = 0; y < outHeight; y++) {
                    System.arraycopy(delta, o + y * outWidth, padded, p + y * width, outWidth);
                }
            }
        }
    }

    /** dC/dw[f][c][i][j] = sum over rows, then positions, of x[c][y + i][x + j] dC/dz[f][y][x]; dC/db[f] likewise. */
    private void gradientFilters(int from, int to) {
        float[] x = in.data();
        float[] nablaW = layer.weights.gradient().data();
        float[] nablaB = layer.biases.gradient().data();
        float[] delta = out.data();
        int inSize = channels * height * width;
        int perFilter = channels * size * size;
        int outPlane = outHeight * outWidth;
        for (int f = from; f < to; f++) {
            // each weight's sum starts at 0 and adds the rows' dots in order; every weight's dot runs over the same
            // dC/dz plane, so four weights share a pass over it, whichever rows and columns of the window they are
            Arrays.fill(nablaW, f * perFilter, (f + 1) * perFilter, 0f);
            for (int r = 0; r < batchSize; r++) {
                int p = (r * filters + f) * plane;
                int t = 0;
                for (; t + 4 <= perFilter; t += 4) {
                    Saxpy.dot4Add(x, r * inSize, offsets, t, padded, p, span, nablaW, f * perFilter + t);
                }
                for (; t < perFilter; t++) {
                    nablaW[f * perFilter + t] += Saxpy.dot(x, r * inSize + offsets[t], padded, p, span);
                }
            }
            float bias = 0f;
            for (int r = 0; r < batchSize; r++) {
                int o = (r * filters + f) * outPlane;
                for (int k = 0; k < outPlane; k++) {
                    bias += delta[o + k];
                }
            }
            nablaB[f] = bias;
        }
    }

    /** dC/dx[c][y + i][x + j] += w[f][c][i][j] dC/dz[f][y][x], filter by filter in order. */
    private void inputGradientRows(int from, int to) {
        float[] g = dIn.data();
        float[] w = layer.weights.value().data();
        int inSize = channels * height * width;
        int perFilter = channels * size * size;
        Arrays.fill(g, from * inSize, to * inSize, 0f);
        for (int r = from; r < to; r++) {
            for (int f = 0; f < filters; f++) {
                int p = (r * filters + f) * plane;
                for (int c = 0; c < channels; c++) {
                    for (int i = 0; i < size; i++) {
                        for (int j = 0; j < size; j++) {
                            float weight = w[f * perFilter + (c * size + i) * size + j];
                            Saxpy.axpy(weight, padded, p, g, r * inSize + (c * height + i) * width + j, span);
                        }
                    }
                }
            }
        }
    }
}
