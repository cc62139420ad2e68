package org.nnlab.datasets;

import java.nio.file.Path;
import java.util.List;

/**
 * Images read from one source, before splitting: example {@code i}'s pixels are
 * {@code features[i * width * height ..]} in row-major order, scaled to about [0, 1]; its class is
 * {@code labels[i]}.
 *
 * @param files the files read, for provenance; empty for embedded data
 */
record LabelledImages(float[] features, int[] labels, int width, int height, int classCount, List<Path> files) {
    LabelledImages {
        files = List.copyOf(files);
    }

    int featureCount() {
        return width * height;
    }

    int count() {
        return labels.length;
    }
}
