package org.nnlab.host;

import java.io.IOException;
import java.util.List;
import org.nnlab.api.Problem;

/**
 * What {@link PluginDirectories#scan} found: one {@link PluginSource} per plugin (labelled with its jar or
 * directory, each with its own {@link PluginClassLoader}), the problems that kept a jar from loading and the
 * warnings that did not. Give it to {@link PluginRegistry#builtInAnd(PluginScan)}; close it when the plugins
 * are no longer used, to release the jars.
 */
public final class PluginScan implements AutoCloseable {
    private final List<PluginSource> sources;
    private final List<Problem> problems;
    private final List<Problem> warnings;

    PluginScan(List<PluginSource> sources, List<Problem> problems, List<Problem> warnings) {
        this.sources = List.copyOf(sources);
        this.problems = List.copyOf(problems);
        this.warnings = List.copyOf(warnings);
    }

    /** No plugin directories. */
    public static PluginScan empty() {
        return new PluginScan(List.of(), List.of(), List.of());
    }

    /** One source per plugin, in the order the directories and their entries were scanned. */
    public List<PluginSource> sources() {
        return sources;
    }

    /** Every jar loaded, in scan order, with its SHA-256. */
    public List<PluginJar> jars() {
        return sources.stream().flatMap(source -> ((PluginClassLoader) source.loader()).jars().stream()).toList();
    }

    /** A file named {@code .jar} that is not a jar, an unreadable or missing directory: errors. */
    public List<Problem> problems() {
        return problems;
    }

    /** A jar that lists no providers, a directory with no jars, a jar bundling the API: not errors. */
    public List<Problem> warnings() {
        return warnings;
    }

    /** Closes every plugin's class loader; plugin classes not yet loaded cannot be loaded afterwards. */
    @Override
    public void close() throws IOException {
        IOException failure = null;
        for (PluginSource source : sources) {
            try {
                ((PluginClassLoader) source.loader()).close();
            } catch (IOException e) {
                if (failure == null) {
                    failure = e;
                } else {
                    failure.addSuppressed(e);
                }
            }
        }
        if (failure != null) {
            throw failure;
        }
    }
}
