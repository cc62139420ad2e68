package org.nnlab.runner.api;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.nnlab.api.UserException;
import org.nnlab.host.PluginRegistry;
import org.nnlab.core.io.ModelFile;
import org.nnlab.core.io.ModelInfo;
import org.nnlab.core.io.SavedModel;
import org.nnlab.runner.cli.TrainedRun;
import org.nnlab.runner.eval.Classifier;
import org.nnlab.runner.eval.DigitImage;
import org.nnlab.runner.eval.PicturePreparer;
import org.nnlab.runner.eval.PrepareMode;
import org.nnlab.runner.run.RunRecorder;
import org.nnlab.runner.wiring.TrainedModelModule;

/**
 * Public API: a trained model, read from a model file or a run directory, that predicts the class of an input.
 * Reads nothing but the model (and its run's {@code config.yaml}, for its activations' parameters), never the
 * training data. Pictures are prepared exactly as {@code nn predict} prepares them. Not for use by several threads
 * at once.
 */
public final class Model {
    private final Path file;
    private final SavedModel saved;
    private final Classifier classifier;
    private final List<String> labels;

    private Model(Path file, SavedModel saved) {
        this.file = file;
        this.saved = saved;
        this.classifier = new Classifier(saved.network());
        this.labels = saved.info().map(ModelInfo::classLabels)
                .filter(l -> l.size() == saved.network().outputs())
                .orElse(ModelInfo.numberedClasses(saved.network().outputs()));
    }

    /**
     * The model of {@code path}: a run directory's last model ({@code model.nnm}), or a model file. Plugins
     * (activations) come from where {@code nn} takes them and from {@code pluginDirectories}.
     *
     * @throws UserException when the path is no run directory or model file, or the file is not a model
     */
    public static Model load(Path path, Path... pluginDirectories) {
        return open(path, false, Plugins.load(List.of(pluginDirectories)).registry());
    }

    /**
     * A run directory's best model ({@code best.nnm}, the epoch of the best validation accuracy), as
     * {@code nn predict --best} takes it.
     *
     * @throws UserException when the run has no best model (no validation set) or the path is no run directory
     */
    public static Model loadBest(Path runDirectory, Path... pluginDirectories) {
        return open(runDirectory, true, Plugins.load(List.of(pluginDirectories)).registry());
    }

    static Model open(Path path, boolean best, PluginRegistry registry) {
        Objects.requireNonNull(path, "path is null");
        if (Files.isDirectory(path)) {
            return new Model(path.resolve(TrainedRun.modelFile(best)), TrainedRun.model(registry, path, best));
        }
        if (best) {
            throw new UserException(path + ": not a run directory; give the directory made by nn run whose"
                    + " best.nnm to use, or load a model file with Model.load");
        }
        if (!Files.isRegularFile(path)) {
            throw new UserException(path + ": no such file or directory; give a run directory made by nn run or"
                    + " a model file (.nnm)");
        }
        Path parent = path.toAbsolutePath().getParent();
        String name = path.getFileName().toString();
        boolean inRun = parent != null && Files.isRegularFile(parent.resolve(RunRecorder.CONFIG))
                && (name.equals(ModelFile.FILE_NAME) || name.equals(ModelFile.BEST_FILE_NAME));
        if (inRun) {
            return new Model(path, TrainedRun.model(registry, parent, name.equals(ModelFile.BEST_FILE_NAME)));
        }
        try {
            return new Model(path, ModelFile.open(path, activation -> TrainedModelModule.activation(registry, activation)));
        } catch (IOException e) {
            throw new UncheckedIOException("could not read " + path, e);
        }
    }

    /** The model file read. */
    public Path file() {
        return file;
    }

    /** The number of inputs: width times height of the training images. */
    public int inputCount() {
        return saved.network().inputs();
    }

    /** The training images' width in pixels, or 0 when the model file does not say (inputs not an image). */
    public int inputWidth() {
        return saved.info().map(ModelInfo::inputWidth).orElse(0);
    }

    /** The training images' height in pixels, or 0 when the model file does not say. */
    public int inputHeight() {
        return saved.info().map(ModelInfo::inputHeight).orElse(0);
    }

    /** The label of each class, in output order. */
    public List<String> classLabels() {
        return labels;
    }

    /**
     * Predicts from features as the training images gave them: {@link #inputCount()} values, row by row, each
     * grey level divided by the pixel scale (255), light ink on a dark ground; as the dataset's examples hold them.
     *
     * @throws UserException when {@code pixels} has another length than the model's inputs
     */
    public Prediction predict(float[] pixels) {
        Objects.requireNonNull(pixels, "pixels is null");
        if (pixels.length != inputCount()) {
            int width = inputWidth();
            throw new UserException(file + ": the model takes " + inputCount() + " inputs"
                    + (width > 0 ? " (a " + width + "x" + inputHeight() + " image)" : "") + ", but " + pixels.length
                    + " were given; give pixels of the training images' size, or an image to be prepared");
        }
        return prediction(pixels);
    }

    /** Predicts from a picture of any size, prepared as {@code nn predict --prepare auto} prepares it. */
    public Prediction predict(BufferedImage image) {
        return predict(image, PrepareMode.AUTO.key());
    }

    /**
     * Predicts from a picture prepared as {@code nn predict --prepare PREPARE} prepares it: {@code as-is},
     * {@code fit} or {@code auto} (see {@code nn predict --help}).
     *
     * @throws UserException for an unknown way, or a picture that {@code as-is} cannot take
     */
    public Prediction predict(BufferedImage image, String prepare) {
        Objects.requireNonNull(image, "image is null");
        return predict(DigitImage.of(image), "image", prepare);
    }

    /** Predicts from an image file (PNG, JPEG, GIF, BMP), prepared as {@code nn predict} prepares it. */
    public Prediction predict(Path imageFile) {
        return predict(imageFile, PrepareMode.AUTO.key());
    }

    /** As {@link #predict(BufferedImage, String)}, from an image file. */
    public Prediction predict(Path imageFile, String prepare) {
        Objects.requireNonNull(imageFile, "imageFile is null");
        return predict(DigitImage.read(imageFile), imageFile.toString(), prepare);
    }

    private Prediction predict(DigitImage image, String label, String prepare) {
        PrepareMode mode = PrepareMode.of(Objects.requireNonNull(prepare, "prepare is null"));
        if (mode == null) {
            throw new UserException("prepare: unknown way \"" + prepare + "\" (valid: auto, as-is, fit)");
        }
        return prediction(PicturePreparer.forModel(saved, file).prepare(image, label, mode).features());
    }

    private Prediction prediction(float[] features) {
        float[] outputs = classifier.outputs(features);
        return new Prediction(Classifier.best(outputs), labels, Classifier.probabilities(outputs), outputs);
    }

    @Override
    public String toString() {
        return "model " + file + " (" + inputCount() + " inputs, " + labels.size() + " classes)";
    }
}
