package org.nnlab.runner.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nnlab.api.UserException;
import org.nnlab.host.PluginRegistry;
import org.nnlab.runner.config.ExperimentLoader;
import org.nnlab.runner.config.ExperimentSpec;
import org.nnlab.runner.config.PatienceCheck;
import org.nnlab.runner.testing.Nn;

/** Early stopping needs a validation set; a run without a test set says so instead of "NaN%". */
class ValidationAndTestSetsTest {
    private static final String CONFIG = """
            name: toy-run
            dataset: {name: toy, validation: 60, test: 60}
            network: {layers: [16, 8, 4]}
            loss: quadratic
            training:
              epochs: 2
              patience: 1
            """;

    @TempDir
    Path dir;
    private Path runs;
    private Nn nn;

    @BeforeEach
    void setUp() {
        runs = dir.resolve("runs");
        nn = new Nn(dir.resolve("cache"));
    }

    private Nn.Result run(String config) throws IOException {
        Path file = Files.writeString(dir.resolve("experiment.yaml"), config);
        return nn.run("run", file.toString(), "--runs-dir", runs.toString(), "--quiet");
    }

    @Test
    void patienceWithAValidationSizeOf0_isAConfigError() throws IOException {
        Nn.Result result = run(CONFIG.replace("validation: 60", "validation: 0"));
        assertEquals(ExitCodes.USAGE, result.exit(), result::toString);
        assertEquals(dir.resolve("experiment.yaml") + ":7:13: training.patience: early stopping needs a validation"
                + " set to watch, but dataset.validation is 0; hold examples out for validation (e.g. dataset: {name:"
                + " toy, validation: 1000}) or remove patience", result.err().strip());
        assertFalse(Files.exists(runs), "nothing written");
    }

    @Test
    void patienceWithoutValidationExamplesOnceLoaded_isAnError() throws IOException {
        Path file = Files.writeString(dir.resolve("experiment.yaml"), CONFIG);
        ExperimentSpec spec = new ExperimentLoader(PluginRegistry.builtIn()).load(file, List.of()).spec();
        UserException e = assertThrows(UserException.class, () -> PatienceCheck.requireValidation(spec, 0));
        assertEquals("training.patience: early stopping needs a validation set to watch, but the dataset \"toy\" as"
                + " configured has no validation examples; hold examples out for validation (see nn describe toy) or"
                + " remove patience", e.getMessage());
        PatienceCheck.requireValidation(spec, 60);
    }

    @Test
    void aRunWithoutTestExamples_saysThereIsNoTestSet() throws IOException {
        Nn.Result result = run(CONFIG.replace("test: 60", "test: 0"));
        assertEquals(0, result.exit(), result::toString);
        assertTrue(result.out().startsWith("toy-run: no test set after "), result::toString);
        assertFalse(result.out().contains("NaN"), result::toString);
    }
}
