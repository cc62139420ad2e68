package org.nnlab.runner.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nnlab.runner.testing.Nn;

/**
 * --spark and --spark-conf of nn batch where the nn-spark module is not on the class path (the default build):
 * one clear message, exit 2, nothing written.
 */
class SparkOptionsTest {
    @TempDir
    Path dir;
    private Nn nn;
    private Path batch;

    @BeforeEach
    void writeBatch() throws IOException {
        nn = new Nn(dir.resolve("cache"));
        Files.writeString(dir.resolve("toy.yaml"), """
                dataset: {name: toy, train: 100}
                network: {layers: [16, 4]}
                loss: cross-entropy
                optimizer: sgd
                """);
        batch = Files.writeString(dir.resolve("b.yaml"), "batch: b\nbase: toy.yaml\nseeds: [1, 2]\n");
    }

    @Test
    void spark_withoutTheSparkModule_saysHowToGetIt() {
        Nn.Result result = nn.run("batch", batch.toString(), "--batch-dir", dir.resolve("out").toString(),
                "--spark", "local[2]");
        assertEquals(ExitCodes.USAGE, result.exit(), result::toString);
        assertTrue(result.err().contains("--spark local[2]: the Spark module (nn-spark) is not on the class path;"
                + " run the nn script, which builds it and adds it when --spark is given"), result::toString);
        assertFalse(Files.exists(dir.resolve("out")), "nothing written");
    }

    @Test
    void sparkConf_withoutSpark_isRefused() {
        Nn.Result result = nn.run("batch", batch.toString(), "--spark-conf", "spark.executor.memory=2g");
        assertEquals(ExitCodes.USAGE, result.exit(), result::toString);
        assertTrue(result.err().contains("--spark-conf spark.executor.memory=2g: only with --spark MASTER"),
                result::toString);
    }

    @Test
    void sparkConf_withoutKeyAndValue_isRefused() {
        Nn.Result result = nn.run("batch", batch.toString(), "--spark", "local[2]", "--spark-conf", "executors");
        assertEquals(ExitCodes.USAGE, result.exit(), result::toString);
        assertTrue(result.err().contains("--spark-conf executors: expected KEY=VALUE"), result::toString);
    }
}
