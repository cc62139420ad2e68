package org.nnlab.host;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
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
import org.nnlab.api.Problem;
import org.nnlab.api.UserException;
import org.nnlab.host.fixtures.CamelCaseActivation;
import org.nnlab.host.fixtures.FutureActivation;
import org.nnlab.host.fixtures.RampActivation;
import org.nnlab.host.fixtures.StepActivation;
import org.nnlab.host.fixtures.ThrowingActivation;

/** Discovery collects every problem, and {@link PluginRegistry#requireNoProblems()} reports them together. */
class PluginRegistryProblemsTest {
    @TempDir
    Path dir;
    private PluginJars jars;
    private PluginRegistry registry;

    @BeforeEach
    void discoverFiveProblems() {
        jars = new PluginJars(dir);
        String missing = "org.nnlab.host.fixtures.MissingActivation";
        Path broken = jars.jar("broken.jar",
                List.of(ThrowingActivation.class.getName(), missing, CamelCaseActivation.class.getName(),
                        StepActivation.class.getName()),
                Map.of(ThrowingActivation.class, PluginJars.classBytes(ThrowingActivation.class),
                        CamelCaseActivation.class, PluginJars.classBytes(CamelCaseActivation.class),
                        StepActivation.class, PluginJars.classBytes(StepActivation.class)));
        registry = PluginRegistry.discover(List.of(jars.source(broken),
                jars.source(jars.jar("future.jar", FutureActivation.class)),
                jars.source(jars.jar("a.jar", RampActivation.class)),
                jars.source(jars.jar("b.jar", RampActivation.class))));
    }

    @AfterEach
    void closeJars() throws Exception {
        jars.close();
    }

    @Test
    void collectsEveryProblemAtOnce() {
        List<String> messages = registry.problems().stream().map(Problem::message).toList();
        assertEquals(5, messages.size(), "constructor, missing class, name, version and duplicate: " + messages);
        assertTrue(messages.get(0).contains(ThrowingActivation.FAILURE), "first the throwing constructor: " + messages);
        assertTrue(messages.get(1).contains("MissingActivation"), "then the missing class: " + messages);
        assertTrue(messages.get(2).contains("not kebab-case"), "then the camel-case name: " + messages);
        assertTrue(messages.get(3).contains("API version"), "then the newer API version: " + messages);
        assertTrue(messages.get(4).startsWith("two activation plugins are named \"ramp\""),
                "then the duplicate: " + messages);
        assertEquals(StepActivation.NAME, registry.activation("step").name(), "the sound plugin is still usable");
    }

    @Test
    void requireNoProblems_throwsOneExceptionWithEveryProblem() {
        UserException e = assertThrows(UserException.class, registry::requireNoProblems,
                "a registry with problems fails the check");
        assertEquals(registry.problems(), e.problems(), "the exception carries every problem, in order");
        assertEquals(5, e.getMessage().lines().count(), "its message has one line per problem: " + e.getMessage());
    }

    @Test
    void requireNoProblems_passesForSoundPlugins() {
        PluginRegistry sound = PluginRegistry.discover(List.of(jars.directorySource("sound", StepActivation.class)));
        assertDoesNotThrow(sound::requireNoProblems, "sound plugins give nothing to report");
    }

    @Test
    void problems_isASnapshot() {
        assertThrows(UnsupportedOperationException.class, () -> registry.problems().clear(),
                "callers cannot change the registry's problems");
    }
}
