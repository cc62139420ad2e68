package org.nnlab.activations;

import java.util.Objects;
import org.nnlab.api.Activation;
import org.nnlab.api.Matrix;
import org.nnlab.api.NnApi;
import org.nnlab.api.Params;

/**
 * The rectifier {@code a = max(0, z)}, element-wise; backward passes {@code dC/da} where {@code z > 0} and
 * gives 0 elsewhere (the derivative at the kink {@code z = 0} is taken as 0).
 *
 * <table>
 *   <caption>Symbols</caption>
 *   <tr><th>symbol</th><th>argument</th></tr>
 *   <tr><td>z</td><td>{@code z}, weighted inputs</td></tr>
 *   <tr><td>a = max(0, z)</td><td>{@code a}</td></tr>
 *   <tr><td>dC/da, dC/dz</td><td>{@code dCda}, {@code dCdz}</td></tr>
 * </table>
 *
 * <p>A NaN in {@code z} stays NaN in {@code a}, so a diverging run shows up instead of being masked.
 */
public final class ReluActivation implements Activation {
    public static final String NAME = "relu";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "rectified linear unit max(0, z), element-wise";
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
            as[i] = Math.max(zs[i], 0f);
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
            out[i] = zs[i] > 0f ? g[i] : 0f;
        }
    }
}
