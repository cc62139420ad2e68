package org.nnlab.core.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nnlab.api.Activation;
import org.nnlab.api.Layer;
import org.nnlab.api.Matrix;
import org.nnlab.api.Params;
import org.nnlab.api.Shape;
import org.nnlab.api.UserException;
import org.nnlab.core.Initializer;
import org.nnlab.core.LayerStackBuilder;
import org.nnlab.core.Network;
import org.nnlab.host.PluginRegistry;

/** Model format 3: a layered network is written with its layers and read back to the same bits. */
class LayeredModelFileTest {
    private static final PluginRegistry REGISTRY = PluginRegistry.builtIn();
    private static final ModelInfo INFO = new ModelInfo(6, 6, 255, List.of("a", "b", "c"), "fit 4, centre mass");

    @TempDir
    Path dir;

    private static Activation activation(String name) {
        Activation prototype = REGISTRY.activation(name);
        return prototype.configure(Params.defaults(prototype));
    }

    private static LayerStackBuilder.Item item(String name, Map<String, ?> raw, String activation) {
        Layer prototype = REGISTRY.layer(name);
        Params params = Params.resolve(prototype, raw);
        return new LayerStackBuilder.Item(prototype.configure(params), params,
                activation == null ? null : activation(activation), name);
    }

    private static Network network() {
        Network network = new Network(LayerStackBuilder.build(new Shape(1, 6, 6), List.of(
                item("conv", Map.of("filters", 2, "size", 3), "relu"),
                item("max-pool", Map.of("size", 2), null),
                item("dropout", Map.of("rate", 0.25), null),
                item("dense", Map.of("units", 3), "softmax"))));
        Initializer.SCALED_GAUSSIAN.initialize(network, new Random(3));
        return network;
    }

    @Test
    void aLayeredNetwork_roundTripsToTheSameBytesAndPredictions() throws IOException {
        Network network = network();
        Path file = dir.resolve("model.nnm");
        ModelFile.save(network, INFO, file);
        String header = new String(Files.readAllBytes(file), java.nio.charset.StandardCharsets.ISO_8859_1);
        assertTrue(header.startsWith("nnlab-model 3\nlayers: 36,3\n"), header.substring(0, 40));
        assertTrue(header.contains("network-input: 1x6x6\nlayer1: conv filters=2 size=3 activation=relu\n"
                + "layer2: max-pool size=2\nlayer3: dropout rate=0.25\nlayer4: dense units=3 activation=softmax\n\n"),
                "the layer lines");

        SavedModel read = ModelFile.open(file, LayeredModelFileTest::activation, REGISTRY::layer);
        assertEquals(3, read.version());
        assertEquals(INFO, read.info().orElseThrow());
        assertArrayEquals(ModelFile.toBytes(network, INFO), ModelFile.toBytes(read.network(), INFO),
                "written again, the same bytes");
        Matrix x = new Matrix(2, 36);
        for (int i = 0; i < 72; i++) {
            x.data()[i] = (i % 7) / 7f;
        }
        assertEquals(network.predict(x), read.network().predict(x), "the same predictions");
    }

    @Test
    void aDamagedLayerLine_failsTheChecksum_andAMissingLayerPluginIsNamed() throws IOException {
        Path file = dir.resolve("model.nnm");
        ModelFile.save(network(), INFO, file);
        byte[] bytes = Files.readAllBytes(file);
        String text = new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1);
        int at = text.indexOf("filters=2");
        bytes[at + 8] = '9';
        Path damaged = Files.write(dir.resolve("damaged.nnm"), bytes);
        UserException e = assertThrows(UserException.class,
                () -> ModelFile.open(damaged, LayeredModelFileTest::activation, REGISTRY::layer));
        assertEquals("corrupt model file " + damaged + ": checksum mismatch (the file is damaged); retrain or restore"
                + " it", e.getMessage());

        UserException noLayers = assertThrows(UserException.class,
                () -> ModelFile.open(file, LayeredModelFileTest::activation));
        assertTrue(noLayers.getMessage().contains("layer \"conv\" is needed"), noLayers.getMessage());
    }
}
