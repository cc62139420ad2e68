package org.nnlab.testkit;

import org.nnlab.api.Activation;
import org.nnlab.api.Loss;
import org.nnlab.api.Matrix;
import org.nnlab.api.NnApi;
import org.nnlab.api.Params;

/** Losses with one deliberate bug each, for showing that the contract catches it. */
final class BrokenLosses {
    private BrokenLosses() {
    }

    /** Binary cross-entropy whose gradient forgets the {@code (1 - a)} in the denominator. */
    static Loss crossEntropyWithWrongGradient() {
        return new Quadratic("cross-entropy") {
            @Override
            public double cost(Matrix a, Matrix y) {
                double sum = 0;
                for (int i = 0; i < a.data().length; i++) {
                    double ai = a.data()[i];
                    double yi = y.data()[i];
                    sum -= yi * Math.log(ai) + (1 - yi) * Math.log(1 - ai);
                }
                return sum;
            }

            @Override
            public void gradient(Matrix a, Matrix y, Matrix dCda) {
                for (int i = 0; i < a.data().length; i++) {
                    dCda.data()[i] = (a.data()[i] - y.data()[i]) / a.data()[i];
                }
            }
        };
    }

    /** Quadratic cost that returns the mean over examples instead of the sum. */
    static Loss averagingQuadratic() {
        return new Quadratic("mean-quadratic") {
            @Override
            public double cost(Matrix a, Matrix y) {
                return super.cost(a, y) / a.rows();
            }
        };
    }

    /** Log-likelihood with an unguarded logarithm: infinite for a saturated wrong output. */
    static Loss unguardedLogLikelihood() {
        return new Quadratic("unguarded-log-likelihood") {
            @Override
            public double cost(Matrix a, Matrix y) {
                double sum = 0;
                for (int i = 0; i < a.data().length; i++) {
                    sum -= y.data()[i] == 0 ? 0 : y.data()[i] * Math.log(a.data()[i]);
                }
                return sum;
            }

            @Override
            public void gradient(Matrix a, Matrix y, Matrix dCda) {
                for (int i = 0; i < a.data().length; i++) {
                    dCda.data()[i] = -y.data()[i] / a.data()[i];
                }
            }
        };
    }

    /** Quadratic cost claiming the fused delta {@code a - y} for the logistic sigmoid, where it is not exact. */
    static Loss quadraticClaimingFusedLogistic() {
        return new Quadratic("quadratic") {
            @Override
            public boolean hasFusedDelta(Activation.Form outputActivation) {
                return outputActivation == Activation.Form.LOGISTIC;
            }

            @Override
            public void fusedDelta(Matrix z, Matrix a, Matrix y, Matrix delta) {
                gradient(a, y, delta);
            }
        };
    }

    /** A correct quadratic cost, the base of the broken ones. */
    private static class Quadratic implements Loss {
        private final String name;

        Quadratic(String name) {
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
        public Loss configure(Params params) {
            return this;
        }

        @Override
        public double cost(Matrix a, Matrix y) {
            double sum = 0;
            for (int i = 0; i < a.data().length; i++) {
                double d = (double) a.data()[i] - y.data()[i];
                sum += d * d;
            }
            return 0.5 * sum;
        }

        @Override
        public void gradient(Matrix a, Matrix y, Matrix dCda) {
            for (int i = 0; i < a.data().length; i++) {
                dCda.data()[i] = a.data()[i] - y.data()[i];
            }
        }
    }
}
