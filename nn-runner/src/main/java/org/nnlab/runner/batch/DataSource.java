package org.nnlab.runner.batch;

import org.nnlab.api.DataSplits;
import org.nnlab.runner.config.PluginChoice;

/** Where a {@link RunLauncher} takes a run's data from; the data is shared read-only by the runs that use it. */
public interface DataSource {
    /** The data of {@code setting}; a {@link org.nnlab.api.UserException} when it cannot be read. */
    DataSplits get(PluginChoice setting);

    /** A run that used {@code setting} has finished (whether or not it could get the data). */
    void done(PluginChoice setting);
}
