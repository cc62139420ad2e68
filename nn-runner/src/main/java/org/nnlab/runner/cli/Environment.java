package org.nnlab.runner.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.nnlab.api.DatasetContext;
import org.nnlab.runner.logging.LogSetup;
import org.nnlab.runner.plugins.DirectoryPluginLoader;
import org.nnlab.runner.plugins.PluginLoader;

/**
 * What the commands take from the world: output streams, the plugins, where data lives, the clock, logging, the
 * framework's checkout and the command line as typed. Tests give their own.
 *
 * @param plugins the plugin loader; commands that resolve plugin names use it through {@link PluginOptions}
 */
public record Environment(PrintWriter out, PrintWriter err, PluginLoader plugins, DatasetContext datasets,
                          Clock clock, LogSetup logs, Path home, List<String> commandLine) {
    public Environment {
        Objects.requireNonNull(out, "out is null");
        Objects.requireNonNull(err, "err is null");
        Objects.requireNonNull(plugins, "plugins is null");
        Objects.requireNonNull(datasets, "datasets is null");
        Objects.requireNonNull(clock, "clock is null");
        Objects.requireNonNull(logs, "logs is null");
        Objects.requireNonNull(home, "home is null");
        commandLine = List.copyOf(commandLine);
    }

    /**
     * The real world: standard streams; the built-in plugins and those of {@code plugins/} beside the launcher
     * ({@code -Dnn.home}, set by the {@code nn} script) and of {@code $NN_PLUGINS}; NN_DATA_DIR; the system clock.
     */
    public static Environment system(String[] args) {
        List<String> commandLine = new ArrayList<>(List.of("nn"));
        commandLine.addAll(List.of(args));
        String home = System.getProperty("nn.home");
        PluginLoader plugins = DirectoryPluginLoader.of(home == null ? null : Path.of(home),
                System.getenv(DirectoryPluginLoader.ENVIRONMENT_VARIABLE));
        return new Environment(new PrintWriter(System.out, true), new PrintWriter(System.err, true), plugins,
                DatasetContext.fromEnvironment(), Clock.systemDefaultZone(), LogSetup.forSlf4j(),
                Path.of(home == null ? "" : home).toAbsolutePath(), commandLine);
    }
}
