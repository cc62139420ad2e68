package org.nnlab.runner.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nnlab.runner.testing.Nn;

/**
 * eval reads the test set where training found it (the data directory kept in provenance.json), not where
 * NN_DATA_DIR points now; when the files moved it says which and how to point to them; predict reads no data.
 */
class EvalFindsTheDataTest {
    private static final List<String> FILES = List.of("train-images-idx3-ubyte.gz", "train-labels-idx1-ubyte.gz",
            "t10k-images-idx3-ubyte.gz", "t10k-labels-idx1-ubyte.gz");

    @TempDir
    Path dir;

    @Test
    void evalUsesTrainingsDataDirectory_andSaysHowToPointToMovedFiles() throws IOException {
        String root = System.getenv("NN_DATA_DIR");
        assumeTrue(root != null && Files.isDirectory(Path.of(root, "mnist")), "NN_DATA_DIR/mnist is not set up");
        Path trainedWith = dir.resolve("data");
        Files.createDirectories(trainedWith.resolve("mnist"));
        for (String file : FILES) {
            Files.copy(Path.of(root, "mnist", file), trainedWith.resolve("mnist").resolve(file));
        }
        Path runDir = dir.resolve("run");
        Nn.Result trained = new Nn(dir.resolve("cache")).withDataRoot(trainedWith).run("run",
                "../configs/ch3-cross-entropy-30.yaml", "--run-dir", runDir.toString(), "--quiet",
                "--set", "dataset.limit=500", "--set", "dataset.download=false", "--set", "training.epochs=1");
        assertEquals(0, trained.exit(), trained::toString);

        Nn elsewhere = new Nn(dir.resolve("other-cache"));
        Nn.Result eval = elsewhere.run("eval", runDir.toString());
        assertEquals(0, eval.exit(), "without NN_DATA_DIR, eval finds the data training used: " + eval);
        assertTrue(eval.out().contains("\ndata: " + trainedWith.toAbsolutePath().resolve("mnist")
                .resolve("train-images-idx3-ubyte.gz")), "eval names the files it reads: " + eval);

        Path movedTo = dir.resolve("moved");
        Files.move(trainedWith, movedTo);
        Nn.Result lost = elsewhere.run("eval", runDir.toString());
        assertEquals(ExitCodes.USAGE, lost.exit(), lost::toString);
        assertTrue(lost.err().contains(runDir.resolve("provenance.json") + ": training read "
                + trainedWith.toAbsolutePath().resolve("mnist").resolve("train-images-idx3-ubyte.gz")
                + " and 3 other file(s), which is no longer there") && lost.err().contains("--data-root DIR"),
                "the message names the file and the fix: " + lost);
        assertFalse(lost.hasStackTrace(), lost::toString);

        Nn.Result pointed = elsewhere.run("eval", runDir.toString(), "--data-root", movedTo.toString());
        assertEquals(0, pointed.exit(), pointed::toString);
        assertTrue(pointed.out().contains("accuracy"), pointed::toString);
    }

    @Test
    void predictReadsNoTrainingData() throws IOException {
        String root = System.getenv("NN_DATA_DIR");
        assumeTrue(root != null && Files.isDirectory(Path.of(root, "mnist")), "NN_DATA_DIR/mnist is not set up");
        Path trainedWith = dir.resolve("data");
        Files.createDirectories(trainedWith.resolve("mnist"));
        for (String file : FILES) {
            Files.copy(Path.of(root, "mnist", file), trainedWith.resolve("mnist").resolve(file));
        }
        Path runDir = dir.resolve("run");
        Nn.Result trained = new Nn(dir.resolve("cache")).withDataRoot(trainedWith).run("run",
                "../configs/ch3-cross-entropy-30.yaml", "--run-dir", runDir.toString(), "--quiet",
                "--set", "dataset.limit=500", "--set", "dataset.download=false", "--set", "training.epochs=1");
        assertEquals(0, trained.exit(), trained::toString);
        for (String file : FILES) {
            Files.delete(trainedWith.resolve("mnist").resolve(file));
        }
        Path image = dir.resolve("seven.png");
        java.awt.image.BufferedImage picture = new java.awt.image.BufferedImage(60, 80,
                java.awt.image.BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D g = picture.createGraphics();
        g.setColor(java.awt.Color.WHITE);
        g.fillRect(0, 0, 60, 80);
        g.setColor(java.awt.Color.BLACK);
        g.setStroke(new java.awt.BasicStroke(6));
        g.drawLine(10, 10, 50, 10);
        g.drawLine(50, 10, 25, 70);
        g.dispose();
        javax.imageio.ImageIO.write(picture, "png", image.toFile());
        Nn.Result predicted = new Nn(dir.resolve("empty-cache")).run("predict", runDir.toString(), image.toString());
        assertEquals(0, predicted.exit(), "predict needs nothing but the run directory: " + predicted);
        assertTrue(predicted.out().startsWith(image + ": "), predicted::toString);
    }
}
