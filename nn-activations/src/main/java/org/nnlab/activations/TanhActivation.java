package org.nnlab.activations;

import java.util.Objects;
import org.nnlab.api.Activation;
import org.nnlab.api.Matrix;
import org.nnlab.api.NnApi;
import org.nnlab.api.Params;

/**
 * The hyperbolic tangent {@code a = tanh(z)}, element-wise, outputs in (-1, 1); backward is
 * {@code dC/dz = dC/da * (1 - a^2)}.
 *
 * <table>
 *   <caption>Symbols</caption>
 *   <tr><th>symbol</th><th>argument</th></tr>
 *   <tr><td>z</td><td>{@code z}, weighted inputs</td></tr>
 *   <tr><td>a = tanh(z)</td><td>{@code a}</td></tr>
 *   <tr><td>dC/da, dC/dz</td><td>{@code dCda}, {@code dCdz}</td></tr>
 * </table>
 */
public final class TanhActivation implements Activation {
    public static final String NAME = "tanh";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "hyperbolic tangent, element-wise, outputs in (-1, 1)";
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
        for (int i = 0; i < zs.length; i++) {
            as[i] = (float) Math.tanh(zs[i]);
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
        for (int i = 0; i < as.length; i++) {
            out[i] = g[i] * (1f - as[i] * as[i]);
        }
    }
}
