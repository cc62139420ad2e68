package org.nnlab.core;

import java.util.function.Supplier;
import org.nnlab.api.Plugin;

/**
 * Runs a call into a layer plugin with the plugin's class loader as the thread's context class loader, as the
 * host's {@code ContextLoader} does, so nn-core needs nothing of the plugin registry's package.
 */
public final class PluginContext {
    private PluginContext() {
    }

    /** The result of {@code call}, run with the loader of {@code plugin}'s class as context class loader. */
    public static <T> T call(Plugin plugin, Supplier<T> call) {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(plugin.getClass().getClassLoader());
        try {
            return call.get();
        } finally {
            thread.setContextClassLoader(previous);
        }
    }
}
