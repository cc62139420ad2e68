package org.nnlab.api;

import java.util.Arrays;
import java.util.Objects;

/**
 * A dense, row-major matrix of {@code float}s: the unit of exchange between the engine and plugins.
 *
 * <p>A mini-batch is a matrix with one <em>row per example</em> and one column per unit. This departs
 * from Nielsen's notation, where an activation vector is a column: our {@code Z} is his
 * {@code z}<sup>T</sup> stacked over the batch. Rows are contiguous, so per-example work (softmax, a
 * loss) walks memory in order.
 *
 * <p>The shape is fixed; the contents are mutable. Methods that write say so ({@code copyFrom},
 * {@code fill}, {@code set}).
 */
public final class Matrix {
    private final int rows;
    private final int cols;
    private final float[] data;

    /** A zero matrix of the given shape. */
    public Matrix(int rows, int cols) {
        this(rows, cols, new float[checkedSize(rows, cols)]);
    }

    private Matrix(int rows, int cols, float[] data) {
        this.rows = rows;
        this.cols = cols;
        this.data = data;
    }

    /** Wraps {@code data} (not copied) as a {@code rows x cols} matrix; its length must be {@code rows * cols}. */
    public static Matrix wrap(int rows, int cols, float[] data) {
        Objects.requireNonNull(data, "data is null");
        if (data.length != checkedSize(rows, cols)) {
            throw new IllegalArgumentException(
                    "data has " + data.length + " elements, a " + rows + "x" + cols + " matrix needs " + rows * cols);
        }
        return new Matrix(rows, cols, data);
    }

    /** A matrix with the given rows (each of equal length), copied. */
    public static Matrix of(float[]... rowValues) {
        int cols = rowValues.length == 0 ? 0 : rowValues[0].length;
        Matrix m = new Matrix(rowValues.length, cols);
        for (int r = 0; r < rowValues.length; r++) {
            if (rowValues[r].length != cols) {
                throw new IllegalArgumentException("row " + r + " has " + rowValues[r].length + " values, expected " + cols);
            }
            System.arraycopy(rowValues[r], 0, m.data, r * cols, cols);
        }
        return m;
    }

    private static int checkedSize(int rows, int cols) {
        if (rows < 0 || cols < 0) {
            throw new IllegalArgumentException("negative shape " + rows + "x" + cols);
        }
        return Math.multiplyExact(rows, cols);
    }

    public int rows() {
        return rows;
    }

    public int cols() {
        return cols;
    }

    /** The backing array, row-major: element (r, c) is at {@code r * cols() + c}. Writes are visible. */
    public float[] data() {
        return data;
    }

    public float get(int row, int col) {
        return data[index(row, col)];
    }

    public void set(int row, int col, float value) {
        data[index(row, col)] = value;
    }

    private int index(int row, int col) {
        Objects.checkIndex(row, rows);
        Objects.checkIndex(col, cols);
        return row * cols + col;
    }

    /** Whether {@code other} has this matrix's shape. */
    public boolean sameShape(Matrix other) {
        return rows == other.rows && cols == other.cols;
    }

    /** Throws {@link IllegalArgumentException} naming {@code what} unless {@code other} has this shape. */
    public void requireSameShape(Matrix other, String what) {
        if (!sameShape(other)) {
            throw new IllegalArgumentException(
                    what + " is " + other.shape() + ", expected " + shape());
        }
    }

    /** {@code "rows x cols"}, for messages. */
    public String shape() {
        return rows + "x" + cols;
    }

    /** Copies {@code source} into this matrix (same shape). */
    public void copyFrom(Matrix source) {
        requireSameShape(source, "source");
        System.arraycopy(source.data, 0, data, 0, data.length);
    }

    /** Sets every element to {@code value}. */
    public void fill(float value) {
        Arrays.fill(data, value);
    }

    /** A deep copy. */
    public Matrix copy() {
        return new Matrix(rows, cols, data.clone());
    }

    /** Whether every element is finite (no NaN, no infinity). */
    public boolean allFinite() {
        for (float v : data) {
            if (!Float.isFinite(v)) {
                return false;
            }
        }
        return true;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Matrix m && sameShape(m) && Arrays.equals(data, m.data);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * rows + cols) + Arrays.hashCode(data);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("Matrix ").append(shape());
        int shownRows = Math.min(rows, 6);
        for (int r = 0; r < shownRows; r++) {
            sb.append("\n  [");
            int shownCols = Math.min(cols, 10);
            for (int c = 0; c < shownCols; c++) {
                sb.append(c == 0 ? "" : ", ").append(data[r * cols + c]);
            }
            sb.append(cols > shownCols ? ", ...]" : "]");
        }
        return sb.append(rows > shownRows ? "\n  ..." : "").toString();
    }
}
