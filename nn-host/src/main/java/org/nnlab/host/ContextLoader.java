package org.nnlab.host;

import org.nnlab.api.Plugin;

/**
 * Runs a call into plugin code with the plugin's class loader as the thread's context class loader, as
 * libraries a plugin bundles may expect (their own {@code ServiceLoader.load(type)}, XML or JSON factories),
 * and restores the previous one after. Cheap: two field writes, no allocation beyond the lambda.
 *
 * <pre>{@code
 * Activation configured = ContextLoader.call(prototype, () -> prototype.configure(params));
 * DataSplits data = ContextLoader.call(dataset, () -> dataset.load(context)); // throws IOException
 * }</pre>
 */
public final class ContextLoader {
    private ContextLoader() {
    }

    /** A call that returns a value and may throw {@code E}. */
    @FunctionalInterface
    public interface Call<T, E extends Exception> {
        T call() throws E;
    }

    /** A call that returns nothing and may throw {@code E}. */
    @FunctionalInterface
    public interface Action<E extends Exception> {
        void run() throws E;
    }

    /** The result of {@code call}, run with the loader of {@code plugin}'s class as context class loader. */
    public static <T, E extends Exception> T call(Plugin plugin, Call<T, E> call) throws E {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(plugin.getClass().getClassLoader());
        try {
            return call.call();
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    /** Runs {@code action} with the loader of {@code plugin}'s class as context class loader. */
    public static <E extends Exception> void run(Plugin plugin, Action<E> action) throws E {
        call(plugin, () -> {
            action.run();
            return null;
        });
    }
}
