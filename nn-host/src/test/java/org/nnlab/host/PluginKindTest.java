package org.nnlab.host;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.nnlab.api.Loss;
import org.nnlab.api.Plugin;
import org.nnlab.host.fixtures.IdentityActivation;

class PluginKindTest {

    @Test
    void of_findsTheKindOfAnImplementationOrInterface() {
        assertEquals(PluginKind.ACTIVATION, PluginKind.of(IdentityActivation.class), "an activation class");
        assertEquals(PluginKind.LOSS, PluginKind.of(Loss.class), "the Loss interface itself");
    }

    @Test
    void of_rejectsThePluginInterface() {
        assertThrows(IllegalArgumentException.class, () -> PluginKind.of(Plugin.class),
                "Plugin is no kind of its own");
    }

    @Test
    void labelsAreLowerCaseWords() {
        assertEquals("dataset", PluginKind.DATASET.label(), "the label used in messages and YAML");
    }
}
