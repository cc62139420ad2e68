package org.nnlab.losses;

import java.util.Objects;
import org.nnlab.api.Loss;
import org.nnlab.api.Activation;
import org.nnlab.api.Matrix;
import org.nnlab.api.NnApi;
import org.nnlab.api.Params;

/**
 * The log-likelihood cost {@code C = -ln a_y} of the true class (Nielsen (80)), written for general target
 * rows as {@code C = -sum_j y_j ln a_j}, which is the same for one-hot {@code y}; {@code dC/da_j = -y_j / a_j}.
 *
 * <table>
 *   <caption>Symbols</caption>
 *   <tr><th>symbol</th><th>argument</th></tr>
 *   <tr><td>a</td><td>{@code a}, outputs in [0, 1], one row per example</td></tr>
 *   <tr><td>y</td><td>{@code y}, one-hot rows (or rows of class probabilities)</td></tr>
 *   <tr><td>delta = dC/dz</td><td>{@code delta}</td></tr>
 * </table>
 *
 * <p>Terms with {@code y_j = 0} are skipped, and {@code a_j} is floored at 1e-12 inside the
 * logarithm and the division, so a saturated correct output costs exactly 0 and a saturated wrong one a
 * finite amount.
 *
 * <p>The fused delta {@code a - y} (Nielsen (81)) is exact for a softmax output layer when each row of
 * {@code y} sums to 1, as one-hot rows do: the general path gives
 * {@code a_j (-y_j / a_j + sum_k y_k) = a_j - y_j}.
 */
public final class LogLikelihoodLoss implements Loss {
    public static final String NAME = "log-likelihood";

    /** Smallest probability used inside a logarithm or a denominator. */
    static final double FLOOR = 1e-12;


    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "log-likelihood -ln a_y of the true class; pairs with softmax";
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
            if (ys[i] != 0f) {
                sum -= ys[i] * Math.log(Math.max(as[i], FLOOR));
            }
        }
        return sum;
    }

    @Override
    public void gradient(Matrix a, Matrix y, Matrix dCda) {
        a.requireSameShape(y, "y");
        a.requireSameShape(dCda, "dCda");
        float[] as = a.data();
        float[] ys = y.data();
        float[] out = dCda.data();
        for (int i = 0; i < as.length; i++) {
            out[i] = ys[i] == 0f ? 0f : (float) (-ys[i] / Math.max(as[i], FLOOR));
        }
    }

    @Override
    public boolean hasFusedDelta(Activation.Form outputActivation) {
        return outputActivation == Activation.Form.SOFTMAX;
    }

    /** {@code delta = a - y} for a softmax output layer (Nielsen (81)); rows of {@code y} must sum to 1. */
    @Override
    public void fusedDelta(Matrix z, Matrix a, Matrix y, Matrix delta) {
        OutputError.aMinusY(a, y, delta);
    }
}
