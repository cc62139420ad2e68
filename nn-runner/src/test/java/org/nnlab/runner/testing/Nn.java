package org.nnlab.runner.testing;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.nnlab.api.DatasetContext;
import org.nnlab.api.registry.PluginRegistry;
import org.nnlab.runner.cli.Cli;
import org.nnlab.runner.cli.Environment;
import org.nnlab.runner.logging.LogSetup;

/** Runs the {@code nn} command line in this JVM, capturing what it prints. */
public final class Nn {
    /** What one invocation gave. */
    public record Result(int exit, String out, String err) {
        /** Whether a stack trace was printed. */
        public boolean hasStackTrace() {
            return err.contains("\tat ") || err.contains("Exception:") && err.contains("\n\tat");
        }

        @Override
        public String toString() {
            return "exit " + exit + "\n--- out\n" + out + "--- err\n" + err;
        }
    }

    private static final PluginRegistry REGISTRY = PluginRegistry.builtIn();

    private final Path cacheDir;
    private Path dataRoot;

    public Nn(Path cacheDir) {
        this.cacheDir = cacheDir;
    }

    /** Use real data from {@code dataRoot} (as NN_DATA_DIR would). */
    public Nn withDataRoot(Path root) {
        this.dataRoot = root;
        return this;
    }

    public Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        List<String> commandLine = new ArrayList<>(List.of("nn"));
        commandLine.addAll(List.of(args));
        Environment env = new Environment(new PrintWriter(out, true), new PrintWriter(err, true), () -> REGISTRY,
                new DatasetContext(dataRoot, cacheDir), Clock.fixed(Instant.parse("2025-01-02T03:04:05Z"), ZoneOffset.UTC),
                LogSetup.forSlf4j(), Path.of("..").toAbsolutePath().normalize(), commandLine);
        int exit = new Cli(env).execute(args);
        return new Result(exit, out.toString(), err.toString());
    }
}
