package org.nnlab.runner.plugins;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nnlab.runner.cli.ExitCodes;
import org.nnlab.runner.testing.NestedMaven;
import org.nnlab.runner.testing.Nn;
import org.nnlab.runner.testing.RunFiles;

/**
 * The plugin of examples/plugin-example, built outside the framework's build and dropped into a plugins
 * directory, is used by name from YAML, with no rebuild: {@code swish} and {@code focal} train the toy data, and
 * the run's provenance names the jar with its SHA-256.
 */
class ExamplePluginTest {
    static final String EXPERIMENT = """
            name: swish-focal
            dataset: toy
            network:
              layers: [16, 12, 4]
              activation: swish
              output-activation: sigmoid
            loss: focal
            optimizer: {name: sgd, learning-rate: 1.0}
            training: {epochs: 8}
            """;

    @TempDir
    Path dir;
    private Path plugins;
    private Path config;

    @BeforeEach
    void setUp() throws IOException {
        Assumptions.assumeTrue(Files.isDirectory(PluginJars.EXAMPLE), "not run from nn-runner in a checkout");
        plugins = Files.createDirectories(dir.resolve("plugins"));
        config = Files.writeString(dir.resolve("swish-focal.yaml"), EXPERIMENT);
    }

    @Test
    void theExampleCompiledAgainstNnApi_trainsByName_withTheJarInProvenance() throws IOException {
        Path jar = new PluginJars(dir.resolve("build")).example(plugins.resolve(PluginJars.EXAMPLE_JAR));
        Nn nn = new Nn(dir.resolve("cache"));

        Nn.Result listed = nn.run("plugins", "--plugins", plugins.toString());
        assertEquals(0, listed.exit(), listed::toString);
        assertTrue(listed.out().contains("  swish: "), "nn plugins lists swish:\n" + listed.out());
        assertTrue(listed.out().contains("  focal: "), "nn plugins lists focal:\n" + listed.out());
        assertTrue(listed.out().contains("    from " + jar + "\n      sha256 " + PluginJars.sha256(jar) + "\n"),
                "nn plugins gives the jar and its SHA-256:\n" + listed.out());

        Path runDir = trains(nn, jar, "--plugins", plugins.toString());
        Nn.Result evaluated = nn.run("eval", runDir.toString(), "--plugins", plugins.toString());
        assertEquals(0, evaluated.exit(), () -> "nn eval finds swish in the plugins directory: " + evaluated);
        Nn.Result without = nn.run("eval", runDir.toString());
        assertEquals(ExitCodes.USAGE, without.exit(), without::toString);
        assertTrue(without.err().contains("unknown activation \"swish\""),
                "without the plugin directory, swish is unknown: " + without);
    }

    @Test
    void theExamplesLayer_trainsInALayerList_andEvalFindsItInTheModel() throws IOException {
        new PluginJars(dir.resolve("build")).example(plugins.resolve(PluginJars.EXAMPLE_JAR));
        Path noisy = Files.writeString(dir.resolve("noisy.yaml"), """
                name: noisy
                dataset: toy
                network:
                  layers:
                    - {gaussian-noise: 0.2}
                    - {dense: 12, activation: sigmoid}
                    - {dense: 4, activation: softmax}
                loss: log-likelihood
                optimizer: {name: sgd, learning-rate: 1.0}
                training: {epochs: 8}
                """);
        Nn nn = new Nn(dir.resolve("cache"));
        Path runDir = dir.resolve("noisy-run");
        Nn.Result result = nn.run("run", noisy.toString(), "--run-dir", runDir.toString(), "--quiet", "--threads",
                "2", "--plugins", plugins.toString());
        assertEquals(0, result.exit(), result::toString);
        double accuracy = Double.parseDouble(RunFiles.jsonField(runDir.resolve("summary.json"), "test_accuracy"));
        assertTrue(accuracy > 0.75, "a network with the plugin's noise layer learns the toy classes, got " + accuracy);
        Nn.Result evaluated = nn.run("eval", runDir.toString(), "--plugins", plugins.toString());
        assertEquals(0, evaluated.exit(), () -> "nn eval reads the layered model with the plugin's layer: " + evaluated);
    }

    @Test
    void theExampleBuiltWithMaven_trainsByName_fromNnPlugins() throws IOException, InterruptedException {
        NestedMaven maven = NestedMaven.forThisCheckout();
        Path project = dir.resolve("plugin-example");
        copySources(PluginJars.EXAMPLE, project);
        maven.packageProject(project, dir.resolve("mvn.log"));
        Path jar = Files.copy(project.resolve("target").resolve(PluginJars.EXAMPLE_JAR),
                plugins.resolve(PluginJars.EXAMPLE_JAR));

        trains(new Nn(dir.resolve("cache")).withPluginDirectories(plugins), jar);
    }

    /** Runs the experiment with {@code args}; checks it learned and that provenance names the jar. */
    private Path trains(Nn nn, Path jar, String... args) throws IOException {
        Path runDir = dir.resolve("run");
        String[] command = Stream.concat(Stream.of("run", config.toString(), "--run-dir", runDir.toString(),
                "--quiet"), Stream.of(args)).toArray(String[]::new);
        Nn.Result result = nn.run(command);
        assertEquals(0, result.exit(), result::toString);
        assertEquals("", result.err(), "no warning for a good plugin jar");
        double accuracy = Double.parseDouble(RunFiles.jsonField(runDir.resolve("summary.json"), "test_accuracy"));
        assertTrue(accuracy > 0.75, "swish and focal learn the 4 toy classes (chance 0.25), got " + accuracy);

        String provenance = RunFiles.read(runDir.resolve("provenance.json"));
        String sha256 = PluginJars.sha256(jar);
        assertTrue(provenance.contains("\"plugin_jars\": [\n    {\n      \"path\": \"" + jar + "\",\n"
                + "      \"sha256\": \"" + sha256 + "\"\n    }\n  ]"),
                "provenance lists the one plugin jar used, with its SHA-256:\n" + provenance);
        for (String name : new String[] {"swish", "focal"}) {
            assertTrue(provenance.contains("\"name\": \"" + name + "\",\n"), name + " in\n" + provenance);
        }
        assertTrue(provenance.contains("\"source\": \"plugin jar\",\n      \"location\": \"" + jar + "\",\n"
                + "      \"sha256\": \"" + sha256 + "\""), "each plugin names its jar:\n" + provenance);
        return runDir;
    }

    private static void copySources(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Path relative = from.relativize(file);
                if (!relative.startsWith("target")) {
                    Files.createDirectories(to.resolve(relative).getParent());
                    Files.copy(file, to.resolve(relative));
                }
            }
        }
    }
}
