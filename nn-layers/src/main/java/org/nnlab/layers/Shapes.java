package org.nnlab.layers;

import org.nnlab.api.UserException;

/** Shape checks shared by the layers, as user-facing messages. */
final class Shapes {
    private Shapes() {
    }

    /** A {@link UserException} with no path: the runner places it at the layer's entry. */
    static UserException refuse(String message) {
        return new UserException("", message);
    }
}
