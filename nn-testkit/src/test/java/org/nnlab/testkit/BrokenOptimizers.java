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
                return new Rule(parameters) {
                    @Override
                    public void update(int parameter, int from, int to) {
                        float[] w = values[parameter];
                        float[] g = gradients[parameter];
                        int offset = parameter * 16;
                        for (int i = from; i < to; i++) {
                            velocity[offset + i] = 0.5f * velocity[offset + i] - rate * g[i];
                            w[i] += velocity[offset + i];
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
                return new Rule(parameters) {
                    @Override
                    public void update(int parameter, int from, int to) {
                        for (int i = from; i < to; i++) {
                            values[parameter][i] += rate * gradients[parameter][i];
                        }
                    }
                };
            }
        };
    }

    /** A step size that shrinks with every call to update: a range split changes the result. */
    static Optimizer countsCalls() {
        return new Named("counts-calls") {
            @Override
            public Step start(List<Parameter> parameters, int trainingSetSize) {
                return new Rule(parameters) {
                    private int calls;

                    @Override
                    public void update(int parameter, int from, int to) {
                        calls++;
                        for (int i = from; i < to; i++) {
                            values[parameter][i] -= rate / calls * gradients[parameter][i];
                        }
                    }
                };
            }
        };
    }

    /** Plain SGD whose zero-gradient update forgets to decay the weights. */
    static Optimizer skipsDecayOnZeroRows() {
        return new Named("skips-decay") {
            @Override
            public Step start(List<Parameter> parameters, int trainingSetSize) {
                return new Rule(parameters) {
                    @Override
                    public void update(int parameter, int from, int to) {
                        float decay = parameter == 0 ? 0.99f : 1f;
                        for (int i = from; i < to; i++) {
                            values[parameter][i] = decay * values[parameter][i] - rate * gradients[parameter][i];
                        }
                    }

                    @Override
                    public void updateZeroGradient(int parameter, float[] gradient, int from, int to) {
                    }
                };
            }
        };
    }

    /** A step's arrays and its step size eta / m, for the broken rules above. */
    private abstract static class Rule implements Optimizer.Step {
        final float[][] values;
        final float[][] gradients;
        float rate;

        Rule(List<Parameter> parameters) {
            values = parameters.stream().map(p -> p.value().data()).toArray(float[][]::new);
            gradients = parameters.stream().map(p -> p.gradient().data()).toArray(float[][]::new);
        }

        @Override
        public void begin(int batchSize, double learningRate) {
            rate = (float) (learningRate / batchSize);
        }
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

        @Override
        public double learningRate() {
            return 0.3;
        }
    }
}
