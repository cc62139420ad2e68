package org.nnlab.runner.plugins;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nnlab.runner.cli.ExitCodes;
import org.nnlab.runner.testing.Nn;

/** {@code nn new-plugin NAME --kind KIND [--dir DIR]}. */
class NewPluginCommandTest {
    @TempDir
    Path dir;
    private Nn nn;

    @BeforeEach
    void setUp() {
        nn = new Nn(dir.resolve("cache"));
    }

    @Test
    void writesAProject_andSaysHowToBuildAndDropIt() throws IOException {
        Path project = dir.resolve("leaky-step");
        Nn.Result result = nn.run("new-plugin", "leaky-step", "--kind", "activation", "--dir", project.toString());
        assertEquals(0, result.exit(), result::toString);
        assertEquals("Wrote the activation plugin project leaky-step into " + project + ". Build it and drop it in:\n"
                + "  cd " + project + " && mvn package\n"
                + "  cp target/leaky-step-1.0-SNAPSHOT.jar " + Path.of("..", "plugins").toAbsolutePath().normalize()
                + "\n", result.out());
        assertTrue(Files.isRegularFile(project.resolve("src/main/java/org/example/leakystep/LeakyStepActivation.java")),
                "the plugin class is written");
    }

    @Test
    void refusesTheNameOfAnInstalledPlugin() throws IOException {
        Assumptions.assumeTrue(Files.isDirectory(PluginJars.EXAMPLE), "not run from nn-runner in a checkout");
        Path plugins = Files.createDirectories(dir.resolve("plugins"));
        Path example = new PluginJars(dir.resolve("build")).example(plugins.resolve(PluginJars.EXAMPLE_JAR));
        Nn.Result taken = nn.run("new-plugin", "swish", "--kind", "activation", "--dir", dir.resolve("s").toString(),
                "--plugins", plugins.toString());
        assertEquals(ExitCodes.USAGE, taken.exit(), taken::toString);
        assertEquals("there is already an activation named \"swish\" (" + example + "); a plugin of that name would"
                + " clash with it, so choose another name", taken.err().strip());
        assertTrue(Files.notExists(dir.resolve("s")), "nothing is written");
    }

    @Test
    void refusesAnUnknownKind_namingTheKinds() {
        Nn.Result kind = nn.run("new-plugin", "step", "--kind", "cell");
        assertEquals(ExitCodes.USAGE, kind.exit(), kind::toString);
        assertTrue(kind.err().contains("expected one of activation, loss, optimizer, dataset, schedule, layer, got"
                + " \"cell\""), kind::toString);
        Nn.Result missing = nn.run("new-plugin", "step");
        assertEquals(ExitCodes.USAGE, missing.exit(), missing::toString);
        assertTrue(missing.err().startsWith("nn new-plugin: Missing required option: '--kind=KIND'"),
                missing::toString);
    }
}
