package org.nnlab.api;

import java.util.Objects;

/**
 * A set of labelled examples held in one array: example {@code i}'s features are
 * {@code features[i * featureCount .. (i + 1) * featureCount)}, its class is {@code labels[i]}.
 * Immutable by contract: nobody writes to the arrays after construction.
 */
public final class Examples {
    private final int count;
    private final int featureCount;
    private final int classCount;
    private final float[] features;
    private final int[] labels;

    public Examples(int featureCount, int classCount, float[] features, int[] labels) {
        Objects.requireNonNull(features, "features is null");
        Objects.requireNonNull(labels, "labels is null");
        if (featureCount <= 0 || classCount <= 0) {
            throw new IllegalArgumentException("featureCount and classCount must be positive");
        }
        if ((long) labels.length * featureCount != features.length) {
            throw new IllegalArgumentException(labels.length + " labels need " + (long) labels.length * featureCount
                    + " feature values, got " + features.length);
        }
        for (int i = 0; i < labels.length; i++) {
            if (labels[i] < 0 || labels[i] >= classCount) {
                throw new IllegalArgumentException("label " + labels[i] + " of example " + i
                        + " is outside 0.." + (classCount - 1));
            }
        }
        this.count = labels.length;
        this.featureCount = featureCount;
        this.classCount = classCount;
        this.features = features;
        this.labels = labels;
    }

    /** An empty set with the given dimensions. */
    public static Examples empty(int featureCount, int classCount) {
        return new Examples(featureCount, classCount, new float[0], new int[0]);
    }

    public int count() {
        return count;
    }

    public int featureCount() {
        return featureCount;
    }

    public int classCount() {
        return classCount;
    }

    /** The backing feature array (not a copy; do not write). */
    public float[] features() {
        return features;
    }

    /** The backing label array (not a copy; do not write). */
    public int[] labels() {
        return labels;
    }

    public int label(int example) {
        return labels[example];
    }

    /** Examples {@code from} (inclusive) to {@code to} (exclusive), copied. */
    public Examples slice(int from, int to) {
        Objects.checkFromToIndex(from, to, count);
        float[] f = new float[(to - from) * featureCount];
        System.arraycopy(features, from * featureCount, f, 0, f.length);
        int[] l = new int[to - from];
        System.arraycopy(labels, from, l, 0, l.length);
        return new Examples(featureCount, classCount, f, l);
    }

    /** The examples at {@code indices}, in that order, copied. */
    public Examples select(int[] indices) {
        float[] f = new float[indices.length * featureCount];
        int[] l = new int[indices.length];
        for (int i = 0; i < indices.length; i++) {
            System.arraycopy(features, indices[i] * featureCount, f, i * featureCount, featureCount);
            l[i] = labels[indices[i]];
        }
        return new Examples(featureCount, classCount, f, l);
    }

    @Override
    public String toString() {
        return count + " examples x " + featureCount + " features, " + classCount + " classes";
    }
}
