package org.nnlab.api;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MatrixTest {

    @Test
    void wrap_rejectsArrayOfWrongLength() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Matrix.wrap(2, 3, new float[5]), "5 values cannot be a 2x3 matrix");
        assertEquals("data has 5 elements, a 2x3 matrix needs 6", e.getMessage(),
                "the message should give both the length and the needed size");
    }

    @Test
    void wrap_sharesTheArray() {
        float[] data = {1, 2, 3, 4, 5, 6};
        Matrix m = Matrix.wrap(2, 3, data);
        data[5] = 60;
        assertEquals(60f, m.get(1, 2), "wrap does not copy: writes to the array are visible");
        m.set(0, 0, 10);
        assertEquals(10f, data[0], "writes through the matrix reach the array");
    }

    @Test
    void rejectsNegativeShape() {
        assertThrows(IllegalArgumentException.class, () -> new Matrix(-1, 3), "a negative row count is invalid");
        assertThrows(IllegalArgumentException.class, () -> Matrix.wrap(2, -3, new float[0]),
                "a negative column count is invalid");
    }

    @Test
    void of_copiesRowsInRowMajorOrder() {
        float[] first = {1, 2, 3};
        Matrix m = Matrix.of(first, new float[] {4, 5, 6});
        first[0] = 100;
        assertEquals("2x3", m.shape(), "two rows of three values make a 2x3 matrix");
        assertArrayEquals(new float[] {1, 2, 3, 4, 5, 6}, m.data(), "rows are copied, row-major");
    }

    @Test
    void of_rejectsRaggedRows() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Matrix.of(new float[] {1, 2}, new float[] {3}), "rows of unequal length are invalid");
        assertEquals("row 1 has 1 values, expected 2", e.getMessage(), "the message should name the bad row");
    }

    @Test
    void of_withoutRows_isEmpty() {
        Matrix m = Matrix.of();
        assertEquals(0, m.rows(), "no rows given, no rows");
        assertEquals(0, m.cols(), "no rows given, no columns");
    }

    @Test
    void getAndSet_checkBounds() {
        Matrix m = new Matrix(2, 3);
        assertThrows(IndexOutOfBoundsException.class, () -> m.get(2, 0), "row 2 of 2 is out of bounds");
        assertThrows(IndexOutOfBoundsException.class, () -> m.set(0, 3, 1f), "column 3 of 3 is out of bounds");
    }

    @Test
    void copyFrom_copiesValues() {
        Matrix source = Matrix.of(new float[] {1, 2}, new float[] {3, 4});
        Matrix target = new Matrix(2, 2);
        target.copyFrom(source);
        assertEquals(source, target, "after copyFrom the target equals the source");
        source.set(0, 0, 9);
        assertEquals(1f, target.get(0, 0), "copyFrom copies, it does not share");
    }

    @Test
    void copyFrom_rejectsOtherShape_evenWithSameSize() {
        Matrix target = new Matrix(2, 3);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> target.copyFrom(new Matrix(3, 2)), "a 3x2 source cannot be copied into a 2x3 matrix");
        assertEquals("source is 3x2, expected 2x3", e.getMessage(), "the message should give both shapes");
    }

    @Test
    void copy_isDeep() {
        Matrix m = Matrix.of(new float[] {1, 2});
        Matrix copy = m.copy();
        copy.set(0, 0, 5);
        assertEquals(1f, m.get(0, 0), "changing the copy leaves the original alone");
    }

    @Test
    void equals_comparesShapeAndValues() {
        Matrix a = Matrix.wrap(2, 3, new float[] {1, 2, 3, 4, 5, 6});
        Matrix b = Matrix.wrap(2, 3, new float[] {1, 2, 3, 4, 5, 6});
        assertEquals(a, b, "same shape and values are equal");
        assertEquals(a.hashCode(), b.hashCode(), "equal matrices have equal hash codes");
        assertNotEquals(a, Matrix.wrap(3, 2, new float[] {1, 2, 3, 4, 5, 6}),
                "same values in another shape are not equal");
        assertNotEquals(a, Matrix.wrap(2, 3, new float[] {1, 2, 3, 4, 5, 7}), "one different value is not equal");
        assertNotEquals(a, "2x3", "a matrix never equals another type");
    }

    @Test
    void allFinite_detectsNaNAndInfinity() {
        Matrix m = Matrix.of(new float[] {0, -1e30f, Float.MIN_VALUE});
        assertTrue(m.allFinite(), "ordinary values, however large or small, are finite");
        m.set(0, 1, Float.NaN);
        assertFalse(m.allFinite(), "NaN is not finite");
        m.set(0, 1, Float.NEGATIVE_INFINITY);
        assertFalse(m.allFinite(), "negative infinity is not finite");
        m.set(0, 1, Float.POSITIVE_INFINITY);
        assertFalse(m.allFinite(), "positive infinity is not finite");
    }

    @Test
    void fill_setsEveryElement() {
        Matrix m = new Matrix(2, 2);
        m.fill(0.5f);
        assertArrayEquals(new float[] {0.5f, 0.5f, 0.5f, 0.5f}, m.data(), "fill writes every element");
    }
}
