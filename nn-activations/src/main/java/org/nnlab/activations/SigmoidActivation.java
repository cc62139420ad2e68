package org.nnlab.activations;

import java.util.Objects;
import org.nnlab.api.Activation;
import org.nnlab.api.Matrix;
import org.nnlab.api.NnApi;
import org.nnlab.api.Params;

/**
 * The logistic sigmoid {@code a = 1 / (1 + e^-z)}, element-wise (Nielsen (3)); backward is
 * {@code dC/dz = dC/da * a (1 - a)}, the {@code sigma'(z)} of BP1 and BP2 written with {@code a}.
 *
 * <table>
 *   <caption>Symbols</caption>
 *   <tr><th>symbol</th><th>argument</th></tr>
 *   <tr><td>z</td><td>{@code z}, weighted inputs</td></tr>
 *   <tr><td>a = sigma(z)</td><td>{@code a}</td></tr>
 *   <tr><td>dC/da, dC/dz</td><td>{@code dCda}, {@code dCdz}</td></tr>
 * </table>
 *
 * <p>The book's {@code 1 / (1 + exp(-z))}, computed in double and rounded once to float: {@code z = -1000} gives
 * 0 (e^1000 is an infinite double), not the overflow warning of network2.py.
 *
 * <p>With the JDK's Vector API module ({@code --add-modules jdk.incubator.vector}, as {@code nn} runs) the forward
 * pass runs on {@link SigmoidLanes}, with the same bits for every input.
 */
public final class SigmoidActivation implements Activation {
    public static final String NAME = "sigmoid";

    /**
     * Whether the forward pass runs on {@link SigmoidLanes}: the JDK's Vector API module is in the boot layer (a JVM
     * started without {@code --add-modules jdk.incubator.vector} cannot load that class, so it is not touched then),
     * {@code -Dnn.kernels.scalar} is not set, and the vector form is the faster one on this machine.
     */
    static final boolean VECTOR = ModuleLayer.boot().findModule("jdk.incubator.vector").isPresent()
            && !Boolean.getBoolean("nn.kernels.scalar")
            && SigmoidLanes.usable();

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "logistic sigmoid 1 / (1 + e^-z), element-wise, outputs in (0, 1)";
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
        int i = VECTOR ? SigmoidLanes.forward(zs, as, zs.length) : 0;
        for (; i < zs.length; i++) {
            as[i] = sigmoid(zs[i]);
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
            out[i] = g[i] * as[i] * (1f - as[i]);
        }
    }

    /**
     * 1 / (1 + e^-z) in double, rounded once to float: accurate to float precision for every z, with no branch (for
     * z below about -709, e^-z is infinite and the result 0; above about 745 it is 1).
     */
    static float sigmoid(float z) {
        return (float) (1.0 / (1.0 + Math.exp(-z)));
    }

    @Override
    public Form form() {
        return Form.LOGISTIC;
    }
}
