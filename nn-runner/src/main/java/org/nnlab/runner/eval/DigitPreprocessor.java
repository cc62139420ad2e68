package org.nnlab.runner.eval;

import org.nnlab.api.UserException;

/**
 * Turns a digit picture of any size into the features the network was trained on: ink as 1 on a 0
 * background (inverted when the background is light), cropped to the ink's bounding box, scaled so its larger
 * side is the {@link Preparation}'s {@code fit} with its aspect ratio kept, and placed on the training images'
 * canvas with its centre of mass (or its box) at the centre, the way the model's training images were made.
 */
public final class DigitPreprocessor {
    private static final float INK_THRESHOLD = Preparation.INK_THRESHOLD;

    private final int width;
    private final int height;
    private final Preparation preparation;

    /** With the rule of models that do not record their preparation ({@link Preparation#legacy}). */
    public DigitPreprocessor(int width, int height) {
        this(width, height, Preparation.legacy(width, height));
    }

    public DigitPreprocessor(int width, int height, Preparation preparation) {
        if (width <= 0 || height <= 0) {
            throw new IllegalArgumentException("canvas " + width + "x" + height);
        }
        this.width = width;
        this.height = height;
        this.preparation = java.util.Objects.requireNonNull(preparation, "preparation is null");
    }

    /** The features, row-major, {@code width * height} values in [0, 1]. */
    public float[] prepare(DigitImage image, String label) {
        float[][] ink = ink(image.grey());
        int[] box = boundingBox(ink);
        if (box == null) {
            throw new UserException(label + ": the image is blank (no ink found); give a picture of one digit");
        }
        int boxW = box[2] - box[0] + 1;
        int boxH = box[3] - box[1] + 1;
        int fitW = Math.min(width, preparation.fit());
        int fitH = Math.min(height, preparation.fit());
        double scale = Math.min((double) fitW / boxW, (double) fitH / boxH);
        int w = Math.max(1, (int) Math.round(boxW * scale));
        int h = Math.max(1, (int) Math.round(boxH * scale));
        float[][] digit = resample(ink, box, w, h);
        int left;
        int top;
        if (preparation.centre() == Preparation.Centre.MASS) {
            double[] mass = centreOfMass(digit);
            left = clamp((int) Math.round(width / 2.0 - mass[0]), 0, width - w);
            top = clamp((int) Math.round(height / 2.0 - mass[1]), 0, height - h);
        } else {
            left = (width - w) / 2;
            top = (height - h) / 2;
        }
        float[] features = new float[width * height];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                features[(top + y) * width + left + x] = digit[y][x];
            }
        }
        return features;
    }

    /** Ink in [0, 1], stretched so the darkest stroke is 1; inverted when the border is mostly light. */
    static float[][] ink(float[][] grey) {
        int rows = grey.length;
        int cols = grey[0].length;
        double border = 0;
        int n = 0;
        for (int y = 0; y < rows; y++) {
            for (int x = 0; x < cols; x++) {
                if (y == 0 || x == 0 || y == rows - 1 || x == cols - 1) {
                    border += grey[y][x];
                    n++;
                }
            }
        }
        boolean lightBackground = border / n > 0.5;
        float[][] ink = new float[rows][cols];
        float min = Float.MAX_VALUE;
        float max = -Float.MAX_VALUE;
        for (int y = 0; y < rows; y++) {
            for (int x = 0; x < cols; x++) {
                ink[y][x] = lightBackground ? 1 - grey[y][x] : grey[y][x];
                min = Math.min(min, ink[y][x]);
                max = Math.max(max, ink[y][x]);
            }
        }
        float range = max - min;
        for (float[] row : ink) {
            for (int x = 0; x < cols; x++) {
                row[x] = range < 1e-3f ? 0 : (row[x] - min) / range;
            }
        }
        return ink;
    }

    /** {x0, y0, x1, y1} (inclusive) of the pixels above the ink threshold, or null if there are none. */
    static int[] boundingBox(float[][] ink) {
        int x0 = Integer.MAX_VALUE;
        int y0 = Integer.MAX_VALUE;
        int x1 = -1;
        int y1 = -1;
        for (int y = 0; y < ink.length; y++) {
            for (int x = 0; x < ink[y].length; x++) {
                if (ink[y][x] > INK_THRESHOLD) {
                    x0 = Math.min(x0, x);
                    y0 = Math.min(y0, y);
                    x1 = Math.max(x1, x);
                    y1 = Math.max(y1, y);
                }
            }
        }
        return x1 < 0 ? null : new int[] {x0, y0, x1, y1};
    }

    /** The box of {@code ink} scaled to {@code w x h}: each target pixel the mean of a grid of bilinear samples. */
    static float[][] resample(float[][] ink, int[] box, int w, int h) {
        double sx = (box[2] - box[0] + 1) / (double) w;
        double sy = (box[3] - box[1] + 1) / (double) h;
        int samples = (int) Math.min(8, Math.max(2, Math.ceil(Math.max(sx, sy)) * 2));
        float[][] out = new float[h][w];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                double sum = 0;
                for (int j = 0; j < samples; j++) {
                    for (int i = 0; i < samples; i++) {
                        double srcX = box[0] + (x + (i + 0.5) / samples) * sx - 0.5;
                        double srcY = box[1] + (y + (j + 0.5) / samples) * sy - 0.5;
                        sum += bilinear(ink, srcX, srcY);
                    }
                }
                out[y][x] = (float) Math.min(1, sum / (samples * samples));
            }
        }
        return out;
    }

    private static double bilinear(float[][] ink, double x, double y) {
        int x0 = (int) Math.floor(x);
        int y0 = (int) Math.floor(y);
        double fx = x - x0;
        double fy = y - y0;
        return (1 - fy) * ((1 - fx) * at(ink, x0, y0) + fx * at(ink, x0 + 1, y0))
                + fy * ((1 - fx) * at(ink, x0, y0 + 1) + fx * at(ink, x0 + 1, y0 + 1));
    }

    private static double at(float[][] ink, int x, int y) {
        int cy = clamp(y, 0, ink.length - 1);
        int cx = clamp(x, 0, ink[0].length - 1);
        return ink[cy][cx];
    }

    /** {x, y} of the centre of mass, in pixel-centre coordinates plus 0.5 (so a 1-pixel image has 0.5, 0.5). */
    static double[] centreOfMass(float[][] digit) {
        double total = 0;
        double mx = 0;
        double my = 0;
        for (int y = 0; y < digit.length; y++) {
            for (int x = 0; x < digit[y].length; x++) {
                total += digit[y][x];
                mx += digit[y][x] * (x + 0.5);
                my += digit[y][x] * (y + 0.5);
            }
        }
        return total == 0 ? new double[] {digit[0].length / 2.0, digit.length / 2.0}
                : new double[] {mx / total, my / total};
    }

    private static int clamp(int v, int lo, int hi) {
        return Math.max(lo, Math.min(hi, v));
    }
}
