package org.nnlab.core;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.nnlab.api.Matrix;
import org.nnlab.api.Optimizer;
import org.nnlab.api.Parameter;

/** The SIMD kernels give exactly the plain loops' bits, for every width (including not a multiple of the lanes). */
class KernelsTest {

    @ParameterizedTest(name = "{0} rows, {1} inputs, {2} outputs")
    @CsvSource({"10, 784, 30", "3, 20, 8", "7, 33, 9", "64, 100, 10", "1, 5, 17", "5, 16, 100", "64, 784, 64", "4, 50, 40",
            "3, 30, 47", "6, 60, 33", "5, 40, 65", "3, 20, 130", "2, 12, 800"})
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
        int split = SparseRows.half(inputs);
        SparseRows[] halves = {new SparseRows(rows, inputs, 0, split), new SparseRows(rows, inputs, split, inputs)};
        Matrix second = new Matrix(rows, outputs);
        for (int h = 0; h < 2; h++) {
            halves[h].build(a, false);
            Matrix init = h == 0 ? b : new Matrix(1, outputs);
            Matrix plain = h == 0 ? zPlain : second;
            Kernels.affinePlain(halves[h], w, init, plain, 0, rows);
            VectorKernels.affine(halves[h], w, init, zSimd, 0, rows);
            assertArrayEquals(plain.data(), zSimd.data(), "forward, half " + h + ": same bits");
        }
        Kernels.add(second, zPlain, 0, rows);

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
            assertEquals(zPlain.data()[i], zDensePlain.data()[i], 1e-4f * (1 + Math.abs(zPlain.data()[i])),
                    "dense and sparse forward agree (they differ in the order of the sum and the zero terms)");
        }

        Matrix gHalves = new Matrix(inputs, outputs);
        VectorKernels.weightGradient(sparse, delta, gHalves, 0, inputs / 2);
        VectorKernels.weightGradient(sparse, delta, gHalves, inputs / 2, inputs);
        assertArrayEquals(gSimd.data(), gHalves.data(), "split into two ranges (as two threads would): same bits");
    }

    @ParameterizedTest(name = "{0} rows, {1} inputs, {2} outputs, {3} {4}")
    @CsvSource(delimiter = ';', value = {"10; 784; 30; sgd; {}", "10; 784; 30; sgd; {l2: 5}",
            "10; 784; 100; sgd; {l2: 5}", "64; 784; 64; sgd; {}", "3; 40; 16; sgd; {}", "5; 33; 9; sgd; {l2: 300}",
            "4; 20; 5; sgd; {l2: 300}", "4; 20; 5; sgd; {}", "2; 30; 47; sgd; {l2: 300}",
            "10; 784; 30; sgd; {l2: 5, momentum: 0.9}", "5; 33; 9; sgd; {momentum: 0.5, nesterov: true}",
            "10; 784; 30; adam; {l2: 5}", "2; 30; 47; adamw; {}", "4; 20; 5; adam; {}"})
    void fusedStepGivesTheBitsOfGradientThenOptimizer(int rows, int inputs, int outputs, String optimizer,
                                                     String params) {
        Random random = new Random(rows * 17L + outputs);
        Matrix a = filled(rows, inputs, random, 0.8f);
        Matrix delta = filled(rows, outputs, random, 0f);
        Matrix w = filled(inputs, outputs, random, 0f);
        SparseRows sparse = new SparseRows(rows, inputs);
        sparse.build(a, true);
        Optimizer rule = Plugins.optimizer(optimizer, params);

        Matrix expected = copy(w);
        Matrix g = new Matrix(inputs, outputs);
        List<Parameter> plain = List.of(new Parameter("w", expected, g, true));
        Optimizer.Step plainStep = rule.start(plain, 1000);
        Matrix fused = copy(w);
        Matrix fusedGradient = new Matrix(inputs, outputs);
        Optimizer.Step fusedStep = rule.start(List.of(new Parameter("w", fused, fusedGradient, true)), 1000);
        for (int step = 0; step < 3; step++) {
            Kernels.weightGradientPlain(sparse, delta, g, 0, inputs);
            plainStep.apply(plain, rows, 0.3);
            fusedStep.begin(rows, 0.3);
            if (step == 0) {
                Kernels.weightGradientStepped(sparse, delta, fusedGradient, fusedStep, 0, inputs / 3, inputs,
                        Kernels.FusedRows.ALL);
            } else {
                // as Backprop does with two threads: the worker's rows without terms before the delta exists
                Kernels.weightGradientStepped(sparse, null, fusedGradient, fusedStep, 0, inputs / 3, inputs,
                        Kernels.FusedRows.WITHOUT_TERMS);
                Kernels.weightGradientStepped(sparse, delta, fusedGradient, fusedStep, 0, inputs / 3, inputs,
                        Kernels.FusedRows.WITH_TERMS);
            }
            // the caller's range: all at once, or (step 2) as Backprop does while it waits, two runs of rows
            // without terms first, one at a time
            int early = 0;
            for (int piece = 0; step == 2 && piece < 2; piece++) {
                early = Kernels.stepNextRowsWithoutTerms(sparse, fusedGradient, fusedStep, 0, early, inputs / 3);
            }
            Kernels.weightGradientStepped(sparse, delta, fusedGradient, fusedStep, 0, 0, early,
                    Kernels.FusedRows.WITH_TERMS);
            Kernels.weightGradientStepped(sparse, delta, fusedGradient, fusedStep, 0, early, inputs / 3,
                    Kernels.FusedRows.ALL);
            assertArrayEquals(expected.data(), fused.data(), "step " + step + ": fused step, two ranges, the later"
                    + " first (SIMD, or plain under 8 outputs), " + (step == 0 ? "every row at once" : "its rows"
                    + " without terms stepped first") + ", gives the bits of the gradient, then the whole step");
        }
        int emptyRows = 0;
        for (int k = 0; k < inputs; k++) {
            emptyRows += sparse.colStart[k] == sparse.colStart[k + 1] ? 1 : 0;
        }
        assertTrue(emptyRows > 0 || rows > 8, "the case has rows of inputs that are zero in the whole batch");
    }

    @ParameterizedTest(name = "{0} examples of {1} features")
    @CsvSource({"10, 784", "3, 7", "5, 1", "35, 100"})
    void gatheringHalvesFindsTheEntriesOfTheDenseRows(int rows, int features) {
        Random random = new Random(features);
        Matrix all = filled(40, features, random, 0.7f);
        org.nnlab.api.Examples examples = new org.nnlab.api.Examples(features, 2, all.data(), new int[40]);
        SparseExamples indexed = new SparseExamples(examples);
        int[] order = new int[40];
        for (int i = 0; i < 40; i++) {
            order[i] = (i * 7 + 3) % 40;
        }
        Matrix batch = new Matrix(rows, features);
        for (int r = 0; r < rows; r++) {
            System.arraycopy(all.data(), order[5 + r] * features, batch.data(), r * features, features);
        }
        int split = SparseRows.half(features);
        for (int[] range : new int[][]{{0, split}, {split, features}, {0, features}}) {
            SparseRows gathered = new SparseRows(rows, features, range[0], range[1]);
            SparseRows built = new SparseRows(rows, features, range[0], range[1]);
            gathered.gather(indexed, order, 5, rows, true);
            built.build(batch, true);
            int count = built.rowStart[rows];
            assertEquals(count, gathered.rowStart[rows], "entries in columns " + range[0] + ".." + range[1]);
            assertArrayEquals(java.util.Arrays.copyOf(built.rowStart, rows + 1), java.util.Arrays.copyOf(gathered.rowStart, rows + 1));
            assertArrayEquals(java.util.Arrays.copyOf(built.rowIndex, count), java.util.Arrays.copyOf(gathered.rowIndex, count));
            assertArrayEquals(java.util.Arrays.copyOf(built.rowValue, count), java.util.Arrays.copyOf(gathered.rowValue, count));
            assertArrayEquals(java.util.Arrays.copyOfRange(built.colStart, range[0], range[1] + 1),
                    java.util.Arrays.copyOfRange(gathered.colStart, range[0], range[1] + 1));
            assertArrayEquals(java.util.Arrays.copyOf(built.colRow, count), java.util.Arrays.copyOf(gathered.colRow, count));
            for (int t = 0; t < count; t++) {
                int c = built.rowIndex[t];
                assertTrue(c >= range[0] && c < range[1] && built.rowValue[t] != 0f, "only non-zeros of the range");
            }
        }
    }

    private static Matrix copy(Matrix m) {
        Matrix c = new Matrix(m.rows(), m.cols());
        System.arraycopy(m.data(), 0, c.data(), 0, m.data().length);
        return c;
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
