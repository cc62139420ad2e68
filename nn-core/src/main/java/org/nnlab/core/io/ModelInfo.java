package org.nnlab.core.io;

import java.util.List;
import java.util.Objects;

/**
 * What predicting with a model needs besides its parameters, kept in the model file from format version 2 on:
 * the input's geometry, how pixel values became features, the class labels and how a new picture is prepared.
 *
 * @param inputWidth  width of an input image in pixels, or 0 when the inputs are not an image
 * @param inputHeight height of an input image in pixels, or 0 when the inputs are not an image
 * @param pixelScale  a feature is {@code pixel / pixelScale} for 8-bit pixels (255 for every built-in dataset)
 * @param classLabels the label of each output, in output order
 * @param preparation how a picture of another size or style is made to look like a training image, in the
 *                    words of the tool that wrote the file (e.g. {@code fit 20, centre mass}); empty when none
 */
public record ModelInfo(int inputWidth, int inputHeight, int pixelScale, List<String> classLabels,
                        String preparation) {
    public ModelInfo {
        classLabels = List.copyOf(classLabels);
        Objects.requireNonNull(preparation, "preparation is null");
        if (inputWidth < 0 || inputHeight < 0 || (inputWidth == 0) != (inputHeight == 0)) {
            throw new IllegalArgumentException("input " + inputWidth + "x" + inputHeight);
        }
        if (pixelScale <= 0) {
            throw new IllegalArgumentException("pixel scale " + pixelScale);
        }
        for (String label : classLabels) {
            if (label.isEmpty() || label.contains(",") || label.contains("\n")) {
                throw new IllegalArgumentException("class label \"" + label + "\": no commas, no line breaks");
            }
        }
        if (preparation.contains("\n")) {
            throw new IllegalArgumentException("preparation has a line break");
        }
    }

    /** Labels {@code 0 .. classes-1}, as the built-in datasets number their classes. */
    public static List<String> numberedClasses(int classes) {
        return java.util.stream.IntStream.range(0, classes).mapToObj(Integer::toString).toList();
    }

    /** True when the inputs are pixels of an image. */
    public boolean isImage() {
        return inputWidth > 0;
    }
}
