package org.nnlab.datasets;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.nnlab.api.UserException;

/**
 * 20x20 digits as text, one example per line, values separated by commas or spaces: 400 pixels then the label
 * (0..9), or 400 pixels only with the labels in a second file (one per line). Blank lines are skipped; a header
 * line is an error. Pixels go through {@link PixelScale} and then {@link PixelOrder}.
 *
 * @param labels the labels file, or null when the label is each line's last value
 */
record CsvDigitsSource(Path csv, Path labels, PixelOrder order) implements DigitSource {
    static final int SIDE = 20;
    static final int PIXELS = SIDE * SIDE;
    static final int CLASSES = 10;
    private static final Pattern SEPARATOR = Pattern.compile("[,;\\s]+");

    @Override
    public LabelledImages read() throws IOException {
        int columns = labels == null ? PIXELS + 1 : PIXELS;
        List<float[]> rows = new ArrayList<>();
        List<Integer> inlineLabels = new ArrayList<>();
        forEachLine(csv, "csv", (lineNumber, fields) -> {
            if (fields.length != columns) {
                throw new UserException(csv + ":" + lineNumber + ": expected " + columns + " values ("
                        + (labels == null ? PIXELS + " pixels, then the label" : PIXELS + " pixels; labels come from "
                        + labels) + "), found " + fields.length);
            }
            float[] pixels = new float[PIXELS];
            for (int i = 0; i < PIXELS; i++) {
                pixels[i] = (float) number(csv, lineNumber, fields[i], i + 1);
            }
            rows.add(pixels);
            if (labels == null) {
                inlineLabels.add(label(csv, lineNumber, fields[PIXELS]));
            }
        });
        int[] labelValues = labels == null ? inlineLabels.stream().mapToInt(Integer::intValue).toArray()
                : readLabels(rows.size());
        if (rows.isEmpty()) {
            throw new UserException(csv + ": holds no examples; expected one line of " + columns + " values each");
        }
        float[] features = new float[rows.size() * PIXELS];
        for (int i = 0; i < rows.size(); i++) {
            System.arraycopy(rows.get(i), 0, features, i * PIXELS, PIXELS);
        }
        PixelScale.apply(features, PIXELS, csv.toString());
        order.toRowMajor(features, SIDE);
        return new LabelledImages(features, labelValues, SIDE, SIDE, CLASSES,
                labels == null ? List.of(csv) : List.of(csv, labels));
    }

    @Override
    public String describe() {
        return labels == null ? csv.toString() : csv + " and " + labels;
    }

    private int[] readLabels(int expected) throws IOException {
        List<Integer> values = new ArrayList<>();
        forEachLine(labels, "labels", (lineNumber, fields) -> {
            if (fields.length != 1) {
                throw new UserException(labels + ":" + lineNumber + ": expected one label per line, found "
                        + fields.length + " values");
            }
            values.add(label(labels, lineNumber, fields[0]));
        });
        if (values.size() != expected) {
            throw new UserException(labels + " holds " + values.size() + " labels but " + csv + " holds " + expected
                    + " examples; the two files must have one line per example");
        }
        return values.stream().mapToInt(Integer::intValue).toArray();
    }

    private static int label(Path file, int lineNumber, String text) {
        double value = number(file, lineNumber, text, -1);
        if (value != Math.rint(value) || value < 0 || value >= CLASSES) {
            throw new UserException(file + ":" + lineNumber + ": label " + text + " is not a whole number in 0.."
                    + (CLASSES - 1) + (value == CLASSES ? " (the .mat convention of 10 for the digit 0 is not used"
                    + " in CSV files: write 0)" : ""));
        }
        return (int) value;
    }

    private static double number(Path file, int lineNumber, String text, int column) {
        try {
            double value = Double.parseDouble(text);
            if (Double.isFinite(value)) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new UserException(file + ":" + lineNumber + ": " + (column > 0 ? "value " + column + " " : "")
                + "\"" + text + "\" is not a finite number" + (lineNumber == 1 ? " (a header line is not allowed;"
                + " remove it)" : ""));
    }

    private interface LineHandler {
        void accept(int lineNumber, String[] fields);
    }

    private static void forEachLine(Path file, String key, LineHandler handler) throws IOException {
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            int lineNumber = 0;
            while ((line = reader.readLine()) != null) {
                lineNumber++;
                String trimmed = line.strip();
                if (!trimmed.isEmpty()) {
                    handler.accept(lineNumber, SEPARATOR.split(trimmed));
                }
            }
        } catch (NoSuchFileException e) {
            throw new UserException(file + ": no such file; check " + key + ": in the dataset settings");
        } catch (CharacterCodingException e) {
            throw new UserException(file + ": not a UTF-8 text file; " + key + ": needs comma-separated numbers");
        }
    }
}
