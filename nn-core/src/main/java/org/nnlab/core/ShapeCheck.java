package org.nnlab.core;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.nnlab.api.DataSplits;
import org.nnlab.api.Problem;
import org.nnlab.api.UserException;

/** Checks, before training starts, that a network's input and output sizes fit the data. */
public final class ShapeCheck {
    private ShapeCheck() {
    }

    /**
     * Throws a {@link UserException} on {@code network.layers} when the first layer is not the number of
     * features or the last is not the number of classes.
     */
    public static void requireCompatible(Network network, DataSplits data) {
        requireCompatible(network.sizes(), data.featureCount(), data.classCount());
    }

    public static void requireCompatible(int[] sizes, int features, int classes) {
        List<Problem> problems = new ArrayList<>();
        int[] fixed = sizes.clone();
        fixed[0] = features;
        fixed[fixed.length - 1] = classes;
        String fix = "; use e.g. " + Arrays.toString(fixed);
        if (sizes[0] != features) {
            problems.add(new Problem("network.layers", "the input layer has " + sizes[0]
                    + " units but the dataset has " + features + " inputs per example" + fix));
        }
        if (sizes[sizes.length - 1] != classes) {
            problems.add(new Problem("network.layers", "the output layer has " + sizes[sizes.length - 1]
                    + " units but the dataset has " + classes + " classes" + fix));
        }
        if (!problems.isEmpty()) {
            throw new UserException(problems);
        }
    }
}
