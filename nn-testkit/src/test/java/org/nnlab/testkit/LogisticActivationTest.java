package org.nnlab.testkit;

import org.nnlab.api.Activation;

class LogisticActivationTest implements ActivationContract {
    @Override
    public Activation activation() {
        return new LogisticActivation();
    }
}
