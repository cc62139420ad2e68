package org.nnlab.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.nnlab.api.Activation;
import org.nnlab.api.Matrix;
import org.nnlab.api.NnApi;
import org.nnlab.api.Params;

/** A wide stage's activation runs on the worker threads, a block of rows each, with the bits of one call. */
class RowSplitForwardTest {
    /** Sigmoid that records the rows of each call and the thread that made it. */
    static final class RecordingSigmoid implements Activation {
        private final Activation sigmoid = Plugins.activation("sigmoid");
        final List<String> calls = Collections.synchronizedList(new ArrayList<>());

        @Override
        public Activation configure(Params params) {
            return this;
        }

        @Override
        public void forward(Matrix z, Matrix a) {
            calls.add(z.rows() + " rows on " + Thread.currentThread().getName());
            sigmoid.forward(z, a);
        }

        @Override
        public void backward(Matrix z, Matrix a, Matrix dCda, Matrix dCdz) {
            sigmoid.backward(z, a, dCda, dCdz);
        }

        @Override
        public String name() {
            return "recording-sigmoid";
        }

        @Override
        public String description() {
            return "sigmoid, recording its calls";
        }

        @Override
        public int apiVersion() {
            return NnApi.VERSION;
        }
    }

    @Test
    void aWideStageIsSplitOverTheThreadsByRows_withTheBitsOfOneCall() {
        int rows = 7;
        int width = 2000;
        Matrix z = new Matrix(rows, width);
        SplittableRandom rng = new SplittableRandom(5);
        for (int i = 0; i < z.data().length; i++) {
            z.data()[i] = (float) (rng.nextGaussian() * 8);
        }
        Matrix whole = new Matrix(rows, width);
        Plugins.activation("sigmoid").forward(z, whole);
        RecordingSigmoid recording = new RecordingSigmoid();
        try (WorkerPool pool = new WorkerPool(2)) {
            RowSplitForward split = RowSplitForward.of(recording, pool, rows, width);
            assertNotNull(split, "7 x 2000 values are worth a split");
            Matrix a = new Matrix(rows, width);
            assertTrue(split.forward(z, a), "all finite");
            assertEquals(whole, a);
            List<String> rowCounts = new ArrayList<>();
            java.util.Set<String> threads = new java.util.HashSet<>();
            for (String call : recording.calls) {
                rowCounts.add(call.substring(0, call.indexOf(" rows")));
                threads.add(call.substring(call.indexOf(" on ") + 4));
            }
            Collections.sort(rowCounts);
            assertEquals(List.of("3", "4"), rowCounts, "rows 0-2 in one block, 3-6 in the other");
            assertEquals(2, threads.size(), "one block per thread: " + recording.calls);
        }
    }

    @Test
    void aNonFiniteValueInAnyBlockIsReported_soTheGuardCanNameTheFault() {
        Matrix z = new Matrix(4, 3000);
        try (WorkerPool pool = new WorkerPool(2)) {
            RowSplitForward split = RowSplitForward.of(Plugins.activation("sigmoid"), pool, 4, 3000);
            Matrix a = new Matrix(4, 3000);
            assertTrue(split.forward(z, a));
            z.set(3, 2999, Float.NaN);
            assertFalse(split.forward(z, a), "the second block's last value is NaN");
            z.set(3, 2999, 0f);
            z.set(0, 0, Float.NaN);
            assertFalse(split.forward(z, a), "the first block's first value is NaN");
        }
    }

    @Test
    void aNarrowStageOrOneThreadIsOneCall() {
        RecordingSigmoid recording = new RecordingSigmoid();
        try (WorkerPool pool = new WorkerPool(2)) {
            assertNull(RowSplitForward.of(recording, pool, 10, 100), "1,000 values: the copies would cost more");
            assertNull(RowSplitForward.of(recording, pool, 64, 64), "C3's 4,096 values: the hand-off would cost more");
            assertNotNull(RowSplitForward.of(recording, pool, 100, 800), "W800's 80,000 values are split");
            assertNull(RowSplitForward.of(recording, pool, 1, 100_000), "one row: nothing to split");
            assertNull(RowSplitForward.of(null, pool, 500, 100), "no activation");
        }
        assertNull(RowSplitForward.of(recording, WorkerPool.SINGLE, 500, 100), "one thread");
    }
}
