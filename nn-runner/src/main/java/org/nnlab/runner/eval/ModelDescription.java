package org.nnlab.runner.eval;

import org.nnlab.api.DataSplits;
import org.nnlab.core.io.ModelInfo;

/** What a run writes into its model files besides the parameters, from its loaded data. */
public final class ModelDescription {
    /** Every built-in dataset reads an 8-bit pixel as {@code value / 255f}. */
    public static final int PIXEL_SCALE = 255;

    private ModelDescription() {
    }

    /** Geometry, pixel scale, classes {@code 0..n-1}, and the preparation measured on the training images. */
    public static ModelInfo of(DataSplits data) {
        String preparation = data.imageWidth() == 0 ? ""
                : Preparation.measure(data.train(), data.imageWidth(), data.imageHeight()).toString();
        return new ModelInfo(data.imageWidth(), data.imageHeight(), PIXEL_SCALE,
                ModelInfo.numberedClasses(data.classCount()), preparation);
    }
}
