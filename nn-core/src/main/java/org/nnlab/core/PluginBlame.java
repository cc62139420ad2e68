package org.nnlab.core;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.nnlab.api.Parameter;
import org.nnlab.api.Plugin;

/**
 * Tells which plugin a failure in the training loop came from, so that it is reported as that plugin's fault
 * (with its jar) rather than as the framework's bug or as divergence.
 */
final class PluginBlame {
    private PluginBlame() {
    }

    /**
     * The plugin whose code threw {@code thrown}: the first frame, from the top of its stack, that is either a
     * plugin's (its class, a nested class, or any class of its own class loader) or the engine's. Library frames
     * (the JDK, nn-api's {@code Matrix}, a plugin's helper classes) are looked through; a failure whose first
     * such frame is the engine's is not blamed on a plugin.
     *
     * @param plugins each plugin the trainer calls, to its kind ("activation", "loss", "optimizer")
     */
    static Optional<PluginFaultException> thrownBy(Throwable thrown, Map<Plugin, String> plugins) {
        for (StackTraceElement frame : thrown.getStackTrace()) {
            for (Map.Entry<Plugin, String> plugin : plugins.entrySet()) {
                if (belongsTo(frame, plugin.getKey())) {
                    return Optional.of(new PluginFaultException(plugin.getValue(), plugin.getKey(),
                            frame.getMethodName() + " threw " + thrown, thrown));
                }
            }
            if (frame.getClassName().startsWith("org.nnlab.core.")) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    private static boolean belongsTo(StackTraceElement frame, Plugin plugin) {
        Class<?> type = plugin.getClass();
        String name = frame.getClassName();
        if (name.equals(type.getName()) || name.startsWith(type.getName() + "$")) {
            return true;
        }
        String loader = type.getClassLoader() == null ? null : type.getClassLoader().getName();
        return loader != null && !"app".equals(loader) && loader.equals(frame.getClassLoaderName());
    }

    /**
     * The optimizer's fault when a parameter holds NaN although every gradient it was given is finite: the
     * engine's own arithmetic on finite values gives infinity when a step is too large, not NaN, so NaN from
     * finite gradients was written by the optimizer's step.
     */
    static Optional<PluginFaultException> optimizerWroteNaN(Plugin optimizer, List<Parameter> parameters) {
        for (Parameter p : parameters) {
            if (!Guard.finite(p.gradient())) {
                return Optional.empty();
            }
        }
        for (Parameter p : parameters) {
            for (float v : p.value().data()) {
                if (Float.isNaN(v)) {
                    return Optional.of(new PluginFaultException("optimizer", optimizer, "step wrote NaN into "
                            + p.name() + " from finite gradients (not a learning rate too large, which gives"
                            + " infinity first)", null));
                }
            }
        }
        return Optional.empty();
    }
}
