package org.nnlab.runner.testing;

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
import org.nnlab.runner.batch.BatchTables;
import org.nnlab.runner.run.Csv;

/** Reading what a batch wrote, for the batch tests here and in nn-spark (which uses this module's test jar). */
public final class BatchOutputs {
    private BatchOutputs() {
    }

    /** The rows of a CSV file, header first. */
    public static List<List<String>> csv(Path file) {
        return Csv.parse(RunFiles.read(file));
    }

    /** runs.csv without its seconds column: what must be the same however the batch was run. */
    public static List<List<String>> runsWithoutSeconds(Path batchDir) {
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
    public static Map<String, String> fingerprint(Path dir) {
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
