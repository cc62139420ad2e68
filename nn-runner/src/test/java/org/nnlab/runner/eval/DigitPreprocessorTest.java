package org.nnlab.runner.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;
import org.nnlab.api.UserException;

class DigitPreprocessorTest {
    /** A black bar on white paper, off centre in a large picture. */
    private static DigitImage bar() {
        BufferedImage image = new BufferedImage(200, 150, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < 150; y++) {
            for (int x = 0; x < 200; x++) {
                boolean ink = x >= 20 && x < 40 && y >= 10 && y < 130;
                image.setRGB(x, y, ink ? 0x000000 : 0xffffff);
            }
        }
        return DigitImage.of(image);
    }

    private static float[][] rows(float[] features, int width) {
        float[][] rows = new float[features.length / width][width];
        for (int i = 0; i < features.length; i++) {
            rows[i / width][i % width] = features[i];
        }
        return rows;
    }

    @Test
    void mnistStyle_invertsFitsTwentyPixelsAndCentresTheMass() {
        float[][] out = rows(new DigitPreprocessor(28, 28).prepare(bar(), "bar"), 28);
        int[] box = DigitPreprocessor.boundingBox(out);
        assertEquals(20, box[3] - box[1] + 1, "the long side fits 20 pixels");
        double[] mass = DigitPreprocessor.centreOfMass(out);
        assertEquals(14, mass[0], 0.5, "centre of mass at the centre, x");
        assertEquals(14, mass[1], 0.5, "centre of mass at the centre, y");
        assertEquals(0f, out[0][0], "the background is 0");
        assertEquals(1f, out[14][14], 0.01, "ink is 1");
    }

    @Test
    void twentyPixelCanvas_fitsSixteenAndCentresTheBox() {
        float[][] out = rows(new DigitPreprocessor(20, 20).prepare(bar(), "bar"), 20);
        int[] box = DigitPreprocessor.boundingBox(out);
        assertEquals(2, box[1], "a 2-pixel margin above");
        assertEquals(17, box[3], "and below");
    }

    @Test
    void aBlankImageIsAnError() {
        BufferedImage white = new BufferedImage(30, 30, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < 30; y++) {
            for (int x = 0; x < 30; x++) {
                white.setRGB(x, y, 0xffffff);
            }
        }
        UserException e = assertThrows(UserException.class,
                () -> new DigitPreprocessor(28, 28).prepare(DigitImage.of(white), "white.png"));
        assertEquals("white.png: the image is blank (no ink found); give a picture of one digit", e.getMessage());
    }
}
