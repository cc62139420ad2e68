package org.nnlab.runner.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.nnlab.runner.testing.Nn;
import org.nnlab.runner.testing.RunFiles;

/**
 * Run and batch directories for the report's tests, made by the real {@code nn run}. A batch directory is laid out
 * as {@code nn batch} writes one: a run directory per run named {@code learning-rate=V_l2=W_seed=S},
 * {@code batch.yaml} (the plan), {@code runs.csv} and {@code summary.csv} (figures over seeds, computed here by
 * the textbook formulas: mean, sample sd with n - 1).
 */
final class Fixtures {
    static final String TOY = """
            name: toy-run
            dataset: {name: toy, train: 200}
            network:
              layers: [16, 12, 4]
            loss: cross-entropy
            optimizer: {name: sgd, learning-rate: 1.0}
            training: {epochs: 3, batch-size: 10}
            """;
    static final String DIGITS = """
            name: digits
            dataset: {name: digits20, validation: 500}
            network: {layers: [400, 30, 10]}
            loss: cross-entropy
            optimizer: {name: sgd, learning-rate: 0.5}
            training: {epochs: 4, batch-size: 10}
            """;
    static final List<String> RATES = List.of("0.1", "0.5");
    static final List<String> L2S = List.of("0.0", "1.0");
    static final List<Integer> SEEDS = List.of(1, 2, 3);

    private final Path dir;
    private final Nn nn;

    Fixtures(Path dir) {
        this.dir = dir;
        this.nn = new Nn(dir.resolve("cache"));
    }

    Nn nn() {
        return nn;
    }

    /** A completed run of {@code config} (YAML text) in {@code runDir}, with {@code --set} overrides. */
    Path run(String config, Path runDir, String... overrides) throws IOException {
        Path file = Files.writeString(dir.resolve("config-" + Math.abs(config.hashCode()) + ".yaml"), config);
        List<String> args = new ArrayList<>(List.of("run", file.toString(), "--run-dir", runDir.toString(), "--quiet",
                "--threads", "1"));
        for (String override : overrides) {
            args.add("--set");
            args.add(override);
        }
        Nn.Result result = nn.run(args.toArray(String[]::new));
        assertEquals(0, result.exit(), result::toString);
        return runDir;
    }

    /** A 2 x 2 grid of learning rate and L2 over three seeds: 12 runs of {@code config}. */
    Path batch(String name, String config) throws IOException {
        Path batch = Files.createDirectories(dir.resolve(name));
        StringBuilder plan = new StringBuilder("# resolved batch\nbatch: \"" + name + "\"\nfile: \"" + name
                + ".yaml\"\noverrides: []\ncolumns: [\"optimizer.learning-rate\", \"optimizer.l2\"]\nruns:\n");
        StringBuilder runs = new StringBuilder("run,optimizer.learning-rate,optimizer.l2,seed,status,test_accuracy,"
                + "best_validation_accuracy,best_epoch,epochs_run,seconds,error\n");
        StringBuilder summary = new StringBuilder("point,optimizer.learning-rate,optimizer.l2,runs,ok,failed");
        for (String figure : BatchData.FIGURES) {
            for (String stat : List.of("n", "mean", "sd", "min", "max")) {
                summary.append(',').append(figure).append('_').append(stat);
            }
        }
        summary.append('\n');
        for (String rate : RATES) {
            for (String l2 : L2S) {
                String point = "learning-rate=" + rate + "_l2=" + l2;
                List<double[]> figures = new ArrayList<>();
                for (int seed : SEEDS) {
                    String run = point + "_seed=" + seed;
                    Path runDir = run(config, batch.resolve(run), "optimizer.learning-rate=" + rate,
                            "optimizer.l2=" + l2, "seed=" + seed);
                    double[] values = new double[BatchData.FIGURES.size()];
                    for (int f = 0; f < values.length; f++) {
                        values[f] = Double.parseDouble(RunFiles.jsonField(runDir.resolve("summary.json"),
                                BatchData.FIGURES.get(f)));
                    }
                    figures.add(values);
                    plan.append("  - name: \"").append(run).append("\"\n    point: \"").append(point)
                            .append("\"\n    parameters: {\"optimizer.learning-rate\": \"").append(rate)
                            .append("\", \"optimizer.l2\": \"").append(l2).append("\"}\n    seed: ").append(seed)
                            .append('\n');
                    runs.append(String.join(",", run, rate, l2, String.valueOf(seed), "ok", String.valueOf(values[0]),
                            String.valueOf(values[1]), String.valueOf((int) values[2]), "4", "1.000", "")).append('\n');
                }
                summary.append(String.join(",", point, rate, l2, "3", "3", "0"));
                for (int f = 0; f < BatchData.FIGURES.size(); f++) {
                    int figure = f;
                    double[] v = figures.stream().mapToDouble(values -> values[figure]).toArray();
                    summary.append(String.format(Locale.ROOT, ",3,%s,%s,%s,%s", mean(v), sd(v),
                            Math.min(v[0], Math.min(v[1], v[2])), Math.max(v[0], Math.max(v[1], v[2]))));
                }
                summary.append('\n');
            }
        }
        Files.writeString(batch.resolve("batch.yaml"), plan);
        Files.writeString(batch.resolve("runs.csv"), runs);
        Files.writeString(batch.resolve("summary.csv"), summary);
        return batch;
    }

    static double mean(double[] v) {
        return (v[0] + v[1] + v[2]) / 3;
    }

    static double sd(double[] v) {
        double m = mean(v);
        return Math.sqrt(((v[0] - m) * (v[0] - m) + (v[1] - m) * (v[1] - m) + (v[2] - m) * (v[2] - m)) / 2);
    }
}
