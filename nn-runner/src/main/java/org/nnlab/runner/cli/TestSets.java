package org.nnlab.runner.cli;

import com.google.inject.Injector;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.nnlab.api.DataSplits;
import org.nnlab.api.DatasetContext;
import org.nnlab.api.UserException;
import org.nnlab.core.Network;
import org.nnlab.core.io.ModelFile;
import org.nnlab.host.PluginRegistry;
import org.nnlab.runner.config.ExperimentLoader;
import org.nnlab.runner.config.PluginChoice;
import org.nnlab.runner.eval.Classifier;
import org.nnlab.runner.eval.ConfusionMatrix;
import org.nnlab.runner.run.RunRecorder;
import org.nnlab.runner.wiring.DatasetLoader;
import org.nnlab.runner.wiring.Injection;

/**
 * The trained models of {@code nn report}'s runs, evaluated on their test sets, with each distinct dataset
 * setting loaded once (a 12-run batch on one dataset reads it once, not 12 times). A setting's data is released
 * when the last run that needs it has been evaluated, so a report over several datasets holds no more of them
 * than it must.
 */
final class TestSets {
    private final Environment env;
    private final PluginRegistry registry;
    private final DatasetLoader data;
    private final Map<Path, PluginChoice> settingByRun = new HashMap<>();
    private final Map<PluginChoice, Integer> pending = new HashMap<>();

    /** For the runs in {@code runDirs}, evaluated in any order. */
    TestSets(Environment env, PluginRegistry registry, List<Path> runDirs) {
        this.env = Objects.requireNonNull(env, "env is null");
        this.registry = Objects.requireNonNull(registry, "registry is null");
        this.data = new DatasetLoader(dataContext(env, runDirs));
        ExperimentLoader loader = new ExperimentLoader(registry);
        for (Path runDir : runDirs) {
            Path config = runDir.resolve(RunRecorder.CONFIG);
            try {
                PluginChoice setting = loader.load(config, List.of()).spec().dataset();
                settingByRun.put(runDir, setting);
                pending.merge(setting, 1, Integer::sum);
            } catch (RuntimeException e) {
                // an unreadable config: evaluate reports it for that run
            }
        }
    }

    /**
     * Where the data is: where the first run's training found it (its recorded data directory), else, when that
     * is gone, the environment's, so that each run's evaluation says what it misses.
     */
    private static DatasetContext dataContext(Environment env, List<Path> runDirs) {
        if (runDirs.isEmpty()) {
            return env.datasets();
        }
        try {
            return RecordedData.context(runDirs.get(0), env.datasets(), null);
        } catch (UserException e) {
            return env.datasets();
        }
    }

    /** The confusion matrix of the model of {@code runDir} on its test set; throws, saying why there is none. */
    ConfusionMatrix evaluate(Path runDir) {
        try {
            if (!Files.isRegularFile(runDir.resolve(ModelFile.FILE_NAME))) {
                throw new IllegalStateException("no " + ModelFile.FILE_NAME + " yet: the run has not finished an"
                        + " epoch");
            }
            Injector injector = TrainedRun.open(registry, runDir, false, data);
            DataSplits splits = Injection.instance(injector, DataSplits.class);
            if (splits.test().count() == 0) {
                throw new IllegalStateException("its dataset has no test set");
            }
            return new Classifier(Injection.instance(injector, Network.class)).evaluate(splits.test());
        } finally {
            done(runDir);
        }
    }

    private void done(Path runDir) {
        PluginChoice setting = settingByRun.remove(runDir);
        if (setting != null && pending.merge(setting, -1, Integer::sum) <= 0) {
            pending.remove(setting);
            data.release(setting);
        }
    }
}
