package org.nnlab.runner.curves;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class CurvesPngTest {
    @Test
    void drawsAPngOfTheStatedSize_withTheSetColours() throws IOException {
        StringBuilder csv = new StringBuilder("epoch,train_cost,train_accuracy,validation_cost,validation_accuracy,"
                + "test_cost,test_accuracy\n");
        for (int epoch = 1; epoch <= 30; epoch++) {
            double progress = 1 - Math.exp(-epoch / 6.0);
            csv.append(epoch).append(',').append(1 - 0.6 * progress).append(',').append(0.8 + 0.18 * progress)
                    .append(',').append(1.1 - 0.4 * progress).append(',').append(0.78 + 0.15 * progress)
                    .append(',').append(1.05 - 0.4 * progress).append(',').append(0.79 + 0.14 * progress).append('\n');
        }
        BufferedImage image = decode(CurvesPng.render("a run: learning curves", Curves.parse(csv.toString())));
        assertEquals(CurvesPng.WIDTH, image.getWidth());
        assertEquals(CurvesPng.HEIGHT, image.getHeight());
        for (var colour : CurvesPng.SET_COLOURS) {
            assertTrue(contains(image, colour.getRGB()), "a line in " + colour + " is drawn");
        }
    }

    @Test
    void drawsARunWithoutValidationSet_orWithOneEpoch() throws IOException {
        BufferedImage image = decode(CurvesPng.render("one epoch", Curves.parse("epoch,test_cost,test_accuracy\n"
                + "1,0.9,0.5\n")));
        assertEquals(CurvesPng.WIDTH, image.getWidth());
        assertTrue(contains(image, CurvesPng.SET_COLOURS.get(2).getRGB()), "the test point is drawn");
    }

    private static BufferedImage decode(byte[] png) throws IOException {
        return ImageIO.read(new ByteArrayInputStream(png));
    }

    private static boolean contains(BufferedImage image, int rgb) {
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if ((image.getRGB(x, y) & 0xffffff) == (rgb & 0xffffff)) {
                    return true;
                }
            }
        }
        return false;
    }
}
