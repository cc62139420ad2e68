package org.nnlab.runner.plugins;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nnlab.host.PluginKind;
import org.nnlab.runner.cli.ExitCodes;
import org.nnlab.runner.testing.Nn;

/**
 * Plugins are trusted code, and when they misbehave they are named: a plugin that throws during training, one
 * named like a built-in, one whose jar takes long to load.
 */
class PluginTrustTest {
    @TempDir
    static Path shared;
    private static TestPlugins jars;

    @TempDir
    Path dir;
    private PluginSandbox sandbox;
    private Path plugins;

    @BeforeAll
    static void buildJars() throws IOException {
        Assumptions.assumeTrue(Files.isDirectory(PluginJars.EXAMPLE), "not run from nn-runner in a checkout");
        jars = TestPlugins.build(shared);
    }

    @BeforeEach
    void setUp() {
        sandbox = new PluginSandbox(dir);
        plugins = sandbox.plugins();
    }

    @Test
    void anExceptionInAPluginsForward_namesThePluginAndItsJar_notAnInternalError() throws IOException {
        jars.install(plugins, TestPlugins.BOOM);
        Nn.Result run = sandbox.run("boom");
        assertEquals(ExitCodes.FAILED, run.exit(), run::toString);
        assertTrue(run.err().startsWith("run failed: activation plugin \"boom\" is faulty: its forward threw"
                + " java.lang.IllegalStateException: kaput; fix the plugin (in " + plugins.resolve(TestPlugins.BOOM)
                + ") or choose another activation\n"), run::toString);
        assertFalse(run.err().contains("internal error") || run.err().contains("report"), run::toString);
        assertFalse(run.hasStackTrace(), "the plugin's trace only with --verbose: " + run);
    }

    @Test
    void aJarThatNamesAPluginLikeABuiltIn_isNamed_andTheBuiltInWins() throws IOException {
        jars.install(plugins, TestPlugins.SHADOW);
        Nn.Result run = sandbox.run("sigmoid");
        assertEquals(0, run.exit(), run::toString);
        assertEquals("warning: " + plugins.resolve(TestPlugins.SHADOW) + " has an activation named \"sigmoid\""
                + " (shadow.SigmoidActivation), like the built-in one; the built-in sigmoid wins and the jar's is not"
                + " used; rename the plugin (e.g. \"my-sigmoid\") to use it\n", run.err());
    }

    @Test
    void aJarThatLoadsLong_isNamedWhileItLoads() throws IOException {
        jars.install(plugins, TestPlugins.SLOW);
        StringWriter err = new StringWriter();
        try (DirectoryPluginLoader loader = new DirectoryPluginLoader(List.of(plugins))) {
            LoadedPlugins loaded = loader.load(List.of(), new PrintWriter(err, true), Duration.ofMillis(300));
            assertTrue(loaded.registry().names(PluginKind.ACTIVATION).contains("slow"), "it loads in the end");
        }
        assertEquals("warning: still loading the plugin " + plugins.resolve(TestPlugins.SLOW) + " after 300 ms; its"
                + " code runs when it is loaded and may hang: if nothing happens, stop nn (Ctrl-C) and move the jar"
                + " out of its plugin directory\n", err.toString());
    }
}
