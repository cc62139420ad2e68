package org.nnlab.runner.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nnlab.runner.testing.Nn;

/** A damaged or crafted model file is "corrupt model file X: ..." and exit 2 from eval and predict, never a bug. */
class DamagedModelTest {
    @TempDir
    Path dir;
    private Nn nn;
    private Path runDir;
    private Path model;
    private Path image;

    @BeforeEach
    void train() throws IOException {
        nn = new Nn(dir.resolve("cache"));
        runDir = dir.resolve("run");
        Nn.Result result = nn.run("run", "../configs/quickstart.yaml", "--run-dir", runDir.toString(), "--quiet",
                "--set", "training.epochs=1", "--set", "network.layers=[400, 10]");
        assertEquals(0, result.exit(), result::toString);
        model = runDir.resolve("model.nnm");
        image = dir.resolve("digit.png");
        ImageIO.write(new BufferedImage(20, 20, BufferedImage.TYPE_BYTE_GRAY), "png", image.toFile());
    }

    private void assertCorrupt(String expected) {
        for (String[] args : new String[][] {{"eval", runDir.toString()},
                {"predict", runDir.toString(), image.toString()}}) {
            Nn.Result result = nn.run(args);
            assertEquals(ExitCodes.USAGE, result.exit(), result::toString);
            assertTrue(result.err().contains(expected), args[0] + " says \"" + expected + "\": " + result);
            assertFalse(result.hasStackTrace() || result.err().contains("report it"), result::toString);
        }
    }

    private void rewrite(String from, String to, boolean fixChecksum) throws IOException {
        byte[] bytes = new String(Files.readAllBytes(model), StandardCharsets.ISO_8859_1).replace(from, to)
                .getBytes(StandardCharsets.ISO_8859_1);
        if (fixChecksum) {
            CRC32 crc = new CRC32();
            crc.update(bytes, 0, bytes.length - 8);
            ByteBuffer.wrap(bytes, bytes.length - 8, 8).putLong(crc.getValue());
        }
        Files.write(model, bytes);
    }

    @Test
    void oneBitFlippedInTheLayersLine() throws IOException {
        rewrite("layers: 400,10", "layers: 400,11", false);
        assertCorrupt("corrupt model file " + model + ": the file is truncated or its header damaged");
    }

    @Test
    void craftedSizes() throws IOException {
        rewrite("layers: 400,10", "layers: 400,-5", true);
        assertCorrupt("corrupt model file " + model + ": layer size -5");
    }

    @Test
    void nanWeightsUnderAValidChecksum() throws IOException {
        byte[] bytes = Files.readAllBytes(model);
        int body = new String(bytes, StandardCharsets.ISO_8859_1).indexOf("\n\n") + 2;
        ByteBuffer.wrap(bytes).putFloat(body + 4 * 7, Float.NaN);
        Files.write(model, bytes);
        rewrite("", "", true);
        assertCorrupt("corrupt model file " + model + ": layer 1's weights hold NaN at index 7");
    }

    @Test
    void anUnknownActivationNamesTheModelFile() throws IOException {
        rewrite("output-activation: sigmoid", "output-activation: swish", true);
        assertCorrupt(model + ": the model's activation \"swish\"");
    }
}
