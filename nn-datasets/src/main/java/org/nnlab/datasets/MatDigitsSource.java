package org.nnlab.datasets;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.nnlab.api.UserException;

import us.hebi.matlab.mat.format.Mat5;
import us.hebi.matlab.mat.format.Mat5File;
import us.hebi.matlab.mat.types.Array;
import us.hebi.matlab.mat.types.MatFile;
import us.hebi.matlab.mat.types.Matrix;

/**
 * 20x20 digits from a MATLAB v5 (Level 5) file laid out like Ng's {@code ex3data1.mat}: {@code X}, m x 400
 * pixels, and {@code y}, m x 1 labels 1..10 where 10 means the digit 0. Read with mfl-core; pixels go through
 * {@link PixelScale} and then {@link PixelOrder} (Ng's files store each image column-major).
 */
record MatDigitsSource(Path mat, PixelOrder order) implements DigitSource {
    private static final String EXPECTED = "expected X (m x 400 pixels) and y (m x 1 labels 1..10, 10 meaning 0)";

    @Override
    public LabelledImages read() throws IOException {
        requireLevel5();
        Map<String, Array> variables = new LinkedHashMap<>();
        Mat5File opened;
        try {
            opened = Mat5.readFromFile(mat.toFile());
        } catch (IOException | RuntimeException e) {
            throw new UserException(mat + ": cannot be read as a MATLAB v5 file (" + e + "); re-save it with"
                    + " save('-v7', ...)", e);
        }
        try (Mat5File file = opened) {
            for (MatFile.Entry entry : file.getEntries()) {
                variables.put(entry.getName(), entry.getValue());
            }
            Matrix x = matrix(variables, "X");
            Matrix y = matrix(variables, "y");
            int m = x.getNumRows();
            if (x.getNumCols() != CsvDigitsSource.PIXELS) {
                throw new UserException(mat + ": X is " + shape(x) + "; " + EXPECTED);
            }
            if (y.getNumElements() != m || Math.min(y.getNumRows(), y.getNumCols()) != 1) {
                throw new UserException(mat + ": y is " + shape(y) + " but X has " + m + " rows; " + EXPECTED);
            }
            float[] features = new float[m * CsvDigitsSource.PIXELS];
            int[] labels = new int[m];
            for (int i = 0; i < m; i++) {
                for (int k = 0; k < CsvDigitsSource.PIXELS; k++) {
                    features[i * CsvDigitsSource.PIXELS + k] = (float) x.getDouble(i, k);
                }
                labels[i] = label(y.getDouble(i), i);
            }
            PixelScale.apply(features, CsvDigitsSource.PIXELS, mat.toString());
            order.toRowMajor(features, CsvDigitsSource.SIDE);
            return new LabelledImages(features, labels, CsvDigitsSource.SIDE, CsvDigitsSource.SIDE,
                    CsvDigitsSource.CLASSES, List.of(mat));
        }
    }

    @Override
    public String describe() {
        return mat.toString();
    }

    /** Level 5 files start with a 116-byte text "MATLAB 5.0 MAT-file..."; v7.3 files are HDF5. */
    private void requireLevel5() throws IOException {
        byte[] header;
        try (InputStream in = Files.newInputStream(mat)) {
            header = in.readNBytes(128);
        } catch (NoSuchFileException e) {
            throw new UserException(mat + ": no such file; check mat: in the dataset settings");
        }
        String text = new String(header, 0, Math.min(header.length, 116), StandardCharsets.ISO_8859_1);
        if (text.startsWith("MATLAB 7.3")) {
            throw new UserException(mat + ": a MATLAB 7.3 (HDF5) file, which is not supported; re-save it in the"
                    + " v5 format with save('" + mat.getFileName() + "', 'X', 'y', '-v7')");
        }
        if (header.length < 128 || !text.startsWith("MATLAB 5.0 MAT-file")) {
            throw new UserException(mat + ": not a MATLAB v5 .mat file (it does not start with \"MATLAB 5.0"
                    + " MAT-file\"); " + EXPECTED);
        }
    }

    private Matrix matrix(Map<String, Array> variables, String name) {
        Array array = variables.get(name);
        if (array == null) {
            String held = variables.isEmpty() ? "no variables" : variables.entrySet().stream()
                    .map(e -> e.getKey() + " (" + shape(e.getValue()) + ")").collect(Collectors.joining(", "));
            throw new UserException(mat + ": holds no variable " + name + " (it holds " + held + "); " + EXPECTED);
        }
        if (!(array instanceof Matrix matrix) || matrix.isComplex() || array.getNumDimensions() != 2) {
            throw new UserException(mat + ": " + name + " is " + shape(array) + ", not a real 2-D matrix; " + EXPECTED);
        }
        return matrix;
    }

    private int label(double value, int example) {
        if (value != Math.rint(value) || value < 1 || value > 10) {
            throw new UserException(mat + ": y(" + (example + 1) + ") is " + value + ", not a label 1..10"
                    + " (10 meaning the digit 0)");
        }
        return (int) value % 10;
    }

    private static String shape(Array array) {
        int[] dims = array.getDimensions();
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < dims.length; i++) {
            sb.append(i > 0 ? "x" : "").append(dims[i]);
        }
        return sb.append(' ').append(array.getType()).toString();
    }
}
