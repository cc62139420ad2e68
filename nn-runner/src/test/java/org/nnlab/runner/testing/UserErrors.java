package org.nnlab.runner.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;
import org.nnlab.runner.cli.ExitCodes;

/**
 * A test's scratch directory for inputs that {@code nn} must refuse: an {@code experiment.yaml}, a runs directory,
 * and calls that must fail as a user's mistake (usage exit code, no stack trace, nothing on standard output, no run
 * directory left behind, within 20 seconds).
 */
public final class UserErrors {
    private final Path dir;
    private final Path runs;
    private final Nn nn;

    public UserErrors(Path dir) {
        this.dir = dir;
        this.runs = dir.resolve("runs");
        this.nn = new Nn(dir.resolve("cache"));
    }

    public Path runs() {
        return runs;
    }

    public Nn nn() {
        return nn;
    }

    /** Writes {@code text} as {@code experiment.yaml}. */
    public Path config(String text) throws IOException {
        return Files.writeString(dir.resolve("experiment.yaml"), text);
    }

    /** Runs {@code nn ARGS}, asserts a clean user error and returns its message. */
    public String fails(String... args) {
        Nn.Result result = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> nn.run(args));
        assertEquals(ExitCodes.USAGE, result.exit(), result::toString);
        assertFalse(result.hasStackTrace(), () -> "no stack trace without --verbose:\n" + result);
        assertEquals("", result.out(), "nothing on standard output");
        assertFalse(Files.exists(runs) && runs.toFile().list().length > 0, "no run directory is left behind");
        return result.err().strip();
    }

    /** {@link #fails} of {@code nn run CONFIG --runs-dir RUNS MORE...}. */
    public String runFails(Path config, String... more) {
        return fails(Stream.concat(Stream.of("run", config.toString(), "--runs-dir", runs.toString()),
                Stream.of(more)).toArray(String[]::new));
    }
}
