package org.nnlab.runner.batch;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.nnlab.api.DataSplits;
import org.nnlab.api.DatasetContext;
import org.nnlab.runner.config.PluginChoice;
import org.nnlab.runner.wiring.DatasetLoader;

/**
 * The datasets of a batch, each loaded once per distinct setting ({@code dataset:} name and parameters) and
 * shared read-only by the runs that use it ({@link org.nnlab.api.Examples} are immutable by contract). A dataset
 * is dropped when the last run that needs it has finished, and loaded again if it was dropped early.
 */
final class SharedData implements DataSource {
    private static final class Entry {
        int pending;
        DataSplits data;
    }

    private final DatasetContext context;
    private final Map<PluginChoice, Entry> entries = new HashMap<>();

    /** For the runs to come, one dataset setting per run. */
    SharedData(DatasetContext context, List<PluginChoice> runs) {
        this.context = context;
        for (PluginChoice setting : runs) {
            entries.computeIfAbsent(setting, s -> new Entry()).pending++;
        }
    }

    /** The data of {@code setting}, loaded by the first caller while others wait for it. */
    @Override
    public DataSplits get(PluginChoice setting) {
        Entry entry;
        synchronized (this) {
            entry = entries.computeIfAbsent(setting, s -> new Entry());
        }
        synchronized (entry) {
            if (entry.data == null) {
                entry.data = load(setting);
            }
            return entry.data;
        }
    }

    /** A run that used {@code setting} has finished; the data goes when no run to come needs it. */
    @Override
    public void done(PluginChoice setting) {
        Entry entry;
        synchronized (this) {
            entry = entries.get(setting);
        }
        if (entry != null) {
            synchronized (entry) {
                if (--entry.pending <= 0) {
                    entry.data = null;
                }
            }
        }
    }

    /** Drops the data of every setting but {@code keep}; it is loaded again when a run needs it. */
    void dropAllBut(PluginChoice keep) {
        for (Map.Entry<PluginChoice, Entry> e : Map.copyOf(entries).entrySet()) {
            if (!e.getKey().equals(keep)) {
                synchronized (e.getValue()) {
                    e.getValue().data = null;
                }
            }
        }
    }

    private DataSplits load(PluginChoice setting) {
        return DatasetLoader.read(context, setting);
    }

    /** Bytes of the examples' arrays. */
    static long bytes(DataSplits data) {
        long values = 0;
        for (var examples : List.of(data.train(), data.validation(), data.test())) {
            values += (long) examples.count() * (examples.featureCount() + 1);
        }
        return 4 * values;
    }
}
