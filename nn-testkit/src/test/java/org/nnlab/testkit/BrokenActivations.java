package org.nnlab.testkit;

import org.nnlab.api.Activation;
import org.nnlab.api.Matrix;
import org.nnlab.api.NnApi;
import org.nnlab.api.Params;

/** Activations with one deliberate bug each, for showing that the contract catches it. */
final class BrokenActivations {
    private BrokenActivations() {
    }

    /** Sigmoid whose backward forgets the {@code (1 - a)} factor of {@code sigma'(z)}. */
    static Activation sigmoidWithWrongDerivative() {
        return new ElementWise("sigmoid") {
            @Override
            float f(float z) {
                return (float) (1.0 / (1.0 + Math.exp(-z)));
            }

            @Override
            float dadz(float z, float a) {
                return a;
            }
        };
    }

    /** Sigmoid as {@code e^z / (1 + e^z)} in float: infinity over infinity at {@code z = 1000}. */
    static Activation naiveSigmoid() {
        return new ElementWise("naive-sigmoid") {
            @Override
            float f(float z) {
                float e = (float) Math.exp(z);
                return e / (1f + e);
            }

            @Override
            float dadz(float z, float a) {
                return a * (1f - a);
            }
        };
    }

    /** Tanh declaring the logistic form, so a loss would fuse {@code a - y} on the wrong function. */
    static Activation tanhDeclaredLogistic() {
        return new ElementWise("tanh") {
            @Override
            float f(float z) {
                return (float) Math.tanh(z);
            }

            @Override
            float dadz(float z, float a) {
                return 1f - a * a;
            }

            @Override
            public Form form() {
                return Form.LOGISTIC;
            }
        };
    }

    /** Sigmoid that adds into its output instead of overwriting it. */
    static Activation accumulatingSigmoid() {
        return new ElementWise("accumulating-sigmoid") {
            @Override
            float f(float z) {
                return (float) (1.0 / (1.0 + Math.exp(-z)));
            }

            @Override
            float dadz(float z, float a) {
                return a * (1f - a);
            }

            @Override
            public void forward(Matrix z, Matrix a) {
                for (int i = 0; i < z.data().length; i++) {
                    a.data()[i] += f(z.data()[i]);
                }
            }
        };
    }

    /** Softmax whose backward uses only the diagonal of the Jacobian, {@code a (1 - a) g}. */
    static Activation softmaxWithDiagonalJacobian() {
        return new Softmax("softmax", false) {
            @Override
            public void backward(Matrix z, Matrix a, Matrix dCda, Matrix dCdz) {
                for (int i = 0; i < a.data().length; i++) {
                    float ai = a.data()[i];
                    dCdz.data()[i] = ai * (1f - ai) * dCda.data()[i];
                }
            }
        };
    }

    /** Softmax normalised over the whole batch instead of each row. */
    static Activation softmaxOverWholeBatch() {
        return new Softmax("batch-softmax", true);
    }

    private abstract static class Named implements Activation {
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
        public Activation configure(Params params) {
            return this;
        }
    }

    private abstract static class ElementWise extends Named {
        ElementWise(String name) {
            super(name);
        }

        abstract float f(float z);

        abstract float dadz(float z, float a);

        @Override
        public void forward(Matrix z, Matrix a) {
            for (int i = 0; i < z.data().length; i++) {
                a.data()[i] = f(z.data()[i]);
            }
        }

        @Override
        public void backward(Matrix z, Matrix a, Matrix dCda, Matrix dCdz) {
            for (int i = 0; i < z.data().length; i++) {
                dCdz.data()[i] = dCda.data()[i] * dadz(z.data()[i], a.data()[i]);
            }
        }
    }

    /** Softmax over each row, or over all elements when {@code wholeBatch}; exact backward over the same span. */
    private static class Softmax extends Named {
        private final boolean wholeBatch;

        Softmax(String name, boolean wholeBatch) {
            super(name);
            this.wholeBatch = wholeBatch;
        }

        @Override
        public void forward(Matrix z, Matrix a) {
            int span = wholeBatch ? z.data().length : z.cols();
            for (int start = 0; start < z.data().length; start += span) {
                float max = Float.NEGATIVE_INFINITY;
                for (int i = start; i < start + span; i++) {
                    max = Math.max(max, z.data()[i]);
                }
                double sum = 0;
                for (int i = start; i < start + span; i++) {
                    sum += Math.exp(z.data()[i] - max);
                }
                for (int i = start; i < start + span; i++) {
                    a.data()[i] = (float) (Math.exp(z.data()[i] - max) / sum);
                }
            }
        }

        @Override
        public void backward(Matrix z, Matrix a, Matrix dCda, Matrix dCdz) {
            int span = wholeBatch ? a.data().length : a.cols();
            for (int start = 0; start < a.data().length; start += span) {
                double weighted = 0;
                for (int i = start; i < start + span; i++) {
                    weighted += a.data()[i] * dCda.data()[i];
                }
                for (int i = start; i < start + span; i++) {
                    dCdz.data()[i] = (float) (a.data()[i] * (dCda.data()[i] - weighted));
                }
            }
        }
    }
}
