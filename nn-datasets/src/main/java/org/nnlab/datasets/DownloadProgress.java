package org.nnlab.datasets;

import java.net.URI;
import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Logs how far a download has come: a line at each further 10% (or every few seconds when the size is
 * unknown), never more often than every two seconds, and one line at the end.
 */
final class DownloadProgress {
    private static final Logger LOG = LoggerFactory.getLogger(DownloadProgress.class);
    private static final long MIN_INTERVAL_NANOS = 2_000_000_000L;
    private static final long UNKNOWN_SIZE_INTERVAL_NANOS = 5_000_000_000L;

    private final URI uri;
    private final long total;
    private final long start = System.nanoTime();
    private long lastLog = start;
    private long lastPercentStep;

    DownloadProgress(URI uri, long total) {
        this.uri = uri;
        this.total = total;
        LOG.info("Downloading {} ({})", uri, total >= 0 ? size(total) : "size unknown");
    }

    void update(long done) {
        long now = System.nanoTime();
        if (total > 0) {
            long step = done * 10 / total;
            if (step > lastPercentStep && now - lastLog >= MIN_INTERVAL_NANOS) {
                lastPercentStep = step;
                lastLog = now;
                LOG.info("{}: {}% ({} of {})", uri, done * 100 / total, size(done), size(total));
            }
        } else if (now - lastLog >= UNKNOWN_SIZE_INTERVAL_NANOS) {
            lastLog = now;
            LOG.info("{}: {} so far", uri, size(done));
        }
    }

    void finish(long done) {
        double seconds = (System.nanoTime() - start) / 1e9;
        LOG.info("{}: done, {} in {} s", uri, size(done), String.format(Locale.ROOT, "%.1f", seconds));
    }

    private static String size(long bytes) {
        return bytes < 1_000_000 ? String.format(Locale.ROOT, "%.1f kB", bytes / 1e3)
                : String.format(Locale.ROOT, "%.1f MB", bytes / 1e6);
    }
}
