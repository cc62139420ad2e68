package org.nnlab.core;

import java.util.List;
import java.util.Random;
import org.nnlab.api.DataSplits;
import org.nnlab.api.Examples;

/** Small learnable datasets for engine tests: each class is a noisy prototype, with some exact zeros. */
final class SyntheticData {
    private SyntheticData() {
    }

    static DataSplits splits(int train, int validation, int test, int features, int classes, long seed) {
        Random random = new Random(seed);
        float[][] prototypes = new float[classes][features];
        for (float[] p : prototypes) {
            for (int f = 0; f < features; f++) {
                p[f] = random.nextFloat() < 0.5f ? 0f : random.nextFloat();
            }
        }
        return new DataSplits(examples(train, prototypes, random), examples(validation, prototypes, random),
                examples(test, prototypes, random), 0, 0, List.of());
    }

    private static Examples examples(int count, float[][] prototypes, Random random) {
        int features = prototypes[0].length;
        float[] x = new float[count * features];
        int[] labels = new int[count];
        for (int i = 0; i < count; i++) {
            int label = random.nextInt(prototypes.length);
            labels[i] = label;
            for (int f = 0; f < features; f++) {
                float v = prototypes[label][f] + (float) random.nextGaussian() * 0.3f;
                x[i * features + f] = v <= 0.05f ? 0f : Math.min(v, 1f);
            }
        }
        return new Examples(features, prototypes.length, x, labels);
    }
}
