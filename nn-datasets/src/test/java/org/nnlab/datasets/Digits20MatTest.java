package org.nnlab.datasets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nnlab.api.DataSplits;
import org.nnlab.api.UserException;

import us.hebi.matlab.mat.format.Mat5;
import us.hebi.matlab.mat.format.Mat5File;
import us.hebi.matlab.mat.types.MatFile;
import us.hebi.matlab.mat.types.Matrix;

class Digits20MatTest {
    /** A real Level-5 file from Ng's exercise 3, written compressed by MATLAB (see SOURCE.md). */
    private static final String EX3_WEIGHTS = "digits20/coursera-ex3/ex3weights.mat";

    @TempDir
    Path dir;

    /** X is m x 400 with each image stored column-major (as MATLAB does), y holds 1..10 with 10 for 0. */
    private Path writeMat(int m, boolean withX, boolean withY) throws IOException {
        MatFile mat = Mat5.newMatFile();
        if (withX) {
            Matrix x = Mat5.newMatrix(m, 400);
            for (int i = 0; i < m; i++) {
                for (int k = 0; k < 400; k++) {
                    x.setDouble(i, k, DigitFixtures.pixel(i, k % 20, k / 20) / 255.0);
                }
            }
            mat.addArray("X", x);
        }
        if (withY) {
            Matrix y = Mat5.newMatrix(m, 1);
            for (int i = 0; i < m; i++) {
                y.setDouble(i, 0, i % 10 == 0 ? 10 : i % 10);
            }
            mat.addArray("y", y);
        }
        Path file = dir.resolve("digits.mat");
        Mat5.writeToFile(mat, file.toFile());
        return file;
    }

    @Test
    void readsXAndY_tenMeansZero_columnMajorByDefault() throws IOException {
        Path file = writeMat(50, true, true);
        DataSplits splits = DigitFixtures.load(Map.of("mat", file.toString()));
        assertEquals(40, splits.train().count());
        assertEquals(10, splits.test().count());
        assertEquals(0, splits.train().label(0), "y = 10 is the digit 0");
        assertEquals(3, splits.train().label(3));
        for (int row = 0; row < 20; row++) {
            for (int col = 0; col < 20; col++) {
                assertEquals((float) (DigitFixtures.pixel(7, row, col) / 255.0),
                        splits.train().features()[7 * 400 + row * 20 + col], 0f, "example 7 comes out row-major");
            }
        }
        assertEquals(List.of(file), splits.sourceFiles());
    }

    @Test
    void rowMajorSetting_keepsTheStoredOrder() throws IOException {
        Path file = writeMat(10, true, true);
        DataSplits splits = DigitFixtures.load(Map.of("mat", file.toString(), "pixel-order", "row-major"));
        assertEquals((float) (DigitFixtures.pixel(2, 3, 1) / 255.0), splits.train().features()[2 * 400 + 1 * 20 + 3],
                "stored index 1 * 20 + 3 is left where it is");
    }

    @Test
    void missingY_listsWhatTheFileHolds() throws IOException {
        Path file = writeMat(10, true, false);
        UserException e = assertThrows(UserException.class, () -> DigitFixtures.load(Map.of("mat", file.toString())));
        assertTrue(e.getMessage().startsWith(file + ": holds no variable y (it holds X (10x400 double))"),
                e.getMessage());
    }

    @Test
    void labelsOutside1To10_areNamedWithTheirIndex() throws IOException {
        MatFile mat = Mat5.newMatFile();
        mat.addArray("X", Mat5.newMatrix(3, 400));
        Matrix y = Mat5.newMatrix(3, 1);
        y.setDouble(0, 0, 1);
        y.setDouble(1, 0, 0);
        y.setDouble(2, 0, 2);
        mat.addArray("y", y);
        Path file = dir.resolve("zero.mat");
        Mat5.writeToFile(mat, file.toFile());
        UserException e = assertThrows(UserException.class, () -> DigitFixtures.load(Map.of("mat", file.toString())));
        assertTrue(e.getMessage().contains("y(2) is 0.0, not a label 1..10"), e.getMessage());
    }

    @Test
    void theRealEx3WeightsFile_isReadButHoldsNoX() {
        Path weights = RealData.file(EX3_WEIGHTS);
        UserException e = assertThrows(UserException.class,
                () -> DigitFixtures.load(Map.of("mat", weights.toString())));
        assertTrue(e.getMessage().contains(
                "holds no variable X (it holds Theta1 (25x401 double), Theta2 (10x26 double))"),
                e.getMessage());
    }

    @Test
    void mflCoreReadsTheCompressedMatlabFile_valuesAsInSourceMd() throws IOException {
        try (Mat5File file = Mat5.readFromFile(RealData.file(EX3_WEIGHTS).toFile())) {
            Matrix theta1 = file.getMatrix("Theta1");
            Matrix theta2 = file.getMatrix("Theta2");
            assertEquals(-0.0225623899, theta1.getDouble(0, 0), 1e-10);
            assertEquals(-1.05624163e-08, theta1.getDouble(0, 1), 1e-16);
            assertEquals(2.19414684e-09, theta1.getDouble(0, 2), 1e-17);
            assertEquals(-0.09838113, theta1.getDouble(1, 0), 1e-8);
            assertEquals(0.11615605, theta1.getDouble(2, 0), 1e-8);
            assertEquals(-0.76100352, theta2.getDouble(0, 0), 1e-8);
            assertEquals(-1.21244498, theta2.getDouble(0, 1), 1e-8);
            assertEquals(-0.10187131, theta2.getDouble(0, 2), 1e-8);
        }
    }

    @Test
    void aMatlab73File_isRejectedWithTheFix() throws IOException {
        byte[] header = new byte[512];
        Arrays.fill(header, (byte) ' ');
        byte[] text = "MATLAB 7.3 MAT-file, Platform: GLNXA64, Created on: Mon Jan 1 00:00:00 2024 HDF5 schema 1.00 ."
                .getBytes();
        System.arraycopy(text, 0, header, 0, text.length);
        Path file = Files.write(dir.resolve("v73.mat"), header);
        UserException e = assertThrows(UserException.class, () -> DigitFixtures.load(Map.of("mat", file.toString())));
        assertTrue(e.getMessage().contains("MATLAB 7.3 (HDF5)") && e.getMessage().contains("-v7"), e.getMessage());
    }

    @Test
    void aFileThatIsNotMatlab_isNamed() throws IOException {
        Path file = Files.write(dir.resolve("text.mat"), "X = [1 2 3]".getBytes());
        UserException e = assertThrows(UserException.class, () -> DigitFixtures.load(Map.of("mat", file.toString())));
        assertTrue(e.getMessage().startsWith(file + ": not a MATLAB v5 .mat file"), e.getMessage());
    }
}
