package org.nnlab.runner.wiring;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import org.nnlab.api.DataSplits;
import org.nnlab.api.Dataset;
import org.nnlab.api.DatasetContext;
import org.nnlab.api.UserException;
import org.nnlab.host.ContextLoader;
import org.nnlab.runner.config.PluginChoice;

/**
 * Loads each dataset setting ({@code dataset:} name and parameters) at most once: the data of the first load, or
 * its failure, is what every later request for the same setting gets, until {@link #release} drops it. A failed
 * load (a missing file, a mirror that does not answer) is thus neither retried nor reported twice in one command.
 * The dataset comes configured, by the config's validation; {@code load} runs with the plugin's class loader as the
 * thread's context class loader; a user's mistake is reported under the setting's key path, so it points at the
 * config's line.
 */
public final class DatasetLoader {
    private final DatasetContext context;
    private final Map<PluginChoice, Outcome> outcomes = new HashMap<>();

    private record Outcome(DataSplits data, RuntimeException failure) {
    }

    public DatasetLoader(DatasetContext context) {
        this.context = Objects.requireNonNull(context, "context is null");
    }

    /** The data of {@code setting}, loaded by the first call; a failure of that load is thrown again. */
    public synchronized DataSplits load(PluginChoice setting) {
        Outcome outcome = outcomes.computeIfAbsent(setting, this::attempt);
        if (outcome.failure != null) {
            throw outcome.failure;
        }
        return outcome.data;
    }

    /** Forgets the data (or failure) of {@code setting}: its memory can go; a later request loads it again. */
    public synchronized void release(PluginChoice setting) {
        outcomes.remove(setting);
    }

    private Outcome attempt(PluginChoice setting) {
        try {
            return new Outcome(read(context, setting), null);
        } catch (RuntimeException e) {
            return new Outcome(null, e);
        }
    }

    /** Loads {@code setting}'s configured dataset now, with no memory of earlier loads. */
    public static DataSplits read(DatasetContext context, PluginChoice setting) {
        try {
            Dataset configured = setting.configured(Dataset.class);
            return ContextLoader.call(configured, () -> configured.load(context));
        } catch (UserException e) {
            throw e.map(p -> p.under(setting.path()));
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the " + setting.name() + " data", e);
        }
    }
}
