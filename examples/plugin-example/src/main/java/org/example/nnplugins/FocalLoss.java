package org.example.nnplugins;

import java.util.List;
import org.nnlab.api.Loss;
import org.nnlab.api.Matrix;
import org.nnlab.api.NnApi;
import org.nnlab.api.ParamSpec;
import org.nnlab.api.Params;

/**
 * The focal loss (Lin, Goyal, Girshick, He and Dollar, 2017) in its binary form per output unit, summed over
 * units and examples: {@code C = -sum_j [y_j (1 - a_j)^gamma ln a_j + (1 - y_j) a_j^gamma ln(1 - a_j)]}. It
 * down-weights outputs that are already nearly right; {@code gamma = 0} is the cross-entropy. Its gradient is
 *
 * <pre>
 * dC/da_j = y_j [gamma (1 - a_j)^(gamma - 1) ln a_j - (1 - a_j)^gamma / a_j]
 *         + (1 - y_j) [a_j^gamma / (1 - a_j) - gamma a_j^(gamma - 1) ln(1 - a_j)]
 * </pre>
 *
 * <table>
 *   <caption>Symbols</caption>
 *   <tr><th>symbol</th><th>argument or field</th></tr>
 *   <tr><td>a</td><td>{@code a}, outputs in [0, 1], one row per example</td></tr>
 *   <tr><td>y</td><td>{@code y}, targets in [0, 1] (one-hot rows for classification)</td></tr>
 *   <tr><td>gamma</td><td>{@link #gamma}, parameter {@code gamma}</td></tr>
 * </table>
 *
 * <p>Numerically safe: a term whose weight {@code y} or {@code 1 - y} is 0 is skipped, and the arguments of
 * the logarithms, the denominators and the bases raised to {@code gamma - 1} are floored at {@link #FLOOR},
 * so saturated outputs give a finite cost and gradient, and a saturated correct output costs exactly 0.
 * Declares no fused output delta: the general path, gradient then the activation's backward, is exact.
 */
public final class FocalLoss implements Loss {
    public static final String NAME = "focal";

    /** Smallest value used inside a logarithm, a denominator or a negative power. */
    static final double FLOOR = 1e-12;

    private static final ParamSpec GAMMA = ParamSpec.number("gamma", 2.0,
            "focusing exponent: how much nearly-right outputs are down-weighted; 0 gives cross-entropy")
            .atLeast(0).atMost(10);

    private final double gamma;

    /** The prototype, with {@code gamma = 2} (the paper's choice). */
    public FocalLoss() {
        this(2.0);
    }

    private FocalLoss(double gamma) {
        this.gamma = gamma;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "focal loss -[y (1 - a)^gamma ln a + (1 - y) a^gamma ln(1 - a)] summed over output units";
    }

    @Override
    public List<ParamSpec> parameters() {
        return List.of(GAMMA);
    }

    @Override
    public int apiVersion() {
        return NnApi.VERSION;
    }

    @Override
    public Loss configure(Params params) {
        return new FocalLoss(params.number(GAMMA.name()));
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
                sum -= yi * Math.pow(1.0 - ai, gamma) * Math.log(Math.max(ai, FLOOR));
            }
            if (yi != 1.0) {
                sum -= (1.0 - yi) * Math.pow(ai, gamma) * Math.log(Math.max(1.0 - ai, FLOOR));
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
            double yi = ys[i];
            double aSafe = Math.max(ai, FLOOR);
            double rest = Math.max(1.0 - ai, FLOOR);
            double g = 0.0;
            if (yi != 0.0) {
                g += yi * (gamma * Math.pow(rest, gamma - 1) * Math.log(aSafe) - Math.pow(1.0 - ai, gamma) / aSafe);
            }
            if (yi != 1.0) {
                g += (1.0 - yi) * (Math.pow(ai, gamma) / rest - gamma * Math.pow(aSafe, gamma - 1) * Math.log(rest));
            }
            out[i] = (float) g;
        }
    }
}
