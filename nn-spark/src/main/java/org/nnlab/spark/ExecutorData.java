package org.nnlab.spark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.nnlab.api.DataSplits;
import org.nnlab.api.Dataset;
import org.nnlab.api.DatasetContext;
import org.nnlab.api.UserException;
import org.nnlab.host.ContextLoader;
import org.nnlab.host.PluginRegistry;
import org.nnlab.host.Sha256;
import org.nnlab.runner.config.PluginChoice;

/**
 * An executor's datasets, read from its own data directory ({@code NN_DATA_DIR} of its environment, else its cache)
 * once per JVM and dataset setting and kept for the tasks to come (the two settings used last). Each file read is
 * checked by SHA-256 against what the driver validated, so a run never trains on other data than the batch was
 * checked with.
 */
final class ExecutorData {
    private static final int KEPT = 2;

    private record Key(String plugins, PluginChoice setting) {
    }

    private final DatasetContext context;
    private final Map<Key, DataSplits> loaded = new LinkedHashMap<>(4, 0.75f, true);
    private final Map<Path, String> digests = new HashMap<>();

    ExecutorData(DatasetContext context) {
        this.context = context;
    }

    /** The data of {@code setting}, checked against {@code expected}: the driver's files, in order. */
    synchronized DataSplits get(String plugins, PluginRegistry registry, PluginChoice setting,
                                List<RunTask.DataFile> expected, String executor) {
        Key key = new Key(plugins, setting);
        DataSplits data = loaded.get(key);
        if (data == null) {
            data = load(registry, setting);
            loaded.put(key, data);
            while (loaded.size() > KEPT) {
                loaded.remove(loaded.keySet().iterator().next());
            }
        }
        check(setting, data.sourceFiles(), expected, executor);
        return data;
    }

    private DataSplits load(PluginRegistry registry, PluginChoice setting) {
        try {
            Dataset prototype = registry.dataset(setting.name());
            Dataset configured = ContextLoader.call(prototype, () -> prototype.configure(setting.params()));
            return ContextLoader.call(configured, () -> configured.load(context));
        } catch (UserException e) {
            throw e.map(p -> p.under(setting.path()));
        } catch (IOException e) {
            throw new UserException(setting.path(), "could not read the " + setting.name() + " data on this executor ("
                    + e + "); give each worker the data (NN_DATA_DIR in its environment)");
        }
    }

    private void check(PluginChoice setting, List<Path> files, List<RunTask.DataFile> expected, String executor) {
        List<String> names = new ArrayList<>();
        for (Path file : files) {
            names.add(String.valueOf(file.getFileName()));
        }
        List<String> wanted = expected.stream().map(RunTask.DataFile::name).toList();
        if (!names.equals(wanted)) {
            throw new UserException(setting.path(), "the " + setting.name() + " data on executor " + executor
                    + " is read from the files " + names + ", the driver's from " + wanted
                    + "; give the executors the same data (NN_DATA_DIR in each worker's environment)");
        }
        for (int i = 0; i < files.size(); i++) {
            String actual = digest(files.get(i));
            if (!actual.equals(expected.get(i).sha256())) {
                throw new UserException(setting.path(), "the " + setting.name() + " data on executor " + executor
                        + " differs from the driver's: " + files.get(i) + " has SHA-256 " + actual + ", the driver"
                        + " validated " + expected.get(i).sha256() + "; give the executors the same files"
                        + " (NN_DATA_DIR in each worker's environment)");
            }
        }
    }

    private String digest(Path file) {
        return digests.computeIfAbsent(file.toAbsolutePath(), f -> {
            try {
                return Sha256.of(f);
            } catch (IOException e) {
                return "unreadable (" + e + ")";
            }
        });
    }
}
