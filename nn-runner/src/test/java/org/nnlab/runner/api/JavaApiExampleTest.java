package org.nnlab.runner.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nnlab.runner.testing.NestedMaven;
import org.nnlab.runner.testing.RunFiles;

/**
 * examples/java-api, built with Maven outside the framework's build against this build's artifacts, runs as its
 * README says: it trains its experiment for two epochs, printing each, and classifies its images with the best
 * model; its figures and predictions are those of the same calls made in this JVM.
 */
class JavaApiExampleTest {
    static final Path EXAMPLE = Path.of("../examples/java-api").toAbsolutePath().normalize();
    static final String JAR = "nn-java-api-example-1.0-SNAPSHOT.jar";

    @TempDir
    Path dir;

    @Test
    void theExampleBuiltWithMaven_trainsAndPredicts_asTheApiDoesInThisJvm() throws IOException,
            InterruptedException {
        Assumptions.assumeTrue(Files.isDirectory(EXAMPLE), "not run from nn-runner in a checkout");
        NestedMaven maven = NestedMaven.forTheRunner();
        Path project = dir.resolve("java-api");
        copy(EXAMPLE, project);
        maven.packageProject(project, dir.resolve("mvn.log"));

        List<Path> images;
        try (Stream<Path> files = Files.list(project.resolve("images"))) {
            images = files.sorted().toList();
        }
        assertTrue(images.size() >= 3, "the example has a few images: " + images);
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "--add-modules", "jdk.incubator.vector", "-jar", "target/" + JAR, "experiment.yaml",
                "runs"));
        images.forEach(image -> command.add(project.relativize(image).toString()));
        ProcessBuilder builder = new ProcessBuilder(command).directory(project.toFile())
                .redirectOutput(dir.resolve("out.txt").toFile()).redirectError(dir.resolve("err.txt").toFile());
        builder.environment().put("XDG_CACHE_HOME", dir.resolve("cache").toString());
        builder.environment().remove("NN_PLUGINS");
        Process process = builder.start();
        assertTrue(process.waitFor(3, TimeUnit.MINUTES), "the example ends within 3 minutes");
        String out = RunFiles.read(dir.resolve("out.txt"));
        String err = RunFiles.read(dir.resolve("err.txt"));
        assertEquals(0, process.exitValue(), () -> "the example exits 0:\n" + out + "\n--- err\n" + err);

        Path runDir = project.resolve(out.lines().filter(l -> l.startsWith("run directory ")).findFirst()
                .orElseThrow(() -> new AssertionError("the example names its run directory:\n" + out))
                .substring("run directory ".length()));
        RunResult here = Experiment.load(project.resolve("experiment.yaml")).override("optimizer.learning-rate=0.4")
                .withRunDirectory(dir.resolve("here")).run();
        StringBuilder expected = new StringBuilder();
        for (Epoch epoch : here.epochs()) {
            expected.append(String.format(Locale.ROOT, "epoch %d: train accuracy %.4f, validation accuracy %.4f,"
                    + " test accuracy %.4f%n", epoch.number(), epoch.trainAccuracy(), epoch.validationAccuracy(),
                    epoch.testAccuracy()));
        }
        expected.append("run directory ").append(project.relativize(runDir)).append('\n');
        expected.append("best epoch ").append(here.bestEpoch()).append('\n');
        Model best = here.bestModel();
        for (Path image : images) {
            Prediction prediction = best.predict(image);
            expected.append(String.format(Locale.ROOT, "%s: %s (%.1f%%)%n", project.relativize(image),
                    prediction.label(), 100 * prediction.probability()));
        }
        assertEquals(expected.toString(), out, "the example prints what the same calls give in this JVM");
        assertEquals(ExperimentTest.rows(here.directory().resolve("metrics.csv"), false),
                ExperimentTest.rows(runDir.resolve("metrics.csv"), false), "and writes the same metrics.csv");
        assertEquals(List.of(), err.lines().filter(l -> !l.startsWith("WARNING: Using incubator")).toList(),
                "nothing on standard error but the JDK's note on the incubator module");
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Path relative = from.relativize(file);
                if (!relative.startsWith("target") && !relative.startsWith("runs")) {
                    Files.createDirectories(to.resolve(relative).getParent());
                    Files.copy(file, to.resolve(relative));
                }
            }
        }
    }
}
