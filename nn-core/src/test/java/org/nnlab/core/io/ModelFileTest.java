package org.nnlab.core.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nnlab.api.Activation;
import org.nnlab.api.Matrix;
import org.nnlab.api.Params;
import org.nnlab.api.UserException;
import org.nnlab.api.registry.PluginRegistry;
import org.nnlab.core.DenseLayer;
import org.nnlab.core.Network;

/**
 * The model file against a checked-in golden file of format version 1 ({@code golden/model-v1.nnm}): a
 * 3-4-2 sigmoid/softmax network whose parameters are {@code (index - 5) / 8}. To regenerate after a deliberate
 * format change (with a new version number), run with {@code -Dnn.golden.update=/path/to/model-vN.nnm}.
 */
class ModelFileTest {
    private static final PluginRegistry REGISTRY = PluginRegistry.builtIn();

    private static Activation activation(String name) {
        Activation prototype = REGISTRY.activation(name);
        return prototype.configure(Params.defaults(prototype));
    }

    static Network goldenNetwork() {
        Network network = new Network(new int[]{3, 4, 2}, activation("sigmoid"), activation("softmax"));
        int index = 0;
        for (DenseLayer layer : network.layers()) {
            for (Matrix m : new Matrix[]{layer.weights(), layer.biases()}) {
                float[] data = m.data();
                for (int i = 0; i < data.length; i++) {
                    data[i] = (index++ - 5) / 8f;
                }
            }
        }
        return network;
    }

    private static byte[] golden() throws IOException {
        try (InputStream in = ModelFileTest.class.getResourceAsStream("/golden/model-v1.nnm")) {
            return in.readAllBytes();
        }
    }

    @Test
    void writesExactlyTheGoldenBytes() throws IOException {
        byte[] bytes = ModelFile.toBytes(goldenNetwork());
        String update = System.getProperty("nn.golden.update");
        if (update != null) {
            Files.write(Path.of(update), bytes);
        }
        assertArrayEquals(golden(), bytes, "format version 1 is stable: same network, same bytes");
    }

    @Test
    void goldenFileLoadsBackToTheSamePredictions() throws IOException {
        Network loaded = ModelFile.read(new ByteArrayInputStream(golden()), ModelFileTest::activation, "golden");
        Matrix input = Matrix.of(new float[]{0f, 0.5f, 1f}, new float[]{1f, 0f, 0.25f});
        assertEquals(goldenNetwork().predict(input), loaded.predict(input), "loaded model predicts the same");
        assertEquals("sigmoid", loaded.hiddenActivation().name());
        assertEquals("softmax", loaded.outputActivation().name());
    }

    @Test
    void saveAndLoadRoundTripThroughAFile(@TempDir Path dir) throws IOException {
        Path file = dir.resolve(ModelFile.FILE_NAME);
        ModelFile.save(goldenNetwork(), file);
        assertArrayEquals(ModelFile.toBytes(goldenNetwork()), ModelFile.toBytes(ModelFile.load(file, ModelFileTest::activation)));
        assertTrue(Files.list(dir).allMatch(p -> p.equals(file)), "no temporary file is left beside the model");
    }

    @Test
    void damagedFilesAreUserErrorsNamingTheFile(@TempDir Path dir) throws IOException {
        byte[] bytes = golden();
        Path truncated = dir.resolve("truncated.nnm");
        Files.write(truncated, java.util.Arrays.copyOf(bytes, bytes.length - 20));
        assertMessage(truncated, "truncated");

        byte[] flipped = bytes.clone();
        flipped[flipped.length - 12] ^= 1;
        Path corrupt = dir.resolve("corrupt.nnm");
        Files.write(corrupt, flipped);
        assertMessage(corrupt, "checksum mismatch");

        Path other = dir.resolve("other.nnm");
        Files.writeString(other, "hello\nworld\n");
        assertMessage(other, "not an nnlab model file");

        Path future = dir.resolve("future.nnm");
        Files.writeString(future, "nnlab-model 9\nlayers: 1,1\n\n");
        assertMessage(future, "format version 9 is not supported");

        assertMessage(dir.resolve("missing.nnm"), "no model file");
    }

    private static void assertMessage(Path file, String expected) {
        UserException e = assertThrows(UserException.class, () -> ModelFile.load(file, ModelFileTest::activation));
        assertTrue(e.getMessage().contains(file.toString()) && e.getMessage().contains(expected),
                "message names " + file + " and says \"" + expected + "\": " + e.getMessage());
    }
}
