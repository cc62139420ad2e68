package org.nnlab.runner.cli;

import com.google.inject.Injector;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.nnlab.api.DataSplits;
import org.nnlab.api.UserException;
import org.nnlab.core.Network;
import org.nnlab.runner.eval.Classifier;
import org.nnlab.runner.eval.DigitImage;
import org.nnlab.runner.eval.DigitPreprocessor;
import org.nnlab.runner.wiring.Injection;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code nn predict RUN_DIR IMAGE...}: classifies digit pictures of any size, prepared like the run's training
 * images; prints the class and the probability of each class.
 */
@Command(name = "predict", description = "Classify digit images (PNG, JPEG, GIF, BMP; any size) with a run's model;"
        + " print the class and each class's probability.")
final class PredictCommand implements Callable<Integer> {
    @ParentCommand
    NnCommand parent;

    @Parameters(index = "0", paramLabel = "RUN_DIR", description = "A run directory made by nn run.")
    Path runDir;

    @Parameters(index = "1..*", arity = "1..*", paramLabel = "IMAGE", description = "Images of one digit each.")
    List<Path> images;

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
        List<DigitImage> pictures = images.stream().map(DigitImage::read).toList();
        Injector injector = TrainedRun.open(env, pluginOptions.load(env).registry(), runDir, model.best);
        DataSplits data = Injection.instance(injector, DataSplits.class);
        Network network = Injection.instance(injector, Network.class);
        if (data.imageWidth() == 0) {
            throw new UserException(runDir + ": its dataset's examples are not images, so pictures cannot be"
                    + " prepared for it; predict needs a model trained on images (mnist, digits20)");
        }
        DigitPreprocessor preprocessor = new DigitPreprocessor(data.imageWidth(), data.imageHeight());
        Classifier classifier = new Classifier(network);
        boolean softmax = network.outputActivation().form() == org.nnlab.api.Activation.Form.SOFTMAX;
        for (int i = 0; i < pictures.size(); i++) {
            float[] outputs = classifier.outputs(preprocessor.prepare(pictures.get(i), images.get(i).toString()));
            env.out().print(line(images.get(i), outputs, softmax));
        }
        return ExitCodes.OK;
    }

    /** {@code three.png: 3 (95.1%)} and the probability of every class; sigmoid outputs are normalised to sum 1. */
    static String line(Path image, float[] outputs, boolean softmax) {
        double sum = 0;
        int best = 0;
        for (int c = 0; c < outputs.length; c++) {
            sum += Math.max(0, outputs[c]);
            best = outputs[c] > outputs[best] ? c : best;
        }
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "%s: %d (%.1f%%)%n  %s:", image, best,
                100 * Math.max(0, outputs[best]) / sum, softmax ? "probabilities" : "outputs normalised to sum 1"));
        for (int c = 0; c < outputs.length; c++) {
            out.append(String.format(Locale.ROOT, " %d=%.3f", c, sum == 0 ? 0 : Math.max(0, outputs[c]) / sum));
        }
        return out.append('\n').toString();
    }
}
