package org.nnlab.core;

import java.util.Arrays;
import org.nnlab.api.Examples;
import org.nnlab.api.Matrix;

/** Copies examples into a mini-batch's input rows and one-hot target rows. Allocates nothing. */
final class BatchLoader {
    private BatchLoader() {
    }

    /** Rows {@code 0..count} of input/target from examples {@code order[from..from+count]}. */
    static void load(Examples examples, int[] order, int from, int count, Matrix input, Matrix target) {
        int features = examples.featureCount();
        float[] x = examples.features();
        float[] in = input.data();
        float[] y = target.data();
        int classes = target.cols();
        Arrays.fill(y, 0, count * classes, 0f);
        for (int i = 0; i < count; i++) {
            int example = order[from + i];
            System.arraycopy(x, example * features, in, i * features, features);
            y[i * classes + examples.label(example)] = 1f;
        }
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
