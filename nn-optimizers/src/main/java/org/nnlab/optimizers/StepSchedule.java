package org.nnlab.optimizers;

import java.util.List;
import org.nnlab.api.NnApi;
import org.nnlab.api.ParamSpec;
import org.nnlab.api.Params;
import org.nnlab.api.Schedule;

/**
 * {@code eta0 * factor^floor((epoch - 1) / every)}: the rate falls by {@code factor} every {@code every} epochs.
 */
public final class StepSchedule implements Schedule {
    public static final String NAME = "step";

    private static final List<ParamSpec> PARAMETERS = List.of(
            ParamSpec.integer("every", 10, "epochs between two drops").atLeast(1),
            ParamSpec.number("factor", 0.5, "what each drop multiplies the rate by").positive().atMost(1));

    private final int every;
    private final double factor;

    /** The prototype found by the registry: the default settings. */
    public StepSchedule() {
        this(10, 0.5);
    }

    public StepSchedule(int every, double factor) {
        this.every = every;
        this.factor = factor;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "the rate times factor every few epochs";
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
        return new StepSchedule(params.integer("every"), params.number("factor"));
    }

    @Override
    public Run start(double initialRate, int epochs) {
        return epoch -> initialRate * Math.pow(factor, (epoch - 1) / every);
    }
}
