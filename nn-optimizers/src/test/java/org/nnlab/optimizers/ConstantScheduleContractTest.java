package org.nnlab.optimizers;

import org.nnlab.api.Params;
import org.nnlab.api.Schedule;
import org.nnlab.testkit.ScheduleContract;

class ConstantScheduleContractTest implements ScheduleContract {
    @Override
    public Schedule schedule() {
        return new ConstantSchedule().configure(Params.defaults(new ConstantSchedule()));
    }
}
