package org.nnlab.runner.testing;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.nnlab.api.DatasetContext;
import org.nnlab.runner.cli.Cli;
import org.nnlab.runner.cli.Environment;
import org.nnlab.runner.logging.LogSetup;
import org.nnlab.runner.plugins.DirectoryPluginLoader;

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

    private final Path cacheDir;
    private Path dataRoot;
    private List<Path> pluginDirectories = List.of();

    public Nn(Path cacheDir) {
        this.cacheDir = cacheDir;
    }

    /** Use real data from {@code dataRoot} (as NN_DATA_DIR would). */
    public Nn withDataRoot(Path root) {
        this.dataRoot = root;
        return this;
    }

    /** Read plugins from {@code directories} (as $NN_PLUGINS would name them). */
    public Nn withPluginDirectories(Path... directories) {
        this.pluginDirectories = List.of(directories);
        return this;
    }

    public Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        List<String> commandLine = new ArrayList<>(List.of("nn"));
        commandLine.addAll(List.of(args));
        try (DirectoryPluginLoader plugins = new DirectoryPluginLoader(pluginDirectories)) {
            Environment env = new Environment(new PrintWriter(out, true), new PrintWriter(err, true), plugins,
                    new DatasetContext(dataRoot, cacheDir),
                    Clock.fixed(Instant.parse("2025-01-02T03:04:05Z"), ZoneOffset.UTC), LogSetup.forSlf4j(),
                    Path.of("..").toAbsolutePath().normalize(), commandLine);
            int exit = new Cli(env).execute(args);
            return new Result(exit, out.toString(), err.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("could not close the plugin jars", e);
        }
    }
}
