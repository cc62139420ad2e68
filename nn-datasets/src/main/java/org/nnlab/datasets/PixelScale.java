package org.nnlab.datasets;

import org.nnlab.api.UserException;

/**
 * The scale rule for pixel values read as numbers (CSV, .mat): when the largest value of a whole file is above
 * 2, the file is taken to hold 0..255 values and every value is divided by 255 ({@code value / 255f}); otherwise
 * the values are used as they are. The threshold is 2, not 1, because Ng's resampled images overshoot 1 a little
 * (up to about 1.13) and must not be scaled.
 */
final class PixelScale {
    static final double THRESHOLD = 2;

    private PixelScale() {
    }

    /** Scales {@code values} (examples of {@code featureCount} each) in place if the rule says so. */
    static void apply(float[] values, int featureCount, String source) {
        float max = Float.NEGATIVE_INFINITY;
        for (float value : values) {
            max = Math.max(max, value);
        }
        if (max <= THRESHOLD) {
            return;
        }
        for (int i = 0; i < values.length; i++) {
            if (values[i] < 0 || values[i] > 255) {
                throw new UserException(source + ": pixel value " + values[i] + " (feature " + i % featureCount
                        + " of example " + i / featureCount + ") is outside 0..255; the file holds values above "
                        + THRESHOLD + ", so all of its pixels are read as 0..255");
            }
            values[i] = values[i] / 255f;
        }
    }
}
