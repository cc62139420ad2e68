package org.nnlab.runner.plugins;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nnlab.api.Dataset;
import org.nnlab.runner.cli.ExitCodes;
import org.nnlab.runner.testing.Nn;

/**
 * {@code --plugins} on the commands, {@code nn plugins} and {@code nn describe} with plugin jars, and plugin code
 * called with the plugin's context class loader.
 */
class PluginCommandsTest {
    @TempDir
    static Path shared;
    private static Path example;
    private static Path lines;

    @TempDir
    Path dir;
    private Nn nn;

    @BeforeAll
    static void buildJars() throws IOException {
        Assumptions.assumeTrue(Files.isDirectory(PluginJars.EXAMPLE), "not run from nn-runner in a checkout");
        PluginJars jars = new PluginJars(shared.resolve("build"));
        example = jars.example(Files.createDirectories(shared.resolve("example")).resolve(PluginJars.EXAMPLE_JAR));
        lines = jars.build(Files.createDirectories(shared.resolve("lines")).resolve("lines.jar"),
                Map.of("ctx/LinesDataset.java", ContextLoaderDataset.SOURCE),
                Map.ofEntries(PluginJars.services(Dataset.class, "ctx.LinesDataset"),
                        Map.entry("ctx/points.csv", ContextLoaderDataset.points())));
    }

    @BeforeEach
    void setUp() {
        nn = new Nn(dir.resolve("cache"));
    }

    @Test
    void pluginsListsTheDirectoriesInOrder() throws IOException {
        Path option = Files.createDirectories(dir.resolve("option"));
        Nn.Result listed = nn.withPluginDirectories(example.getParent()).run("plugins", "--plugins", option.toString(),
                "--plugins", lines.getParent().toString());
        assertEquals(0, listed.exit(), listed::toString);
        assertTrue(listed.out().endsWith("plugin directories, in order: " + example.getParent() + ", " + option + ", "
                + lines.getParent() + "\n"), "$NN_PLUGINS, then each --plugins:\n" + listed.out());
        assertTrue(listed.out().contains("  sigmoid: "), listed::toString);
        assertTrue(listed.out().contains("    from built-in ("), "a built-in says so:\n" + listed.out());

        Nn.Result none = nn.withPluginDirectories().run("plugins");
        assertTrue(none.out().endsWith("plugin directories: none; put plugin jars into "
                + Path.of("..", "plugins").toAbsolutePath().normalize() + ", or name directories with $NN_PLUGINS"
                + " or --plugins DIR\n"), none::toString);
    }

    @Test
    void aPluginsOptionThatIsNoDirectory_isAnError() {
        Path missing = dir.resolve("missing");
        for (String command : new String[] {"plugins", "describe swish", "validate x.yaml", "run x.yaml"}) {
            String[] args = (command + " --plugins " + missing).split(" ");
            Nn.Result result = nn.run(args);
            assertEquals(ExitCodes.USAGE, result.exit(), command + ": " + result);
            assertEquals("--plugins " + missing + ": no such directory; give a directory that holds plugin jars",
                    result.err().strip(), command);
        }
    }

    @Test
    void describeShowsThePluginsJarAndItsSha256() throws IOException {
        Nn.Result result = nn.run("describe", "focal", "--plugins", example.getParent().toString());
        assertEquals(0, result.exit(), result::toString);
        assertTrue(result.out().startsWith("focal (loss): focal loss "), result::toString);
        assertTrue(result.out().contains("\nfrom " + example + "\n  sha256 " + PluginJars.sha256(example) + "\n"),
                result::toString);
        assertTrue(result.out().contains("in an experiment:\n  loss:\n    name: focal\n    gamma: 2.0\n"),
                result::toString);
    }

    @Test
    void aDatasetPluginConfiguresAndLoads_withItsOwnContextClassLoader() throws IOException {
        Path config = Files.writeString(dir.resolve("lines.yaml"), """
                dataset: lines
                network: {layers: [2, 6, 2]}
                loss: cross-entropy
                optimizer: {name: sgd, learning-rate: 2.0}
                training: {epochs: 3}
                """);
        String plugins = lines.getParent().toString();
        Nn.Result checked = nn.run("validate", "--check-data", config.toString(), "--plugins", plugins);
        assertEquals(0, checked.exit(), () -> "configure and load see the plugin's resources: " + checked);
        Nn.Result run = nn.run("run", config.toString(), "--run-dir", dir.resolve("run").toString(), "--quiet",
                "--plugins", plugins);
        assertEquals(0, run.exit(), run::toString);
    }
}
