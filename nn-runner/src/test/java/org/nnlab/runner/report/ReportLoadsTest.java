package org.nnlab.runner.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nnlab.runner.testing.Nn;

/** {@code nn report} reads each distinct dataset setting once, however many runs use it, and even if it fails. */
class ReportLoadsTest {
    @TempDir
    Path dir;

    private long loads() throws IOException {
        return Files.readAllLines(dir.resolve("loads.log")).size();
    }

    @Test
    void aTwelveRunBatch_readsItsDatasetOnce() throws IOException {
        Path source = Files.writeString(dir.resolve("source.txt"), "x");
        Fixtures fixtures = new Fixtures(dir);
        Path batch = fixtures.batch("grid", Fixtures.TOY.replace("dataset: {name: toy, train: 200}",
                "dataset: {name: toy, train: 200, file: \"" + source + "\", load-log: \"" + dir.resolve("loads.log")
                        + "\"}"));
        long before = loads();
        assertEquals(12, before, "the fixture's 12 runs each loaded the data");
        Nn.Result result = fixtures.nn().run("report", batch.toString(), "-o", dir.resolve("r.html").toString());
        assertEquals(0, result.exit(), result::toString);
        assertEquals(12, ReportCommandTest.count(Files.readString(dir.resolve("r.html")), "class=\"confusion\""),
                "a confusion matrix per run");
        assertEquals(before + 1, loads(), "the report read the dataset once for its 12 runs");

        Files.delete(source);
        result = fixtures.nn().run("report", batch.toString(), "-o", dir.resolve("r2.html").toString());
        assertEquals(0, result.exit(), result::toString);
        assertEquals(before + 2, loads(), "a dataset that fails to load is tried once, not once per run");
        assertEquals(12, ReportCommandTest.count(Files.readString(dir.resolve("r2.html")), "no such file"),
                "each run says why it has no confusion matrix");
    }
}
