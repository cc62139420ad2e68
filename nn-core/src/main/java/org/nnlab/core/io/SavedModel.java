package org.nnlab.core.io;

import java.util.Objects;
import java.util.Optional;
import org.nnlab.core.Network;

/**
 * A model file read back: the network, the format version it was written in, and what predicting needs
 * ({@link ModelInfo}), which files of version 1 do not hold.
 */
public record SavedModel(Network network, int version, Optional<ModelInfo> info) {
    public SavedModel {
        Objects.requireNonNull(network, "network is null");
        Objects.requireNonNull(info, "info is null");
    }
}
