package org.nnlab.runner.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Reading a run directory in tests. */
public final class RunFiles {
    private RunFiles() {
    }

    public static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** metrics.csv without its timing columns ({@code *_seconds}): what must be identical between reproduced runs. */
    public static String metricsWithoutSeconds(Path runDir) {
        List<String> lines = read(runDir.resolve("metrics.csv")).lines().toList();
        List<String> header = List.of(lines.get(0).split(",", -1));
        return lines.stream().map(line -> {
            String[] cells = line.split(",", -1);
            return java.util.stream.IntStream.range(0, cells.length).filter(i -> !header.get(i).endsWith("_seconds"))
                    .mapToObj(i -> cells[i]).collect(Collectors.joining(","));
        }).collect(Collectors.joining("\n"));
    }

    /** The sorted names in a directory. */
    public static List<String> names(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A top-level string or number field of a small JSON file, as text (no JSON library needed for tests). */
    public static String jsonField(Path file, String key) {
        Matcher m = Pattern.compile("\"" + Pattern.quote(key) + "\": (\"(?:[^\"\\\\]|\\\\.)*\"|[^,\\n]+)")
                .matcher(read(file));
        if (!m.find()) {
            throw new AssertionError(key + " not in " + file);
        }
        String value = m.group(1);
        return value.startsWith("\"") ? value.substring(1, value.length() - 1) : value;
    }
}
