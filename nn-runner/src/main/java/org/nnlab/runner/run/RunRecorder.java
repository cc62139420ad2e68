package org.nnlab.runner.run;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.nnlab.core.EpochMetrics;
import org.nnlab.core.Network;
import org.nnlab.core.TrainingListener;
import org.nnlab.core.io.CheckpointFile;
import org.nnlab.core.io.ModelFile;
import org.nnlab.core.io.ModelInfo;
import org.nnlab.runner.curves.CurvesPng;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps a run directory's files in step with training: after each epoch, {@code model.nnm}, then
 * {@code summary.json}, then the epoch's row of {@code metrics.csv}, so that after a kill the metrics are never
 * ahead of the model and summary; at the end, the final status and (completed or failed) {@code curves.png}. An
 * {@code INCOMPLETE} file marks the directory from the start until the run completes. Every write is whole
 * (temporary file, atomic move, the temporary file removed when the write fails) and happens under this
 * object's lock, so an interrupt handled on another thread ({@link #interrupted()}) never sees or leaves a
 * half-written file; after the run is closed, further writes are dropped. A run that ends unfinished first
 * frees what temporary files of its own are left (on a full disk they hold the space its record needs), then
 * writes the marker, the summary and provenance, and says which of them it could write. The run's
 * {@code checkpoint.nnc} (written by the trainer after this wrote the epoch's files) is removed when it completes:
 * a completed run is not resumed, and the checkpoint (the weights and the optimizer's state) would only take room.
 */
public final class RunRecorder implements TrainingListener {
    public static final String CONFIG = "config.yaml";
    public static final String PROVENANCE = "provenance.json";
    public static final String METRICS = "metrics.csv";
    public static final String SUMMARY = "summary.json";
    public static final String RUN_LOG = "run.log";
    public static final String INCOMPLETE = "INCOMPLETE";
    public static final String CURVES = "curves.png";

    private static final Logger LOG = LoggerFactory.getLogger(RunRecorder.class);

    private final Path dir;
    private final Network network;
    private final ModelInfo modelInfo;
    private final Provenance provenance;
    private final Clock clock;
    private final int plannedEpochs;
    private final MetricsTable metrics = new MetricsTable();
    private final EpochProgress progress = new EpochProgress();
    private boolean closed;

    /** {@code modelInfo} goes into every model file written, with the network's parameters. */
    public RunRecorder(Path dir, Network network, ModelInfo modelInfo, Provenance provenance, Clock clock,
                       int plannedEpochs) {
        this.dir = dir;
        this.network = network;
        this.modelInfo = modelInfo;
        this.provenance = provenance;
        this.clock = clock;
        this.plannedEpochs = plannedEpochs;
    }

    public Path dir() {
        return dir;
    }

    /** Writes the marker, the resolved config, provenance and a summary with status running. */
    public synchronized void start(String resolvedConfig) {
        write(INCOMPLETE, "running since " + clock.instant() + "\n");
        write(CONFIG, resolvedConfig);
        write(PROVENANCE, RunJson.write(provenance.toMap(RunStatus.RUNNING, null)));
        writeSummary(RunStatus.RUNNING, null);
    }

    /**
     * A run continued from its checkpoint after the epochs of {@code history}: marker and provenance as in
     * {@link #start}, the metrics rows and summary rewritten from {@code history} (a row a kill left beyond it is
     * dropped; training writes it again, the same), the model (and best model, when that epoch is the best) from
     * the network, which holds the checkpoint's weights.
     */
    public synchronized void resumed(List<EpochMetrics> history) {
        EpochMetrics last = history.get(history.size() - 1);
        write(INCOMPLETE, "running since " + clock.instant() + ", resumed after epoch " + last.epoch() + "\n");
        write(PROVENANCE, RunJson.write(provenance.toMap(RunStatus.RUNNING, null)));
        for (EpochMetrics m : history) {
            progress.add(m);
            metrics.add(m);
        }
        saveModel();
        if (last.validation().count() > 0 && progress.bestEpoch() == last.epoch()) {
            saveModel(ModelFile.BEST_FILE_NAME);
        }
        writeSummary(RunStatus.RUNNING, null);
        write(METRICS, metrics.csv());
        LOG.info("Resumed after epoch {} of {} from {}", last.epoch(), plannedEpochs,
                dir.resolve(CheckpointFile.FILE_NAME));
    }

    @Override
    public synchronized void epochEnded(EpochMetrics m) {
        if (closed) {
            return;
        }
        saveModel();
        progress.add(m);
        metrics.add(m);
        if (m.validation().count() > 0 && progress.bestEpoch() == m.epoch()) {
            saveModel(ModelFile.BEST_FILE_NAME);
        }
        writeSummary(RunStatus.RUNNING, null);
        write(METRICS, metrics.csv());
        LOG.info(EpochLine.format(m, plannedEpochs));
    }

    /** Training ended normally: final model, summary and provenance, marker removed. */
    public synchronized void completed(boolean stoppedEarly) {
        if (closed) {
            return;
        }
        progress.stoppedEarly(stoppedEarly);
        saveModel();
        writeSummary(RunStatus.COMPLETED, null);
        writeCurves();
        write(PROVENANCE, RunJson.write(provenance.toMap(RunStatus.COMPLETED, clock.instant())));
        try {
            Files.deleteIfExists(dir.resolve(CheckpointFile.FILE_NAME));
            Files.deleteIfExists(dir.resolve(INCOMPLETE));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        closed = true;
    }

    /**
     * The run ended with {@code error}: marked failed with what it had. Never throws.
     *
     * @return what is on disk, e.g. "the run directory runs/x is kept, marked failed"
     */
    public synchronized String failed(Throwable error) {
        String reason = String.valueOf(error.getMessage() == null ? error : error.getMessage());
        if (error instanceof UncheckedIOException io && io.getCause().getMessage() != null) {
            reason = failure(io);
        }
        return close(RunStatus.FAILED, reason);
    }

    /**
     * Called from the shutdown hook when code in this JVM (a plugin) asked it to exit during training: marked
     * failed, naming the epoch and {@code caller}. Never throws.
     */
    public synchronized String exitRequested(String caller) {
        String reason = "the JVM was asked to exit (System.exit, called at " + caller + ") during epoch "
                + (progress.epochsRun() + 1) + " of " + plannedEpochs;
        if (!closed) {
            LOG.error("Run stopped: {}", reason);
        }
        return close(RunStatus.FAILED, reason);
    }

    /** A write of this run's own, e.g. a checkpoint. */
    @FunctionalInterface
    interface FileWrite {
        void run() throws java.io.IOException;
    }

    /**
     * Runs {@code write} under this recorder's lock, so an interrupt never sees or leaves its temporary file, unless
     * the run's record is already closed (an interrupt or a failure got there first).
     *
     * @return whether it ran
     */
    synchronized boolean whileOpen(FileWrite write) throws java.io.IOException {
        if (closed) {
            return false;
        }
        write.run();
        return true;
    }

    /** Called from the shutdown hook on Ctrl-C: marked incomplete with the epochs done. Never throws. */
    public synchronized void interrupted() {
        if (!closed) {
            LOG.warn("Interrupted after epoch {} of {}; {} is marked incomplete", progress.epochsRun(),
                    plannedEpochs, dir);
        }
        close(RunStatus.INCOMPLETE, "stopped by an interrupt after epoch " + progress.epochsRun() + " of "
                + plannedEpochs);
    }

    private String close(RunStatus status, String reason) {
        if (closed) {
            return "the run directory " + dir + " is kept";
        }
        closed = true;
        deleteTemporaries();
        String marked = "the run directory " + dir + " is kept, marked " + status.label();
        try {
            write(INCOMPLETE, status.label() + ": " + reason + "\n");
        } catch (RuntimeException e) {
            LOG.error("Could not mark {} as {}: {}", dir, status.label(), e.toString());
            return "the run directory " + dir + " is kept but could not be marked " + status.label() + " ("
                    + failure(e) + "): its " + INCOMPLETE + " and " + SUMMARY + " still say running";
        }
        try {
            writeSummary(status, status == RunStatus.FAILED ? reason : null);
            write(METRICS, metrics.csv());
            write(PROVENANCE, RunJson.write(provenance.toMap(status, clock.instant())));
        } catch (RuntimeException e) {
            LOG.error("Could not finish the record of {}: {}", dir, e.toString());
            return marked + " in " + INCOMPLETE + ", but " + failure(e) + ", so its other files may"
                    + " still say running";
        }
        if (status == RunStatus.FAILED) {
            writeCurves();
        }
        return marked;
    }

    private static String failure(RuntimeException e) {
        Throwable cause = e.getCause();
        return e.getMessage() + (cause == null || cause.getMessage() == null ? "" : ": " + cause.getMessage());
    }

    /** Removes the temporary files a write of this run left (a kill, a full disk); never throws. */
    private void deleteTemporaries() {
        try (var files = Files.list(dir)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                if (file.getFileName().toString().endsWith(".tmp")) {
                    Files.deleteIfExists(file);
                }
            }
        } catch (IOException | RuntimeException e) {
            LOG.warn("Could not remove the temporary files in {}: {}", dir, e.toString());
        }
    }

    private void writeSummary(RunStatus status, String error) {
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("status", status.label());
        summary.putAll(progress.toMap(plannedEpochs));
        if (error != null) {
            summary.put("error", error);
        }
        write(SUMMARY, RunJson.write(summary));
    }

    /** The learning curves so far; a chart that cannot be drawn is a warning, never a failed run. */
    private void writeCurves() {
        if (progress.epochsRun() == 0) {
            return;
        }
        try {
            AtomicFiles.write(dir.resolve(CURVES), CurvesPng.render(dir.getFileName() + ": learning curves",
                    metrics.curves()));
        } catch (IOException | RuntimeException | LinkageError | java.awt.AWTError e) {
            LOG.warn("Could not draw {}: {}", dir.resolve(CURVES), e.toString());
        }
    }

    private void saveModel() {
        saveModel(ModelFile.FILE_NAME);
    }

    private void saveModel(String name) {
        try {
            AtomicFiles.write(dir.resolve(name), ModelFile.toBytes(network, modelInfo));
        } catch (IOException e) {
            throw new UncheckedIOException("could not write " + dir.resolve(name), e);
        }
    }

    private void write(String name, String text) {
        try {
            AtomicFiles.write(dir.resolve(name), text);
        } catch (IOException e) {
            throw new UncheckedIOException("could not write " + dir.resolve(name), e);
        }
    }
}
