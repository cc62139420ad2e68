package org.nnlab.optimizers;

import org.nnlab.api.Params;
import org.nnlab.api.Schedule;
import org.nnlab.testkit.ScheduleContract;

class ExponentialScheduleContractTest implements ScheduleContract {
    @Override
    public Schedule schedule() {
        return new ExponentialSchedule().configure(Params.defaults(new ExponentialSchedule()));
    }
}
