package org.nnlab.runner.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.nnlab.core.EpochMetrics;
import org.nnlab.core.Evaluation;

class ProgressBarTest {
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
    private long now = 1_000_000_000L;
    private final ProgressBar bar = new ProgressBar(out, () -> now, 3500, 10);

    private String printed() {
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void showsBatchesRateAndEta_redrawnInPlace() {
        bar.epochStarted(1, 20, 350);
        now += 500_000_000L;
        bar.batchDone(1, 100, 350);
        assertEquals("epoch  1/20 [####------------] 100/350  2.0k ex/s  ETA 0:35", bar.text(),
                "100 batches of 10 in 0.5 s; 250 + 19 x 350 batches left at 200 batches/s");
        assertTrue(printed().endsWith("\r" + bar.text() + "\033[K"), "drawn from the line's start, rest cleared");
    }

    @Test
    void redrawsAtMostTenTimesASecond() {
        bar.epochStarted(1, 2, 1000);
        int drawn = printed().split("\r", -1).length;
        for (int batch = 1; batch <= 999; batch++) {
            now += 1_000_000L;
            bar.batchDone(1, batch, 1000);
        }
        int redraws = printed().split("\r", -1).length - drawn;
        assertEquals(9, redraws, "999 batches over 0.999 s: a redraw every 100 ms");
    }

    @Test
    void afterAnEpoch_clearsTheLine_andShowsItsValidationAccuracy() {
        bar.epochStarted(1, 2, 10);
        now += 200_000_000L;
        bar.batchDone(1, 10, 10);
        now += 100_000_000L;
        bar.epochEnded(metrics(1, 0.912, 0.9));
        assertTrue(printed().endsWith("\r\033[K"), "the bar is cleared before the epoch's log line");
        bar.epochStarted(2, 2, 10);
        now += 150_000_000L;
        bar.batchDone(2, 5, 10);
        assertEquals("epoch 2/2 [########--------]  5/10  333 ex/s  ETA 0:00  val 91.20%", bar.text());
    }

    @Test
    void withoutValidationSet_showsTheTestAccuracy() {
        bar.epochStarted(1, 3, 10);
        bar.epochEnded(new EpochMetrics(1, Evaluation.NONE, Evaluation.NONE, new Evaluation(0.5, 0.875, 875, 1000),
                0.1, 0.01));
        bar.epochStarted(2, 3, 10);
        assertTrue(bar.text().endsWith("test 87.50%"), bar.text());
    }

    @Test
    void closingWithNothingDrawnPrintsNothing() {
        bar.close();
        assertEquals("", printed());
    }

    @Test
    void aBatchThatDoesNotRedrawAllocatesNothing() {
        var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long threadId = Thread.currentThread().getId();
        bar.epochStarted(1, 1, 2_000_000);
        for (int batch = 1; batch <= 100_000; batch++) {
            bar.batchDone(1, batch, 2_000_000);
        }
        long before = threads.getThreadAllocatedBytes(threadId);
        for (int batch = 1; batch <= 1_000_000; batch++) {
            bar.batchDone(1, batch, 2_000_000);
        }
        long allocated = threads.getThreadAllocatedBytes(threadId) - before;
        assertTrue(allocated < 64 * 1024, "a million calls within one redraw period allocated " + allocated + " bytes");
    }

    private static EpochMetrics metrics(int epoch, double validation, double test) {
        return new EpochMetrics(epoch, new Evaluation(0.3, 0.95, 950, 1000), new Evaluation(0.4, validation, 456, 500),
                new Evaluation(0.4, test, 900, 1000), 0.2, 0.1);
    }
}
