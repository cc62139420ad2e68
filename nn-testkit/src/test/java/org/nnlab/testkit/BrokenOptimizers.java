package org.nnlab.testkit;

import java.util.List;
import org.nnlab.api.NnApi;
import org.nnlab.api.Optimizer;
import org.nnlab.api.Parameter;
import org.nnlab.api.Params;

/** Optimizers with one deliberate bug each, for showing that the contract catches it. */
final class BrokenOptimizers {
    private BrokenOptimizers() {
    }

    /** Momentum whose velocity lives in the optimizer, shared by every {@code start}. */
    static Optimizer sharedMomentum() {
        return new Named("shared-momentum") {
            private final float[] velocity = new float[64];

            @Override
            public Step start(List<Parameter> parameters, int trainingSetSize) {
                return batchSize -> {
                    int k = 0;
                    for (Parameter p : parameters) {
                        float[] w = p.value().data();
                        for (int i = 0; i < w.length; i++, k++) {
                            velocity[k] = 0.5f * velocity[k] - 0.3f / batchSize * p.gradient().data()[i];
                            w[i] += velocity[k];
                        }
                    }
                };
            }
        };
    }

    /** Gradient ascent: the sign of the step is wrong. */
    static Optimizer ascending() {
        return new Named("ascending") {
            @Override
            public Step start(List<Parameter> parameters, int trainingSetSize) {
                return batchSize -> {
                    for (Parameter p : parameters) {
                        float[] w = p.value().data();
                        for (int i = 0; i < w.length; i++) {
                            w[i] += 0.3f / batchSize * p.gradient().data()[i];
                        }
                    }
                };
            }
        };
    }

    private abstract static class Named implements Optimizer {
        private final String name;

        Named(String name) {
            this.name = name;
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public String description() {
            return "deliberately broken, for a test";
        }

        @Override
        public int apiVersion() {
            return NnApi.VERSION;
        }

        @Override
        public Optimizer configure(Params params) {
            return this;
        }
    }
}
