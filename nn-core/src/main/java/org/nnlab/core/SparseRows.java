package org.nnlab.core;

import org.nnlab.api.Matrix;

/**
 * The non-zero entries of a batch of activations, by row (for the forward pass) and by column (for the weight
 * gradient), rebuilt for each mini-batch into arrays made once. MNIST inputs are about 81% zeros: walking only the
 * non-zero terms is exact (the skipped terms are zero) and avoids a branch per term.
 */
final class SparseRows {
    private final int cols;
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

    SparseRows(int maxRows, int cols) {
        this.cols = cols;
        this.rowStart = new int[maxRows + 1];
        this.rowIndex = new int[maxRows * cols + 1];
        this.rowValue = new float[maxRows * cols + 1];
        this.colStart = new int[cols + 1];
        this.colRow = new int[maxRows * cols];
        this.colValue = new float[maxRows * cols];
        this.colFill = new int[cols];
    }

    int rows() {
        return rows;
    }

    int cols() {
        return cols;
    }

    /** Indexes the non-zero entries of {@code a}'s rows; with {@code byColumn}, also by column. */
    void build(Matrix a, boolean byColumn) {
        rows = a.rows();
        float[] data = a.data();
        int count = 0;
        if (byColumn) {
            java.util.Arrays.fill(colStart, 0);
        }
        for (int r = 0; r < rows; r++) {
            rowStart[r] = count;
            int offset = r * cols;
            // branch-free: always write, advance only past a non-zero (the branch is unpredictable on images)
            for (int c = 0; c < cols; c++) {
                float v = data[offset + c];
                rowIndex[count] = c;
                rowValue[count] = v;
                count += v != 0f ? 1 : 0;
            }
        }
        if (byColumn) {
            for (int t = 0; t < count; t++) {
                colStart[rowIndex[t] + 1]++;
            }
        }
        rowStart[rows] = count;
        if (byColumn) {
            indexColumns();
        }
    }

    /**
     * Indexes, by row and by column, examples {@code order[from .. from + count)} of {@code examples}: the same
     * entries {@link #build} would find in those examples' dense rows.
     */
    void gather(SparseExamples examples, int[] order, int from, int count) {
        rows = count;
        int t = 0;
        java.util.Arrays.fill(colStart, 0);
        for (int r = 0; r < count; r++) {
            rowStart[r] = t;
            int example = order[from + r];
            int start = examples.start[example];
            int length = examples.start[example + 1] - start;
            System.arraycopy(examples.index, start, rowIndex, t, length);
            System.arraycopy(examples.value, start, rowValue, t, length);
            t += length;
        }
        rowStart[count] = t;
        for (int i = 0; i < t; i++) {
            colStart[rowIndex[i] + 1]++;
        }
        indexColumns();
    }

    /** Fills the by-column index from the by-row one; {@code colStart[c + 1]} holds column c's count on entry. */
    private void indexColumns() {
        for (int c = 0; c < cols; c++) {
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
