package org.nnlab.optimizers;

import org.nnlab.api.Params;
import org.nnlab.api.Schedule;
import org.nnlab.testkit.ScheduleContract;

class CosineScheduleContractTest implements ScheduleContract {
    @Override
    public Schedule schedule() {
        return new CosineSchedule().configure(Params.defaults(new CosineSchedule()));
    }
}
