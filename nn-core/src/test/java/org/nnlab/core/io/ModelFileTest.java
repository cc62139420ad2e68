package org.nnlab.core.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.zip.CRC32;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.nnlab.api.Activation;
import org.nnlab.api.Matrix;
import org.nnlab.api.Params;
import org.nnlab.api.UserException;
import org.nnlab.core.DenseLayer;
import org.nnlab.core.Network;
import org.nnlab.host.PluginRegistry;

/**
 * The model file against checked-in golden files of format versions 1 and 2 ({@code golden/model-v1.nnm},
 * {@code golden/model-v2.nnm}): a 3-4-2 sigmoid/softmax network whose parameters are {@code (index - 5) / 8},
 * described in version 2 by {@link #goldenInfo()}. To write a new version's golden file after a deliberate format
 * change (with a new version number), run with {@code -Dnn.golden.update=/path/to/model-vN.nnm}.
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

    static ModelInfo goldenInfo() {
        return new ModelInfo(3, 1, 255, List.of("no", "yes"), "fit 2, centre mass");
    }

    private static byte[] golden() throws IOException {
        return golden("/golden/model-v1.nnm");
    }

    private static byte[] golden(String resource) throws IOException {
        try (InputStream in = ModelFileTest.class.getResourceAsStream(resource)) {
            return in.readAllBytes();
        }
    }

    @Test
    void writesExactlyTheGoldenBytes() throws IOException {
        assertArrayEquals(golden(), ModelFile.toBytes(goldenNetwork()),
                "format version 1 is stable: same network, same bytes");
    }

    @Test
    void writesExactlyTheGoldenBytesOfVersion2() throws IOException {
        byte[] bytes = ModelFile.toBytes(goldenNetwork(), goldenInfo());
        String update = System.getProperty("nn.golden.update");
        if (update != null) {
            Files.write(Path.of(update), bytes);
        }
        assertArrayEquals(golden("/golden/model-v2.nnm"), bytes, "format version 2 is stable");
    }

    @Test
    void version2KeepsWhatPredictingNeeds(@TempDir Path dir) throws IOException {
        Path file = dir.resolve(ModelFile.FILE_NAME);
        Files.write(file, golden("/golden/model-v2.nnm"));
        SavedModel model = ModelFile.open(file, ModelFileTest::activation);
        assertEquals(2, model.version());
        assertEquals(Optional.of(goldenInfo()), model.info(), "geometry, scale, labels and preparation read back");
        Matrix input = Matrix.of(new float[]{0f, 0.5f, 1f});
        assertEquals(goldenNetwork().predict(input), model.network().predict(input));

        Files.write(file, golden());
        assertEquals(Optional.empty(), ModelFile.open(file, ModelFileTest::activation).info(),
                "a version 1 file is read, without a description");
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
        ModelFile.save(goldenNetwork(), goldenInfo(), file);
        SavedModel loaded = ModelFile.open(file, ModelFileTest::activation);
        assertArrayEquals(ModelFile.toBytes(goldenNetwork(), goldenInfo()),
                ModelFile.toBytes(loaded.network(), loaded.info().orElseThrow()));
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

        Path huge = dir.resolve("huge.nnm");
        Files.write(huge, java.util.Arrays.copyOf(bytes, 1 << 20));
        assertMessage(huge, "corrupt model file");

        assertMessage(dir.resolve("missing.nnm"), "no model file");
    }

    @ParameterizedTest(name = "layers: {0}")
    @ValueSource(strings = {"3,-5,2", "3,0,2", "3", "3,2000000000,2", "3,2e9,2", "3,4,2,", "3,5,2"})
    void craftedLayerSizesAreCorruptModelFiles(String layers, @TempDir Path dir) throws IOException {
        Path file = dir.resolve("crafted.nnm");
        Files.write(file, withValidChecksum(new String(golden(), StandardCharsets.ISO_8859_1)
                .replace("layers: 3,4,2", "layers: " + layers).getBytes(StandardCharsets.ISO_8859_1)));
        assertMessage(file, "corrupt model file " + file);
    }

    @Test
    void nanWeightsUnderAValidChecksumAreACorruptModelFile(@TempDir Path dir) throws IOException {
        Network network = goldenNetwork();
        network.layers().get(1).weights().data()[3] = Float.NaN;
        Path file = dir.resolve("nan.nnm");
        Files.write(file, ModelFile.toBytes(network, goldenInfo()));
        assertMessage(file, "corrupt model file " + file + ": layer 2's weights hold NaN at index 3");
    }

    @Test
    void anUnknownActivationNamesTheModelFile(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("plugin.nnm");
        Files.write(file, withValidChecksum(new String(golden(), StandardCharsets.ISO_8859_1)
                .replace("activation: sigmoid", "activation: swish").getBytes(StandardCharsets.ISO_8859_1)));
        UserException e = assertThrows(UserException.class, () -> ModelFile.load(file, ModelFileTest::activation));
        assertTrue(e.getMessage().startsWith(file + ": the model's activation \"swish\""), e.getMessage());
    }

    /** {@code bytes} with the last 8 replaced by the CRC-32 of the rest: a crafted file, not a damaged one. */
    private static byte[] withValidChecksum(byte[] bytes) {
        CRC32 crc = new CRC32();
        crc.update(bytes, 0, bytes.length - 8);
        ByteBuffer.wrap(bytes, bytes.length - 8, 8).putLong(crc.getValue());
        return bytes;
    }

    private static void assertMessage(Path file, String expected) {
        UserException e = assertThrows(UserException.class, () -> ModelFile.load(file, ModelFileTest::activation));
        assertTrue(e.getMessage().contains(file.toString()) && e.getMessage().contains(expected),
                "message names " + file + " and says \"" + expected + "\": " + e.getMessage());
    }
}
