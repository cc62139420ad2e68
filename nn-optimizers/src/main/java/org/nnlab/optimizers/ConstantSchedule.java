package org.nnlab.optimizers;

import java.util.List;
import org.nnlab.api.NnApi;
import org.nnlab.api.ParamSpec;
import org.nnlab.api.Params;
import org.nnlab.api.Schedule;

/**
 * The optimizer's learning rate in every epoch: the default.
 */
public final class ConstantSchedule implements Schedule {
    public static final String NAME = "constant";

    private static final List<ParamSpec> PARAMETERS = List.of();


    /** The prototype found by the registry; it has no settings. */
    public ConstantSchedule() {
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "the optimizer's learning rate in every epoch";
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
        return new ConstantSchedule();
    }

    @Override
    public Run start(double initialRate, int epochs) {
        return epoch -> initialRate;
    }
}
