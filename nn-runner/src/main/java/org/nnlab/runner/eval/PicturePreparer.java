package org.nnlab.runner.eval;

import java.nio.file.Path;
import java.util.Objects;
import org.nnlab.api.UserException;
import org.nnlab.core.io.ModelInfo;
import org.nnlab.core.io.SavedModel;

/**
 * Makes features of a picture for a model of {@code width x height} images whose features were
 * {@code pixel / pixelScale}: as it is, or fitted by {@link DigitPreprocessor}, as {@link PrepareMode} says.
 */
public final class PicturePreparer {
    /** The features and which way they were made ({@link PrepareMode#AS_IS} or {@link PrepareMode#FIT}). */
    public record Prepared(float[] features, PrepareMode way) {
    }

    private final int width;
    private final int height;
    private final int pixelScale;
    private final DigitPreprocessor fitter;

    public PicturePreparer(int width, int height, int pixelScale, Preparation preparation) {
        this.width = width;
        this.height = height;
        this.pixelScale = pixelScale;
        this.fitter = new DigitPreprocessor(width, height, Objects.requireNonNull(preparation, "preparation is null"));
    }

    /**
     * The preparer of a model's pictures, from what its file {@code file} says; a model of format version 1 says
     * nothing, so its images are taken as square and prepared by the rule of its time.
     */
    public static PicturePreparer forModel(SavedModel saved, Path file) {
        if (saved.info().isPresent()) {
            ModelInfo info = saved.info().get();
            if (!info.isImage()) {
                throw new UserException(file + ": the model's inputs are not an image, so pictures cannot be"
                        + " prepared for it; predict needs a model trained on images (mnist, digits20)");
            }
            return new PicturePreparer(info.inputWidth(), info.inputHeight(), info.pixelScale(),
                    Preparation.parse(info.preparation(), file.toString()));
        }
        int inputs = saved.network().inputs();
        int side = (int) Math.round(Math.sqrt(inputs));
        if (side * side != inputs) {
            throw new UserException(file + ": a model of format version 1 does not record its image size, and its "
                    + inputs + " inputs are no square image; retrain it with this nnlab to predict with it");
        }
        return new PicturePreparer(side, side, ModelDescription.PIXEL_SCALE, Preparation.legacy(side, side));
    }

    /** Whether {@code image} looks like a training image: same size, grey, light ink on a dark ground. */
    public boolean looksLikeTrainingImage(DigitImage image) {
        return image.width() == width && image.height() == height && image.isGrey() && image.hasDarkBackground();
    }

    public Prepared prepare(DigitImage image, String label, PrepareMode mode) {
        PrepareMode way = mode != PrepareMode.AUTO ? mode
                : looksLikeTrainingImage(image) ? PrepareMode.AS_IS : PrepareMode.FIT;
        if (way == PrepareMode.FIT) {
            return new Prepared(fitter.prepare(image, label), way);
        }
        if (image.width() != width || image.height() != height) {
            throw new UserException(label + ": --prepare as-is needs a " + width + "x" + height + " picture, as the"
                    + " model's training images were, but this one is " + image.width() + "x" + image.height()
                    + "; use --prepare fit (or auto)");
        }
        if (!image.isGrey()) {
            throw new UserException(label + ": --prepare as-is needs a grey picture (8-bit levels, as the training"
                    + " images were), but this one has colour or transparency; use --prepare fit (or auto)");
        }
        return new Prepared(image.asIs(pixelScale), way);
    }
}
