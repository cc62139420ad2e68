package org.nnlab.losses;

import java.util.Objects;
import org.nnlab.api.Loss;
import org.nnlab.api.Activation;
import org.nnlab.api.Matrix;
import org.nnlab.api.NnApi;
import org.nnlab.api.Params;

/**
 * The cross-entropy cost of network2.py, per output unit in its binary form:
 * {@code C = -sum_j [y_j ln a_j + (1 - y_j) ln(1 - a_j)]} per example (Nielsen (63), without the
 * {@code 1/n}, which the caller applies), with {@code dC/da_j = (a_j - y_j) / (a_j (1 - a_j))}.
 *
 * <table>
 *   <caption>Symbols</caption>
 *   <tr><th>symbol</th><th>argument</th></tr>
 *   <tr><td>a</td><td>{@code a}, outputs in [0, 1], one row per example</td></tr>
 *   <tr><td>y</td><td>{@code y}, targets in [0, 1] (one-hot rows for classification)</td></tr>
 *   <tr><td>delta = dC/dz</td><td>{@code delta}</td></tr>
 * </table>
 *
 * <p>Where network2.py uses {@code nan_to_num}, this class skips a term whose weight {@code y} or
 * {@code 1 - y} is 0 ({@code 0 ln 0 = 0}), and floors the arguments of the logarithms and the factors of
 * the denominator at 1e-12: a saturated correct output costs exactly 0, a saturated wrong one a
 * finite amount, and the gradient stays finite.
 *
 * <p>The fused delta {@code a - y} (Nielsen (66)) is exact for a sigmoid output layer only. With softmax
 * the outputs of a row are coupled, and this binary form's gradient pulled back through softmax is not
 * {@code a - y}: for a one-hot {@code y} with true class {@code t}, {@code dC/dz_j} for {@code j != t} is
 * {@code a_j / (1 - a_j) - a_j S}, where {@code S = -1 + sum_(k != t) a_k / (1 - a_k)}, which differs from
 * {@code a_j}. Softmax outputs pair with {@code log-likelihood} instead.
 */
public final class CrossEntropyLoss implements Loss {
    public static final String NAME = "cross-entropy";

    /** Smallest probability used inside a logarithm or a denominator. */
    static final double FLOOR = 1e-12;


    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "cross-entropy -[y ln a + (1 - y) ln(1 - a)] summed over output units; pairs with sigmoid";
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
            double ai = as[i];
            double yi = ys[i];
            if (yi != 0.0) {
                sum -= yi * Math.log(Math.max(ai, FLOOR));
            }
            if (yi != 1.0) {
                sum -= (1.0 - yi) * Math.log(Math.max(1.0 - ai, FLOOR));
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
            double ai = as[i];
            out[i] = (float) ((ai - ys[i]) / (Math.max(ai, FLOOR) * Math.max(1.0 - ai, FLOOR)));
        }
    }

    @Override
    public boolean hasFusedDelta(Activation.Form outputActivation) {
        return outputActivation == Activation.Form.LOGISTIC;
    }

    /** {@code delta = a - y} for a sigmoid output layer (Nielsen (66)). */
    @Override
    public void fusedDelta(Matrix z, Matrix a, Matrix y, Matrix delta) {
        OutputError.aMinusY(a, y, delta);
    }
}
