package org.nnlab.runner.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.nnlab.api.UserException;
import org.nnlab.core.io.SavedModel;
import org.nnlab.runner.eval.Classifier;
import org.nnlab.runner.eval.DigitImage;
import org.nnlab.runner.eval.PicturePreparer;
import org.nnlab.runner.eval.PrepareMode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code nn predict RUN_DIR IMAGE...}: classifies digit pictures with a run's model, reading nothing but the run
 * directory (the model file says the input size, pixel scale and preparation); prints the class and the
 * probability of each class. A picture already in the training images' form is used as it is, so predict gives
 * what eval gives on the same image.
 */
@Command(name = "predict", description = {"Classify digit images (PNG, JPEG, GIF, BMP; any size) with a run's model;"
        + " print the class and each class's probability. Reads only the run directory, never the training data."})
final class PredictCommand implements Callable<Integer> {
    @ParentCommand
    NnCommand parent;

    @Parameters(index = "0", paramLabel = "RUN_DIR", description = "A run directory made by nn run.")
    Path runDir;

    @Parameters(index = "1..*", arity = "1..*", paramLabel = "IMAGE", description = "Images of one digit each.")
    List<Path> images;

    @Option(names = "--prepare", paramLabel = "auto|as-is|fit", defaultValue = "auto", description = {
        "How a picture becomes the network's input (default: ${DEFAULT-VALUE}).",
        "as-is: each grey level / 255, as the training images were read; the picture must have their size"
            + " (28x28 for mnist, 20x20 for digits20) and be grey.",
        "fit: find the ink, invert dark-on-light, scale its larger side to the size the training digits have and"
            + " centre it as they are (mnist: 20 pixels, centred by mass in 28x28, as MNIST was made).",
        "auto: as-is when the picture has the training size, is grey and has light ink on a dark ground (e.g. a"
            + " test image saved as PNG); fit otherwise (a photo, a drawing on a white canvas)."})
    String prepare;

    @Mixin
    ModelOptions model;

    @Mixin
    PluginOptions pluginOptions;

    @Mixin
    LoggingOptions logging;

    @Override
    public Integer call() {
        Environment env = parent.environment();
        env.logs().console(logging.quiet, logging.verbose);
        PrepareMode mode = PrepareMode.of(prepare);
        if (mode == null) {
            throw new UserException("--prepare: unknown way \"" + prepare + "\" (valid: auto, as-is, fit)");
        }
        List<DigitImage> pictures = images.stream().map(DigitImage::read).toList();
        SavedModel saved = TrainedRun.model(pluginOptions.load(env).registry(), runDir, model.best);
        Path file = runDir.resolve(TrainedRun.modelFile(model.best));
        PicturePreparer preparer = PicturePreparer.forModel(saved, file);
        Classifier classifier = new Classifier(saved.network());
        boolean softmax = saved.network().outputActivation().form() == org.nnlab.api.Activation.Form.SOFTMAX;
        for (int i = 0; i < pictures.size(); i++) {
            float[] features = preparer.prepare(pictures.get(i), images.get(i).toString(), mode).features();
            env.out().print(line(images.get(i), classifier.outputs(features), softmax));
        }
        return ExitCodes.OK;
    }

    /** {@code three.png: 3 (95.1%)} and the probability of every class; sigmoid outputs are normalised to sum 1. */
    static String line(Path image, float[] outputs, boolean softmax) {
        int best = Classifier.best(outputs);
        double[] probabilities = Classifier.probabilities(outputs);
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "%s: %d (%.1f%%)%n  %s:", image, best,
                100 * probabilities[best], softmax ? "probabilities" : "outputs normalised to sum 1"));
        for (int c = 0; c < outputs.length; c++) {
            out.append(String.format(Locale.ROOT, " %d=%.3f", c, probabilities[c]));
        }
        return out.append('\n').toString();
    }
}
