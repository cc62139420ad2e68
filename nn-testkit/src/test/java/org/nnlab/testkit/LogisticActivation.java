package org.nnlab.testkit;

import org.nnlab.api.Activation;
import org.nnlab.api.Matrix;
import org.nnlab.api.NnApi;
import org.nnlab.api.Params;

/** A third party's sigmoid under another name, declaring {@link Activation.Form#LOGISTIC} so losses fuse with it. */
public final class LogisticActivation implements Activation {
    public static final String NAME = "logistic";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "the logistic sigmoid under another name";
    }

    @Override
    public int apiVersion() {
        return NnApi.VERSION;
    }

    @Override
    public Activation configure(Params params) {
        return this;
    }

    @Override
    public void forward(Matrix z, Matrix a) {
        for (int i = 0; i < z.data().length; i++) {
            a.data()[i] = (float) (1 / (1 + Math.exp(-z.data()[i])));
        }
    }

    @Override
    public void backward(Matrix z, Matrix a, Matrix dCda, Matrix dCdz) {
        for (int i = 0; i < z.data().length; i++) {
            float ai = a.data()[i];
            dCdz.data()[i] = dCda.data()[i] * ai * (1f - ai);
        }
    }

    @Override
    public Form form() {
        return Form.LOGISTIC;
    }
}
