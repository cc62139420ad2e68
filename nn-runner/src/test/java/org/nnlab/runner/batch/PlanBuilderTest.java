package org.nnlab.runner.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nnlab.core.RandomStreams;
import org.nnlab.host.PluginRegistry;

/** How a batch file expands into runs: the order, the names, the parameters, the seeds, each config validated. */
class PlanBuilderTest {
    private static final PluginRegistry REGISTRY = PluginRegistry.builtIn();

    @TempDir
    Path dir;

    private BatchPlan plan(String batch, String... overrides) {
        return new PlanBuilder(REGISTRY).build(BatchFiles.write(dir, batch), List.of(overrides));
    }

    @Test
    void gridTimesSeeds_lastKeyFastest_seedsFastestOfAll() {
        BatchPlan plan = plan(BatchFiles.GRID);
        assertEquals(List.of(
                "learning-rate=0.5_l2=0.0_seed=1", "learning-rate=0.5_l2=0.0_seed=2",
                "learning-rate=0.5_l2=5.0_seed=1", "learning-rate=0.5_l2=5.0_seed=2",
                "learning-rate=1.0_l2=0.0_seed=1", "learning-rate=1.0_l2=0.0_seed=2",
                "learning-rate=1.0_l2=5.0_seed=1", "learning-rate=1.0_l2=5.0_seed=2"),
                plan.runs().stream().map(PlannedRun::name).toList());
        assertEquals(List.of("learning-rate=0.5_l2=0.0", "learning-rate=0.5_l2=5.0", "learning-rate=1.0_l2=0.0",
                "learning-rate=1.0_l2=5.0"), List.copyOf(plan.points().keySet()), "one point per grid combination");
        assertEquals(List.of("optimizer.learning-rate", "optimizer.l2"), plan.columns());
        PlannedRun run = plan.runs().get(3);
        assertEquals(Map.of("optimizer.learning-rate", "0.5", "optimizer.l2", "5.0"), run.parameters());
        assertEquals(2, run.seed());
        assertEquals(List.of("optimizer.learning-rate=0.5", "optimizer.l2=5.0", "seed=2"), run.overrides());
        assertTrue(run.resolved().contains("seed: 2\n") && run.resolved().contains("  learning-rate: 0.5\n  l2: 5.0\n"),
                run.resolved());
        assertEquals(0.5, run.loaded().spec().optimizer().params().number("learning-rate"));
    }

    @Test
    void shortNames_areTheShortestTailsThatStayApart() {
        assertEquals(List.of("learning-rate", "activation", "output-activation"), RunNames.shortNames(
                List.of("optimizer.learning-rate", "network.activation", "network.output-activation")));
        assertEquals(List.of("dataset.name", "loss.name", "layers"), RunNames.shortNames(
                List.of("dataset.name", "loss.name", "network.layers")));
        assertEquals(List.of("training.seed"), RunNames.shortNames(List.of("training.seed")),
                "never a bare seed, which names the run's seed");
    }

    @Test
    void listValues_nameRunsByTheirItems_andSetAppliesToEveryRun() {
        BatchPlan plan = plan("""
                batch: shapes
                base: toy.yaml
                set: {training.epochs: 2, optimizer.momentum: 0.5}
                grid:
                  network.layers: [[16, 8, 4], [16, 4]]
                  network.activation: [sigmoid, tanh]
                """);
        assertEquals(List.of("layers=16-8-4_activation=sigmoid", "layers=16-8-4_activation=tanh",
                "layers=16-4_activation=sigmoid", "layers=16-4_activation=tanh"),
                plan.runs().stream().map(PlannedRun::name).toList());
        assertEquals("[16, 8, 4]", plan.runs().get(0).parameters().get("network.layers"));
        for (PlannedRun run : plan.runs()) {
            assertEquals(2, run.loaded().spec().training().epochs(), "set: applies to " + run.name());
            assertEquals(42, run.seed(), "without seeds: each config's own seed");
        }
        assertEquals(List.of(16, 4), plan.runs().get(3).loaded().spec().network().layers());
    }

    @Test
    void repeats_deriveSeedsFromTheBatchSeed() {
        BatchPlan plan = plan("batch: repeated\nbase: toy.yaml\nrepeats: 3\nseed: 7\n");
        RandomStreams streams = new RandomStreams(7);
        List<Long> expected = new ArrayList<>();
        for (int i = 1; i <= 3; i++) {
            expected.add(streams.streamSeed("repeat-" + i) >>> 33);
        }
        assertEquals(expected, plan.runs().stream().map(PlannedRun::seed).toList());
        assertEquals("seed=" + expected.get(0), plan.runs().get(0).name());
        assertEquals(expected, plan("batch: again\nbase: toy.yaml\nrepeats: 3\nseed: 7\n").runs().stream()
                .map(PlannedRun::seed).toList(), "the same batch seed gives the same seeds");
        assertNotEquals(expected, BatchFileReader.derivedSeeds(8, 3), "another batch seed gives other seeds");
        assertEquals(BatchFileReader.derivedSeeds(0, 2), plan("batch: zero\nbase: toy.yaml\nrepeats: 2\n").runs()
                .stream().map(PlannedRun::seed).toList(), "the batch seed is 0 by default");
    }

    @Test
    void experiments_areCrossedWithTheGrid_andNamedByTheirFiles() throws IOException {
        Files.writeString(dir.resolve("wide.yaml"), BatchFiles.TOY.replace("[16, 12, 4]", "[16, 30, 4]"));
        BatchPlan plan = plan("""
                batch: two
                base: toy.yaml
                experiments: [wide.yaml]
                grid: {optimizer.learning-rate: [0.5, 1.0]}
                seeds: [3]
                """);
        assertEquals(List.of("toy_learning-rate=0.5_seed=3", "toy_learning-rate=1.0_seed=3",
                "wide_learning-rate=0.5_seed=3", "wide_learning-rate=1.0_seed=3"),
                plan.runs().stream().map(PlannedRun::name).toList());
        assertEquals(List.of("config", "optimizer.learning-rate"), plan.columns());
        assertEquals("wide", plan.runs().get(2).parameters().get("config"));
        assertEquals(List.of(16, 30, 4), plan.runs().get(2).loaded().spec().network().layers());
    }

    @Test
    void theReadyBatches_expand() {
        Path batches = Path.of("..", "configs", "batches");
        BatchPlan ch3 = new PlanBuilder(REGISTRY).build(batches.resolve("ch3-eta-lambda.yaml"), List.of());
        assertEquals(18, ch3.runs().size(), "3 x 2 grid points x 3 seeds");
        assertEquals("learning-rate=1.0_l2=5.0_seed=3", ch3.runs().get(17).name());
        BatchPlan quick = new PlanBuilder(REGISTRY).build(batches.resolve("digits20-quick.yaml"), List.of());
        assertEquals(12, quick.runs().size(), "2 x 2 grid points x 3 seeds");
        assertEquals(4, quick.points().size());
        quick.runs().forEach(run -> assertEquals("digits20", run.loaded().spec().dataset().name()));
    }

    @Test
    void commandLineOverrides_applyToEveryRun() {
        BatchPlan plan = plan(BatchFiles.GRID, "training.epochs=1");
        plan.runs().forEach(run -> assertEquals(1, run.loaded().spec().training().epochs(), run.name()));
        assertEquals(List.of("training.epochs=1"), plan.overrides());
    }

    @Test
    void theResolvedBatch_readsBack() throws IOException {
        BatchPlan plan = plan(BatchFiles.GRID, "training.epochs=1");
        Files.writeString(dir.resolve(PlanFile.NAME), PlanFile.write(plan));
        PlanFile.Stored stored = PlanFile.read(dir);
        assertEquals("toy-grid", stored.name());
        assertEquals(List.of("training.epochs=1"), stored.overrides());
        assertEquals(plan.runs().size(), stored.runs().size());
        for (int i = 0; i < plan.runs().size(); i++) {
            assertEquals(plan.runs().get(i).name(), stored.runs().get(i).name());
            assertEquals(plan.runs().get(i).point(), stored.runs().get(i).point());
            assertEquals(plan.runs().get(i).resolved(), stored.runs().get(i).resolved());
        }
        assertEquals(List.of(), PlanDiff.between(stored, plan, "stored"));
    }
}
