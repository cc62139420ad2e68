package org.nnlab.runner.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nnlab.runner.testing.Nn;

/** Temporary files a kill -9 left in a batch directory are removed by {@code nn batch --resume}. */
class StaleTemporaryFilesTest {
    @TempDir
    Path dir;

    @Test
    void aResume_removesTheTemporaryFilesOfAKilledBatch() throws IOException {
        Nn nn = new Nn(dir.resolve("cache"));
        Path file = BatchFiles.write(dir, """
                batch: tiny
                base: toy.yaml
                seeds: [1]
                """);
        Path out = dir.resolve("out");
        Nn.Result first = nn.run("batch", file.toString(), "--batch-dir", out.toString(), "--quiet");
        assertEquals(0, first.exit(), first::toString);
        Path stale = Files.writeString(out.resolve(".batch.yaml.tmp"), "batch: ha");
        Nn.Result resumed = nn.run("batch", "--resume", out.toString(), "--quiet");
        assertEquals(0, resumed.exit(), resumed::toString);
        assertFalse(Files.exists(stale), "the stale temporary file is gone");
    }
}
