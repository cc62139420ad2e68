package org.nnlab.runner.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class BatchProgressTest {
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
    private long now;

    private String printed() {
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void offATerminal_oneLinePerFinishedRun_withRunsDoneAndEta() {
        BatchProgress progress = new BatchProgress("quick", 12, 0, out, BatchProgress.Mode.LINES, () -> now);
        progress.runStarted("a");
        progress.runStarted("b");
        assertEquals("", printed(), "nothing until a run ends");
        now += 10_000_000_000L;
        progress.runFinished("a", "ok", true, 9.5);
        progress.runFinished("b", "failed", false, 1.25);
        assertEquals("batch quick: 1/12 runs done, ETA 1:50; a ok in 9.5 s\n"
                + "batch quick: 2/12 runs done (1 failed), ETA 0:50; b failed in 1.3 s\n", printed(),
                "10 s per run, then 5 s per run, for the runs left");
    }

    @Test
    void onATerminal_oneLineRedrawn_andClearedOnRequest() {
        BatchProgress progress = new BatchProgress("quick", 4, 0, out, BatchProgress.Mode.LIVE, () -> now);
        progress.runStarted("a");
        assertEquals("batch quick [----------------] 0/4 runs  1 running  ETA --:--", progress.text());
        now += 3_000_000_000L;
        progress.runFinished("a", "ok", true, 3);
        assertEquals("batch quick [####------------] 1/4 runs  ETA 0:09", progress.text());
        assertTrue(printed().endsWith("\r" + progress.text() + "\033[K"), printed());
        progress.clear();
        assertTrue(printed().endsWith("\r\033[K"));
    }

    @Test
    void aResumedBatch_countsRunsDoneBeforeButNotInTheRate() {
        BatchProgress progress = new BatchProgress("quick", 10, 6, out, BatchProgress.Mode.LIVE, () -> now);
        assertTrue(Double.isNaN(progress.eta()), "no rate before a run ends in this process");
        now += 20_000_000_000L;
        progress.runFinished("g", "ok", true, 20);
        assertEquals(60, progress.eta(), 1e-9, "20 s per run here, 3 runs left");
        assertTrue(progress.text().contains(" 7/10 runs"), progress.text());
    }

    @Test
    void quiet_printsNothing() {
        BatchProgress progress = new BatchProgress("quick", 2, 0, out, BatchProgress.Mode.SILENT, () -> now);
        progress.runStarted("a");
        progress.runFinished("a", "ok", true, 1);
        progress.close();
        assertEquals("", printed());
    }
}
