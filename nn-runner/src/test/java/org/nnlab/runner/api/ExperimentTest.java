package org.nnlab.runner.api;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nnlab.api.UserException;
import org.nnlab.runner.testing.Nn;

/**
 * The Java API runs an experiment the way {@code nn run} does: same metrics.csv figures, same model bytes, the
 * same messages for a bad override; its listener hears each epoch with the figures metrics.csv gets.
 */
class ExperimentTest {
    static final Path QUICKSTART = Path.of("../configs/quickstart.yaml");
    static final String[] SHORT = {"training.epochs=2", "network.layers=[400, 20, 10]"};

    @TempDir
    Path dir;

    @Test
    void runGivesTheMetricsAndModelBytesOfNnRun_andTellsTheListenerEachRow() throws IOException {
        Path cliRun = dir.resolve("cli");
        Nn.Result cli = new Nn(dir.resolve("cache")).run("run", QUICKSTART.toString(), "--set", SHORT[0], "--set",
                SHORT[1], "--run-dir", cliRun.toString(), "--quiet");
        assertEquals(0, cli.exit(), cli::toString);

        List<Epoch> heard = new ArrayList<>();
        Path apiRun = dir.resolve("api");
        RunResult result = Experiment.load(QUICKSTART).override(SHORT).withRunDirectory(apiRun).run(heard::add);

        assertEquals(apiRun, result.directory(), "the run goes where it was asked to");
        assertEquals(List.of(1, 2), heard.stream().map(Epoch::number).toList(), "the listener hears both epochs");
        assertEquals(rows(apiRun.resolve("metrics.csv"), true), heard.stream().map(Epoch::metrics).toList(),
                "the listener's figures are metrics.csv's, to the last digit");
        assertEquals(heard.stream().map(Epoch::metrics).toList(),
                result.epochs().stream().map(Epoch::metrics).toList(), "the result's epochs are the listener's");
        assertEquals(rows(cliRun.resolve("metrics.csv"), false), rows(apiRun.resolve("metrics.csv"), false),
                "nn run and the API write the same costs, accuracies and rates (seconds aside)");
        for (String model : new String[] {"model.nnm", "best.nnm"}) {
            assertArrayEquals(Files.readAllBytes(cliRun.resolve(model)), Files.readAllBytes(apiRun.resolve(model)),
                    model + " of nn run and of the API are the same bytes");
        }
        assertTrue(result.last().testAccuracy() > 0.5, "two epochs learn the digits: " + result.last());
        assertEquals(result.epochs().get(result.bestEpoch() - 1).validationAccuracy(),
                result.epochs().stream().mapToDouble(Epoch::validationAccuracy).max().orElseThrow(),
                "the best epoch has the best validation accuracy");
        assertTrue(Files.readString(apiRun.resolve("provenance.json")).contains("\"java-api\""),
                "provenance says the run came from the Java API");
    }

    @Test
    void badOverrideKey_isAUserExceptionWithTheMessageOfNnRun() {
        assertSameMessageAsCli("training.epoks=2");
    }

    @Test
    void badOverrideValue_isAUserExceptionWithTheMessageOfNnRun() {
        String message = assertSameMessageAsCli("optimizer.learning-rate=fast");
        assertTrue(message.startsWith("--set optimizer.learning-rate=fast: optimizer.learning-rate: "), message);
    }

    @Test
    void aMistakeInTheFile_isPlacedAtItsLineAndColumn_asNnRunPlacesIt() throws IOException {
        Path file = Files.writeString(dir.resolve("bad.yaml"), Files.readString(QUICKSTART)
                .replace("  batch-size: 10", "  batch-size: 10\n  epoks: 3"));
        UserException e = assertThrows(UserException.class, () -> Experiment.load(file));
        Nn.Result cli = new Nn(dir.resolve("cache")).run("run", file.toString(), "--run-dir",
                dir.resolve("never").toString());
        assertEquals(cli.err().strip(), e.getMessage(), "the API's message is nn run's");
        assertTrue(e.getMessage().startsWith(file + ":25:3: training.epoks: unknown key"), e.getMessage());
    }

    @Test
    void unknownMetric_namesTheColumns() {
        Experiment experiment = Experiment.load(QUICKSTART).override(SHORT).override("training.epochs=1");
        assertEquals("quickstart", experiment.name());
        assertTrue(experiment.resolvedConfig().contains("epochs: 1"), experiment.resolvedConfig());
        Epoch epoch = experiment.withRunDirectory(dir.resolve("one")).run().last();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> epoch.metric("accuracy"));
        assertTrue(e.getMessage().contains("(valid: train_cost, train_accuracy, "), e.getMessage());
    }

    @Test
    void anExistingRunDirectory_isRefusedBeforeTraining() throws IOException {
        Path taken = Files.createDirectories(dir.resolve("taken"));
        UserException e = assertThrows(UserException.class,
                () -> Experiment.load(QUICKSTART).override(SHORT).withRunDirectory(taken).run());
        Nn.Result cli = new Nn(dir.resolve("cache")).run("run", QUICKSTART.toString(), "--run-dir", taken.toString());
        assertEquals(cli.err().strip(), e.getMessage(), "the API's message is nn run's");
    }

    private String assertSameMessageAsCli(String override) {
        UserException e = assertThrows(UserException.class, () -> Experiment.load(QUICKSTART).override(override));
        Nn.Result cli = new Nn(dir.resolve("cache")).run("run", QUICKSTART.toString(), "--set", override,
                "--run-dir", dir.resolve("never").toString());
        assertEquals(2, cli.exit(), cli::toString);
        assertEquals(cli.err().strip(), e.getMessage(), "the API's message is nn run's");
        return e.getMessage();
    }

    /** The rows of a metrics.csv as figures by column, empty cells NaN; without the seconds unless asked. */
    static List<Map<String, Double>> rows(Path csv, boolean seconds) throws IOException {
        List<String> lines = Files.readAllLines(csv);
        String[] header = lines.get(0).split(",");
        List<Map<String, Double>> rows = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split(",", -1);
            Map<String, Double> row = new LinkedHashMap<>();
            for (int i = 1; i < header.length; i++) {
                if (seconds || !header[i].endsWith("_seconds")) {
                    row.put(header[i], cells[i].isEmpty() ? Double.NaN : Double.parseDouble(cells[i]));
                }
            }
            rows.add(row);
        }
        return rows;
    }
}
