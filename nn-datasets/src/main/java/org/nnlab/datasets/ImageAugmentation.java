package org.nnlab.datasets;

import java.util.SplittableRandom;

import org.nnlab.api.Augmentation;
import org.nnlab.api.Examples;

/**
 * Each epoch, every training image moved by a whole number of pixels drawn uniformly from
 * {@code -shift..shift} along each axis and turned by an angle drawn uniformly from {@code -rotate..rotate}
 * degrees about its centre; the pixel values are read back by bilinear interpolation, 0 (background) outside
 * the image. An image's draw comes from a generator seeded by the seed, the epoch and the image's index alone, so
 * the result does not depend on the order or the thread that computes it. Trigonometry is {@link StrictMath}'s,
 * the same bits on every JVM.
 */
final class ImageAugmentation implements Augmentation {
    private final int width;
    private final int height;
    private final int shift;
    private final double rotate;

    ImageAugmentation(int width, int height, int shift, double rotate) {
        this.width = width;
        this.height = height;
        this.shift = shift;
        this.rotate = rotate;
    }

    @Override
    public void apply(Examples source, float[] target, long seed, int epoch) {
        int pixels = width * height;
        if (source.featureCount() != pixels || target.length != source.features().length) {
            throw new IllegalArgumentException("augmenting " + source + " of " + width + "x" + height + " images into "
                    + target.length + " values");
        }
        for (int e = 0; e < source.count(); e++) {
            SplittableRandom random = new SplittableRandom(mix(mix(seed ^ epoch) ^ e));
            int dx = random.nextInt(-shift, shift + 1);
            int dy = random.nextInt(-shift, shift + 1);
            double degrees = rotate == 0 ? 0 : (2 * random.nextDouble() - 1) * rotate;
            transform(source.features(), e * pixels, target, e * pixels, width, height, dx, dy, degrees);
        }
    }

    /**
     * Writes the image at {@code in[from..]} turned by {@code degrees} (counter-clockwise on screen, y pointing
     * down) about its centre and then moved by {@code dx} columns and {@code dy} rows, to {@code out[to..]}.
     */
    static void transform(float[] in, int from, float[] out, int to, int width, int height, int dx, int dy,
                          double degrees) {
        double radians = Math.toRadians(degrees);
        double cos = degrees == 0 ? 1 : StrictMath.cos(radians);
        double sin = degrees == 0 ? 0 : StrictMath.sin(radians);
        double cx = (width - 1) / 2.0;
        double cy = (height - 1) / 2.0;
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                // the source point whose image lands on (x, y): undo the move, then the turn
                double u = x - dx - cx;
                double v = y - dy - cy;
                double sx = cx + cos * u - sin * v;
                double sy = cy + sin * u + cos * v;
                out[to + y * width + x] = (float) bilinear(in, from, width, height, sx, sy);
            }
        }
    }

    private static double bilinear(float[] in, int from, int width, int height, double sx, double sy) {
        int x0 = (int) Math.floor(sx);
        int y0 = (int) Math.floor(sy);
        double fx = sx - x0;
        double fy = sy - y0;
        return (1 - fy) * ((1 - fx) * pixel(in, from, width, height, x0, y0) + fx * pixel(in, from, width, height, x0 + 1, y0))
                + fy * ((1 - fx) * pixel(in, from, width, height, x0, y0 + 1)
                + fx * pixel(in, from, width, height, x0 + 1, y0 + 1));
    }

    private static double pixel(float[] in, int from, int width, int height, int x, int y) {
        return x < 0 || y < 0 || x >= width || y >= height ? 0 : in[from + y * width + x];
    }

    /** SplitMix64's finaliser. */
    private static long mix(long z) {
        z += 0x9e3779b97f4a7c15L;
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}
