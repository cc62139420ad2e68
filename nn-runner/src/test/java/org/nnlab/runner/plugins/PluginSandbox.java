package org.nnlab.runner.plugins;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.nnlab.runner.testing.Nn;

/**
 * A test's plugin directory, an {@code nn} that loads it, and one-epoch runs of a toy experiment whose hidden
 * layers use a given activation (a built-in's name or a plugin's), each into a run directory of its own.
 */
final class PluginSandbox {
    private static final String EXPERIMENT = """
            name: plugins
            dataset: toy
            network: {layers: [16, 12, 4], activation: ACTIVATION}
            loss: cross-entropy
            optimizer: {name: sgd, learning-rate: 1.0}
            training: {epochs: 1}
            """;

    private final Path dir;
    private final Path plugins;
    private final Nn nn;
    private int runs;

    PluginSandbox(Path dir) {
        this.dir = dir;
        this.plugins = dir.resolve("plugins");
        this.nn = new Nn(dir.resolve("cache")).withPluginDirectories(plugins);
    }

    Path plugins() {
        return plugins;
    }

    Nn nn() {
        return nn;
    }

    /** {@code nn run} of the experiment with {@code activation}, into {@link #lastRunDir()}. */
    Nn.Result run(String activation) throws IOException {
        Path config = Files.writeString(dir.resolve(activation + ".yaml"),
                EXPERIMENT.replace("ACTIVATION", activation));
        runs++;
        return nn.run("run", config.toString(), "--run-dir", lastRunDir().toString(), "--quiet");
    }

    /** The run directory of the last {@link #run}. */
    Path lastRunDir() {
        return dir.resolve("run-" + runs);
    }
}
