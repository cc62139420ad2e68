package org.nnlab.runner.eval;

import java.util.Locale;

/** How {@code nn predict} turns a picture into features: {@code --prepare auto|as-is|fit}. */
public enum PrepareMode {
    /** As it is when the picture looks like a training image (size, grey, light ink on dark), else fitted. */
    AUTO,
    /** Each stored grey level divided by the pixel scale, as the training images were read. */
    AS_IS,
    /** Ink found, cropped, scaled and centred the way the training images were made. */
    FIT;

    /** The name on the command line: {@code auto}, {@code as-is}, {@code fit}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The mode of {@link #key()}, or null. */
    public static PrepareMode of(String key) {
        for (PrepareMode mode : values()) {
            if (mode.key().equals(key)) {
                return mode;
            }
        }
        return null;
    }
}
