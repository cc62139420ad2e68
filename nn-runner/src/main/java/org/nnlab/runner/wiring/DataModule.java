package org.nnlab.runner.wiring;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Objects;
import org.nnlab.api.DataSplits;
import org.nnlab.api.Dataset;
import org.nnlab.api.DatasetContext;
import org.nnlab.api.UserException;
import org.nnlab.api.registry.ContextLoader;
import org.nnlab.api.registry.PluginRegistry;
import org.nnlab.runner.config.PluginChoice;

/**
 * The data: the configured dataset and its loaded splits. A user's mistake found while loading (a missing
 * file) is reported under the {@code dataset} key path, so it points at the config's line. {@code configure} and
 * {@code load} run with the plugin's class loader as the thread's context class loader.
 */
public final class DataModule extends AbstractModule {
    private final PluginChoice dataset;
    private final DatasetContext context;

    public DataModule(PluginChoice dataset, DatasetContext context) {
        this.dataset = Objects.requireNonNull(dataset, "dataset is null");
        this.context = Objects.requireNonNull(context, "context is null");
    }

    @Provides
    @Singleton
    Dataset dataset(PluginRegistry registry) {
        Dataset prototype = registry.dataset(dataset.name());
        return ContextLoader.call(prototype, () -> prototype.configure(dataset.params()));
    }

    @Provides
    @Singleton
    DataSplits splits(Dataset configured) {
        try {
            return ContextLoader.call(configured, () -> configured.load(context));
        } catch (UserException e) {
            throw e.map(p -> p.under(dataset.path()));
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the " + dataset.name() + " data", e);
        }
    }
}
