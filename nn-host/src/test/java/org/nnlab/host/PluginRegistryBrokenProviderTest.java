package org.nnlab.host;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nnlab.api.NnApi;
import org.nnlab.api.Problem;
import org.nnlab.api.UserException;
import org.nnlab.host.fixtures.CamelCaseActivation;
import org.nnlab.host.fixtures.FutureActivation;
import org.nnlab.host.fixtures.IdentityActivation;
import org.nnlab.host.fixtures.NameThrowingActivation;
import org.nnlab.host.fixtures.ThrowingActivation;

/** A broken provider is reported with its jar and cause, and the other plugins of its jar stay usable. */
class PluginRegistryBrokenProviderTest {
    private static final String MISSING = "org.nnlab.host.fixtures.MissingActivation";

    @TempDir
    Path dir;
    private PluginJars jars;

    @BeforeEach
    void openJars() {
        jars = new PluginJars(dir);
    }

    @AfterEach
    void closeJars() throws Exception {
        jars.close();
    }

    private PluginRegistry discover(Path jar) {
        return PluginRegistry.discover(List.of(jars.source(jar)));
    }

    private static Problem onlyProblem(PluginRegistry registry) {
        assertEquals(1, registry.problems().size(), "one broken provider, one problem: " + registry.problems());
        return registry.problems().get(0);
    }

    private static void assertIdentityStillUsable(PluginRegistry registry) {
        assertEquals(IdentityActivation.NAME, registry.activation("identity").name(),
                "a sound plugin next to a broken one is still found");
    }

    @Test
    void throwingConstructor_isReportedWithJarAndCause() {
        Path jar = jars.jar("broken.jar", ThrowingActivation.class, IdentityActivation.class);
        PluginRegistry registry = discover(jar);
        assertEquals("activation provider " + ThrowingActivation.class.getName() + " in " + jar
                        + " failed to load: IllegalStateException: " + ThrowingActivation.FAILURE,
                onlyProblem(registry).message(), "the problem names the class, its jar and the root cause");
        assertIdentityStillUsable(registry);
    }

    @Test
    void brokenProviderSeenThroughTwoSources_isReportedOnce() {
        PluginSource jar = jars.source(jars.jar("broken.jar", ThrowingActivation.class, IdentityActivation.class));
        PluginRegistry registry = PluginRegistry.discover(List.of(jar, jars.sharing("child", jar)));
        assertTrue(onlyProblem(registry).message().contains(ThrowingActivation.FAILURE),
                "a loader sharing the jar sees the same broken provider, which is one problem");
        assertIdentityStillUsable(registry);
    }

    @Test
    void classListedButMissingFromJar_isReportedWithJarAndCause() {
        Path jar = jars.jar("broken.jar", List.of(MISSING, IdentityActivation.class.getName()),
                Map.of(IdentityActivation.class, PluginJars.classBytes(IdentityActivation.class)));
        PluginRegistry registry = discover(jar);
        String message = onlyProblem(registry).message();
        assertTrue(message.startsWith("activation provider " + MISSING + " in " + jar + " failed to load: "),
                "the problem names the missing class and the jar whose services file lists it: " + message);
        assertTrue(message.endsWith("not found"), "the cause says the class was not found: " + message);
        assertIdentityStillUsable(registry);
    }

    @Test
    void classCompiledForNewerJava_isReportedWithJarAndCause() {
        Map<Class<?>, byte[]> classes = Map.of(
                CamelCaseActivation.class, PluginJars.withClassFileVersion(
                        PluginJars.classBytes(CamelCaseActivation.class), 99),
                IdentityActivation.class, PluginJars.classBytes(IdentityActivation.class));
        Path jar = jars.jar("newer.jar",
                List.of(CamelCaseActivation.class.getName(), IdentityActivation.class.getName()), classes);
        PluginRegistry registry = discover(jar);
        String message = onlyProblem(registry).message();
        assertTrue(message.startsWith("activation provider in " + jar + " failed to load: "
                + "UnsupportedClassVersionError: "), "the problem names the jar and the cause: " + message);
        assertIdentityStillUsable(registry);
    }

    @Test
    void nameThatThrows_isReportedWithJarAndCause() {
        Path jar = jars.jar("broken.jar", NameThrowingActivation.class, IdentityActivation.class);
        PluginRegistry registry = discover(jar);
        assertEquals("activation provider " + NameThrowingActivation.class.getName() + " in " + jar
                        + " failed: IllegalStateException: " + NameThrowingActivation.FAILURE,
                onlyProblem(registry).message(), "the problem names the class, its jar and the cause");
        assertIdentityStillUsable(registry);
    }

    @Test
    void nonKebabCaseName_isRefused() {
        Path jar = jars.jar("camel.jar", CamelCaseActivation.class, IdentityActivation.class);
        PluginRegistry registry = discover(jar);
        assertEquals("activation provider " + CamelCaseActivation.class.getName() + " in " + jar
                        + " has name \"LeakyRelu\", which is not kebab-case (lower-case words joined by '-', "
                        + "e.g. \"leaky-relu\")", onlyProblem(registry).message(),
                "the problem names the class, its jar, the bad name and the rule");
        assertThrows(UserException.class, () -> registry.activation("LeakyRelu"), "a refused name is not usable");
        assertIdentityStillUsable(registry);
    }

    @Test
    void incompatibleApiVersion_isRefused_namingJarAndBothVersions() {
        Path jar = jars.jar("future.jar", FutureActivation.class);
        PluginRegistry registry = discover(jar);
        String expected = "activation \"identity\" in " + jar + " was built against nnlab API version "
                + FutureActivation.API_VERSION + ", but this nnlab has API version " + NnApi.VERSION
                + " (accepts " + NnApi.OLDEST_SUPPORTED + ".." + NnApi.VERSION + "); rebuild the plugin against nn-api "
                + NnApi.VERSION;
        assertEquals(expected, onlyProblem(registry).message(), "the problem names the jar and both versions");
        UserException e = assertThrows(UserException.class, () -> registry.activation("identity"),
                "an incompatible plugin is not usable");
        assertEquals(expected, e.getMessage(), "find says why the plugin cannot be used");
    }
}
