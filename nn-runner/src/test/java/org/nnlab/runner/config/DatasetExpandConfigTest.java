package org.nnlab.runner.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nnlab.api.UserException;
import org.nnlab.host.PluginRegistry;

/** The mnist dataset's {@code expand} setting is read, defaulted and checked like every other key. */
class DatasetExpandConfigTest {
    private static final String BASE = "network: {layers: [784, 30, 10]}\nloss: cross-entropy\n";

    private static LoadedConfig load(String yaml) {
        return new ExperimentLoader(PluginRegistry.builtIn()).load(Path.of("experiment.yaml"), "experiment.yaml",
                yaml, List.of());
    }

    @Test
    void expandDefaultsToNone_andReadsShift1() {
        assertEquals("none", load("dataset: mnist\n" + BASE).spec().dataset().values().get("expand"));
        assertEquals("shift-1", load("dataset:\n  name: mnist\n  expand: shift-1\n" + BASE).spec().dataset().values()
                .get("expand"));
    }

    @Test
    void aMisspelledKeyOrValue_isReportedAtItsLineAndColumn() {
        String key = assertThrows(UserException.class,
                () -> load("dataset:\n  name: mnist\n  expnad: shift-1\n" + BASE)).getMessage();
        assertTrue(key.startsWith("experiment.yaml:3:3: dataset.expnad: ") && key.contains("did you mean \"expand\"?"),
                key);
        String value = assertThrows(UserException.class,
                () -> load("dataset:\n  name: mnist\n  expand: shift1\n" + BASE)).getMessage();
        assertTrue(value.startsWith("experiment.yaml:3:11: dataset.expand: ") && value.contains("shift-1"), value);
    }

    @Test
    void augmentSettingsAreReadAndBounded() {
        var values = load("dataset: {name: mnist, augment-shift: 2, augment-rotate: 10}\n" + BASE).spec().dataset()
                .values();
        assertEquals(2L, values.get("augment-shift"));
        assertEquals(10.0, values.get("augment-rotate"));
        String message = assertThrows(UserException.class,
                () -> load("dataset: {name: mnist, augment-shift: -1}\n" + BASE)).getMessage();
        assertTrue(message.startsWith("experiment.yaml:1:39: dataset.augment-shift: "), message);
    }
}
