package org.nnlab.activations;

import java.nio.file.Files;
import java.nio.file.Path;
import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.LongVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorShape;
import jdk.incubator.vector.VectorSpecies;

/**
 * The sigmoid's forward pass on the JDK Vector API, bit-identical to {@link SigmoidActivation#sigmoid(float)} for
 * every float input.
 *
 * <p>Each lane computes {@code 1 / (1 + e^-z)} in double as the scalar form does, with the vector exponential in
 * place of {@code Math.exp}. The two exponentials may differ in their last bits (each is within an ulp or so of
 * the exact value), which moves the double result by a few double ulps: far less than the 29 bits that rounding to
 * float drops, so both round to the same float unless the double lies within a hair of a point halfway between
 * two floats. A block of lanes where any result is that close ({@link #BAND} double ulps), or where any input is
 * NaN or so negative that the result is a subnormal float, is computed again with the scalar form. That happens
 * about once in a quarter of a million lanes; the test runs all 2<sup>32</sup> inputs through both forms.
 */
final class SigmoidLanes {
    private static final VectorSpecies<Double> DOUBLES = DoubleVector.SPECIES_PREFERRED;
    private static final VectorSpecies<Float> FLOATS =
            VectorSpecies.of(float.class, VectorShape.forBitSize(DOUBLES.vectorBitSize() / 2));
    static final int LANES = DOUBLES.length();

    /** The double bits below a normal float's last bit, and the pattern halfway between two floats. */
    private static final long BELOW_FLOAT = (1L << 29) - 1;
    private static final long HALFWAY = 1L << 28;
    /** How close to halfway, in double ulps, sends a block to the scalar form (the exponentials differ by ~2). */
    static final long BAND = 1L << 12;
    /** Below this input the result is under about 2^-115, near float's subnormal range: scalar form. */
    private static final float LOWEST = -80f;

    private SigmoidLanes() {
    }

    /**
     * Whether this form is faster than the scalar one here: the machine has at least four double lanes and the
     * JDK has its vector math library (x86-64 Linux and Windows); elsewhere the vector exponential is the API's
     * lane-by-lane fallback, slower than {@code Math.exp}. Call only when the Vector API module is present: this
     * class does not load without it.
     */
    static boolean usable() {
        return LANES >= 4 && hasVectorMath();
    }

    static boolean hasVectorMath() {
        Path home = Path.of(System.getProperty("java.home"));
        return Files.exists(home.resolve("lib").resolve("libjsvml.so"))
                || Files.exists(home.resolve("bin").resolve("jsvml.dll"));
    }

    /**
     * {@code a[i] = sigmoid(z[i])} for {@code i} below the returned index, a whole number of blocks of
     * {@link #LANES}; the caller does the rest. {@code z} and {@code a} may be the same array.
     */
    static int forward(float[] z, float[] a, int n) {
        int i = 0;
        for (int bound = n - LANES; i <= bound; i += LANES) {
            FloatVector zf = FloatVector.fromArray(FLOATS, z, i);
            boolean odd = zf.compare(VectorOperators.LT, LOWEST).or(zf.compare(VectorOperators.NE, zf)).anyTrue();
            DoubleVector e = ((DoubleVector) zf.neg().convertShape(VectorOperators.F2D, DOUBLES, 0))
                    .lanewise(VectorOperators.EXP);
            DoubleVector r = DoubleVector.broadcast(DOUBLES, 1.0).div(e.add(1.0));
            LongVector below = r.reinterpretAsLongs().and(BELOW_FLOAT);
            boolean near = below.sub(HALFWAY).abs().compare(VectorOperators.LT, BAND).anyTrue();
            if (odd | near) {
                for (int k = i; k < i + LANES; k++) {
                    a[k] = SigmoidActivation.sigmoid(z[k]);
                }
            } else {
                ((FloatVector) r.convertShape(VectorOperators.D2F, FLOATS, 0)).intoArray(a, i);
            }
        }
        return i;
    }
}
