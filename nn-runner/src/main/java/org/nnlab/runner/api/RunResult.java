package org.nnlab.runner.api;

import java.nio.file.Path;
import java.util.List;
import org.nnlab.host.PluginRegistry;
import org.nnlab.core.TrainingResult;

/** Public API: a finished run of {@link Experiment#run(EpochListener)}: its directory and its epochs' figures. */
public final class RunResult {
    private final Path directory;
    private final List<Epoch> epochs;
    private final int bestEpoch;
    private final boolean stoppedEarly;
    private final PluginRegistry registry;

    RunResult(Path directory, TrainingResult result, PluginRegistry registry) {
        this.directory = directory;
        this.epochs = result.history().stream().map(Epoch::of).toList();
        this.bestEpoch = result.bestEpoch();
        this.stoppedEarly = result.stoppedEarly();
        this.registry = registry;
    }

    /** The run directory, holding config.yaml, provenance.json, metrics.csv, summary.json, the models, run.log. */
    public Path directory() {
        return directory;
    }

    /** Every epoch run, in order: the rows of {@code metrics.csv}. */
    public List<Epoch> epochs() {
        return epochs;
    }

    /** The last epoch run. */
    public Epoch last() {
        return epochs.get(epochs.size() - 1);
    }

    /**
     * The epoch of the best validation accuracy (the first of equals), whose model is {@code best.nnm}; the last
     * epoch when there is no validation set.
     */
    public int bestEpoch() {
        return bestEpoch;
    }

    /** Whether early stopping ({@code training.patience}) ended the run before its last planned epoch. */
    public boolean stoppedEarly() {
        return stoppedEarly;
    }

    /** The last epoch's model, {@code model.nnm}, with the run's plugins. */
    public Model model() {
        return Model.open(directory, false, registry);
    }

    /**
     * The best epoch's model, {@code best.nnm}.
     *
     * @throws org.nnlab.api.UserException when the run wrote none (its dataset has no validation set)
     */
    public Model bestModel() {
        return Model.open(directory, true, registry);
    }

    @Override
    public String toString() {
        return "run " + directory + ": " + epochs.size() + " epochs";
    }
}
