package org.nnlab.datasets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nnlab.api.DataSplits;
import org.nnlab.api.Examples;
import org.nnlab.api.UserException;

class Digits20CsvTest {
    @TempDir
    Path dir;

    /** Example {@code i} of the file, wherever the split put it: the splits keep file order, 1 in 5 to test. */
    private static void assertExample(DataSplits splits, int trainIndex, int fileIndex) {
        Examples train = splits.train();
        for (int row = 0; row < 20; row++) {
            for (int col = 0; col < 20; col++) {
                assertEquals(DigitFixtures.pixel(fileIndex, row, col) / 255f,
                        train.features()[trainIndex * 400 + row * 20 + col],
                        "pixel (" + row + ", " + col + ") of example " + fileIndex + ", row-major and value / 255f");
            }
        }
        assertEquals(fileIndex % 10, train.label(trainIndex));
    }

    @Test
    void readsPixelsThenLabel_columnMajorByDefault() throws IOException {
        Path csv = DigitFixtures.write(dir.resolve("d.csv"), DigitFixtures.csvLines(50, PixelOrder.COLUMN_MAJOR, true));
        DataSplits splits = DigitFixtures.load(Map.of("csv", csv.toString()));
        assertEquals(40, splits.train().count());
        assertEquals(10, splits.test().count());
        assertExample(splits, 0, 0);
        assertExample(splits, 13, 13);
        assertEquals(List.of(csv), splits.sourceFiles());
    }

    @Test
    void rowMajorPixels_withLabelsInASecondFile() throws IOException {
        Path csv = DigitFixtures.write(dir.resolve("x.csv"), DigitFixtures.csvLines(50, PixelOrder.ROW_MAJOR, false));
        List<String> labelLines = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            labelLines.add(String.valueOf(i % 10));
        }
        Path labels = DigitFixtures.write(dir.resolve("y.csv"), labelLines);
        DataSplits splits = DigitFixtures.load(Map.of("csv", csv.toString(), "labels", labels.toString(),
                "pixel-order", "row-major"));
        assertExample(splits, 7, 7);
        assertEquals(List.of(csv, labels), splits.sourceFiles());
    }

    @Test
    void valuesUpToTwoAreNotScaled() throws IOException {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            lines.add("1.125," + "0.5,".repeat(398) + "-0.125," + i);
        }
        Path csv = DigitFixtures.write(dir.resolve("small.csv"), lines);
        DataSplits splits = DigitFixtures.load(Map.of("csv", csv.toString(), "pixel-order", "row-major"));
        assertEquals(1.125f, splits.train().features()[0], "Ng's overshooting pixels stay as they are");
        assertEquals(-0.125f, splits.train().features()[399]);
    }

    @Test
    void wrongColumnCount_namesFileAndLine() {
        List<String> lines = new ArrayList<>(DigitFixtures.csvLines(5, PixelOrder.ROW_MAJOR, true));
        lines.add(2, "");
        lines.set(3, lines.get(3).substring(0, lines.get(3).lastIndexOf(',')));
        Path csv = DigitFixtures.write(dir.resolve("bad.csv"), lines);
        UserException e = assertThrows(UserException.class, () -> DigitFixtures.load(Map.of("csv", csv.toString())));
        assertTrue(e.getMessage().startsWith(csv + ":4: expected 401 values") && e.getMessage().contains("found 400"),
                e.getMessage());
    }

    @Test
    void labelTen_isOutOfRangeInCsv_withAHint() {
        List<String> lines = new ArrayList<>(DigitFixtures.csvLines(5, PixelOrder.ROW_MAJOR, true));
        lines.set(1, lines.get(1).substring(0, lines.get(1).lastIndexOf(',')) + ",10");
        Path csv = DigitFixtures.write(dir.resolve("ten.csv"), lines);
        UserException e = assertThrows(UserException.class, () -> DigitFixtures.load(Map.of("csv", csv.toString())));
        assertTrue(e.getMessage().startsWith(csv + ":2: label 10") && e.getMessage().contains("write 0"),
                e.getMessage());
    }

    @Test
    void headerLine_isNamed() {
        List<String> lines = new ArrayList<>(DigitFixtures.csvLines(3, PixelOrder.ROW_MAJOR, true));
        StringBuilder header = new StringBuilder("p0");
        for (int k = 1; k < 400; k++) {
            header.append(",p").append(k);
        }
        lines.add(0, header + ",label");
        Path csv = DigitFixtures.write(dir.resolve("h.csv"), lines);
        UserException e = assertThrows(UserException.class, () -> DigitFixtures.load(Map.of("csv", csv.toString())));
        assertTrue(e.getMessage().contains(":1: value 1 \"p0\" is not a finite number")
                && e.getMessage().contains("header"),
                e.getMessage());
    }

    @Test
    void labelsFileOfAnotherLength_isAnError() {
        Path csv = DigitFixtures.write(dir.resolve("x.csv"), DigitFixtures.csvLines(5, PixelOrder.ROW_MAJOR, false));
        Path labels = DigitFixtures.write(dir.resolve("y.csv"), List.of("1", "2", "3"));
        UserException e = assertThrows(UserException.class,
                () -> DigitFixtures.load(Map.of("csv", csv.toString(), "labels", labels.toString())));
        assertTrue(e.getMessage().contains(labels + " holds 3 labels") && e.getMessage().contains("holds 5 examples"),
                e.getMessage());
    }

    @Test
    void pixelsAbove255_areAnErrorOnceTheFileIsRead0To255() {
        List<String> lines = new ArrayList<>(DigitFixtures.csvLines(5, PixelOrder.ROW_MAJOR, true));
        lines.set(0, "300" + lines.get(0).substring(lines.get(0).indexOf(',')));
        Path csv = DigitFixtures.write(dir.resolve("big.csv"), lines);
        UserException e = assertThrows(UserException.class, () -> DigitFixtures.load(Map.of("csv", csv.toString())));
        assertTrue(e.getMessage().contains("300.0") && e.getMessage().contains("outside 0..255"), e.getMessage());
    }
}
