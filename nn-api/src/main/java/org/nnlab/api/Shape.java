package org.nnlab.api;

/**
 * The shape of one example as a layer sees it: {@code channels x height x width}, stored channel-major in a
 * matrix row ({@code (c * height + y) * width + x}). A flat vector of {@code n} units is {@code n x 1 x 1}, so a
 * dense layer after a convolution reads its input flattened in that order.
 */
public record Shape(int channels, int height, int width) {
    public Shape {
        if (channels <= 0 || height <= 0 || width <= 0) {
            throw new IllegalArgumentException("shape " + channels + "x" + height + "x" + width + " is not positive");
        }
        Math.multiplyExact(Math.multiplyExact(channels, height), width);
    }

    /** A flat vector of {@code units} values. */
    public static Shape flat(int units) {
        return new Shape(units, 1, 1);
    }

    /** The number of values per example: the matrix columns of a batch of this shape. */
    public int size() {
        return channels * height * width;
    }

    /** Whether this is a flat vector ({@code n x 1 x 1}). */
    public boolean isFlat() {
        return height == 1 && width == 1;
    }

    /** {@code 1x28x28}, or {@code 100} for a flat vector. */
    @Override
    public String toString() {
        return isFlat() ? Integer.toString(channels) : channels + "x" + height + "x" + width;
    }
}
