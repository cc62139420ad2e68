package org.nnlab.runner.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nnlab.runner.testing.Nn;

/** Each command loads its dataset once, also when loading fails (Guice would call the provider again). */
class LoadOnceTest {
    @TempDir
    Path dir;

    private Path config(boolean fileExists) throws IOException {
        Path file = dir.resolve("source.txt");
        if (fileExists) {
            Files.writeString(file, "x");
        }
        return Files.writeString(dir.resolve("experiment.yaml"), """
                name: once
                dataset: {name: toy, file: "%s", load-log: "%s"}
                network: {layers: [16, 8, 4]}
                loss: cross-entropy
                optimizer: sgd
                training: {epochs: 1}
                """.formatted(file, loadLog()));
    }

    private Path loadLog() {
        return dir.resolve("loads.log");
    }

    private long loads() throws IOException {
        return Files.exists(loadLog()) ? Files.readAllLines(loadLog()).size() : 0;
    }

    @Test
    void runOfADatasetThatFailsToLoad_loadsItOnce_andReportsItOnce() throws IOException {
        Nn.Result result = new Nn(dir.resolve("cache")).run("run", config(false).toString(), "--runs-dir",
                dir.resolve("runs").toString());
        assertEquals(2, result.exit(), result::toString);
        assertEquals(1, loads(), "one load: " + result);
        assertEquals(1, result.err().split("no such file", -1).length - 1, "the failure said once: " + result);
    }

    @Test
    void validateCheckData_loadsOnce_whetherLoadingFailsOrNot() throws IOException {
        Nn nn = new Nn(dir.resolve("cache"));
        Nn.Result failed = nn.run("validate", "--check-data", config(false).toString());
        assertEquals(2, failed.exit(), failed::toString);
        assertEquals(1, loads(), "one load of the failing dataset: " + failed);
        Nn.Result ok = nn.run("validate", "--check-data", config(true).toString());
        assertEquals(0, ok.exit(), ok::toString);
        assertEquals(2, loads(), "one more load for the dataset that loads");
    }

    @Test
    void runOfADatasetThatLoads_loadsItOnce() throws IOException {
        Nn.Result result = new Nn(dir.resolve("cache")).run("run", config(true).toString(), "--runs-dir",
                dir.resolve("runs").toString(), "--quiet");
        assertEquals(0, result.exit(), result::toString);
        assertEquals(1, loads(), "one load");
        assertTrue(result.out().contains("test accuracy"), result::toString);
    }
}
