package org.nnlab.runner.batch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.nnlab.runner.run.RunRecorder;

/**
 * What {@code nn validate BATCH.yaml} prints: the number of runs, each run with its parameters, and the time the
 * batch should take when its runs (the same resolved configs) were done before under {@code runs/}.
 */
public final class PlanReport {
    private PlanReport() {
    }

    /** Checks {@code file} (every config; with {@code checkData} the data and layer sizes too); describes its plan. */
    public static String validate(Path file, List<String> overrides, BatchEnvironment env, boolean checkData) {
        BatchPlan plan = new PlanBuilder(env.registry()).build(file, overrides);
        if (checkData) {
            Preflight.check(plan, java.util.stream.IntStream.range(0, plan.runs().size()).boxed().toList(), env);
        }
        return describe(plan, BatchDirectory.DEFAULT_PARENT);
    }

    static String describe(BatchPlan plan, Path runsDir) {
        int points = plan.points().size();
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "batch %s: %d run%s (%d grid point%s) from"
                        + " %s%s%n", plan.name(), plan.runs().size(), plan.runs().size() == 1 ? "" : "s", points,
                points == 1 ? "" : "s", plan.file(), plan.overrides().isEmpty() ? ""
                        : ", with --set " + String.join(" --set ", plan.overrides())));
        int width = plan.runs().stream().mapToInt(r -> r.name().length()).max().orElse(0);
        for (PlannedRun run : plan.runs()) {
            String parameters = run.parameters().entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                    .collect(Collectors.joining(" "));
            out.append(String.format(Locale.ROOT, "  %-" + width + "s  %s%sseed=%d%n", run.name(), parameters,
                    parameters.isEmpty() ? "" : " ", run.seed()));
        }
        out.append(estimate(plan, earlierSeconds(runsDir), runsDir));
        return out.toString();
    }

    private static String estimate(BatchPlan plan, Map<String, Double> earlier, Path runsDir) {
        double known = 0;
        int count = 0;
        for (PlannedRun run : plan.runs()) {
            Double seconds = earlier.get(run.resolved());
            if (seconds != null) {
                known += seconds;
                count++;
            }
        }
        if (count == 0) {
            return "";
        }
        int unknown = plan.runs().size() - count;
        return String.format(Locale.ROOT, "estimated time: %s of training and evaluation, one run at a time, for %s"
                        + " (from identical runs under %s)%s%n", duration(known),
                unknown == 0 ? "all " + count + " runs" : count + " of the " + plan.runs().size() + " runs",
                runsDir, unknown == 0 ? "" : "; unknown for the other " + unknown);
    }

    /** Seconds of each completed run under {@code runsDir} (and one level below, in batches), by resolved config. */
    static Map<String, Double> earlierSeconds(Path runsDir) {
        Map<String, Double> seconds = new HashMap<>();
        if (!Files.isDirectory(runsDir)) {
            return seconds;
        }
        try (Stream<Path> configs = Files.find(runsDir, 3, (path, attributes) -> attributes.isRegularFile()
                && path.getFileName().toString().equals(RunRecorder.CONFIG))) {
            for (Path config : configs.toList()) {
                Path runDir = config.getParent();
                if (RunResult.isComplete(runDir)) {
                    RunResult result = RunResult.read(runDir);
                    if (!Double.isNaN(result.seconds())) {
                        seconds.put(Files.readString(config), result.seconds());
                    }
                }
            }
        } catch (IOException | java.io.UncheckedIOException e) {
            return seconds;
        }
        return seconds;
    }

    static String duration(double seconds) {
        long s = Math.round(seconds);
        return s < 60 ? s + " s" : s < 3600 ? String.format(Locale.ROOT, "%d min %02d s", s / 60, s % 60)
                : String.format(Locale.ROOT, "%d h %02d min", s / 3600, s % 3600 / 60);
    }
}
