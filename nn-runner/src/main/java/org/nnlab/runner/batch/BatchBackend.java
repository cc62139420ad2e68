package org.nnlab.runner.batch;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.nnlab.runner.config.PluginChoice;

/**
 * Runs a batch's runs somewhere other than this JVM's pool, e.g. on an Apache Spark cluster (module nn-spark,
 * found through {@link java.util.ServiceLoader} as a {@link Factory}). The batch is checked and its directory
 * owned here, as for a local batch; the backend only does the runs and leaves each run directory in place.
 */
public interface BatchBackend extends AutoCloseable {
    /**
     * Opens the backend once every check of the batch passed, before anything is written.
     *
     * @param todo      the indices of the runs to do, in the plan's order
     * @param dataFiles the data files each dataset setting of those runs read here, for the backend to check that
     *                  the data it uses elsewhere is the same (empty for embedded data)
     */
    Session open(BatchEnvironment env, BatchPlan plan, List<Integer> todo, Map<PluginChoice, List<Path>> dataFiles);

    /** Releases what the backend holds when the batch ends, opened or not (e.g. a batch that failed its checks). */
    @Override
    default void close() {
    }

    /** An open backend: runs are launched from {@code parallel()} threads at once. */
    interface Session extends RunExecutor, AutoCloseable {
        int parallel();

        /** Where and how the runs go, for the console: {@code "on Spark local[2], ..."}. */
        String description();

        @Override
        void close();
    }

    /** Makes a backend from the command line's options; registered in {@code META-INF/services}. */
    interface Factory {
        /** The option that selects it, e.g. {@code spark} for {@code --spark}. */
        String name();

        /**
         * @param master  the option's value, e.g. {@code local[2]} or {@code spark://host:7077}
         * @param conf    {@code key=value} settings, as given
         * @param parallel runs at once, as given ({@code --parallel}), or null for the backend's default
         * @param threads  threads per run, as given ({@code --threads}), or null for the backend's default
         * @param verbose  whether the backend's own logging is shown
         * @param label    names the batch for the backend, e.g. the batch file's name
         */
        BatchBackend create(String master, List<String> conf, Integer parallel, Integer threads, boolean verbose,
                            String label);
    }
}
