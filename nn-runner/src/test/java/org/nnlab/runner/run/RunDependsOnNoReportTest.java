package org.nnlab.runner.run;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The report reads what a run writes, so the run package (and the curves and progress packages both use) must
 * not reach back into the report package: no package cycle between {@code run} and {@code report}.
 */
class RunDependsOnNoReportTest {
    private static final Path SOURCES = Path.of("src/main/java/org/nnlab/runner");

    @Test
    void runCurvesAndProgress_importNothingOfTheReport() throws IOException {
        List<String> found = new ArrayList<>();
        for (String pkg : List.of("run", "curves", "progress")) {
            try (Stream<Path> files = Files.walk(SOURCES.resolve(pkg))) {
                for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                    Files.readAllLines(file).stream()
                            .filter(line -> line.contains("org.nnlab.runner.report"))
                            .forEach(line -> found.add(SOURCES.relativize(file) + ": " + line.trim()));
                }
            }
        }
        assertEquals(List.of(), found);
    }
}
