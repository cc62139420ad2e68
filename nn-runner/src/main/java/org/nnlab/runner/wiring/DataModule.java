package org.nnlab.runner.wiring;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import java.util.Objects;
import org.nnlab.api.DataSplits;
import org.nnlab.api.DatasetContext;
import org.nnlab.runner.config.PluginChoice;

/**
 * The data: the configured dataset's loaded splits, through a {@link DatasetLoader}, so that the data is loaded
 * once per command even when loading fails (Guice calls a singleton's provider again for each dependent after a
 * failure; the loader gives each the first failure). A user's mistake found while loading (a missing file) is
 * reported under the {@code dataset} key path, so it points at the config's line.
 */
public final class DataModule extends AbstractModule {
    private final PluginChoice dataset;
    private final DatasetContext context;
    private DatasetLoader loader;

    /** Loads the data of {@code dataset} from {@code context} once, for this module's injector. */
    public DataModule(PluginChoice dataset, DatasetContext context) {
        this.dataset = Objects.requireNonNull(dataset, "dataset is null");
        this.context = Objects.requireNonNull(context, "context is null");
    }

    /** Takes the data of {@code dataset} from {@code loader}, which several injectors may share. */
    public DataModule(PluginChoice dataset, DatasetLoader loader) {
        this.dataset = Objects.requireNonNull(dataset, "dataset is null");
        this.context = null;
        this.loader = Objects.requireNonNull(loader, "loader is null");
    }

    @Provides
    @Singleton
    DataSplits splits() {
        DatasetLoader use;
        synchronized (this) {
            if (loader == null) {
                loader = new DatasetLoader(context);
            }
            use = loader;
        }
        return use.load(dataset);
    }
}
