package org.nnlab.spark;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.nnlab.api.DatasetContext;
import org.nnlab.runner.cli.Cli;
import org.nnlab.runner.cli.Environment;
import org.nnlab.runner.logging.LogSetup;
import org.nnlab.runner.plugins.DirectoryPluginLoader;
import org.nnlab.runner.testing.BatchOutputs;

/** Runs {@code nn} in this JVM and reads what batches wrote, for the Spark tests. */
final class Batches {
    /** The framework's checkout: the tests run in nn-spark/. */
    static final Path HOME = Path.of("..").toAbsolutePath().normalize();
    static final Path QUICKSTART = HOME.resolve("configs/quickstart.yaml");

    /** What one invocation gave. */
    record Result(int exit, String out, String err) {
        @Override
        public String toString() {
            return "exit " + exit + "\n--- out\n" + out + "--- err\n" + err;
        }
    }

    private Batches() {
    }

    static Result nn(Path cache, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        List<String> commandLine = new ArrayList<>(List.of("nn"));
        commandLine.addAll(List.of(args));
        try (DirectoryPluginLoader plugins = new DirectoryPluginLoader(List.of())) {
            Environment env = new Environment(new PrintWriter(out, true), new PrintWriter(err, true), plugins,
                    new DatasetContext(null, cache), Clock.systemUTC(), LogSetup.forSlf4j(), HOME, commandLine);
            int exit = new Cli(env).execute(args);
            return new Result(exit, out.toString(), err.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A batch file on the embedded 20x20 digits, written into {@code dir}. */
    static Path write(Path dir, String name, String body) {
        try {
            return Files.writeString(dir.resolve(name + ".yaml"), "batch: " + name + "\nbase: " + QUICKSTART + "\n"
                    + body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The SHA-256 of each model.nnm and best.nnm under {@code batchDir}, by path. */
    static Map<String, String> models(Path batchDir) {
        Map<String, String> models = new TreeMap<>();
        for (Map.Entry<String, String> file : BatchOutputs.fingerprint(batchDir).entrySet()) {
            if (file.getKey().endsWith(".nnm")) {
                models.put(file.getKey(), file.getValue().substring(file.getValue().indexOf(' ') + 1));
            }
        }
        return models;
    }
}
