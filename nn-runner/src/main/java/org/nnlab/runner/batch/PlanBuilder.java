package org.nnlab.runner.batch;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.nnlab.api.UserException;
import org.nnlab.host.PluginRegistry;
import org.nnlab.runner.config.ConfigWriter;
import org.nnlab.runner.config.ExperimentLoader;
import org.nnlab.runner.config.LoadedConfig;
import org.nnlab.runner.config.ProblemLog;

/**
 * Expands a batch file into its runs and validates every run's config before anything runs. A problem of a run's
 * config is placed where it is written: the config file's line, or the grid value or seed of the batch file that
 * set it; the same problem in several runs is reported once, naming the runs.
 */
public final class PlanBuilder {
    private final PluginRegistry registry;

    public PlanBuilder(PluginRegistry registry) {
        this.registry = registry;
    }

    /** The plan of {@code file} with {@code overrides} on every run, or a {@link UserException} with every problem. */
    public BatchPlan build(Path file, List<String> overrides) {
        BatchFileReader.Result read = BatchFileReader.read(file);
        BatchFile batch = read.batch();
        ProblemLog problems = read.problems();
        if (batch == null) {
            problems.throwIfAny(List.of());
        }
        List<String> conflicts = conflicts(batch, overrides);
        List<String> columns = new ArrayList<>();
        boolean severalConfigs = batch.configs().size() > 1;
        if (severalConfigs) {
            columns.add("config");
        }
        batch.grid().forEach(axis -> columns.add(axis.key()));
        Expansion expansion = new Expansion(batch, overrides, severalConfigs);
        expansion.expandAll();
        List<String> configProblems = new ArrayList<>(conflicts);
        configProblems.addAll(expansion.problemLines());
        problems.throwIfAny(configProblems);
        return new BatchPlan(batch.name(), file, overrides, columns, batch.grid(), expansion.runs);
    }

    private static List<String> conflicts(BatchFile batch, List<String> overrides) {
        List<String> lines = new ArrayList<>();
        for (BatchFile.Setting setting : batch.settings()) {
            for (BatchFile.GridAxis axis : batch.grid()) {
                if (overlap(setting.key(), axis.key())) {
                    lines.add(setting.where() + ": set." + setting.key() + ": the grid sets " + axis.key()
                            + " too (" + axis.where() + "); remove one");
                }
            }
            if (setting.key().equals(RunNames.SEED) && !batch.seeds().isEmpty()) {
                lines.add(setting.where() + ": set.seed: the batch gives the seeds (" + batch.seedsWhere()
                        + "); remove one");
            }
        }
        for (String text : overrides) {
            String key = text.contains("=") ? text.substring(0, text.indexOf('=')).trim() : text;
            for (BatchFile.GridAxis axis : batch.grid()) {
                if (overlap(key, axis.key())) {
                    lines.add("--set " + text + ": " + key + ": the grid sets " + axis.key() + " too (" + axis.where()
                            + "); remove one");
                }
            }
            if (key.equals(RunNames.SEED) && !batch.seeds().isEmpty()) {
                lines.add("--set " + text + ": seed: the batch gives the seeds (" + batch.seedsWhere()
                        + "); remove one");
            }
        }
        return lines;
    }

    /** Whether setting one key sets the other, or part of it. */
    private static boolean overlap(String a, String b) {
        return a.equals(b) || a.startsWith(b + ".") || b.startsWith(a + ".");
    }

    /** The runs of one batch file, and the problems of their configs grouped by line. */
    private final class Expansion {
        private final BatchFile batch;
        private final List<String> overrides;
        private final boolean severalConfigs;
        private final List<String> shortNames;
        private final ExperimentLoader loader = new ExperimentLoader(registry);
        private final List<PlannedRun> runs = new ArrayList<>();
        private final RunProblems problems;
        private final Map<String, String> firstConfigByStem = new HashMap<>();
        private final List<String> nameProblems = new ArrayList<>();
        private int count;

        Expansion(BatchFile batch, List<String> overrides, boolean severalConfigs) {
            this.batch = batch;
            this.overrides = overrides;
            this.severalConfigs = severalConfigs;
            this.shortNames = RunNames.shortNames(batch.grid().stream().map(BatchFile.GridAxis::key).toList());
            this.problems = new RunProblems(batch.grid());
        }

        void expandAll() {
            for (BatchFile.ConfigRef config : batch.configs()) {
                String stem = stem(config.path());
                String earlier = firstConfigByStem.putIfAbsent(stem, config.where());
                if (earlier != null) {
                    nameProblems.add(config.where() + ": " + config.path() + ": has the same file name as the config"
                            + " at " + earlier + ", and runs are named by it; rename one");
                }
                int[] index = new int[batch.grid().size()];
                do {
                    int[] point = index.clone();
                    if (batch.seeds().isEmpty()) {
                        add(config, stem, point, null);
                    } else {
                        batch.seeds().forEach(seed -> add(config, stem, point, seed));
                    }
                } while (next(index));
            }
        }

        private boolean next(int[] index) {
            for (int a = index.length - 1; a >= 0; a--) {
                if (++index[a] < batch.grid().get(a).values().size()) {
                    return true;
                }
                index[a] = 0;
            }
            return false;
        }

        private void add(BatchFile.ConfigRef config, String stem, int[] point, Long seed) {
            count++;
            Map<String, String> parameters = new LinkedHashMap<>();
            List<String> parts = new ArrayList<>();
            if (severalConfigs) {
                parameters.put("config", stem);
                parts.add(stem);
            }
            List<String> runOverrides = new ArrayList<>();
            List<RunProblems.Origin> origins = new ArrayList<>();
            for (BatchFile.Setting setting : batch.settings()) {
                String assignment = setting.key() + "=" + setting.yaml();
                runOverrides.add(assignment);
                origins.add(RunProblems.Origin.of(assignment, setting.where(), "set."));
            }
            runOverrides.addAll(overrides);
            for (int a = 0; a < point.length; a++) {
                BatchFile.GridAxis axis = batch.grid().get(a);
                BatchFile.GridValue value = axis.values().get(point[a]);
                parameters.put(axis.key(), value.yaml());
                parts.add(shortNames.get(a) + "=" + value.label());
                String assignment = axis.key() + "=" + value.yaml();
                runOverrides.add(assignment);
                origins.add(RunProblems.Origin.grid(assignment, value.where(), a, point[a]));
            }
            String pointName = RunNames.join(parts, stem);
            if (seed != null) {
                parts.add(RunNames.SEED + "=" + seed);
                runOverrides.add(RunNames.SEED + "=" + seed);
                origins.add(RunProblems.Origin.of(RunNames.SEED + "=" + seed, batch.seedsWhere(), ""));
            }
            String name = RunNames.join(parts, stem);
            if (name.length() > RunNames.MAX_LENGTH) {
                nameProblems.add(batch.file() + ": run " + name + ": the name is " + name.length()
                        + " characters long, more than a directory name should be; use fewer or shorter grid values");
            }
            try {
                LoadedConfig loaded = loader.load(config.path(), runOverrides);
                long runSeed = loaded.spec().seed();
                runs.add(new PlannedRun(name, pointName, config.path(), parameters, runSeed, runOverrides, loaded,
                        new ConfigWriter().write(loaded.spec()), origins));
            } catch (UserException e) {
                e.problems().forEach(problem -> problems.add(problem.toString(), origins, name));
            }
        }

        List<String> problemLines() {
            List<String> lines = new ArrayList<>(nameProblems);
            Map<String, String> seen = new HashMap<>();
            for (PlannedRun run : runs) {
                String other = seen.putIfAbsent(run.name(), run.name());
                if (other != null) {
                    lines.add(batch.file() + ": two runs are named " + run.name() + " (grid values that differ only"
                            + " in characters a directory name cannot hold); give values that differ in letters or"
                            + " digits");
                }
            }
            lines.addAll(problems.lines(count));
            return lines;
        }
    }

    static String stem(Path config) {
        String base = config.getFileName().toString();
        int dot = base.lastIndexOf('.');
        return (dot > 0 ? base.substring(0, dot) : base).replaceAll("[^A-Za-z0-9.+-]+", "-");
    }
}
