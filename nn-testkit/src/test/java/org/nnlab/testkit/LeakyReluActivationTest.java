package org.nnlab.testkit;

import java.util.Map;
import org.nnlab.api.Activation;
import org.nnlab.api.Params;

/** The contract passes for a correct third-party activation with a parameter and a kink. */
class LeakyReluActivationTest implements ActivationContract {
    @Override
    public Activation activation() {
        LeakyReluActivation prototype = new LeakyReluActivation();
        return prototype.configure(Params.resolve(prototype, Map.of("slope", 0.2)));
    }

    @Override
    public float[] nonDifferentiablePoints() {
        return new float[] {0f};
    }
}
