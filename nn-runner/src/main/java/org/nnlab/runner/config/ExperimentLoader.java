package org.nnlab.runner.config;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.nnlab.host.PluginRegistry;
import org.yaml.snakeyaml.nodes.MappingNode;

/**
 * Reads an experiment: file -> composed tree -> {@code --set} overrides -> validation of everything at once ->
 * {@link ExperimentSpec}. Every user mistake is one {@link UserException} listing all problems, each as
 * {@code file:line:col: key.path: problem; fix}.
 */
public final class ExperimentLoader {
    private final PluginRegistry registry;

    public ExperimentLoader(PluginRegistry registry) {
        this.registry = Objects.requireNonNull(registry, "registry is null");
    }

    public LoadedConfig load(Path file, List<String> overrides) {
        String label = file.toString();
        return load(file, label, ConfigFile.read(file, label), overrides);
    }

    /** Validates {@code text} as if read from {@code file}. */
    public LoadedConfig load(Path file, String label, String text, List<String> overrides) {
        List<Overrides.Assignment> assignments = Overrides.parse(overrides);
        SourceMap source = new SourceMap(label);
        MappingNode root = ConfigFile.compose(text, source);
        ProblemLog log = new ProblemLog(source);
        for (Overrides.Assignment assignment : assignments) {
            Overrides.apply(root, assignment, source, log);
        }
        Path dir = file.toAbsolutePath().getParent();
        ExperimentSpec spec = new SpecReader(registry, log, source, dir == null ? Path.of("") : dir)
                .read(root, defaultName(file));
        return new LoadedConfig(spec, file, overrides, source);
    }

    /** The file name without its extension, made fit for a directory name. */
    static String defaultName(Path file) {
        String base = file.getFileName() == null ? "experiment" : file.getFileName().toString();
        int dot = base.lastIndexOf('.');
        String stem = (dot > 0 ? base.substring(0, dot) : base).replaceAll("[^A-Za-z0-9._-]", "-");
        return ExperimentSpec.NAME.matcher(stem).matches() ? stem : "experiment";
    }
}
