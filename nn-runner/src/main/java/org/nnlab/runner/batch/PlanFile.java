package org.nnlab.runner.batch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.nnlab.api.UserException;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * {@code batch.yaml}, the resolved batch: the batch file, the {@code --set} arguments, and every run with its
 * parameters, seed and resolved config. Written before the first run; {@code nn batch --resume} reads it back.
 */
public final class PlanFile {
    public static final String NAME = "batch.yaml";

    /** What a resume needs of a stored plan. */
    record Stored(String name, Path file, List<String> overrides, List<StoredRun> runs) {
    }

    /** One stored run: its name, grid point and resolved config. */
    record StoredRun(String name, String point, String resolved) {
    }

    private PlanFile() {
    }

    static String write(BatchPlan plan) {
        StringBuilder out = new StringBuilder();
        out.append("# resolved batch, written by nn batch before its first run: every run with its parameters and\n")
                .append("# resolved config. nn batch --resume checks that the batch file still gives the same runs.\n");
        out.append("batch: ").append(YamlNodes.quote(plan.name())).append('\n');
        out.append("file: ").append(YamlNodes.quote(plan.file().toAbsolutePath().normalize().toString())).append('\n');
        out.append("overrides: ").append(list(plan.overrides())).append('\n');
        out.append("columns: ").append(list(plan.columns())).append('\n');
        out.append("runs:\n");
        for (PlannedRun run : plan.runs()) {
            out.append("  - name: ").append(YamlNodes.quote(run.name())).append('\n');
            out.append("    point: ").append(YamlNodes.quote(run.point())).append('\n');
            out.append("    config: ").append(YamlNodes.quote(run.config().toAbsolutePath().toString())).append('\n');
            out.append("    parameters: {").append(run.parameters().entrySet().stream()
                    .map(e -> YamlNodes.quote(e.getKey()) + ": " + YamlNodes.quote(e.getValue()))
                    .collect(Collectors.joining(", "))).append("}\n");
            out.append("    seed: ").append(run.seed()).append('\n');
            out.append("    resolved: |\n");
            run.resolved().lines().forEach(line -> out.append("      ").append(line).append('\n'));
        }
        return out.toString();
    }

    private static String list(List<String> items) {
        return items.stream().map(YamlNodes::quote).collect(Collectors.joining(", ", "[", "]"));
    }

    /** The plan stored in {@code batchDir}; a missing or unreadable one is a {@link UserException}. */
    static Stored read(Path batchDir) {
        Path file = batchDir.resolve(NAME);
        if (!Files.isDirectory(batchDir)) {
            throw new UserException(batchDir + ": no such directory; give a batch directory made by nn batch");
        }
        if (!Files.isRegularFile(file)) {
            throw new UserException(batchDir + ": not a batch directory (it has no " + NAME + "); give a directory"
                    + " made by nn batch, or start the batch anew with nn batch BATCH.yaml");
        }
        try {
            Object loaded = new Yaml(new SafeConstructor(new LoaderOptions())).load(Files.readString(file));
            Map<?, ?> root = (Map<?, ?>) loaded;
            List<StoredRun> runs = new ArrayList<>();
            for (Object item : (List<?>) root.get("runs")) {
                Map<?, ?> run = (Map<?, ?>) item;
                runs.add(new StoredRun((String) run.get("name"), (String) run.get("point"),
                        (String) run.get("resolved")));
            }
            List<String> overrides = ((List<?>) root.get("overrides")).stream().map(String::valueOf).toList();
            return new Stored(String.valueOf(root.get("batch")), Path.of((String) root.get("file")), overrides, runs);
        } catch (IOException | YAMLException | ClassCastException | NullPointerException e) {
            throw new UserException(file + ": cannot be read as a resolved batch (" + e.getMessage() + "); nn batch"
                    + " writes it and it must not be edited; start the batch anew with nn batch BATCH.yaml");
        }
    }
}
