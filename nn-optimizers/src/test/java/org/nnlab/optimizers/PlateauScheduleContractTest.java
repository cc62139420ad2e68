package org.nnlab.optimizers;

import org.nnlab.api.Params;
import org.nnlab.api.Schedule;
import org.nnlab.testkit.ScheduleContract;

class PlateauScheduleContractTest implements ScheduleContract {
    @Override
    public Schedule schedule() {
        return new PlateauSchedule().configure(Params.defaults(new PlateauSchedule()));
    }
}
