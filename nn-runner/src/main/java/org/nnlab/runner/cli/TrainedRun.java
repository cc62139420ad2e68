package org.nnlab.runner.cli;

import com.google.inject.Injector;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.nnlab.api.DatasetContext;
import org.nnlab.api.UserException;
import org.nnlab.core.io.ModelFile;
import org.nnlab.core.io.SavedModel;
import org.nnlab.host.PluginRegistry;
import org.nnlab.runner.config.ExperimentLoader;
import org.nnlab.runner.config.LoadedConfig;
import org.nnlab.runner.run.RunRecorder;
import org.nnlab.runner.wiring.DataModule;
import org.nnlab.runner.wiring.DatasetLoader;
import org.nnlab.runner.wiring.ExperimentModule;
import org.nnlab.runner.wiring.Injection;
import org.nnlab.runner.wiring.TrainedModelModule;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A run directory opened for {@code nn eval} (its config, data and model) or {@code nn predict} (config, model);
 * the Java API opens models through it too.
 */
public final class TrainedRun {
    private static final Logger LOG = LoggerFactory.getLogger(TrainedRun.class);

    private TrainedRun() {
    }

    /**
     * The injector of the run's data and trained network (its last model, or with {@code best} the model of the
     * epoch with the best validation accuracy); the run's own config says which data.
     */
    static Injector open(DatasetContext datasets, PluginRegistry registry, Path runDir, boolean best) {
        return open(registry, runDir, best, new DatasetLoader(datasets));
    }

    /** As {@link #open(DatasetContext, PluginRegistry, Path, boolean)}, taking the data from {@code data}. */
    static Injector open(PluginRegistry registry, Path runDir, boolean best, DatasetLoader data) {
        LoadedConfig loaded = config(registry, runDir, best);
        try {
            return Injection.create(List.of(new ExperimentModule(loaded.spec(), registry),
                    new DataModule(loaded.spec().dataset(), data),
                    new TrainedModelModule(runDir, loaded.spec().network(), modelFile(best))));
        } catch (UserException e) {
            throw loaded.locate(e);
        }
    }

    /**
     * The run's model file (its last, or with {@code best} its best) with what the file says about its inputs;
     * reads the run's config for the activations' parameters, never its data.
     */
    public static SavedModel model(PluginRegistry registry, Path runDir, boolean best) {
        LoadedConfig loaded = config(registry, runDir, best);
        try {
            return ModelFile.open(runDir.resolve(modelFile(best)),
                    name -> TrainedModelModule.activation(registry, loaded.spec().network(), name), registry::layer);
        } catch (IOException e) {
            throw new UncheckedIOException("could not read " + runDir.resolve(modelFile(best)), e);
        }
    }

    public static String modelFile(boolean best) {
        return best ? ModelFile.BEST_FILE_NAME : ModelFile.FILE_NAME;
    }

    /** The run's config, once the directory and its model file are checked. */
    static LoadedConfig config(PluginRegistry registry, Path runDir, boolean best) {
        Path config = runDir.resolve(RunRecorder.CONFIG);
        if (!Files.isDirectory(runDir)) {
            throw new UserException(runDir + ": no such directory; give a run directory made by nn run"
                    + " (e.g. runs/quickstart-20250101-120000)");
        }
        if (!Files.isRegularFile(config)) {
            throw new UserException(runDir + ": not a run directory (it has no " + RunRecorder.CONFIG
                    + "); give a directory made by nn run");
        }
        Path marker = runDir.resolve(RunRecorder.INCOMPLETE);
        if (!best && !Files.isRegularFile(runDir.resolve(ModelFile.FILE_NAME))) {
            throw new UserException(runDir + ": no model yet: the run ended before it finished an epoch"
                    + (Files.isRegularFile(marker) ? " (" + RunRecorder.INCOMPLETE + ": " + firstLine(marker) + ")"
                    : "") + "; train it again with nn run " + config);
        }
        if (Files.exists(marker)) {
            LOG.warn("{} is marked incomplete (see {}); using the model of its last finished epoch", runDir,
                    RunRecorder.INCOMPLETE);
        }
        if (best && !Files.isRegularFile(runDir.resolve(ModelFile.BEST_FILE_NAME))) {
            throw new UserException(runDir.resolve(ModelFile.BEST_FILE_NAME) + ": no such file; a run writes it"
                    + " only when its dataset has a validation set (the best epoch is chosen by validation"
                    + " accuracy); leave out --best to use the last epoch's " + ModelFile.FILE_NAME);
        }
        return new ExperimentLoader(registry).load(config, List.of());
    }

    /** The first line of {@code file}, cut short; empty when it cannot be read. */
    private static String firstLine(Path file) {
        try (var lines = Files.lines(file)) {
            String line = lines.findFirst().orElse("").strip();
            return line.length() > 200 ? line.substring(0, 200) + "..." : line;
        } catch (java.io.IOException | java.io.UncheckedIOException e) {
            return "";
        }
    }
}
