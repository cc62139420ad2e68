package org.example.nnplugins;

import java.util.List;
import org.nnlab.api.Activation;
import org.nnlab.api.Matrix;
import org.nnlab.api.NnApi;
import org.nnlab.api.ParamSpec;
import org.nnlab.api.Params;

/**
 * Swish (Ramachandran, Zoph and Le, 2017), element-wise: {@code a = z sigma(beta z)}, with sigma the logistic
 * function; {@code beta = 1} is also known as SiLU. Backward is exact:
 * {@code da/dz = sigma(beta z) (1 + beta z (1 - sigma(beta z)))}, so {@code dC/dz = dC/da * da/dz}.
 *
 * <table>
 *   <caption>Symbols</caption>
 *   <tr><th>symbol</th><th>argument or field</th></tr>
 *   <tr><td>z</td><td>{@code z}, weighted inputs, one row per example</td></tr>
 *   <tr><td>a</td><td>{@code a}</td></tr>
 *   <tr><td>beta</td><td>{@link #beta}, parameter {@code beta}</td></tr>
 *   <tr><td>dC/da, dC/dz</td><td>{@code dCda}, {@code dCdz}</td></tr>
 * </table>
 *
 * <p>Each element is computed in double and rounded to float once. For negative arguments sigma is
 * {@code e^x / (1 + e^x)}, so the exponential never overflows; {@code beta} is at most 100, so
 * {@code beta z} stays finite for every float {@code z}.
 */
public final class SwishActivation implements Activation {
    public static final String NAME = "swish";

    private static final ParamSpec BETA = ParamSpec.number("beta", 1.0, "slope of the gate sigma(beta z)")
            .positive().atMost(100);

    private final double beta;

    /** The prototype, with {@code beta = 1}. */
    public SwishActivation() {
        this(1.0);
    }

    private SwishActivation(double beta) {
        this.beta = beta;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "swish z sigma(beta z), element-wise; smooth, unbounded above, dips slightly below 0";
    }

    @Override
    public List<ParamSpec> parameters() {
        return List.of(BETA);
    }

    @Override
    public int apiVersion() {
        return NnApi.VERSION;
    }

    @Override
    public Activation configure(Params params) {
        return new SwishActivation(params.number(BETA.name()));
    }

    @Override
    public void forward(Matrix z, Matrix a) {
        z.requireSameShape(a, "a");
        float[] zs = z.data();
        float[] as = a.data();
        for (int i = 0; i < zs.length; i++) {
            double zi = zs[i];
            as[i] = (float) (zi * sigmoid(beta * zi));
        }
    }

    @Override
    public void backward(Matrix z, Matrix a, Matrix dCda, Matrix dCdz) {
        z.requireSameShape(a, "a");
        z.requireSameShape(dCda, "dCda");
        z.requireSameShape(dCdz, "dCdz");
        float[] zs = z.data();
        float[] g = dCda.data();
        float[] out = dCdz.data();
        for (int i = 0; i < zs.length; i++) {
            double betaZ = beta * zs[i];
            double s = sigmoid(betaZ);
            out[i] = (float) (g[i] * s * (1.0 + betaZ * (1.0 - s)));
        }
    }

    private static double sigmoid(double x) {
        if (x >= 0) {
            return 1.0 / (1.0 + Math.exp(-x));
        }
        double e = Math.exp(x);
        return e / (1.0 + e);
    }
}
