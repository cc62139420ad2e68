package org.nnlab.optimizers;

import java.util.List;
import org.nnlab.api.NnApi;
import org.nnlab.api.ParamSpec;
import org.nnlab.api.Params;
import org.nnlab.api.Schedule;

/**
 * Cosine annealing without restarts (Loshchilov and Hutter 2017): {@code eta_min + (eta0 - eta_min) (1 + cos(pi (epoch - 1) / epochs)) / 2}, from eta0 in the first epoch towards {@code minimum}.
 */
public final class CosineSchedule implements Schedule {
    public static final String NAME = "cosine";

    private static final List<ParamSpec> PARAMETERS = List.of(
            ParamSpec.number("minimum", 0.0, "the rate the curve ends at (eta_min)").atLeast(0));

    private final double minimum;

    /** The prototype found by the registry: the default settings. */
    public CosineSchedule() {
        this(0.0);
    }

    public CosineSchedule(double minimum) {
        this.minimum = minimum;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "the rate along half a cosine from eta0 down to a minimum over the run";
    }

    @Override
    public List<ParamSpec> parameters() {
        return PARAMETERS;
    }

    @Override
    public int apiVersion() {
        return NnApi.VERSION;
    }

    @Override
    public Schedule configure(Params params) {
        return new CosineSchedule(params.number("minimum"));
    }

    @Override
    public Run start(double initialRate, int epochs) {
        return epoch -> minimum + (initialRate - minimum) * (1 + Math.cos(Math.PI * (epoch - 1) / epochs)) / 2;
    }
}
