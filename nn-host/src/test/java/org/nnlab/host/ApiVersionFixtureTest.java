package org.nnlab.host;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nnlab.api.Activation;
import org.nnlab.api.Matrix;
import org.nnlab.api.NnApi;
import org.nnlab.api.Params;
import org.nnlab.api.UserException;

/**
 * A plugin jar compiled against API version 1 and kept as built ({@code src/test/fixtures/api-v1-plugin}): its
 * activation, whose interface version 2 left alone, still loads and runs; its optimizer, whose interface changed,
 * is refused with a message naming the jar and both versions.
 */
class ApiVersionFixtureTest {
    private static final Path FIXTURE = Path.of("src/test/fixtures/api-v1-plugin/api-v1-plugin.jar");

    @TempDir
    Path dir;

    @Test
    void aVersionOnePluginJar_keepsItsActivation_andItsOptimizerIsRefusedNamingBothVersions() throws IOException {
        Path jar = Files.copy(FIXTURE, dir.resolve("api-v1-plugin.jar"));
        try (PluginScan scan = PluginDirectories.scan(List.of(dir))) {
            PluginRegistry registry = PluginRegistry.builtInAnd(scan);

            Activation half = registry.activation("v1-half");
            Matrix z = Matrix.of(new float[]{3f});
            Matrix a = new Matrix(1, 1);
            half.configure(Params.defaults(half)).forward(z, a);
            assertEquals(1.5f, a.get(0, 0), "the API-1 activation runs");

            String expected = "optimizer \"v1-momentum\" in " + jar + " was built against nnlab API version 1, but"
                    + " this nnlab has API version " + NnApi.VERSION + " (accepts " + NnApi.OLDEST_SUPPORTED_OPTIMIZER
                    + ".." + NnApi.VERSION + "); rebuild the plugin against nn-api " + NnApi.VERSION;
            assertEquals(List.of(expected), registry.problems().stream().map(p -> p.message()).toList(),
                    "one problem: the optimizer");
            UserException e = assertThrows(UserException.class, () -> registry.optimizer("v1-momentum"));
            assertEquals(expected, e.getMessage(), "looking the optimizer up fails with the reason");
        }
    }

    /**
     * A plugin jar compiled against API version 2 ({@code src/test/fixtures/api-v2-plugin}): version 3 added the
     * {@code Layer} kind and changed no other interface, so its activation and its per-range optimizer load and run.
     */
    @Test
    void aVersionTwoPluginJar_keepsItsActivationAndItsOptimizer() throws IOException {
        Files.copy(Path.of("src/test/fixtures/api-v2-plugin/api-v2-plugin.jar"), dir.resolve("api-v2-plugin.jar"));
        try (PluginScan scan = PluginDirectories.scan(List.of(dir))) {
            PluginRegistry registry = PluginRegistry.builtInAnd(scan);
            assertEquals(List.of(), registry.problems(), "nothing refused");

            Activation twice = registry.activation("v2-double");
            assertEquals(2, twice.apiVersion(), "built against API 2");
            Matrix a = new Matrix(1, 1);
            twice.configure(Params.defaults(twice)).forward(Matrix.of(new float[]{3f}), a);
            assertEquals(6f, a.get(0, 0), "the API-2 activation runs");

            org.nnlab.api.Optimizer plain = registry.optimizer("v2-plain");
            Matrix w = Matrix.of(new float[]{1f});
            org.nnlab.api.Parameter p = new org.nnlab.api.Parameter("w", w, Matrix.of(new float[]{2f}), true);
            plain.configure(Params.defaults(plain)).start(List.of(p), 10).apply(List.of(p), 1, 0.5);
            assertEquals(0f, w.get(0, 0), "the API-2 optimizer steps w - 0.5 * 2");
        }
    }

    @Test
    void versionTwoChangedOnlyTheOptimizersInterface_andThreeAddedLayers() {
        assertEquals(3, NnApi.VERSION);
        assertEquals(1, NnApi.oldestSupported(Activation.class), "activations of API 1 still run");
        assertEquals(2, NnApi.oldestSupported(org.nnlab.api.Optimizer.class), "optimizers of API 1 cannot");
        assertEquals(3, NnApi.oldestSupported(org.nnlab.api.Layer.class), "layers exist since API 3");
    }
}
