package org.nnlab.runner.eval;

import java.util.Locale;
import org.nnlab.api.Examples;
import org.nnlab.api.UserException;

/**
 * How a picture of another size or style is made to look like a training image: the ink's larger side is scaled
 * to {@code fit} pixels, and the digit is placed on the canvas by its centre of mass or by its bounding box.
 * Written into the model file as {@code fit 20, centre mass}.
 *
 * <p>{@link #measure} finds both on the training images themselves, so each dataset is prepared its own way:
 * MNIST's digits were fitted to 20x20 and centred by mass in 28x28 (LeCun et al.), which measuring finds again;
 * the 20x20 OpenCV digits fill about 15 pixels and sit nearer the centre by mass than by box.
 */
public record Preparation(int fit, Centre centre) {
    /** How the fitted digit is placed on the canvas. */
    public enum Centre { MASS, BOX }

    /** What {@link DigitPreprocessor} counts as ink, of a [0, 1] stretched picture. */
    static final float INK_THRESHOLD = 0.2f;
    private static final int MAX_MEASURED = 10_000;

    public Preparation {
        if (fit < 1) {
            throw new IllegalArgumentException("fit " + fit);
        }
    }

    /**
     * Measured on up to 10,000 evenly spaced images of {@code train} ({@code width x height} each): the median of
     * the ink's larger side, and whichever centre (mass or box) lies nearer the canvas centre on average.
     */
    public static Preparation measure(Examples train, int width, int height) {
        int step = Math.max(1, (train.count() + MAX_MEASURED - 1) / MAX_MEASURED);
        int[] sideCounts = new int[Math.max(width, height) + 1];
        double massOff = 0;
        double boxOff = 0;
        int measured = 0;
        float[][] image = new float[height][width];
        for (int i = 0; i < train.count(); i += step) {
            for (int y = 0; y < height; y++) {
                System.arraycopy(train.features(), i * width * height + y * width, image[y], 0, width);
            }
            int[] box = DigitPreprocessor.boundingBox(image);
            if (box == null) {
                continue;
            }
            sideCounts[Math.max(box[2] - box[0] + 1, box[3] - box[1] + 1)]++;
            double[] mass = DigitPreprocessor.centreOfMass(image);
            massOff += Math.hypot(mass[0] - width / 2.0, mass[1] - height / 2.0);
            boxOff += Math.hypot((box[0] + box[2] + 1) / 2.0 - width / 2.0, (box[1] + box[3] + 1) / 2.0 - height / 2.0);
            measured++;
        }
        if (measured == 0) {
            return new Preparation(Math.min(width, height), Centre.BOX);
        }
        int median = 0;
        for (int seen = sideCounts[0]; seen * 2 < measured; seen += sideCounts[median]) {
            median++;
        }
        return new Preparation(Math.max(1, median), massOff <= boxOff ? Centre.MASS : Centre.BOX);
    }

    /**
     * The rule of models written before the preparation was measured (format version 1): MNIST's for 28x28,
     * else the canvas less 2 pixels on each side, centred by box.
     */
    public static Preparation legacy(int width, int height) {
        if (width == 28 && height == 28) {
            return new Preparation(20, Centre.MASS);
        }
        int side = Math.min(width, height);
        return new Preparation(side >= 12 ? side - 4 : side, Centre.BOX);
    }

    /** The form written into a model file: {@code fit 20, centre mass}. */
    @Override
    public String toString() {
        return "fit " + fit + ", centre " + centre.name().toLowerCase(Locale.ROOT);
    }

    /** Reads {@link #toString()}'s form; {@code source} names the model file in the message. */
    public static Preparation parse(String text, String source) {
        String[] parts = text.split(", ");
        try {
            if (parts.length == 2 && parts[0].startsWith("fit ") && parts[1].startsWith("centre ")) {
                return new Preparation(Integer.parseInt(parts[0].substring(4)),
                        Centre.valueOf(parts[1].substring(7).toUpperCase(Locale.ROOT)));
            }
        } catch (IllegalArgumentException e) {
            // reported below
        }
        throw new UserException("corrupt model file " + source + ": prepare \"" + text + "\" should read like"
                + " \"fit 20, centre mass\" (centre mass or box)");
    }
}
