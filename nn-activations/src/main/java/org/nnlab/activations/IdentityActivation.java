package org.nnlab.activations;

import java.util.Objects;
import org.nnlab.api.Activation;
import org.nnlab.api.Matrix;
import org.nnlab.api.NnApi;
import org.nnlab.api.Params;

/**
 * The identity {@code a = z}: a linear output layer, e.g. for regression with the quadratic cost.
 * Backward copies {@code dC/da} into {@code dC/dz}.
 */
public final class IdentityActivation implements Activation {
    public static final String NAME = "identity";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "identity a = z, a linear layer";
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
        a.copyFrom(z);
    }

    @Override
    public void backward(Matrix z, Matrix a, Matrix dCda, Matrix dCdz) {
        z.requireSameShape(a, "a");
        z.requireSameShape(dCda, "dCda");
        dCdz.copyFrom(dCda);
    }

    @Override
    public Form form() {
        return Form.IDENTITY;
    }
}
