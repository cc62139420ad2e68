package org.nnlab.runner.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.nnlab.host.PluginRegistry;

/** The ready experiments in configs/: each validates, states its expected result, and the issue's file is exact. */
class ConfigsTest {
    private static final Path CONFIGS = Path.of("..", "configs");

    static Stream<Path> configs() throws IOException {
        try (Stream<Path> files = Files.list(CONFIGS)) {
            return files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("configs")
    void validates_andStatesItsExpectedResult(Path config) throws IOException {
        Assumptions.assumeTrue(Ch6ConfigsTest.layersAvailable() || !Ch6ConfigsTest.usesLayerList(config),
                "a layer-list network needs the layer plugin kind");
        ExperimentSpec spec = new ExperimentLoader(PluginRegistry.builtIn()).load(config, List.of()).spec();
        assertEquals(ExperimentLoader.defaultName(config), spec.name(), "the name is the file's");
        String text = Files.readString(config);
        assertTrue(text.contains("# Expected: ") || config.endsWith("ch3-cross-entropy-l2.yaml"),
                "a comment states the expected result");
    }

    @Test
    void theIssuesYamlIsExact() throws IOException {
        assertEquals("""
                name: ch3-cross-entropy-l2
                seed: 42
                dataset:
                  name: mnist
                network:
                  layers: [784, 100, 10]
                  activation: sigmoid
                  output-activation: sigmoid
                  init: scaled-gaussian
                loss: cross-entropy
                optimizer:
                  name: sgd
                  learning-rate: 0.5
                  l2: 5.0
                training:
                  epochs: 30
                  batch-size: 10
                """, Files.readString(CONFIGS.resolve("ch3-cross-entropy-l2.yaml")).replaceAll("(?m)^#.*\\n", ""));
    }
}
