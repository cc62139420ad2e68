package org.nnlab.activations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The vector sigmoid against the scalar form, bit for bit. */
class SigmoidLanesTest {
    @Test
    void vectorPathIsOn_whereTheJdkHasItsVectorMath() {
        assertEquals(SigmoidLanes.hasVectorMath(), SigmoidActivation.VECTOR,
                "tests run with --add-modules jdk.incubator.vector, so the vector path runs where the JDK has SVML");
        assertTrue(SigmoidLanes.hasVectorMath() || !System.getProperty("os.arch").equals("amd64")
                || !System.getProperty("os.name").equals("Linux"), "an x86-64 Linux JDK 17 ships libjsvml.so");
    }

    /** All 2^32 float bit patterns, in blocks of 2^16 across the cores: about 20 s of CPU. */
    @Test
    void everyFloatInput_givesTheScalarBits() {
        AtomicLong differences = new AtomicLong();
        AtomicLong first = new AtomicLong(-1);
        IntStream.range(0, 1 << 16).parallel().forEach(block -> {
            float[] z = new float[1 << 16];
            float[] a = new float[z.length];
            for (int k = 0; k < z.length; k++) {
                z[k] = Float.intBitsToFloat(block << 16 | k);
            }
            int done = SigmoidLanes.forward(z, a, z.length);
            assertEquals(z.length, done, "blocks of 2^16 are whole numbers of lanes");
            for (int k = 0; k < z.length; k++) {
                if (Float.floatToRawIntBits(a[k]) != Float.floatToRawIntBits(SigmoidActivation.sigmoid(z[k]))) {
                    differences.incrementAndGet();
                    first.compareAndSet(-1, block << 16 | k);
                }
            }
        });
        assertEquals(0, differences.get(), () -> "first differing input: "
                + Float.intBitsToFloat((int) first.get()));
    }

    /**
     * Near halfway between two floats the exponentials' last bits decide the rounding. Without the band, this input
     * (the one such case among all floats on the machine where the band was measured) rounded up to 0.5000025 where
     * the scalar form gives 0.50000244.
     */
    @Test
    void resultNearHalfwayBetweenFloats_isComputedByTheScalarForm() {
        float[] z = new float[SigmoidLanes.LANES];
        java.util.Arrays.fill(z, 1f);
        z[1] = 9.894371E-6f;
        float[] a = new float[z.length];
        SigmoidLanes.forward(z, a, z.length);
        assertEquals(0.50000244f, a[1]);
        double exact = 1.0 / (1.0 + Math.exp(-z[1]));
        long below = Double.doubleToRawLongBits(exact) & ((1L << 29) - 1);
        assertTrue(Math.abs(below - (1L << 28)) < SigmoidLanes.BAND, "the case lies inside the band");
    }

    @Test
    void inPlace_tail_nanAndSubnormalResults_matchTheScalarForm() {
        float[] z = new float[3 * SigmoidLanes.LANES + 3];
        for (int k = 0; k < z.length; k++) {
            z[k] = (k - z.length / 2) * 7.5f;
        }
        z[2] = Float.NaN;
        z[3] = Float.intBitsToFloat(0x7fc12345);
        z[SigmoidLanes.LANES] = -95f;
        z[SigmoidLanes.LANES + 1] = Float.NEGATIVE_INFINITY;
        z[SigmoidLanes.LANES + 2] = Float.POSITIVE_INFINITY;
        float[] expected = new float[z.length];
        for (int k = 0; k < z.length; k++) {
            expected[k] = SigmoidActivation.sigmoid(z[k]);
        }
        float[] same = z.clone();
        new SigmoidActivation().forward(org.nnlab.api.Matrix.wrap(1, same.length, same),
                org.nnlab.api.Matrix.wrap(1, same.length, same));
        for (int k = 0; k < z.length; k++) {
            assertEquals(Float.floatToRawIntBits(expected[k]), Float.floatToRawIntBits(same[k]), "input " + z[k]);
        }
    }
}
