package org.nnlab.datasets;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nnlab.api.DataSplits;
import org.nnlab.api.UserException;

class Digits20GridTest {
    @TempDir
    Path dir;

    @Test
    void readsAnyGridPng_labelIsGridRowOverRowsPerClass() throws IOException {
        Path png = DigitFixtures.gridPng(dir.resolve("grid.png"), 20, 5, 4);
        DataSplits splits = DigitFixtures.load(Map.of("image", png.toString(), "cell", 4, "rows-per-class", 2));
        assertEquals(16, splits.featureCount());
        assertEquals(10, splits.classCount(), "20 grid rows, 2 per class");
        assertEquals(4, splits.imageWidth());
        assertEquals(80, splits.train().count(), "8 of the 10 examples of each class");
        assertEquals(20, splits.test().count(), "every fifth example of each class");
        assertEquals(List.of(png), splits.sourceFiles());
        // test examples: positions 4 and 9 of each class = examples 4, 9, 14, 19, 24, 29, ...
        assertArrayEquals(new int[] {0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9},
                splits.test().labels());
        float[] expected = new float[16];
        for (int p = 0; p < 16; p++) {
            expected[p] = DigitFixtures.pixel(9, p) / 255f;
        }
        assertArrayEquals(expected, Arrays.copyOfRange(splits.test().features(), 16, 32),
                "the second test example is cell (1, 4), example 9, read row by row");
    }

    @Test
    void imageNotAWholeNumberOfCells_isAnError() {
        Path png = DigitFixtures.gridPng(dir.resolve("grid.png"), 6, 5, 3);
        UserException e = assertThrows(UserException.class, () -> DigitFixtures.load(Map.of("image", png.toString())));
        assertTrue(e.getMessage().startsWith(png.toString()) && e.getMessage().contains("15x18 pixels")
                && e.getMessage().contains("20x20 cells") && e.getMessage().contains("cell:"), e.getMessage());
    }

    @Test
    void rowsThatDoNotDivideIntoClasses_isAnError() {
        Path png = DigitFixtures.gridPng(dir.resolve("grid.png"), 7, 5, 4);
        UserException e = assertThrows(UserException.class,
                () -> DigitFixtures.load(Map.of("image", png.toString(), "cell", 4, "rows-per-class", 2)));
        assertTrue(e.getMessage().contains("7 rows of cells") && e.getMessage().contains("rows-per-class"),
                e.getMessage());
    }

    @Test
    void aGridOfOtherThanTenClasses_saysHowManyItHas() {
        Path png = DigitFixtures.gridPng(dir.resolve("grid.png"), 6, 5, 4);
        UserException e = assertThrows(UserException.class,
                () -> DigitFixtures.load(Map.of("image", png.toString(), "cell", 4, "rows-per-class", 2)));
        assertTrue(e.getMessage().startsWith(png.toString()) && e.getMessage().contains("make 3 classes")
                && e.getMessage().contains("10 digits"), e.getMessage());
        Path tall = DigitFixtures.gridPng(dir.resolve("tall.png"), 30, 5, 4);
        e = assertThrows(UserException.class,
                () -> DigitFixtures.load(Map.of("image", tall.toString(), "cell", 4, "rows-per-class", 1)));
        assertTrue(e.getMessage().contains("make 30 classes") && e.getMessage().contains("set rows-per-class: 3"),
                e.getMessage());
    }

    @Test
    void aFileThatIsNotAnImage_isAnError() {
        Path text = DigitFixtures.write(dir.resolve("digits.png"), List.of("not an image"));
        UserException e = assertThrows(UserException.class, () -> DigitFixtures.load(Map.of("image", text.toString())));
        assertTrue(e.getMessage().startsWith(text.toString()) && e.getMessage().contains("not a PNG"), e.getMessage());
    }

    @Test
    void aColourImage_isAnError() {
        BufferedImage colour = new BufferedImage(40, 40, BufferedImage.TYPE_3BYTE_BGR);
        Path png = DigitFixtures.png(dir.resolve("colour.png"), colour);
        UserException e = assertThrows(UserException.class, () -> DigitFixtures.load(Map.of("image", png.toString())));
        assertTrue(e.getMessage().contains("8-bit greyscale") && e.getMessage().contains("3 band"), e.getMessage());
    }

    @Test
    void aMissingImage_namesTheSetting() {
        Path missing = dir.resolve("nowhere.png");
        UserException e = assertThrows(UserException.class,
                () -> DigitFixtures.load(Map.of("image", missing.toString())));
        assertTrue(e.getMessage().contains(missing + ": no such file") && e.getMessage().contains("image:"),
                e.getMessage());
    }
}
