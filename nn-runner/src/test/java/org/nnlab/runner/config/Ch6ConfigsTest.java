package org.nnlab.runner.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.nnlab.api.Dataset;
import org.nnlab.api.Params;
import org.nnlab.host.PluginKind;
import org.nnlab.host.PluginRegistry;
import org.yaml.snakeyaml.Yaml;

/**
 * The book's chapter-6 configs: each parses, names plugins that exist and dataset settings the dataset accepts,
 * and states the book's figure. They are validated in full by {@link ConfigsTest} once the {@code layer} plugin
 * kind exists; until then their layer lists are not checked.
 */
class Ch6ConfigsTest {
    private static final Path CONFIGS = Path.of("..", "configs");
    private static final Map<String, String> BOOK = new LinkedHashMap<>();

    static {
        BOOK.put("ch6-conv1.yaml", "98.78%");
        BOOK.put("ch6-conv2.yaml", "99.06%");
        BOOK.put("ch6-conv2-relu.yaml", "99.23%");
        BOOK.put("ch6-expanded.yaml", "99.37%");
        BOOK.put("ch6-dropout.yaml", "99.60%");
    }

    /** Whether this build has layer plugins, so a layer-list network can be validated. */
    static boolean layersAvailable() {
        return Arrays.stream(PluginKind.values()).anyMatch(kind -> kind.label().equals("layer"));
    }

    /** Whether {@code config}'s network is the layer-list form (a list of mappings, not of sizes). */
    static boolean usesLayerList(Path config) throws IOException {
        Map<String, Object> root = new Yaml().load(Files.readString(config));
        return root.get("network") instanceof Map<?, ?> network && network.get("layers") instanceof List<?> layers
                && !layers.isEmpty() && layers.get(0) instanceof Map;
    }

    static Stream<String> configs() {
        return BOOK.keySet().stream();
    }

    @ParameterizedTest
    @MethodSource("configs")
    @SuppressWarnings("unchecked")
    void parses_namesPluginsThatExist_andStatesTheBooksFigure(String file) throws IOException {
        Path config = CONFIGS.resolve(file);
        String text = Files.readString(config);
        assertTrue(text.contains("# Expected: " + BOOK.get(file)), file + " states the book's " + BOOK.get(file));
        assertTrue(usesLayerList(config), file + " uses the layer-list form");
        Map<String, Object> root = new Yaml().load(text);
        PluginRegistry registry = PluginRegistry.builtIn();
        assertTrue(registry.names(PluginKind.LOSS).contains((String) root.get("loss")), "loss " + root.get("loss"));
        Map<String, Object> optimizer = (Map<String, Object>) root.get("optimizer");
        assertTrue(registry.names(PluginKind.OPTIMIZER).contains((String) optimizer.get("name")));
        Map<String, Object> network = (Map<String, Object>) root.get("network");
        for (Object layer : (List<Object>) network.get("layers")) {
            Object activation = ((Map<String, Object>) layer).get("activation");
            if (activation != null) {
                assertTrue(registry.names(PluginKind.ACTIVATION).contains((String) activation), "activation " + activation);
            }
        }
        Map<String, Object> dataset = root.get("dataset") instanceof Map<?, ?> m
                ? new LinkedHashMap<>((Map<String, Object>) m) : new LinkedHashMap<>(Map.of("name", root.get("dataset")));
        Dataset prototype = registry.dataset((String) dataset.remove("name"));
        prototype.configure(Params.resolve(prototype, dataset));
    }

    @Test
    void theEnsembleBatchRunsFiveSeedsOfTheDropoutNetwork() throws IOException {
        Map<String, Object> batch = new Yaml().load(Files.readString(CONFIGS.resolve("batches/ch6-ensemble.yaml")));
        assertEquals("../ch6-dropout.yaml", batch.get("base"));
        assertEquals(List.of(1, 2, 3, 4, 5), batch.get("seeds"));
    }
}
