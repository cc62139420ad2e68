package org.nnlab.runner.script;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code nn} script, run in a copy of the checkout whose {@code mvnw} and {@code java} are stand-ins that log
 * what they were asked (no Maven, no JVM): found through a symlink, and built once by two first calls at once.
 */
class NnScriptTest {
    private static final Path SCRIPT = Path.of("..", "nn").toAbsolutePath().normalize();

    @TempDir
    Path dir;
    private Path clone;
    private Path bin;
    private Path log;

    @BeforeEach
    void setUp() throws IOException {
        clone = Files.createDirectories(dir.resolve("clone"));
        bin = Files.createDirectories(dir.resolve("bin"));
        log = dir.resolve("log");
        Files.copy(SCRIPT, clone.resolve("nn"));
        executable(clone.resolve("nn"));
        executable(Files.writeString(clone.resolve("mvnw"), """
                #!/usr/bin/env bash
                echo "build start in $PWD" >> "$NN_TEST_LOG"
                sleep 1
                mkdir -p nn-runner/target
                echo "build end" >> "$NN_TEST_LOG"
                """));
        executable(Files.writeString(bin.resolve("java"), """
                #!/usr/bin/env bash
                for a in "$@"; do case "$a" in -Dnn.home=*) echo "java ${a#-Dnn.home=}" >> "$NN_TEST_LOG";; esac; done
                """));
    }

    private static Path executable(Path file) throws IOException {
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
        return file;
    }

    private Process start(Path script) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(script.toString(), "--version").directory(dir.toFile())
                .redirectErrorStream(true).redirectOutput(dir.resolve("out-" + System.nanoTime()).toFile());
        builder.environment().put("PATH", bin + ":" + System.getenv("PATH"));
        builder.environment().put("NN_TEST_LOG", log.toString());
        return builder.start();
    }

    private static void finish(Process process) throws InterruptedException {
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "the script ended");
        assertEquals(0, process.exitValue(), "the script's exit status");
    }

    private List<String> logLines() throws IOException {
        return Files.readAllLines(log, StandardCharsets.UTF_8);
    }

    @Test
    void calledThroughASymlink_buildsAndRunsInTheCheckout() throws Exception {
        Path link = Files.createSymbolicLink(bin.resolve("nn"), clone.resolve("nn"));
        finish(start(link));
        assertEquals(List.of("build start in " + clone.toRealPath(), "build end", "java " + clone.toRealPath()),
                logLines());
    }

    @Test
    void twoFirstCallsAtOnce_buildOnce_andBothRun() throws Exception {
        List<Process> calls = new ArrayList<>();
        calls.add(start(clone.resolve("nn")));
        calls.add(start(clone.resolve("nn")));
        for (Process call : calls) {
            finish(call);
        }
        List<String> lines = logLines();
        assertEquals(List.of("build start in " + clone.toRealPath(), "build end"), lines.subList(0, 2),
                "one build, whole, before anything else: " + lines);
        assertEquals(List.of("java " + clone.toRealPath(), "java " + clone.toRealPath()), lines.subList(2, 4),
                lines::toString);
        assertEquals(4, lines.size(), lines::toString);
    }
}
