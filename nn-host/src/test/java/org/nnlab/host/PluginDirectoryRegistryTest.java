package org.nnlab.host;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.nnlab.host.TestPlugins.ALPHA;
import static org.nnlab.host.TestPlugins.BETA;
import static org.nnlab.host.TestPlugins.FAILURE;
import static org.nnlab.host.TestPlugins.FUTURE;
import static org.nnlab.host.TestPlugins.NEEDS_LIB;
import static org.nnlab.host.TestPlugins.THROWING;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nnlab.api.NnApi;
import org.nnlab.api.Problem;
import org.nnlab.api.UserException;
import org.nnlab.host.fixtures.IdentityActivation;

/** The registry over real plugin jars in a plugin directory, each with its own {@link PluginClassLoader}. */
class PluginDirectoryRegistryTest {
    @TempDir
    static Path compiled;
    private static TestPlugins plugins;

    @TempDir
    Path dir;
    private PluginScan scan;

    @BeforeAll
    static void compilePlugins() {
        plugins = new TestPlugins(compiled);
    }

    @AfterEach
    void closeScan() throws IOException {
        if (scan != null) {
            scan.close();
        }
    }

    private PluginRegistry registry() {
        scan = PluginDirectories.scan(List.of(dir));
        return PluginRegistry.builtInAnd(scan);
    }

    private static Problem onlyProblem(PluginRegistry registry) {
        assertEquals(1, registry.problems().size(), "one broken plugin, one problem: " + registry.problems());
        return registry.problems().get(0);
    }

    private static void assertAlphaStillUsable(PluginRegistry registry) {
        assertEquals("alpha", registry.activation("alpha").name(), "a sound plugin next to a broken one still loads");
    }

    @Test
    void throwingConstructor_isReportedWithJarAndCause_andItsNameFailsWithThatReason() {
        Path jar = plugins.jar(dir.resolve("broken.jar"), THROWING, ALPHA);
        PluginRegistry registry = registry();
        String expected = "activation provider " + THROWING + " in " + jar + " failed to load: IllegalStateException: "
                + FAILURE;
        assertEquals(expected, onlyProblem(registry).message(), "the problem names the class, its jar and the cause");
        assertAlphaStillUsable(registry);
        UserException e = assertThrows(UserException.class, () -> registry.activation("throwing"),
                "a provider that failed to load is not usable");
        assertEquals("unknown activation \"throwing\" (valid: alpha)\n" + expected, e.getMessage(),
                "the lookup lists the valid names and the provider that failed, the likely reason");
    }

    @Test
    void classListedButMissing_isReportedWithJarAndCause() {
        String missing = "com.example.alpha.MissingActivation";
        Path jar = plugins.jarListing(dir.resolve("broken.jar"), List.of(TestPlugins.packageOf(ALPHA)),
                missing + "\n" + ALPHA + "\n");
        PluginRegistry registry = registry();
        String message = onlyProblem(registry).message();
        assertTrue(message.startsWith("activation provider " + missing + " in " + jar + " failed to load: "),
                "the problem names the class and the jar whose services file lists it: " + message);
        assertTrue(message.endsWith("not found"), "the cause says the class was not found: " + message);
        assertAlphaStillUsable(registry);
    }

    @Test
    void missingDependency_isReportedWithJarAndCause() {
        Path jar = plugins.jar(dir.resolve("needs-lib.jar"), NEEDS_LIB, ALPHA);
        PluginRegistry registry = registry();
        assertEquals("activation provider " + NEEDS_LIB + " in " + jar + " failed to load: ClassNotFoundException: "
                + TestPlugins.DEPENDENCY, onlyProblem(registry).message(),
                "the jar alone lacks the library its plugin needs (a plugin directory would hold both)");
        assertAlphaStillUsable(registry);
    }

    @Test
    void incompatibleApiVersion_isRefused_namingJarItsVersionAndOurs() {
        Path jar = plugins.jar(dir.resolve("future.jar"), FUTURE, ALPHA);
        PluginRegistry registry = registry();
        String expected = "activation \"future\" in " + jar + " was built against nnlab API version "
                + (NnApi.VERSION + 1) + ", but this nnlab has API version " + NnApi.VERSION + " (accepts "
                + NnApi.OLDEST_SUPPORTED + ".." + NnApi.VERSION + "); rebuild the plugin against nn-api " + NnApi.VERSION;
        assertEquals(expected, onlyProblem(registry).message(), "the version compiled into the jar is refused");
        UserException e = assertThrows(UserException.class, () -> registry.activation("future"),
                "an incompatible plugin is not usable");
        assertEquals(expected, e.getMessage(), "its name fails with the reason");
        assertAlphaStillUsable(registry);
    }

    @Test
    void oneNameInTwoJars_namesBothJars_andNeitherIsUsable() {
        Path first = plugins.jar(dir.resolve("first.jar"), ALPHA);
        Path second = plugins.jar(dir.resolve("second.jar"), ALPHA, BETA);
        PluginRegistry registry = registry();
        String expected = "two activation plugins are named \"alpha\": " + ALPHA + " in " + first + " and " + ALPHA
                + " in " + second + "; remove one of the jars or rename one plugin";
        assertEquals(expected, onlyProblem(registry).message(), "the same class name in two jars is two plugins");
        assertFalse(registry.names(PluginKind.ACTIVATION).contains("alpha"), "neither is usable");
        assertEquals(expected, assertThrows(UserException.class, () -> registry.activation("alpha")).getMessage(),
                "using the name fails with the clash");
        assertEquals("beta", registry.activation("beta").name(), "the other plugin of the second jar still loads");
    }

    @Test
    void builtInsAndPluginJarsLiveSideBySide_onlyTheJarsHaveAPluginJar() throws Exception {
        Path jar = plugins.jarListing(dir.resolve("alpha.jar"), List.of(TestPlugins.packageOf(ALPHA)), ALPHA);
        try (PluginScan found = PluginDirectories.scan(List.of(dir));
             PluginJars builtIn = new PluginJars(Files.createDirectories(dir.resolve("built-in")))) {
            PluginRegistry registry = PluginRegistry.discover(
                    List.of(builtIn.directorySource("class-path", IdentityActivation.class)), found);
            assertEquals(List.of("alpha", "identity"), List.copyOf(registry.names(PluginKind.ACTIVATION)),
                    "a plugin jar and a built-in with different names are both usable: " + registry.problems());
            assertFalse(registry.info(PluginKind.ACTIVATION, "identity").orElseThrow().pluginJar().isPresent(),
                    "a built-in comes from no plugin jar");
            assertEquals(jar, registry.info(PluginKind.ACTIVATION, "alpha").orElseThrow().pluginJar().orElseThrow()
                    .path(), "a plugin from a jar names it");
        }
    }

    @Test
    void scanProblemsComeFirst_andRequireNoProblemsReportsThem() throws IOException {
        Path notes = Files.writeString(dir.resolve("a-notes.jar"), "not a jar");
        Path jar = plugins.jar(dir.resolve("b.jar"), THROWING, ALPHA);
        PluginRegistry registry = registry();
        List<String> messages = registry.problems().stream().map(Problem::message).toList();
        assertEquals(2, messages.size(), "the file that is no jar, then the throwing provider: " + messages);
        assertTrue(messages.get(0).startsWith(notes + " is not a jar"), "the scan's problem first: " + messages);
        assertTrue(messages.get(1).contains(jar.toString()), "then discovery's: " + messages);
        UserException e = assertThrows(UserException.class, registry::requireNoProblems, "problems are errors");
        assertEquals(registry.problems(), e.problems(), "every problem, in order");
    }

    @Test
    void isValidName_acceptsKebabCaseOnly() {
        for (String valid : List.of("relu", "leaky-relu", "l2", "focal-loss-2")) {
            assertTrue(PluginRegistry.isValidName(valid), valid + " is kebab-case");
        }
        for (String invalid : List.of("", "LeakyRelu", "leaky_relu", "-relu", "relu-", "leaky--relu", "2relu")) {
            assertFalse(PluginRegistry.isValidName(invalid), "\"" + invalid + "\" is not kebab-case");
        }
        assertFalse(PluginRegistry.isValidName(null), "null is no name");
    }
}
