package org.nnlab.runner.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nnlab.runner.cli.ExitCodes;
import org.nnlab.runner.testing.Nn;

/** {@code nn report -o PATH}: a symbolic link is written through; a directory or special file is refused. */
class ReportOutputPathTest {
    @TempDir
    Path dir;
    private Fixtures fixtures;
    private Path run;

    @BeforeEach
    void setUp() throws IOException {
        fixtures = new Fixtures(dir);
        run = fixtures.run(Fixtures.TOY, dir.resolve("run"));
    }

    @Test
    void aSymbolicLink_isWrittenThrough_toItsTarget_andStaysALink() throws IOException {
        Path pages = Files.createDirectories(dir.resolve("pages"));
        Path target = Files.writeString(pages.resolve("page.html"), "old");
        Path link = Files.createSymbolicLink(dir.resolve("link.html"), Path.of("pages/page.html"));
        Nn.Result result = fixtures.nn().run("report", "--no-eval", run.toString(), "-o", link.toString());
        assertEquals(ExitCodes.OK, result.exit(), result::toString);
        assertTrue(Files.isSymbolicLink(link), "the link is kept");
        assertTrue(Files.readString(target).startsWith("<!DOCTYPE html>"), "its target holds the page");
        try (var left = Files.list(pages)) {
            assertEquals(1, left.count(), "no temporary file is left beside the target");
        }
    }

    @Test
    void aDanglingSymbolicLink_createsItsTarget() throws IOException {
        Path link = Files.createSymbolicLink(dir.resolve("link.html"), dir.resolve("new.html"));
        Nn.Result result = fixtures.nn().run("report", "--no-eval", run.toString(), "-o", link.toString());
        assertEquals(ExitCodes.OK, result.exit(), result::toString);
        assertTrue(Files.isSymbolicLink(link));
        assertTrue(Files.readString(dir.resolve("new.html")).startsWith("<!DOCTYPE html>"));
    }

    @Test
    void aSpecialFile_isRefused_andLeftAsItIs() throws IOException, InterruptedException {
        Path fifo = dir.resolve("pipe");
        Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).inheritIO().start();
        assertTrue(mkfifo.waitFor(10, TimeUnit.SECONDS) && mkfifo.exitValue() == 0, "mkfifo");
        Nn.Result result = fixtures.nn().run("report", "--no-eval", run.toString(), "-o", fifo.toString());
        assertEquals(ExitCodes.USAGE, result.exit(), result::toString);
        assertFalse(result.hasStackTrace(), result::toString);
        assertEquals("-o " + fifo + ": is a device or special file, not a regular file, so it is not written over"
                + " (give a file name, e.g. -o report.html)\n", result.err());
        assertTrue(Files.exists(fifo, LinkOption.NOFOLLOW_LINKS) && !Files.isRegularFile(fifo), "still a pipe");
    }

    @Test
    void aSymbolicLinkToADirectory_isRefused() throws IOException {
        Path target = Files.createDirectories(dir.resolve("somewhere"));
        Path link = Files.createSymbolicLink(dir.resolve("out.html"), target);
        Nn.Result result = fixtures.nn().run("report", "--no-eval", run.toString(), "-o", link.toString());
        assertEquals(ExitCodes.USAGE, result.exit(), result::toString);
        assertTrue(result.err().startsWith("-o " + link + ": is a directory, not a regular file"), result::toString);
        assertTrue(Files.isSymbolicLink(link));
    }
}
