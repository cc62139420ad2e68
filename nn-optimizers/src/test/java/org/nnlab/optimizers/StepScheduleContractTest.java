package org.nnlab.optimizers;

import org.nnlab.api.Params;
import org.nnlab.api.Schedule;
import org.nnlab.testkit.ScheduleContract;

class StepScheduleContractTest implements ScheduleContract {
    @Override
    public Schedule schedule() {
        return new StepSchedule().configure(Params.defaults(new StepSchedule()));
    }
}
