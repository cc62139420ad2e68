package org.nnlab.core;

import java.util.Arrays;
import org.nnlab.api.Examples;
import org.nnlab.api.Matrix;

/** Copies consecutive examples into a batch's input rows and one-hot target rows, for evaluation. Allocates nothing. */
final class BatchLoader {
    private BatchLoader() {
    }

    /** Rows {@code 0..count} from consecutive examples {@code from..from+count}. */
    static void loadRange(Examples examples, int from, int count, Matrix input, Matrix target) {
        int features = examples.featureCount();
        System.arraycopy(examples.features(), from * features, input.data(), 0, count * features);
        float[] y = target.data();
        int classes = target.cols();
        Arrays.fill(y, 0, count * classes, 0f);
        for (int i = 0; i < count; i++) {
            y[i * classes + examples.label(from + i)] = 1f;
        }
    }
}
