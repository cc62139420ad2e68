package org.nnlab.activations;

import java.util.Objects;
import org.nnlab.api.Activation;
import org.nnlab.api.Matrix;
import org.nnlab.api.NnApi;
import org.nnlab.api.Params;

/**
 * Softmax over each row: {@code a_j = e^(z_j) / sum_k e^(z_k)} (Nielsen (78)), so each example's outputs
 * are positive and sum to 1.
 *
 * <table>
 *   <caption>Symbols</caption>
 *   <tr><th>symbol</th><th>argument</th></tr>
 *   <tr><td>z</td><td>{@code z}, one row per example</td></tr>
 *   <tr><td>a = softmax(z)</td><td>{@code a}</td></tr>
 *   <tr><td>g = dC/da</td><td>{@code dCda}</td></tr>
 *   <tr><td>dC/dz</td><td>{@code dCdz}</td></tr>
 * </table>
 *
 * <p>Forward subtracts the row's maximum before exponentiating (softmax is invariant under a shift of
 * the row), so no exponential overflows, and sums in double. Backward is the exact vector-Jacobian
 * product {@code dC/dz_j = a_j (g_j - sum_k a_k g_k)}, not the diagonal {@code a_j (1 - a_j) g_j}; with
 * the log-likelihood cost it gives the book's {@code a - y} (Nielsen (81)).
 */
public final class SoftmaxActivation implements Activation {
    public static final String NAME = "softmax";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "softmax over each example's outputs, which are positive and sum to 1";
    }

    @Override
    public int apiVersion() {
        return NnApi.VERSION;
    }

    /** Takes no parameters; the instance is stateless, so it is its own configured instance. */
    @Override
    public Activation configure(Params params) {
        Objects.requireNonNull(params, "params is null");
        return this;
    }

    @Override
    public void forward(Matrix z, Matrix a) {
        z.requireSameShape(a, "a");
        float[] zs = z.data();
        float[] as = a.data();
        int cols = z.cols();
        for (int start = 0; start < zs.length; start += cols) {
            int end = start + cols;
            float max = Float.NEGATIVE_INFINITY;
            for (int i = start; i < end; i++) {
                max = Math.max(max, zs[i]);
            }
            double sum = 0.0;
            for (int i = start; i < end; i++) {
                float e = (float) Math.exp(zs[i] - max);
                as[i] = e;
                sum += e;
            }
            for (int i = start; i < end; i++) {
                as[i] = (float) (as[i] / sum);
            }
        }
    }

    @Override
    public void backward(Matrix z, Matrix a, Matrix dCda, Matrix dCdz) {
        z.requireSameShape(a, "a");
        z.requireSameShape(dCda, "dCda");
        z.requireSameShape(dCdz, "dCdz");
        float[] as = a.data();
        float[] g = dCda.data();
        float[] out = dCdz.data();
        int cols = a.cols();
        for (int start = 0; start < as.length; start += cols) {
            int end = start + cols;
            double weighted = 0.0;
            for (int i = start; i < end; i++) {
                weighted += (double) as[i] * g[i];
            }
            for (int i = start; i < end; i++) {
                out[i] = (float) (as[i] * (g[i] - weighted));
            }
        }
    }

    @Override
    public Form form() {
        return Form.SOFTMAX;
    }
}
