package org.nnlab.core;

import org.nnlab.api.Matrix;

/**
 * The non-zero entries of a batch of activations within a range of columns, by row (for the forward pass) and by
 * column (for the weight gradient), rebuilt for each mini-batch into arrays made once. MNIST inputs are about 81%
 * zeros: walking only the non-zero terms is exact (the skipped terms are zero) and avoids a branch per term.
 *
 * <p>The first layer's input is indexed as two halves of its columns ({@link #half}), each by the thread that
 * sums and steps those weight rows, so neither half's index has to cross to the other core.
 */
final class SparseRows {
    private final int cols;
    /** The columns indexed: {@code from <= c < to}. */
    final int from;
    final int to;
    /** Row r's entries are {@code rowIndex/rowValue[rowStart[r] .. rowStart[r + 1])}, ascending column. */
    final int[] rowStart;
    final int[] rowIndex;
    final float[] rowValue;
    /** Column k's entries are {@code colRow/colValue[colStart[k] .. colStart[k + 1])}, ascending row. */
    final int[] colStart;
    final int[] colRow;
    final float[] colValue;
    private final int[] colFill;
    private int rows;

    /** An index of every column. */
    SparseRows(int maxRows, int cols) {
        this(maxRows, cols, 0, cols);
    }

    /** An index of columns {@code from .. to} of {@code cols}. */
    SparseRows(int maxRows, int cols, int from, int to) {
        this.cols = cols;
        this.from = from;
        this.to = to;
        int width = to - from;
        this.rowStart = new int[maxRows + 1];
        this.rowIndex = new int[maxRows * width + 1];
        this.rowValue = new float[maxRows * width + 1];
        this.colStart = new int[cols + 1];
        this.colRow = new int[maxRows * width];
        this.colValue = new float[maxRows * width];
        this.colFill = new int[cols];
    }

    /** Where the second half of {@code cols} columns starts. */
    static int half(int cols) {
        return cols / 2;
    }

    int rows() {
        return rows;
    }

    int cols() {
        return cols;
    }

    /** Indexes the non-zero entries of {@code a}'s rows in this index's columns; with {@code byColumn}, also by column. */
    void build(Matrix a, boolean byColumn) {
        rows = a.rows();
        float[] data = a.data();
        int count = 0;
        for (int r = 0; r < rows; r++) {
            rowStart[r] = count;
            int offset = r * cols;
            // branch-free: always write, advance only past a non-zero (the branch is unpredictable on images)
            for (int c = from; c < to; c++) {
                float v = data[offset + c];
                rowIndex[count] = c;
                rowValue[count] = v;
                count += v != 0f ? 1 : 0;
            }
        }
        rowStart[rows] = count;
        if (byColumn) {
            indexColumns();
        }
    }

    /**
     * Indexes by row, and with {@code byColumn} by column too, examples {@code order[first .. first + count)} of
     * {@code examples}: the same entries {@link #build} would find in those examples' dense rows. This index's
     * columns must be all of them or one half ({@link #half}).
     */
    void gather(SparseExamples examples, int[] order, int first, int count, boolean byColumn) {
        rows = count;
        int t = 0;
        boolean upper = from > 0;
        boolean lower = to < cols;
        for (int r = 0; r < count; r++) {
            rowStart[r] = t;
            int example = order[first + r];
            int start = upper ? examples.half[example] : examples.start[example];
            int end = lower ? examples.half[example] : examples.start[example + 1];
            System.arraycopy(examples.index, start, rowIndex, t, end - start);
            System.arraycopy(examples.value, start, rowValue, t, end - start);
            t += end - start;
        }
        rowStart[count] = t;
        if (byColumn) {
            indexColumns();
        }
    }

    /** Fills the by-column index from the by-row one. */
    private void indexColumns() {
        java.util.Arrays.fill(colStart, from, to + 1, 0);
        int count = rowStart[rows];
        for (int t = 0; t < count; t++) {
            colStart[rowIndex[t] + 1]++;
        }
        for (int c = from; c < to; c++) {
            colStart[c + 1] += colStart[c];
            colFill[c] = colStart[c];
        }
        for (int r = 0; r < rows; r++) {
            for (int t = rowStart[r]; t < rowStart[r + 1]; t++) {
                int slot = colFill[rowIndex[t]]++;
                colRow[slot] = r;
                colValue[slot] = rowValue[t];
            }
        }
    }
}
