package org.nnlab.datasets;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.nnlab.api.Examples;

class ImageAugmentationTest {
    // 3x3, row-major: 1 2 3 / 4 5 6 / 7 8 9
    private static final float[] IMAGE = {1, 2, 3, 4, 5, 6, 7, 8, 9};

    @Test
    void aQuarterTurnMovesTheTopRightCornerToTheTopLeft() {
        float[] out = new float[9];
        ImageAugmentation.transform(IMAGE, 0, out, 0, 3, 3, 0, 0, 90);
        assertArrayEquals(new float[] {3, 6, 9, 2, 5, 8, 1, 4, 7}, out, 1e-5f, "turned counter-clockwise on screen");
    }

    @Test
    void aWholePixelMoveWithoutTurnIsTheExpansionsShift_exactly() {
        float[] move = new float[9];
        float[] shift = new float[9];
        ImageAugmentation.transform(IMAGE, 0, move, 0, 3, 3, 1, -1, 0);
        float[] right = new float[9];
        ShiftExpansion.shift(IMAGE, 0, right, 0, 3, 3, 0, 1);
        ShiftExpansion.shift(right, 0, shift, 0, 3, 3, -1, 0);
        assertArrayEquals(shift, move, "one right and one up: 0 2 3 / 0 5 6 / 0 0 0 shifted in with zeros");
        assertArrayEquals(new float[] {0, 4, 5, 0, 7, 8, 0, 0, 0}, move);
    }

    @Test
    void sameSeedAndEpoch_sameBits_anotherEpoch_anotherDraw() {
        Examples images = images(50);
        ImageAugmentation augmentation = new ImageAugmentation(3, 3, 1, 15);
        float[] a = new float[images.features().length];
        float[] b = new float[a.length];
        float[] c = new float[a.length];
        augmentation.apply(images, a, 42, 1);
        augmentation.apply(images, b, 42, 1);
        augmentation.apply(images, c, 42, 2);
        assertArrayEquals(a, b);
        assertFalse(Arrays.equals(a, c), "epoch 2 draws other moves and turns");
    }

    @Test
    void shiftOnly_eachImageIsOneOfItsNineMoves() {
        Examples images = images(40);
        float[] out = new float[images.features().length];
        new ImageAugmentation(3, 3, 1, 0).apply(images, out, 7, 3);
        boolean anyMoved = false;
        for (int e = 0; e < 40; e++) {
            float[] got = Arrays.copyOfRange(out, e * 9, e * 9 + 9);
            boolean matched = false;
            for (int dx = -1; dx <= 1 && !matched; dx++) {
                for (int dy = -1; dy <= 1 && !matched; dy++) {
                    float[] want = new float[9];
                    ImageAugmentation.transform(images.features(), e * 9, want, 0, 3, 3, dx, dy, 0);
                    matched = Arrays.equals(want, got);
                    anyMoved |= matched && (dx != 0 || dy != 0);
                }
            }
            assertTrue(matched, "image " + e + " is moved by at most one pixel along each axis");
        }
        assertTrue(anyMoved, "some of 40 images moved");
    }

    private static Examples images(int count) {
        float[] features = new float[count * 9];
        for (int i = 0; i < features.length; i++) {
            features[i] = IMAGE[i % 9] * (1 + i / 9);
        }
        return new Examples(9, 10, features, new int[count]);
    }
}
