package org.nnlab.optimizers;

import java.util.List;
import org.nnlab.api.NnApi;
import org.nnlab.api.ParamSpec;
import org.nnlab.api.Params;
import org.nnlab.api.Schedule;

/**
 * {@code eta0 * gamma^(epoch - 1)}: the rate falls by {@code gamma} each epoch.
 */
public final class ExponentialSchedule implements Schedule {
    public static final String NAME = "exponential";

    private static final List<ParamSpec> PARAMETERS = List.of(
            ParamSpec.number("gamma", 0.95, "what each epoch multiplies the rate by").positive().atMost(1));

    private final double gamma;

    /** The prototype found by the registry: the default settings. */
    public ExponentialSchedule() {
        this(0.95);
    }

    public ExponentialSchedule(double gamma) {
        this.gamma = gamma;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "the rate times gamma each epoch";
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
        return new ExponentialSchedule(params.number("gamma"));
    }

    @Override
    public Run start(double initialRate, int epochs) {
        return epoch -> initialRate * Math.pow(gamma, epoch - 1);
    }
}
