package org.nnlab.runner.api;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.awt.image.WritableRaster;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nnlab.api.DataSplits;
import org.nnlab.api.DatasetContext;
import org.nnlab.api.Examples;
import org.nnlab.api.UserException;
import org.nnlab.host.PluginRegistry;
import org.nnlab.runner.config.ExperimentLoader;
import org.nnlab.runner.config.ExperimentSpec;
import org.nnlab.runner.testing.Nn;
import org.nnlab.runner.wiring.DataModule;
import org.nnlab.runner.wiring.ExperimentModule;
import org.nnlab.runner.wiring.Injection;

/**
 * A model loaded through the Java API predicts what {@code nn predict} prints for the same pictures, from pixels
 * or from images, and says clearly what it cannot take.
 */
class ModelTest {
    @TempDir
    static Path dir;
    static Path runDir;
    static Examples test;

    @BeforeAll
    static void train() {
        runDir = Experiment.load(ExperimentTest.QUICKSTART).override(ExperimentTest.SHORT)
                .withRunDirectory(dir.resolve("run")).run().directory();
        ExperimentSpec spec = new ExperimentLoader(PluginRegistry.builtIn()).load(ExperimentTest.QUICKSTART, List.of())
                .spec();
        var injector = Injection.create(List.of(new ExperimentModule(spec, PluginRegistry.builtIn()),
                new DataModule(spec.dataset(), new DatasetContext(null, dir.resolve("cache")))));
        test = Injection.instance(injector, DataSplits.class).test();
    }

    @Test
    void predictsWhatNnPredictPrints_fromImageFilesImagesAndPixels() throws IOException {
        Model model = Model.load(runDir);
        assertEquals(400, model.inputCount());
        assertEquals(List.of(20, 20), List.of(model.inputWidth(), model.inputHeight()));
        assertEquals(List.of("0", "1", "2", "3", "4", "5", "6", "7", "8", "9"), model.classLabels());
        List<String> args = new ArrayList<>(List.of("predict", runDir.toString()));
        StringBuilder expected = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            Path png = writePng(i);
            args.add(png.toString());
            Prediction fromFile = model.predict(png);
            Prediction fromImage = model.predict(ImageIO.read(png.toFile()));
            Prediction fromPixels = model.predict(pixels(i));
            assertArrayEquals(fromPixels.outputs(), fromFile.outputs(), "a training-format PNG is used as it is");
            assertArrayEquals(fromPixels.outputs(), fromImage.outputs(), "so is the same picture in memory");
            expected.append(line(png, fromFile));
        }
        Nn.Result predicted = new Nn(dir.resolve("cache")).run(args.toArray(String[]::new));
        assertEquals(0, predicted.exit(), predicted::toString);
        assertEquals(expected.toString(), predicted.out(), "the API's class and probabilities are nn predict's");
    }

    @Test
    void theBestModel_isBestNnm_byRunDirectoryOrByFile() {
        Model best = Model.loadBest(runDir);
        Model byFile = Model.load(runDir.resolve("best.nnm"));
        assertEquals(runDir.resolve("best.nnm"), best.file());
        assertArrayEquals(best.predict(pixels(0)).outputs(), byFile.predict(pixels(0)).outputs());
    }

    @Test
    void aModelFileOutsideItsRun_loadsWithItsActivationsDefaults() throws IOException {
        Path copy = Files.copy(runDir.resolve("model.nnm"), dir.resolve("digits.nnm"));
        assertArrayEquals(Model.load(runDir).predict(pixels(3)).outputs(),
                Model.load(copy).predict(pixels(3)).outputs(), "sigmoid has no parameters to lose");
    }

    @Test
    void pixelsOfAnotherInputSize_areAClearError() {
        UserException e = assertThrows(UserException.class, () -> Model.load(runDir).predict(new float[784]));
        assertEquals(runDir.resolve("model.nnm") + ": the model takes 400 inputs (a 20x20 image), but 784 were"
                + " given; give pixels of the training images' size, or an image to be prepared", e.getMessage());
    }

    @Test
    void aPictureOfAnotherSizeAsIs_andAnUnknownWay_areTheMessagesOfNnPredict() {
        Model model = Model.load(runDir);
        BufferedImage big = new BufferedImage(28, 28, BufferedImage.TYPE_BYTE_GRAY);
        UserException asIs = assertThrows(UserException.class, () -> model.predict(big, "as-is"));
        assertTrue(asIs.getMessage().contains("--prepare as-is needs a 20x20 picture"), asIs.getMessage());
        UserException way = assertThrows(UserException.class, () -> model.predict(big, "stretch"));
        assertEquals("prepare: unknown way \"stretch\" (valid: auto, as-is, fit)", way.getMessage());
    }

    @Test
    void aPathThatHoldsNoModel_isAUserException() {
        UserException missing = assertThrows(UserException.class, () -> Model.load(dir.resolve("nothing")));
        assertTrue(missing.getMessage().contains("no such file or directory"), missing.getMessage());
        UserException notRun = assertThrows(UserException.class, () -> Model.load(dir));
        assertTrue(notRun.getMessage().contains("not a run directory"), notRun.getMessage());
    }

    private static float[] pixels(int i) {
        int n = test.featureCount();
        float[] row = new float[n];
        System.arraycopy(test.features(), i * n, row, 0, n);
        return row;
    }

    /** nn predict's two lines for one picture (see PredictCommand). */
    private static String line(Path png, Prediction p) {
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "%s: %s (%.1f%%)%n  %s:", png, p.label(),
                100 * p.probability(), "outputs normalised to sum 1"));
        double[] probabilities = p.probabilities();
        for (int c = 0; c < probabilities.length; c++) {
            out.append(String.format(Locale.ROOT, " %d=%.3f", c, probabilities[c]));
        }
        return out.append('\n').toString();
    }

    /** Test example {@code i} as an 8-bit grey PNG, level {@code round(feature * 255)}. */
    private static Path writePng(int i) throws IOException {
        BufferedImage image = new BufferedImage(20, 20, BufferedImage.TYPE_BYTE_GRAY);
        WritableRaster raster = image.getRaster();
        for (int y = 0; y < 20; y++) {
            for (int x = 0; x < 20; x++) {
                raster.setSample(x, y, 0, Math.round(test.features()[i * 400 + y * 20 + x] * 255));
            }
        }
        Path file = dir.resolve("png").resolve(String.format(Locale.ROOT, "%03d.png", i));
        Files.createDirectories(file.getParent());
        ImageIO.write(image, "png", file.toFile());
        return file;
    }
}
