package org.nnlab.runner.plugins;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nnlab.api.NnApi;
import org.nnlab.runner.cli.ExitCodes;
import org.nnlab.runner.testing.Nn;

/**
 * Broken plugin jars: each is named with what is wrong; the other plugins still load; an experiment fails only
 * when it uses a broken name; {@code nn plugins} lists every problem.
 */
class BadPluginsTest {
    @TempDir
    static Path shared;
    private static TestPlugins jars;

    @TempDir
    Path dir;
    private PluginSandbox sandbox;
    private Path plugins;
    private Nn nn;

    @BeforeAll
    static void buildJars() throws IOException {
        Assumptions.assumeTrue(Files.isDirectory(PluginJars.EXAMPLE), "not run from nn-runner in a checkout");
        jars = TestPlugins.build(shared);
    }

    @BeforeEach
    void setUp() {
        sandbox = new PluginSandbox(dir);
        plugins = sandbox.plugins();
        nn = sandbox.nn();
    }

    @Test
    void aFileThatIsNotAJar_isNamedInAWarning_andTheOtherPluginsWork() throws IOException {
        jars.install(plugins, TestPlugins.NOT_A_JAR, TestPlugins.EXAMPLE);
        Path notAJar = plugins.resolve(TestPlugins.NOT_A_JAR);
        Nn.Result run = sandbox.run("swish");
        assertEquals(0, run.exit(), run::toString);
        assertTrue(run.err().startsWith("warning: " + notAJar + " is not a jar (zip) file: "), run::toString);

        Nn.Result listed = nn.run("plugins");
        assertEquals(ExitCodes.USAGE, listed.exit(), "a problem makes nn plugins fail: " + listed);
        assertTrue(listed.out().contains("  swish: "), listed::toString);
        assertTrue(listed.err().startsWith(notAJar + " is not a jar (zip) file: "), listed::toString);
        assertTrue(listed.err().contains("replace it with the plugin's jar, or remove it"), listed::toString);
    }

    @Test
    void oneNameInTwoJars_namesBothJarsWhenUsed() throws IOException {
        jars.install(plugins, TestPlugins.TWIN_A, TestPlugins.TWIN_B, TestPlugins.EXAMPLE);
        String clash = "two activation plugins are named \"twin\": a.TwinActivation in "
                + plugins.resolve(TestPlugins.TWIN_A) + " and b.TwinActivation in "
                + plugins.resolve(TestPlugins.TWIN_B)
                + "; remove one of the jars or rename one plugin";
        Nn.Result used = sandbox.run("twin");
        assertEquals(ExitCodes.USAGE, used.exit(), used::toString);
        assertTrue(used.err().contains(": network.activation: " + clash), used::toString);
        assertFalse(used.hasStackTrace(), used::toString);
        assertFalse(Files.exists(sandbox.lastRunDir()), "nothing was run");

        Nn.Result described = nn.run("describe", "twin");
        assertEquals(ExitCodes.USAGE, described.exit(), described::toString);
        assertTrue(described.err().endsWith(clash + "\n"),
                "nn describe of the broken name gives the reason, not \"unknown\": " + described);

        Nn.Result other = sandbox.run("swish");
        assertEquals(0, other.exit(), "a name that is not broken works: " + other);
        assertEquals("warning: " + clash + "\n", other.err(), "the clash is a warning then");
    }

    @Test
    void aProviderThatThrowsInItsConstructor_namesTheJarAndTheCause() throws IOException {
        jars.install(plugins, TestPlugins.THROWING, TestPlugins.EXAMPLE);
        String failure = "activation provider broken.BrokenActivation in " + plugins.resolve(TestPlugins.THROWING)
                + " failed to load: IllegalStateException: no licence file";
        Nn.Result listed = nn.run("plugins");
        assertEquals(ExitCodes.USAGE, listed.exit(), listed::toString);
        assertEquals(failure, listed.err().strip());
        assertTrue(listed.out().contains("  swish: "), "the other plugins load: " + listed);

        Nn.Result used = sandbox.run("broken");
        assertEquals(ExitCodes.USAGE, used.exit(), used::toString);
        assertTrue(used.err().contains("network.activation: unknown activation \"broken\""), used::toString);
        assertTrue(used.err().contains("network.activation: " + failure), "the unknown name's possible cause: "
                + used);
        assertEquals(0, sandbox.run("swish").exit(), "the other plugins work");
    }

    @Test
    void aPluginBuiltForAnotherApiVersion_isRefusedWithBothVersions() throws IOException {
        jars.install(plugins, TestPlugins.FUTURE);
        Nn.Result used = sandbox.run("future-step");
        assertEquals(ExitCodes.USAGE, used.exit(), used::toString);
        assertTrue(used.err().contains("network.activation: activation \"future-step\" in "
                + plugins.resolve(TestPlugins.FUTURE) + " was built against nnlab API version " + (NnApi.VERSION + 1)
                + ", but this nnlab has API version " + NnApi.VERSION), used::toString);
        assertTrue(used.err().contains("rebuild the plugin against nn-api " + NnApi.VERSION), used::toString);
    }

    @Test
    void aJarWithNoProviders_isAWarningOnly() throws IOException {
        jars.install(plugins, TestPlugins.NO_PROVIDERS, TestPlugins.EXAMPLE);
        String warning = "warning: " + plugins.resolve(TestPlugins.NO_PROVIDERS) + " holds no plugins: it has no"
                + " META-INF/services/org.nnlab.api.Activation, .Loss, .Optimizer or .Dataset file listing a provider";
        Nn.Result listed = nn.run("plugins");
        assertEquals(0, listed.exit(), listed::toString);
        assertEquals(warning + "\n", listed.err());
        Nn.Result run = sandbox.run("swish");
        assertEquals(0, run.exit(), run::toString);
        assertEquals(warning + "\n", run.err());
    }
}
