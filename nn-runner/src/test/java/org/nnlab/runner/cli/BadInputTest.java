package org.nnlab.runner.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.nnlab.runner.testing.Nn;
import org.nnlab.runner.testing.UserErrors;

/**
 * Each bad input of the runner's issue: one message in the form {@code file:line:col: key.path: problem; fix},
 * exit code 2, no stack trace without --verbose, and no run directory left behind.
 */
class BadInputTest {
    private static final String GOOD = """
            name: toy-run
            seed: 1
            dataset: toy
            network:
              layers: [16, 8, 4]
              activation: sigmoid
            loss: quadratic
            optimizer:
              name: sgd
              learning-rate: 3.0
            training:
              epochs: 2
              batch-size: 10
            """;

    @TempDir
    Path dir;
    private UserErrors errors;
    private Path runs;
    private Nn nn;

    @BeforeEach
    void setUp() {
        errors = new UserErrors(dir);
        runs = errors.runs();
        nn = errors.nn();
    }

    @Test
    void theGoodConfigRuns() throws IOException {
        Nn.Result result = nn.run("run", errors.config(GOOD).toString(), "--runs-dir", runs.toString(), "--quiet");
        assertEquals(0, result.exit(), result::toString);
        assertEquals(1, runs.toFile().list().length, "one run directory");
    }

    @Test
    void malformedYaml() throws IOException {
        Path file = errors.config(GOOD.replace("activation: sigmoid", "activation: sigmoid: fast"));
        assertEquals(file + ":6:22: malformed YAML: mapping values are not allowed here; check the indentation,"
                + " the colons and the quoting here (or on the line above)", errors.runFails(file));
    }

    @Test
    void unknownKey_withDidYouMean() throws IOException {
        Path file = errors.config(GOOD.replace("batch-size:", "batch-sise:"));
        assertEquals(file + ":13:3: training.batch-sise: unknown key \"batch-sise\"; did you mean \"batch-size\"?"
                + " (valid: batch-size, epochs, evaluate-train, patience)", errors.runFails(file));
    }

    @Test
    void wrongType() throws IOException {
        Path file = errors.config(GOOD.replace("learning-rate: 3.0", "learning-rate: fast"));
        assertEquals(file + ":10:18: optimizer.learning-rate: sgd expects a positive number, got \"fast\" (e.g. 0.1)",
                errors.runFails(file));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "learning-rate: 3.0 | learning-rate: 0   | 10:18 | optimizer.learning-rate: sgd expects a positive number, got 0 (e.g. 0.1)",
        "learning-rate: 3.0 | learning-rate: -1  | 10:18 | optimizer.learning-rate: sgd expects a positive number, got -1 (e.g. 0.1)",
        "epochs: 2          | epochs: 0          | 12:11 | training.epochs: expected a positive whole number, got 0 (e.g. 30)",
        "epochs: 2          | epochs: -3         | 12:11 | training.epochs: expected a positive whole number, got -3 (e.g. 30)",
        "batch-size: 10     | batch-size: 0      | 13:15 | training.batch-size: expected a positive whole number, got 0 (e.g. 10)",
        "batch-size: 10     | batch-size: -10    | 13:15 | training.batch-size: expected a positive whole number, got -10 (e.g. 10)",
    })
    void zeroOrNegativeNumbers(String good, String bad, String place, String message) throws IOException {
        Path file = errors.config(GOOD.replace(good, bad));
        assertEquals(file + ":" + place + ": " + message, errors.runFails(file));
    }

    @Test
    void unknownPluginName() throws IOException {
        Path file = errors.config(GOOD.replace("loss: quadratic", "loss: quadradic"));
        assertEquals(file + ":7:7: loss: unknown loss \"quadradic\"; did you mean \"quadratic\"?"
                + " (valid: cross-entropy, log-likelihood, quadratic)", errors.runFails(file));
    }

    @Test
    void layerSizesThatDoNotMatchTheDataset() throws IOException {
        Path file = errors.config(GOOD.replace("[16, 8, 4]", "[784, 8, 10]"));
        assertEquals(List.of(
                file + ":5:11: network.layers: the input layer has 784 units but the dataset has 16 inputs per example;"
                        + " use e.g. [16, 8, 4]",
                file + ":5:11: network.layers: the output layer has 10 units but the dataset has 4 classes;"
                        + " use e.g. [16, 8, 4]"),
                errors.runFails(file).lines().toList());
    }

    @Test
    void aDataFileProblemPointsAtTheDatasetKey() throws IOException {
        Path file = errors.config(GOOD.replace("dataset: toy", "dataset: {name: toy, file: nowhere.bin}"));
        assertEquals(file + ":3:28: dataset.file: nowhere.bin: no such file; give an existing file or remove the key",
                errors.runFails(file));
    }

    @Test
    void missingConfigFile() {
        Path missing = dir.resolve("experiment.yml");
        String message = errors.runFails(missing);
        assertEquals(missing + ": no such file; check the path (working directory: "
                + Path.of("").toAbsolutePath() + ")", message);
    }

    @Test
    void missingConfigFile_suggestsASibling() throws IOException {
        errors.config(GOOD);
        String message = errors.runFails(dir.resolve("experimnt.yaml"));
        assertTrue(message.startsWith(dir.resolve("experimnt.yaml") + ": no such file; did you mean \""
                + dir.resolve("experiment.yaml") + "\"?"), message);
    }

    @Test
    void setOnAKeyThatDoesNotExist() throws IOException {
        assertEquals("--set training.epoch=5: training.epoch: unknown key \"epoch\"; did you mean \"epochs\"?"
                + " (valid: batch-size, epochs, evaluate-train, patience)", errors.runFails(errors.config(GOOD), "--set", "training.epoch=5"));
    }

    @Test
    void setWithoutAValue() throws IOException {
        assertEquals("--set training.epochs: expected key.path=value, e.g. --set training.epochs=5",
                errors.runFails(errors.config(GOOD), "--set", "training.epochs"));
    }

    @Test
    void aRunDirectoryThatAlreadyExists() throws IOException {
        Path existing = Files.createDirectories(dir.resolve("taken"));
        Files.writeString(existing.resolve("keep.txt"), "mine");
        Nn.Result result = nn.run("run", errors.config(GOOD).toString(), "--run-dir", existing.toString());
        assertEquals(ExitCodes.USAGE, result.exit(), result::toString);
        assertFalse(result.hasStackTrace(), result::toString);
        assertEquals(existing + ": the run directory already exists, and a run is never written over another;"
                + " give another --run-dir, or leave it out for a new timestamped directory", result.err().strip());
        assertEquals(List.of("keep.txt"), List.of(existing.toFile().list()), "the existing directory is untouched");
    }

    @Test
    void aRunsDirThatIsAFile() throws IOException {
        Path file = Files.writeString(dir.resolve("not-a-dir"), "x");
        Nn.Result result = nn.run("run", errors.config(GOOD).toString(), "--runs-dir", file.toString());
        assertEquals(ExitCodes.USAGE, result.exit(), result::toString);
        assertFalse(result.hasStackTrace(), result::toString);
        assertEquals(file + ": is a file, not a directory, so the run directory " + file.resolve("toy-run-20250102-030405")
                + " cannot be made; give a directory with --runs-dir DIR", result.err().strip());
    }

    @Test
    void aRunsDirWithoutWritePermission() throws IOException {
        assumeFalse("root".equals(System.getProperty("user.name")), "root may write anywhere");
        Path readOnly = Files.createDirectories(dir.resolve("read-only"));
        Files.setPosixFilePermissions(readOnly, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            Nn.Result result = nn.run("run", errors.config(GOOD).toString(), "--runs-dir", readOnly.resolve("runs").toString());
            assertEquals(ExitCodes.USAGE, result.exit(), result::toString);
            assertEquals(readOnly.toAbsolutePath() + ": cannot create the run directory "
                    + readOnly.resolve("runs").resolve("toy-run-20250102-030405")
                    + " here (permission denied); give a writable directory with --runs-dir DIR", result.err().strip());
            assertFalse(result.hasStackTrace(), result::toString);
        } finally {
            Files.setPosixFilePermissions(readOnly, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    @Test
    void everyProblemOfAFileAtOnce() throws IOException {
        Path file = errors.config(GOOD.replace("seed: 1", "seed: one").replace("activation: sigmoid", "activation: sigmod")
                .replace("epochs: 2", "epochs: 0"));
        assertEquals(List.of(
                file + ":2:7: seed: expected a whole number, got \"one\" (e.g. 42)",
                file + ":6:15: network.activation: unknown activation \"sigmod\"; did you mean \"sigmoid\"?"
                        + " (valid: identity, relu, sigmoid, softmax, tanh)",
                file + ":12:11: training.epochs: expected a positive whole number, got 0 (e.g. 30)"),
                errors.runFails(file).lines().toList());
    }

    @Test
    void verboseAddsTheStackTrace() throws IOException {
        Nn.Result result = nn.run("run", errors.config(GOOD.replace("epochs: 2", "epochs: 0")).toString(),
                "--runs-dir", runs.toString(), "--verbose");
        assertEquals(ExitCodes.USAGE, result.exit(), result::toString);
        assertTrue(result.hasStackTrace(), result::toString);
    }

    @Test
    void anUnknownOption_isOneLineWithASuggestion() throws IOException {
        Nn.Result result = nn.run("run", errors.config(GOOD).toString(), "--quite");
        assertEquals(ExitCodes.USAGE, result.exit(), result::toString);
        assertEquals("nn run: Unknown option: '--quite'; did you mean --quiet? (see 'nn run --help')",
                result.err().strip());
    }

    @Test
    void runDirAndRunsDirTogether_isAUsageError() throws IOException {
        Nn.Result result = nn.run("run", errors.config(GOOD).toString(), "--run-dir", "a", "--runs-dir", "b");
        assertEquals(ExitCodes.USAGE, result.exit(), result::toString);
        assertTrue(result.err().startsWith("nn run: Error: --run-dir=DIR, --runs-dir=DIR are mutually exclusive"),
                result::toString);
    }
}
