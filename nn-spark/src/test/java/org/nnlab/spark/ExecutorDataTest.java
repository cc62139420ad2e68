package org.nnlab.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nnlab.api.DataSplits;
import org.nnlab.api.DatasetContext;
import org.nnlab.api.UserException;
import org.nnlab.host.PluginRegistry;
import org.nnlab.host.Sha256;
import org.nnlab.runner.config.ExperimentLoader;
import org.nnlab.runner.config.PluginChoice;

/** An executor's data is loaded once and used only when its files have the SHA-256 the driver validated. */
class ExecutorDataTest {
    @TempDir
    Path dir;
    private Path csv;
    private PluginChoice setting;
    private final PluginRegistry registry = PluginRegistry.builtIn();

    @BeforeEach
    void writeDigits() throws IOException {
        StringBuilder lines = new StringBuilder();
        Random random = new Random(1);
        for (int i = 0; i < 200; i++) {
            for (int p = 0; p < 400; p++) {
                lines.append(random.nextInt(2)).append(',');
            }
            lines.append(i % 10).append('\n');
        }
        csv = Files.writeString(dir.resolve("digits.csv"), lines);
        Path config = Files.writeString(dir.resolve("c.yaml"), "dataset: {name: digits20, csv: " + csv + "}\n"
                + "network: {layers: [400, 10]}\nloss: cross-entropy\noptimizer: sgd\n");
        setting = new ExperimentLoader(registry).load(config, List.of()).spec().dataset();
    }

    @Test
    void theDriversFiles_areUsed_andLoadedOnce() throws IOException {
        ExecutorData data = new ExecutorData(new DatasetContext(null, dir.resolve("cache")));
        List<RunTask.DataFile> expected = List.of(new RunTask.DataFile("digits.csv", Sha256.of(csv)));
        DataSplits first = data.get("bundle", registry, setting, expected, "1@host");
        assertEquals(List.of(csv.toAbsolutePath()), first.sourceFiles().stream().map(Path::toAbsolutePath).toList());
        assertSame(first, data.get("bundle", registry, setting, expected, "2@host"), "loaded once per executor");
    }

    @Test
    void otherBytes_thanTheDriverValidated_areRefused() {
        ExecutorData data = new ExecutorData(new DatasetContext(null, dir.resolve("cache")));
        String driver = "0".repeat(64);
        UserException e = assertThrows(UserException.class, () -> data.get("bundle", registry, setting,
                List.of(new RunTask.DataFile("digits.csv", driver)), "1@host"));
        assertTrue(e.getMessage().contains("the digits20 data on executor 1@host differs from the driver's: " + csv
                + " has SHA-256 "), e.getMessage());
        assertTrue(e.getMessage().contains("the driver validated " + driver), e.getMessage());
    }

    @Test
    void otherFiles_thanTheDriverRead_areRefused() {
        ExecutorData data = new ExecutorData(new DatasetContext(null, dir.resolve("cache")));
        UserException e = assertThrows(UserException.class, () -> data.get("bundle", registry, setting,
                List.of(new RunTask.DataFile("train.csv", "0".repeat(64))), "1@host"));
        assertTrue(e.getMessage().contains("is read from the files [digits.csv], the driver's from [train.csv]"),
                e.getMessage());
    }
}
