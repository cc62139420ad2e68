package org.nnlab.testkit;

import java.util.List;
import org.nnlab.api.Activation;
import org.nnlab.api.Matrix;
import org.nnlab.api.NnApi;
import org.nnlab.api.ParamSpec;
import org.nnlab.api.Params;

/** An example third-party activation with a parameter and a kink: {@code a = z} for z > 0, else {@code slope z}. */
public final class LeakyReluActivation implements Activation {
    public static final String NAME = "leaky-relu";

    private final float slope;

    public LeakyReluActivation() {
        this(0.01f);
    }

    private LeakyReluActivation(float slope) {
        this.slope = slope;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "leaky rectifier: z for z > 0, slope * z otherwise";
    }

    @Override
    public List<ParamSpec> parameters() {
        return List.of(ParamSpec.number("slope", 0.01, "gradient for negative inputs").atLeast(0).atMost(1));
    }

    @Override
    public int apiVersion() {
        return NnApi.VERSION;
    }

    @Override
    public Activation configure(Params params) {
        return new LeakyReluActivation((float) params.number("slope"));
    }

    @Override
    public void forward(Matrix z, Matrix a) {
        float[] zs = z.data();
        float[] as = a.data();
        for (int i = 0; i < zs.length; i++) {
            as[i] = zs[i] > 0f ? zs[i] : slope * zs[i];
        }
    }

    @Override
    public void backward(Matrix z, Matrix a, Matrix dCda, Matrix dCdz) {
        float[] zs = z.data();
        float[] g = dCda.data();
        float[] out = dCdz.data();
        for (int i = 0; i < zs.length; i++) {
            out[i] = zs[i] > 0f ? g[i] : slope * g[i];
        }
    }
}
