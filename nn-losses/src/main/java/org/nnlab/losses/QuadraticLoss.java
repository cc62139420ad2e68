package org.nnlab.losses;

import java.util.Objects;
import org.nnlab.api.Loss;
import org.nnlab.api.Activation;
import org.nnlab.api.Matrix;
import org.nnlab.api.NnApi;
import org.nnlab.api.Params;

/**
 * The quadratic cost {@code C = 1/2 ||a - y||^2} per example (Nielsen (6), without the {@code 1/n}, which
 * the caller applies); {@code dC/da = a - y}.
 *
 * <table>
 *   <caption>Symbols</caption>
 *   <tr><th>symbol</th><th>argument</th></tr>
 *   <tr><td>a</td><td>{@code a}, the network's output, one row per example</td></tr>
 *   <tr><td>y</td><td>{@code y}, the target</td></tr>
 *   <tr><td>delta = dC/dz</td><td>{@code delta}</td></tr>
 * </table>
 *
 * <p>The fused delta {@code a - y} is exact for a linear ({@code identity}) output layer only; with
 * sigmoid the general path gives BP1's {@code (a - y) sigma'(z)}, which is what learns slowly when
 * saturated.
 */
public final class QuadraticLoss implements Loss {
    public static final String NAME = "quadratic";


    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "quadratic cost 1/2 ||a - y||^2 per example";
    }

    @Override
    public int apiVersion() {
        return NnApi.VERSION;
    }

    /** Takes no parameters; the instance is stateless, so it is its own configured instance. */
    @Override
    public Loss configure(Params params) {
        Objects.requireNonNull(params, "params is null");
        return this;
    }

    @Override
    public double cost(Matrix a, Matrix y) {
        a.requireSameShape(y, "y");
        float[] as = a.data();
        float[] ys = y.data();
        double sum = 0.0;
        for (int i = 0; i < as.length; i++) {
            double diff = (double) as[i] - ys[i];
            sum += diff * diff;
        }
        return 0.5 * sum;
    }

    @Override
    public void gradient(Matrix a, Matrix y, Matrix dCda) {
        OutputError.aMinusY(a, y, dCda);
    }

    @Override
    public boolean hasFusedDelta(Activation.Form outputActivation) {
        return outputActivation == Activation.Form.IDENTITY;
    }

    @Override
    public void fusedDelta(Matrix z, Matrix a, Matrix y, Matrix delta) {
        gradient(a, y, delta);
    }
}
