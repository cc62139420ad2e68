package org.nnlab.runner.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nnlab.runner.cli.ExitCodes;
import org.nnlab.runner.testing.Nn;

/**
 * Bad batches: every problem of the batch file and of every run's config reported at once, each placed at its
 * line and column, before anything runs or is written.
 */
class BadBatchTest {
    @TempDir
    Path dir;
    private Nn nn;

    @BeforeEach
    void setUp() {
        nn = new Nn(dir.resolve("cache"));
    }

    /** {@code nn batch} on {@code batch}: exits 2, writes nothing, prints no trace; returns the error lines. */
    private List<String> errors(String batch, String... more) {
        Path file = BatchFiles.write(dir, batch);
        List<String> args = new java.util.ArrayList<>(List.of("batch", file.toString(), "--batch-dir",
                dir.resolve("out").toString(), "--quiet"));
        args.addAll(List.of(more));
        Nn.Result result = nn.run(args.toArray(String[]::new));
        assertEquals(ExitCodes.USAGE, result.exit(), result::toString);
        assertFalse(result.hasStackTrace(), result::toString);
        assertFalse(Files.exists(dir.resolve("out")), "nothing is written");
        return result.err().lines().toList();
    }

    @Test
    void everyProblemIsReportedAtOnce_eachAtItsPlace() throws IOException {
        Files.writeString(dir.resolve("other.yaml"), BatchFiles.TOY);
        Path file = dir.resolve("toy-batch.yaml");
        assertEquals(List.of(
                file + ":3:27: experiments[1]: no such file: " + dir.resolve("othr.yaml") + " (paths are relative to"
                        + " this file, in " + dir + "); did you mean \"other.yaml\"?",
                file + ":6:17: grid.optimizer.l2: the list is empty, so the grid has no runs; give at least one value",
                file + ":9:1: repeats: give seeds: (the seeds themselves) or repeats: (a number of seeds derived"
                        + " from seed:), not both; remove one",
                file + ":10:1: sed: unknown key \"sed\"; did you mean \"seed\"? (valid: base, batch, experiments,"
                        + " grid, repeats, seed, seeds, set)",
                file + ":5:3: grid.optimizer.learning-rat: unknown parameter of sgd \"learning-rat\"; did you mean"
                        + " \"learning-rate\"? (valid: l2, learning-rate, momentum, nesterov) (in all 8 runs)",
                file + ":7:24: grid.training.epochs: expected a positive whole number, got -1 (e.g. 30) (in runs"
                        + " toy_learning-rat=0.1_epochs=-1, toy_learning-rat=0.5_epochs=-1,"
                        + " other_learning-rat=0.1_epochs=-1 and 1 more)"),
                errors("""
                        batch: bad
                        base: toy.yaml
                        experiments: [other.yaml, othr.yaml]
                        grid:
                          optimizer.learning-rat: [0.1, 0.5]
                          optimizer.l2: []
                          training.epochs: [2, -1]
                        seeds: [1, 2]
                        repeats: 3
                        sed: 4
                        """));
    }

    @Test
    void aGridKeyTheConfigLacks_saysDidYouMean() {
        Path file = dir.resolve("toy-batch.yaml");
        assertEquals(List.of(file + ":3:8: grid.training.epohcs: unknown key \"epohcs\"; did you mean \"epochs\"?"
                        + " (valid: batch-size, epochs, evaluate-train, patience) (in all 2 runs)"),
                errors("batch: typo\nbase: toy.yaml\ngrid: {training.epohcs: [1, 2]}\n"));
    }

    @Test
    void anEmptyGridList_isAnError() {
        Path file = dir.resolve("toy-batch.yaml");
        assertEquals(List.of(file + ":3:33: grid.optimizer.learning-rate: the list is empty, so the grid has no runs;"
                + " give at least one value"),
                errors("batch: empty\nbase: toy.yaml\ngrid: {optimizer.learning-rate: []}\n"));
    }

    @Test
    void aMissingBase_isAnError() {
        Path file = dir.resolve("toy-batch.yaml");
        assertEquals(List.of(file + ":2:7: base: no such file: " + dir.resolve("toi.yaml") + " (paths are relative"
                + " to this file, in " + dir + "); did you mean \"toy.yaml\"?"),
                errors("batch: gone\nbase: toi.yaml\n"));
    }

    @Test
    void aConflictBetweenSetAndTheGrid_isAnError() {
        Path file = dir.resolve("toy-batch.yaml");
        assertEquals(List.of("--set optimizer.l2=1: optimizer.l2: the grid sets optimizer.l2 too (" + file
                + ":5:3); remove one"), errors(BatchFiles.GRID, "--set", "optimizer.l2=1"));
    }

    @Test
    void anExistingBatchDirectory_isNeverWrittenOver() throws IOException {
        Path out = Files.createDirectories(dir.resolve("taken"));
        Files.writeString(out.resolve("keep.txt"), "mine");
        Path file = BatchFiles.write(dir, BatchFiles.GRID);
        Nn.Result result = nn.run("batch", file.toString(), "--batch-dir", out.toString(), "--quiet");
        assertEquals(ExitCodes.USAGE, result.exit(), result::toString);
        assertEquals(out + ": the batch directory already exists, and a batch never writes over anything; resume it"
                + " with nn batch --resume " + out + ", or give another --batch-dir", result.err().strip());
        assertEquals(List.of("keep.txt"), org.nnlab.runner.testing.RunFiles.names(out));
    }

    @Test
    void aResumeOfAChangedBatch_isRefused_sayingWhatDiffers() throws IOException {
        Path file = BatchFiles.write(dir, BatchFiles.GRID);
        Path out = dir.resolve("out");
        Nn.Result first = nn.run("batch", file.toString(), "--batch-dir", out.toString(), "--set", "training.epochs=1",
                "--parallel", "2", "--threads", "1", "--quiet");
        assertEquals(0, first.exit(), first::toString);
        Files.writeString(dir.resolve("toy.yaml"), BatchFiles.TOY.replace("epochs: 3", "epochs: 3, batch-size: 20"));
        Files.writeString(file, BatchFiles.GRID.replace("[0.5, 1.0]", "[0.5, 2.0]"));
        List<String> before = Files.readAllLines(out.resolve(BatchTables.RUNS));

        Nn.Result resumed = nn.run("batch", "--resume", out.toString(), "--quiet");
        assertEquals(ExitCodes.USAGE, resumed.exit(), resumed::toString);
        String stored = out.resolve(PlanFile.NAME).toString();
        assertEquals(List.of(
                out + ": the batch has changed since it started, and resuming it would mix runs of two batches;"
                        + " undo the change, or start a new batch with nn batch " + file.toAbsolutePath()
                        + ". What differs:",
                "  runs in " + stored + " that the batch file no longer gives: learning-rate=1.0_l2=0.0_seed=1,"
                        + " learning-rate=1.0_l2=0.0_seed=2, learning-rate=1.0_l2=5.0_seed=1 and 1 more",
                "  runs the batch file gives now that are not in " + stored + ": learning-rate=2.0_l2=0.0_seed=1,"
                        + " learning-rate=2.0_l2=0.0_seed=2, learning-rate=2.0_l2=5.0_seed=1 and 1 more",
                "  training.batch-size: 10 in " + stored + ", 20 now (in runs learning-rate=0.5_l2=0.0_seed=1,"
                        + " learning-rate=0.5_l2=0.0_seed=2, learning-rate=0.5_l2=5.0_seed=1 and 1 more)"),
                resumed.err().lines().toList());
        assertEquals(before, Files.readAllLines(out.resolve(BatchTables.RUNS)), "nothing is touched");
    }

    @Test
    void validate_printsThePlan_andChecksEveryRun() {
        Path file = BatchFiles.write(dir, BatchFiles.GRID);
        Nn.Result result = nn.run("validate", file.toString(), "--check-data");
        assertEquals(0, result.exit(), result::toString);
        assertTrue(result.out().startsWith("batch toy-grid: 8 runs (4 grid points) from " + file + "\n"
                + "  learning-rate=0.5_l2=0.0_seed=1  optimizer.learning-rate=0.5 optimizer.l2=0.0 seed=1\n"),
                result::toString);
        assertEquals(9, result.out().lines().count(), result::toString);

        Path wrong = BatchFiles.write(dir, BatchFiles.GRID + "set: {network.layers: [16, 12, 10]}\n");
        Nn.Result checked = nn.run("validate", wrong.toString(), "--check-data");
        assertEquals(ExitCodes.USAGE, checked.exit(), checked::toString);
        assertEquals(wrong + ":7:23: set.network.layers: the output layer has 10 units but the dataset has 4 classes;"
                + " use e.g. [16, 12, 4] (in all 8 runs)", checked.err().strip());
    }
}
