package org.nnlab.datasets;

/** Turns 8-bit pixel values into the [0, 1] floats the networks see: {@code value / 255f}. */
final class Pixels {
    private static final float[] SCALED = new float[256];

    static {
        for (int i = 0; i < SCALED.length; i++) {
            SCALED[i] = i / 255f;
        }
    }

    private Pixels() {
    }

    /** {@code bytes[from .. from + count)} read as unsigned, scaled to [0, 1]. */
    static float[] scale(byte[] bytes, long from, int count) {
        float[] out = new float[count];
        int offset = Math.toIntExact(from);
        for (int i = 0; i < count; i++) {
            out[i] = SCALED[bytes[offset + i] & 0xff];
        }
        return out;
    }

    /** One unsigned 8-bit value scaled to [0, 1]. */
    static float scale(int unsignedByte) {
        return SCALED[unsignedByte];
    }
}
