package org.nnlab.datasets;

import java.nio.file.Path;

import org.nnlab.api.UserException;

/** The contents of an IDX label file: {@code count} unsigned bytes. */
record IdxLabels(Path file, int count, byte[] values) {

    /** Labels {@code from} (inclusive) to {@code to} (exclusive). */
    int[] labels(int from, int to) {
        int[] out = new int[to - from];
        for (int i = from; i < to; i++) {
            out[i - from] = values[i] & 0xff;
        }
        return out;
    }

    /** Fails with a message naming the file and the first label that is not below {@code classes}. */
    void requireBelow(int classes) {
        for (int i = 0; i < count; i++) {
            int label = values[i] & 0xff;
            if (label >= classes) {
                throw new UserException(file + ": label " + label + " of example " + i + " is outside 0.."
                        + (classes - 1) + "; this dataset expects " + classes + " classes");
            }
        }
    }
}
