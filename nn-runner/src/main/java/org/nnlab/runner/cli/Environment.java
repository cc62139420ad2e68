package org.nnlab.runner.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import org.nnlab.api.DatasetContext;
import org.nnlab.api.registry.PluginRegistry;
import org.nnlab.runner.logging.LogSetup;

/**
 * What the commands take from the world: output streams, the plugin registry, where data lives, the clock,
 * logging, the framework's checkout and the command line as typed. Tests give their own.
 */
public record Environment(PrintWriter out, PrintWriter err, Supplier<PluginRegistry> registry,
                          DatasetContext datasets, Clock clock, LogSetup logs, Path home, List<String> commandLine) {
    public Environment {
        Objects.requireNonNull(out, "out is null");
        Objects.requireNonNull(err, "err is null");
        Objects.requireNonNull(registry, "registry is null");
        Objects.requireNonNull(datasets, "datasets is null");
        Objects.requireNonNull(clock, "clock is null");
        Objects.requireNonNull(logs, "logs is null");
        Objects.requireNonNull(home, "home is null");
        commandLine = List.copyOf(commandLine);
    }

    /** The real world: standard streams, built-in plugins, NN_DATA_DIR, the system clock, {@code -Dnn.home}. */
    public static Environment system(String[] args) {
        List<String> commandLine = new ArrayList<>(List.of("nn"));
        commandLine.addAll(List.of(args));
        String home = System.getProperty("nn.home");
        return new Environment(new PrintWriter(System.out, true), new PrintWriter(System.err, true),
                PluginRegistry::builtIn, DatasetContext.fromEnvironment(), Clock.systemDefaultZone(),
                LogSetup.forSlf4j(), Path.of(home == null ? "" : home).toAbsolutePath(), commandLine);
    }
}
