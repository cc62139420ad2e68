package org.nnlab.runner.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nnlab.runner.cli.ExitCodes;
import org.nnlab.runner.testing.Nn;
import org.nnlab.runner.testing.RunFiles;

/** Runs of one config started in the same second into the runs dir: each gets its own directory. */
class SameSecondRunsTest {
    @TempDir
    Path dir;

    @Test
    void twoRunsInTheSameSecond_bothRun_theSecondWithASuffix() throws IOException {
        Nn nn = new Nn(dir.resolve("cache"));
        Path config = Files.writeString(dir.resolve("toy.yaml"), RunDirectoryContentsTest.TOY);
        Path runs = dir.resolve("runs");
        for (int i = 0; i < 2; i++) {
            Nn.Result result = nn.run("run", config.toString(), "--runs-dir", runs.toString(), "--quiet");
            assertEquals(ExitCodes.OK, result.exit(), result::toString);
        }
        assertEquals(List.of("toy-run-20250102-030405", "toy-run-20250102-030405-2"), RunFiles.names(runs));
        Path second = runs.resolve("toy-run-20250102-030405-2");
        assertEquals("completed", RunFiles.jsonField(second.resolve("summary.json"), "status"));
        assertTrue(RunFiles.read(second.resolve("provenance.json")).contains(second.toAbsolutePath().toString()),
                "provenance names the directory the run went into");
    }

    @Test
    void manyCreatesAtOnce_eachGetADirectoryOfItsOwn() throws Exception {
        RunDirectory planned = RunDirectory.plan(null, dir.resolve("runs"), "same",
                LocalDateTime.of(2025, 1, 2, 3, 4, 5));
        int n = 8;
        ExecutorService pool = Executors.newFixedThreadPool(n);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Path>> made = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                made.add(pool.submit(() -> {
                    start.await();
                    planned.check();
                    return planned.create();
                }));
            }
            start.countDown();
            Set<Path> distinct = new HashSet<>();
            for (Future<Path> f : made) {
                distinct.add(f.get());
            }
            assertEquals(n, distinct.size(), distinct::toString);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aNamedRunDir_isStillNeverReused() throws IOException {
        Path taken = Files.createDirectories(dir.resolve("taken"));
        RunDirectory named = RunDirectory.plan(taken, null, "x", LocalDateTime.of(2025, 1, 2, 3, 4, 5));
        try {
            named.create();
            throw new AssertionError("created over " + taken);
        } catch (org.nnlab.api.UserException expected) {
            assertTrue(expected.getMessage().contains("already exists"), expected::getMessage);
        }
    }
}
