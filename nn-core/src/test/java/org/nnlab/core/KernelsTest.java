package org.nnlab.core;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.nnlab.api.Matrix;

/** The SIMD kernels give exactly the plain loops' bits, for every width (including not a multiple of the lanes). */
class KernelsTest {

    @ParameterizedTest(name = "{0} rows, {1} inputs, {2} outputs")
    @CsvSource({"10, 784, 30", "3, 20, 8", "7, 33, 9", "64, 100, 10", "1, 5, 17", "5, 16, 100", "64, 784, 64", "4, 50, 40", "3, 30, 47"})
    void simdAndPlainLoopsAgreeToTheBit(int rows, int inputs, int outputs) {
        assertTrue(Kernels.SIMD, "tests run with --add-modules jdk.incubator.vector, so the SIMD path is checked");
        Random random = new Random(rows * 31L + outputs);
        Matrix a = filled(rows, inputs, random, 0.6f);
        Matrix w = filled(inputs, outputs, random, 0f);
        Matrix b = filled(1, outputs, random, 0f);
        Matrix delta = filled(rows, outputs, random, 0f);
        SparseRows sparse = new SparseRows(rows, inputs);
        sparse.build(a, true);

        Matrix zPlain = new Matrix(rows, outputs);
        Matrix zSimd = new Matrix(rows, outputs);
        Kernels.affinePlain(sparse, w, b, zPlain, 0, rows);
        VectorKernels.affine(sparse, w, b, zSimd, 0, rows);
        assertArrayEquals(zPlain.data(), zSimd.data(), "forward: same bits");

        Matrix gPlain = filled(inputs, outputs, random, 0f);
        Matrix gSimd = filled(inputs, outputs, random, 0f);
        Kernels.weightGradientPlain(sparse, delta, gPlain, 0, inputs);
        VectorKernels.weightGradient(sparse, delta, gSimd, 0, inputs);
        assertArrayEquals(gPlain.data(), gSimd.data(), "weight gradient: same bits, stale contents overwritten");

        Matrix zDensePlain = new Matrix(rows, outputs);
        Matrix zDenseSimd = new Matrix(rows, outputs);
        Kernels.affineDensePlain(a, w, b, zDensePlain, 0, rows);
        VectorKernels.affineDense(a, w, b, zDenseSimd, 0, rows);
        assertArrayEquals(zDensePlain.data(), zDenseSimd.data(), "dense forward: same bits");
        Matrix gDensePlain = filled(inputs, outputs, random, 0f);
        Matrix gDenseSimd = filled(inputs, outputs, random, 0f);
        Kernels.weightGradientDensePlain(a, delta, gDensePlain, 0, inputs);
        VectorKernels.weightGradientDense(a, delta, gDenseSimd, 0, inputs);
        assertArrayEquals(gDensePlain.data(), gDenseSimd.data(), "dense weight gradient: same bits");
        for (int i = 0; i < zPlain.data().length; i++) {
            assertEquals(zPlain.data()[i], zDensePlain.data()[i], 1e-5f * (1 + Math.abs(zPlain.data()[i])),
                    "dense and sparse forward agree (they differ only in adding the zero terms)");
        }

        Matrix gHalves = new Matrix(inputs, outputs);
        VectorKernels.weightGradient(sparse, delta, gHalves, 0, inputs / 2);
        VectorKernels.weightGradient(sparse, delta, gHalves, inputs / 2, inputs);
        assertArrayEquals(gSimd.data(), gHalves.data(), "split into two ranges (as two threads would): same bits");
    }

    private static Matrix filled(int rows, int cols, Random random, float zeroFraction) {
        Matrix m = new Matrix(rows, cols);
        float[] d = m.data();
        for (int i = 0; i < d.length; i++) {
            d[i] = random.nextFloat() < zeroFraction ? 0f : (float) random.nextGaussian();
        }
        return m;
    }
}
