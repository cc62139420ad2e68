package org.nnlab.runner.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.nnlab.runner.Main;

/**
 * {@code nn run} of a small toy experiment in a child JVM, for tests that stop or kill a run from outside: its
 * standard output and error go to {@code out.txt} and {@code err.txt} in the test's directory.
 */
public final class ChildRun {
    private ChildRun() {
    }

    /** Writes {@code NAME.yaml} (toy data, 2000 examples, {@code epochs} epochs) in {@code dir} and starts it. */
    public static Process start(Path dir, String name, int epochs, Path runDir) throws IOException {
        Path config = Files.writeString(dir.resolve(name + ".yaml"), """
                name: %s
                dataset: {name: toy, train: 2000, side: 10}
                network: {layers: [100, 30, 4]}
                loss: cross-entropy
                training: {epochs: %d}
                """.formatted(name, epochs));
        return new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "run", config.toString(), "--run-dir", runDir.toString(), "--quiet")
                .redirectOutput(dir.resolve("out.txt").toFile()).redirectError(dir.resolve("err.txt").toFile())
                .start();
    }

    /** What the child wrote to its standard error. */
    public static String errors(Path dir) {
        return RunFiles.read(dir.resolve("err.txt"));
    }
}
