package org.nnlab.runner.run;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import org.nnlab.core.EpochMetrics;
import org.nnlab.core.Network;
import org.nnlab.core.TrainingListener;
import org.nnlab.core.io.ModelFile;
import org.nnlab.core.io.ModelInfo;
import org.nnlab.runner.report.curves.Curves;
import org.nnlab.runner.report.curves.CurvesPng;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps a run directory's files in step with training: after each epoch, {@code metrics.csv},
 * {@code model.nnm} and {@code summary.json}; at the end, the final status and (completed or failed)
 * {@code curves.png}. An {@code INCOMPLETE} file marks the directory from the start until the run completes.
 * Every write is whole (temporary file, atomic move) and happens under this object's lock, so an interrupt
 * handled on another thread ({@link #interrupted()}) never sees or leaves a half-written file; after the run is
 * closed, further writes are dropped.
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
        write(PROVENANCE, Json.write(provenance.toMap(RunStatus.RUNNING, null)));
        writeSummary(RunStatus.RUNNING, null);
    }

    @Override
    public synchronized void epochEnded(EpochMetrics m) {
        if (closed) {
            return;
        }
        progress.add(m);
        metrics.add(m);
        write(METRICS, metrics.csv());
        saveModel();
        if (m.validation().count() > 0 && progress.bestEpoch() == m.epoch()) {
            saveModel(ModelFile.BEST_FILE_NAME);
        }
        writeSummary(RunStatus.RUNNING, null);
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
        write(PROVENANCE, Json.write(provenance.toMap(RunStatus.COMPLETED, clock.instant())));
        try {
            Files.deleteIfExists(dir.resolve(INCOMPLETE));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        closed = true;
    }

    /** The run ended with {@code error}: marked failed with what it had. Never throws. */
    public synchronized void failed(Throwable error) {
        close(RunStatus.FAILED, String.valueOf(error.getMessage() == null ? error : error.getMessage()));
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

    private void close(RunStatus status, String reason) {
        if (closed) {
            return;
        }
        closed = true;
        if (status == RunStatus.FAILED) {
            writeCurves();
        }
        try {
            writeSummary(status, status == RunStatus.FAILED ? reason : null);
            write(PROVENANCE, Json.write(provenance.toMap(status, clock.instant())));
            write(INCOMPLETE, status.label() + ": " + reason + "\n");
        } catch (RuntimeException e) {
            LOG.error("Could not mark {} as {}: {}", dir, status.label(), e.toString());
        }
    }

    private void writeSummary(RunStatus status, String error) {
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("status", status.label());
        summary.putAll(progress.toMap(plannedEpochs));
        if (error != null) {
            summary.put("error", error);
        }
        write(SUMMARY, Json.write(summary));
    }

    /** The learning curves so far; a chart that cannot be drawn is a warning, never a failed run. */
    private void writeCurves() {
        if (progress.epochsRun() == 0) {
            return;
        }
        try {
            AtomicFiles.write(dir.resolve(CURVES), CurvesPng.render(dir.getFileName() + ": learning curves",
                    Curves.parse(metrics.csv())));
        } catch (IOException | RuntimeException | LinkageError | java.awt.AWTError e) {
            LOG.warn("Could not draw {}: {}", dir.resolve(CURVES), e.toString());
        }
    }

    private void saveModel() {
        saveModel(ModelFile.FILE_NAME);
    }

    private void saveModel(String name) {
        try {
            ModelFile.save(network, modelInfo, dir.resolve(name));
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
