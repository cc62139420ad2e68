package org.nnlab.runner.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nnlab.runner.testing.Nn;

/** {@code --prepare}: as-is refuses what is not a training-format picture, and names the way out. */
class PredictPrepareTest {
    @TempDir
    Path dir;

    @Test
    void asIsNeedsTheTrainingSizeAndGrey_andUnknownWaysAreListed() throws IOException {
        Nn nn = new Nn(dir.resolve("cache"));
        Path runDir = dir.resolve("run");
        assertEquals(0, nn.run("run", "../configs/quickstart.yaml", "--run-dir", runDir.toString(), "--quiet",
                "--set", "training.epochs=1", "--set", "network.layers=[400, 10]").exit());
        Path large = dir.resolve("large.png");
        BufferedImage picture = new BufferedImage(60, 80, BufferedImage.TYPE_INT_RGB);
        picture.setRGB(30, 40, 0xffffff);
        ImageIO.write(picture, "png", large.toFile());

        Nn.Result asIs = nn.run("predict", runDir.toString(), large.toString(), "--prepare", "as-is");
        assertEquals(ExitCodes.USAGE, asIs.exit(), asIs::toString);
        assertTrue(asIs.err().contains(large + ": --prepare as-is needs a 20x20 picture, as the model's training"
                + " images were, but this one is 60x80; use --prepare fit (or auto)"), asIs::toString);

        Nn.Result fit = nn.run("predict", runDir.toString(), large.toString(), "--prepare", "fit");
        assertEquals(0, fit.exit(), fit::toString);

        Nn.Result unknown = nn.run("predict", runDir.toString(), large.toString(), "--prepare", "crop");
        assertEquals(ExitCodes.USAGE, unknown.exit(), unknown::toString);
        assertTrue(unknown.err().contains("--prepare: unknown way \"crop\" (valid: auto, as-is, fit)"),
                unknown::toString);
    }

    @Test
    void aModelOfFormatVersion1StillPredicts() throws IOException {
        Nn nn = new Nn(dir.resolve("cache"));
        Path runDir = dir.resolve("run");
        assertEquals(0, nn.run("run", "../configs/quickstart.yaml", "--run-dir", runDir.toString(), "--quiet",
                "--set", "training.epochs=1", "--set", "network.layers=[400, 10]").exit());
        Path digit = dir.resolve("digit.png");
        BufferedImage picture = new BufferedImage(20, 20, BufferedImage.TYPE_BYTE_GRAY);
        for (int y = 4; y < 16; y++) {
            picture.getRaster().setSample(9, y, 0, 255);
            picture.getRaster().setSample(10, y, 0, 200);
        }
        ImageIO.write(picture, "png", digit.toFile());
        Nn.Result withVersion2 = nn.run("predict", runDir.toString(), digit.toString());
        assertEquals(0, withVersion2.exit(), withVersion2::toString);

        Path model = runDir.resolve("model.nnm");
        org.nnlab.core.Network network = org.nnlab.core.io.ModelFile.load(model,
                name -> org.nnlab.host.PluginRegistry.builtIn().activation(name));
        java.nio.file.Files.write(model, org.nnlab.core.io.ModelFile.toBytes(network));
        assertTrue(java.nio.file.Files.readString(model, java.nio.charset.StandardCharsets.ISO_8859_1)
                .startsWith("nnlab-model 1\n"));
        Nn.Result withVersion1 = nn.run("predict", runDir.toString(), digit.toString());
        assertEquals(withVersion2.out(), withVersion1.out(), "a training-format picture is used as it is either way");
    }
}
