package org.nnlab.runner.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nnlab.runner.testing.Nn;
import org.nnlab.runner.testing.RunFiles;

/**
 * metrics.csv keeps the data cost apart from the L2 penalty: with l2 1.0 the validation and test costs sit
 * several times above the training cost (the penalty is scaled by each set's own size), their data costs do not.
 */
class CostColumnsTest {
    @TempDir
    Path dir;

    @Test
    void dataCostsAreOnOneScale_andTheCostsStillCarryThePenalty() {
        Path runDir = dir.resolve("run");
        Nn.Result result = new Nn(dir.resolve("cache")).run("run", "../configs/quickstart.yaml", "--run-dir",
                runDir.toString(), "--quiet", "--set", "training.epochs=2");
        assertEquals(0, result.exit(), result::toString);
        List<String> lines = RunFiles.read(runDir.resolve("metrics.csv")).lines().toList();
        List<String> header = List.of(lines.get(0).split(","));
        String[] last = lines.get(lines.size() - 1).split(",");
        double trainCost = Double.parseDouble(last[header.indexOf("train_cost")]);
        double trainData = Double.parseDouble(last[header.indexOf("train_data_cost")]);
        double validationCost = Double.parseDouble(last[header.indexOf("validation_cost")]);
        double validationData = Double.parseDouble(last[header.indexOf("validation_data_cost")]);
        double testData = Double.parseDouble(last[header.indexOf("test_data_cost")]);
        assertTrue(trainData < trainCost, "the cost carries the L2 penalty: " + trainData + " < " + trainCost);
        assertTrue(validationCost > 1.5 * trainCost, "with the penalty, validation sits far above train: "
                + validationCost + " vs " + trainCost);
        assertEquals((trainCost - trainData) * 3500, (validationCost - validationData) * 500, 1e-9,
                "the difference is the L2 penalty, lambda / 2n * sum w^2, with n each set's own size (3500, 500)");
        assertTrue(validationData < 1.5 * trainData && testData < 1.5 * trainData, "without it, one scale: train "
                + trainData + ", validation " + validationData + ", test " + testData);
    }
}
