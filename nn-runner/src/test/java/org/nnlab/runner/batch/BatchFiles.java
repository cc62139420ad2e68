package org.nnlab.runner.batch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Batch files on the toy dataset, for the batch tests (what a batch wrote is read with BatchOutputs). */
final class BatchFiles {
    /** A small experiment: a few milliseconds a run. */
    static final String TOY = """
            name: toy
            dataset: {name: toy, train: 200, noise: 0.7}
            network: {layers: [16, 12, 4]}
            loss: cross-entropy
            optimizer: {name: sgd, learning-rate: 1.0}
            training: {epochs: 3}
            """;

    /** 2 x 2 grid points x 2 seeds of {@link #TOY}. */
    static final String GRID = """
            batch: toy-grid
            base: toy.yaml
            grid:
              optimizer.learning-rate: [0.5, 1.0]
              optimizer.l2: [0.0, 5.0]
            seeds: [1, 2]
            """;

    private BatchFiles() {
    }

    /** Writes {@link #TOY} as toy.yaml and {@code batch} as toy-batch.yaml into {@code dir}; returns the batch file. */
    static Path write(Path dir, String batch) {
        try {
            Files.writeString(dir.resolve("toy.yaml"), TOY);
            return Files.writeString(dir.resolve("toy-batch.yaml"), batch);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
