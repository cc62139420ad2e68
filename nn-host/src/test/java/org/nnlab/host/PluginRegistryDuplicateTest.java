package org.nnlab.host;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nnlab.api.Problem;
import org.nnlab.api.UserException;
import org.nnlab.host.fixtures.FutureActivation;
import org.nnlab.host.fixtures.IdentityActivation;
import org.nnlab.host.fixtures.StepActivation;

class PluginRegistryDuplicateTest {
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

    private static String duplicate(Class<?> first, Path firstJar, Class<?> second, Path secondJar) {
        return "two activation plugins are named \"identity\": " + first.getName() + " in " + firstJar + " and "
                + second.getName() + " in " + secondJar + "; remove one of the jars or rename one plugin";
    }

    private PluginRegistry discover(Path... pluginJars) {
        return PluginRegistry.discover(List.of(pluginJars).stream().map(jars::source).toList());
    }

    @Test
    void duplicateNameInTwoJars_isOneProblemNamingBothJars() {
        Path a = jars.jar("a.jar", IdentityActivation.class);
        Path b = jars.jar("b.jar", IdentityActivation.class, StepActivation.class);
        PluginRegistry registry = discover(a, b);
        assertEquals(List.of(new Problem("", duplicate(IdentityActivation.class, a, IdentityActivation.class, b))),
                registry.problems(), "the one problem names the class and jar of both providers");
        assertFalse(registry.names(PluginKind.ACTIVATION).contains("identity"), "neither duplicate is usable");
        assertEquals(StepActivation.NAME, registry.activation("step").name(), "the other plugin still works");
    }

    @Test
    void findOfDuplicatedName_throwsTheDuplicateMessage() {
        Path a = jars.jar("a.jar", IdentityActivation.class);
        Path b = jars.jar("b.jar", IdentityActivation.class);
        UserException e = assertThrows(UserException.class, () -> discover(a, b).activation("identity"),
                "a duplicated name cannot be used");
        assertEquals(duplicate(IdentityActivation.class, a, IdentityActivation.class, b), e.getMessage(),
                "find says why the name is unusable, not that it is unknown");
    }

    @Test
    void whyUnusable_givesTheDuplicateReason_andNothingForOtherNames() {
        Path a = jars.jar("a.jar", IdentityActivation.class);
        Path b = jars.jar("b.jar", IdentityActivation.class);
        PluginRegistry registry = discover(a, b);
        assertEquals(duplicate(IdentityActivation.class, a, IdentityActivation.class, b),
                registry.whyUnusable(PluginKind.ACTIVATION, "identity").get(0).message(), "the clash is the reason");
        assertEquals(List.of(), registry.whyUnusable(PluginKind.ACTIVATION, "no-such"), "an unknown name has none");
        assertEquals(List.of(), registry.whyUnusable(PluginKind.LOSS, "identity"), "nor has the name in another kind");
    }

    @Test
    void thirdProviderOfOneName_isReportedWithTheFirstJar() {
        Path a = jars.jar("a.jar", IdentityActivation.class);
        Path b = jars.jar("b.jar", IdentityActivation.class);
        Path c = jars.jar("c.jar", IdentityActivation.class);
        PluginRegistry registry = discover(a, b, c);
        assertEquals(List.of(duplicate(IdentityActivation.class, a, IdentityActivation.class, b),
                        duplicate(IdentityActivation.class, a, IdentityActivation.class, c)),
                registry.problems().stream().map(Problem::message).toList(),
                "every later provider is reported together with the first one's jar");
        UserException e = assertThrows(UserException.class, () -> registry.activation("identity"),
                "a name claimed three times cannot be used");
        assertEquals(2, e.problems().size(), "find reports every clash over the name: " + e.getMessage());
    }

    @Test
    void sameClassThroughTwoSources_isNotADuplicate() {
        PluginRegistry registry = PluginRegistry.discover(List.of(
                jars.directorySource("first", IdentityActivation.class),
                jars.directorySource("second", IdentityActivation.class)));
        assertEquals(List.of(), registry.problems(), "one class listed by two sources is one plugin");
        assertEquals(IdentityActivation.NAME, registry.activation("identity").name(), "and it is usable");
    }

    @Test
    void sameJarThroughTwoSources_isNotADuplicate() {
        PluginSource jar = jars.source(jars.jar("a.jar", IdentityActivation.class));
        PluginRegistry registry = PluginRegistry.discover(List.of(jar, jars.sharing("child", jar)));
        assertEquals(List.of(), registry.problems(), "a loader sharing the jar's classes sees the same plugin");
    }

    @Test
    void sharedClassSeenAgainAfterADuplicate_isNotReportedAgain() {
        Path a = jars.jar("a.jar", IdentityActivation.class);
        PluginSource first = jars.source(a);
        Path b = jars.jar("b.jar", IdentityActivation.class);
        PluginRegistry registry = PluginRegistry.discover(List.of(first, jars.source(b), jars.sharing("child", first)));
        assertEquals(List.of(duplicate(IdentityActivation.class, a, IdentityActivation.class, b)),
                registry.problems().stream().map(Problem::message).toList(),
                "a.jar's class seen a second time is neither a new duplicate nor a new problem");
    }

    @Test
    void incompatibleProviderFirst_stillClashesWithCompatibleOne_namingBothJars() {
        Path future = jars.jar("future.jar", FutureActivation.class);
        Path current = jars.jar("current.jar", IdentityActivation.class);
        PluginRegistry registry = discover(future, current);
        assertEquals(2, registry.problems().size(), "the version and the clash: " + registry.problems());
        assertEquals(duplicate(FutureActivation.class, future, IdentityActivation.class, current),
                registry.problems().get(1).message(), "the clash names both jars");
        assertThrows(UserException.class, () -> registry.activation("identity"), "a clashing name is unusable");
    }

    @Test
    void incompatibleProviderSecond_clashesTheSameWay() {
        Path current = jars.jar("current.jar", IdentityActivation.class);
        Path future = jars.jar("future.jar", FutureActivation.class);
        PluginRegistry registry = discover(current, future);
        assertEquals(2, registry.problems().size(), "the version and the clash: " + registry.problems());
        assertEquals(duplicate(IdentityActivation.class, current, FutureActivation.class, future),
                registry.problems().get(1).message(), "the clash names both jars");
        assertThrows(UserException.class, () -> registry.activation("identity"),
                "the outcome must not depend on the order of the jars");
    }
}
