package org.nnlab.host;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nnlab.api.Activation;
import org.nnlab.api.Loss;
import org.nnlab.api.UserException;
import org.nnlab.host.fixtures.IdentityActivation;
import org.nnlab.host.fixtures.RampActivation;
import org.nnlab.host.fixtures.StepActivation;

class PluginRegistryDiscoveryTest {
    @TempDir
    Path dir;
    private PluginJars jars;
    private PluginRegistry registry;

    @BeforeEach
    void discoverThreeActivations() {
        jars = new PluginJars(dir);
        registry = PluginRegistry.discover(List.of(jars.directorySource("built-in",
                IdentityActivation.class, StepActivation.class, RampActivation.class)));
    }

    @AfterEach
    void closeJars() throws Exception {
        jars.close();
    }

    @Test
    void discoversEveryProviderListedInServicesFile() {
        assertEquals(List.of(), registry.problems(), "three sound providers give no problems");
        assertEquals(Set.of("identity", "ramp", "step"), registry.names(PluginKind.ACTIVATION),
                "every listed provider is usable under its name");
        assertEquals(List.of("identity", "ramp", "step"),
                registry.plugins(PluginKind.ACTIVATION).stream().map(PluginInfo::name).toList(),
                "plugins are listed sorted by name");
    }

    @Test
    void findsThePrototypeByName() {
        assertInstanceOf(IdentityActivation.class, registry.activation("identity"),
                "activation(\"identity\") is the provider named identity");
        assertInstanceOf(StepActivation.class, registry.find(Activation.class, "step"),
                "find(Activation.class, \"step\") is the provider named step");
    }

    @Test
    void recordsWhereEachPluginCameFrom() {
        PluginInfo info = registry.info(PluginKind.ACTIVATION, "identity").orElseThrow();
        assertEquals(PluginKind.ACTIVATION, info.kind(), "an activation provider is of kind ACTIVATION");
        assertEquals(PluginJars.testClassPathLocation(IdentityActivation.class), info.location(),
                "a class from a directory is located in that directory");
    }

    @Test
    void keepsKindsApart() {
        assertEquals(Set.of(), registry.names(PluginKind.LOSS), "no loss providers were listed");
        UserException e = assertThrows(UserException.class, () -> registry.find(Loss.class, "identity"),
                "an activation's name is not a loss");
        assertEquals("unknown loss \"identity\" (valid: none)", e.getMessage(),
                "the message names the kind asked for and its (empty) valid list");
    }

    @Test
    void rejectsUnknownName_withValidNames() {
        UserException e = assertThrows(UserException.class, () -> registry.activation("sigmoid"),
                "sigmoid was not discovered");
        assertEquals("unknown activation \"sigmoid\" (valid: identity, ramp, step)", e.getMessage(),
                "an unknown name gets the sorted list of valid names and no unrelated suggestion");
    }

    @Test
    void rejectsTypoedName_withSuggestionAndValidNames() {
        UserException e = assertThrows(UserException.class, () -> registry.activation("identiy"),
                "identiy is a typo of identity");
        assertEquals("unknown activation \"identiy\"; did you mean \"identity\"? (valid: identity, ramp, step)",
                e.getMessage(), "a typo gets the closest name and the valid list");
    }

    @Test
    void locatesProviderFromJarInThatJar() {
        Path jar = jars.jar("identity.jar", IdentityActivation.class);
        PluginRegistry fromJar = PluginRegistry.discover(List.of(jars.source(jar)));
        assertEquals(jar.toString(), fromJar.info(PluginKind.ACTIVATION, "identity").orElseThrow().location(),
                "a plugin loaded from a jar is located in that jar");
    }

    @Test
    void builtInRegistry_ofApiAlone_isEmptyAndClean() {
        PluginRegistry builtIn = PluginRegistry.builtIn();
        assertEquals(List.of(), builtIn.problems(), "the API's class path has no broken providers");
        for (PluginKind kind : PluginKind.values()) {
            assertTrue(builtIn.names(kind).isEmpty(), "nn-api ships no " + kind.label() + " plugins");
        }
        assertEquals("class path", PluginSource.builtIn().label(), "the built-in source is called class path");
    }

    @Test
    void discoversNothing_fromNoSources() {
        PluginRegistry empty = PluginRegistry.discover(List.of());
        assertEquals(List.of(), empty.problems(), "no sources, no problems");
        assertEquals(Set.of(), empty.names(PluginKind.ACTIVATION), "no sources, no plugins");
    }
}
