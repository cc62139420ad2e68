package org.nnlab.runner.batch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.nnlab.runner.testing.RunFiles;
import org.nnlab.runner.run.Csv;

/** Batch files on the toy dataset, and reading what a batch wrote, for the batch tests. */
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

    /** The rows of a CSV file, header first. */
    static List<List<String>> csv(Path file) {
        return Csv.parse(RunFiles.read(file));
    }

    /** runs.csv without its seconds column: what must be the same however the batch was run. */
    static List<List<String>> runsWithoutSeconds(Path batchDir) {
        List<List<String>> rows = csv(batchDir.resolve(BatchTables.RUNS));
        int seconds = rows.get(0).indexOf("seconds");
        List<List<String>> result = new ArrayList<>();
        for (List<String> row : rows) {
            List<String> copy = new ArrayList<>(row);
            copy.remove(seconds);
            result.add(copy);
        }
        return result;
    }

    /** Each file under {@code dir} with its bytes and modification time, to show nothing was touched. */
    static Map<String, String> fingerprint(Path dir) {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                byte[] digest = MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file));
                files.put(dir.relativize(file).toString(), Files.getLastModifiedTime(file).toMillis() + " "
                        + HexFormat.of().formatHex(digest));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        return files;
    }
}
