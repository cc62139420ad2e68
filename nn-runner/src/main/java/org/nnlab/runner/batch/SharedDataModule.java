package org.nnlab.runner.batch;

import com.google.inject.AbstractModule;
import java.util.Objects;
import org.nnlab.api.DataSplits;

/** The data of a run in a batch: splits already loaded, shared read-only with the runs of the same dataset setting. */
final class SharedDataModule extends AbstractModule {
    private final DataSplits data;

    SharedDataModule(DataSplits data) {
        this.data = Objects.requireNonNull(data, "data is null");
    }

    @Override
    protected void configure() {
        bind(DataSplits.class).toInstance(data);
    }
}
