package org.nnlab.runner.config;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.nnlab.api.Problem;
import org.nnlab.api.UserException;

/**
 * A validated experiment and where each of its keys was written, so a problem found after validation (the
 * layer sizes against the data, a missing data file) is reported at its line and column.
 *
 * @param file the config file read
 * @param overrides the {@code --set} arguments applied, as given
 */
public record LoadedConfig(ExperimentSpec spec, Path file, List<String> overrides, SourceMap source) {
    public LoadedConfig {
        Objects.requireNonNull(spec, "spec is null");
        Objects.requireNonNull(file, "file is null");
        overrides = List.copyOf(overrides);
        Objects.requireNonNull(source, "source is null");
    }

    /**
     * The same problems, each placed at the node of its key path ({@code network.layers} becomes
     * {@code file:line:col: network.layers: ...}). Problems with no path stay as they are.
     */
    public UserException locate(UserException e) {
        UserException located = new UserException(e.problems().stream()
                .map(p -> p.path().isEmpty() ? p
                        : new Problem("", ProblemLog.line(source.whereOf(p.path()), p.path(), p.message())))
                .toList());
        located.initCause(e);
        return located;
    }
}
