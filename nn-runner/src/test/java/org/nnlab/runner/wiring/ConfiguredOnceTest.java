package org.nnlab.runner.wiring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nnlab.host.PluginRegistry;
import org.nnlab.runner.config.ExperimentLoader;
import org.nnlab.runner.config.ExperimentSpec;

/** The plugins validation configured are the ones the run uses: each slot is configured once. */
class ConfiguredOnceTest {
    @TempDir
    Path dir;

    private ExperimentSpec load() throws IOException {
        Path config = dir.resolve("experiment.yaml");
        Files.writeString(config, """
                name: once
                dataset: toy
                network: {layers: [16, 8, 4], activation: tanh}
                loss: cross-entropy
                optimizer: {name: sgd, learning-rate: 0.5, momentum: 0.9}
                training: {epochs: 1}
                """);
        return new ExperimentLoader(PluginRegistry.builtIn()).load(config, List.of()).spec();
    }

    @Test
    void theWiringUsesTheInstancesValidationConfigured() throws IOException {
        ExperimentSpec spec = load();
        TrainingModule training = new TrainingModule(spec.training(), spec.loss(), spec.optimizer(), spec.schedule(),
                1);
        assertSame(spec.loss().configured(), training.loss());
        assertSame(spec.optimizer().configured(), training.optimizer());
        assertSame(spec.schedule().configured(), training.schedule());
        ModelModule model = new ModelModule(spec.network());
        assertSame(spec.network().activation().configured(), model.hidden());
        assertSame(spec.network().outputActivation().configured(), model.output());
    }

    @Test
    void choicesAreEqualByTheirSettings_notByTheirInstances() throws IOException {
        ExperimentSpec first = load();
        ExperimentSpec second = load();
        assertNotSame(first.dataset().configured(), second.dataset().configured());
        assertEquals(first.dataset(), second.dataset(), "a batch's runs of one setting share its data");
        assertEquals(first.dataset().hashCode(), second.dataset().hashCode());
    }
}
