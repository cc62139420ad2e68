package org.nnlab.optimizers;

import java.util.List;
import org.nnlab.api.NnApi;
import org.nnlab.api.ParamSpec;
import org.nnlab.api.Params;
import org.nnlab.api.Schedule;

/**
 * network2.py's exercise (Nielsen ch. 3, "variable learning rate"): multiply the rate by {@code factor} when the validation accuracy has not improved for {@code patience} epochs, and stop once it has fallen to {@code eta0 / stop-divisor} (1/128 of the start with the defaults). The rule is {@link PlateauRun}.
 */
public final class PlateauSchedule implements Schedule {
    public static final String NAME = "plateau";

    private static final List<ParamSpec> PARAMETERS = List.of(
            ParamSpec.integer("patience", 10, "epochs without a better validation accuracy before the rate drops").atLeast(1),
            ParamSpec.number("factor", 0.5, "what each drop multiplies the rate by").positive().atMost(0.999999),
            ParamSpec.number("stop-divisor", 128.0, "training stops when the rate is at most eta0 / stop-divisor").atLeast(1));

    private final int patience;
    private final double factor;
    private final double stopDivisor;

    /** The prototype found by the registry: the default settings. */
    public PlateauSchedule() {
        this(10, 0.5, 128.0);
    }

    public PlateauSchedule(int patience, double factor, double stopDivisor) {
        this.patience = patience;
        this.factor = factor;
        this.stopDivisor = stopDivisor;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "halve the rate when validation accuracy stalls; stop at eta0 / 128";
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
        return new PlateauSchedule(params.integer("patience"), params.number("factor"), params.number("stop-divisor"));
    }

    @Override
    public Run start(double initialRate, int epochs) {
        return new PlateauRun(initialRate, patience, factor, initialRate / stopDivisor);
    }
}
