package org.nnlab.datasets;

/**
 * How a flat vector of {@code side x side} pixels is laid out. MATLAB stores each image of Ng's course data
 * column by column (pixel {@code k} at row {@code k % side}, column {@code k / side}); the networks get row-major
 * vectors (pixel {@code k} at row {@code k / side}, column {@code k % side}).
 */
enum PixelOrder {
    ROW_MAJOR("row-major"),
    COLUMN_MAJOR("column-major");

    private final String key;

    PixelOrder(String key) {
        this.key = key;
    }

    String key() {
        return key;
    }

    static PixelOrder of(String key) {
        for (PixelOrder order : values()) {
            if (order.key.equals(key)) {
                return order;
            }
        }
        throw new IllegalArgumentException("unknown pixel order " + key);
    }

    /** Rewrites each {@code side x side} image of {@code features} in place into row-major order. */
    void toRowMajor(float[] features, int side) {
        if (this == ROW_MAJOR) {
            return;
        }
        int size = side * side;
        float[] image = new float[size];
        for (int start = 0; start + size <= features.length; start += size) {
            for (int k = 0; k < size; k++) {
                image[(k % side) * side + k / side] = features[start + k];
            }
            System.arraycopy(image, 0, features, start, size);
        }
    }
}
