package org.nnlab.datasets;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nnlab.api.DataSplits;
import org.nnlab.api.DatasetContext;
import org.nnlab.api.Examples;
import org.nnlab.api.Params;
import org.nnlab.api.UserException;

/** The embedded OpenCV digits.png, checked against the figures measured independently in SOURCE.md. */
class Digits20EmbeddedTest {
    private static DataSplits splits;

    static DataSplits load(Map<String, Object> settings) throws IOException {
        Digits20Dataset prototype = new Digits20Dataset();
        return prototype.configure(Params.resolve(prototype, settings))
                .load(new DatasetContext(null, Path.of("unused-cache")));
    }

    @BeforeAll
    static void loadOnce() throws IOException {
        splits = load(Map.of());
    }

    private static int raw(float feature) {
        return Math.round(feature * 255);
    }

    @Test
    void pixelSumOfTheWholeImage_is67616410() {
        long sum = 0;
        for (Examples split : new Examples[] {splits.train(), splits.validation(), splits.test()}) {
            for (float feature : split.features()) {
                sum += raw(feature);
            }
        }
        assertEquals(67_616_410L, sum, "SOURCE.md: the sum of all pixels of digits.png");
    }

    @Test
    void rowFourOfCellZero_readsAsInSourceMd() {
        int[] row = new int[20];
        for (int x = 0; x < 20; x++) {
            row[x] = raw(splits.train().features()[4 * 20 + x]);
        }
        int[] expected = new int[20];
        System.arraycopy(new int[] {33, 198, 255, 240, 255, 107}, 0, expected, 9, 6);
        assertArrayEquals(expected, row, "SOURCE.md: cell 0, row 4 reads 0x9, 33, 198, 255, 240, 255, 107, 0x5");
        assertEquals(33 / 255f, splits.train().features()[4 * 20 + 9], "pixels are value / 255f");
    }

    @Test
    void shapeIs400InputsAnd10Classes_withNoSourceFiles() {
        assertEquals(400, splits.featureCount());
        assertEquals(10, splits.classCount());
        assertEquals(20, splits.imageWidth());
        assertEquals(20, splits.imageHeight());
        assertEquals(0, splits.sourceFiles().size(), "embedded data has no file to record");
    }

    @Test
    void everyFifthOfEachClassIsTest_400Train100TestPerClass() {
        assertEquals(4000, splits.train().count());
        assertEquals(0, splits.validation().count());
        assertEquals(1000, splits.test().count());
        int[] perClass = new int[10];
        Arrays.stream(splits.test().labels()).forEach(label -> perClass[label]++);
        assertArrayEquals(new int[] {100, 100, 100, 100, 100, 100, 100, 100, 100, 100}, perClass);
        // within a class, position p = 100 * (row - 5 * class) + column, so p % 5 == 4 means column % 5 == 4:
        // the first test example is the cell in grid row 0, column 4, the second the one in column 9
        assertEquals(0, splits.test().label(0));
        assertEquals(9, splits.test().label(999));
    }

    @Test
    void validationIsTakenFromEachClassInTurn() throws IOException {
        DataSplits held = load(Map.of("validation", 25));
        assertEquals(3975, held.train().count());
        assertEquals(25, held.validation().count());
        assertEquals(1000, held.test().count());
        int[] perClass = new int[10];
        Arrays.stream(held.validation().labels()).forEach(label -> perClass[label]++);
        assertArrayEquals(new int[] {3, 3, 3, 3, 3, 2, 2, 2, 2, 2}, perClass);
        assertArrayEquals(Arrays.copyOfRange(splits.train().features(), 399 * 400, 400 * 400),
                Arrays.copyOfRange(held.validation().features(), 2 * 400, 3 * 400),
                "the last training example of class 0 is held out");
    }

    @Test
    void validationLeavingNoTrainingExamples_isASettingError() {
        UserException e = assertThrows(UserException.class, () -> load(Map.of("validation", 4000)));
        assertEquals("validation", e.problems().get(0).path());
        assertTrue(e.getMessage().contains("below 4000"), e.getMessage());
    }
}
