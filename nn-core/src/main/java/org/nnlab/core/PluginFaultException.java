package org.nnlab.core;

import java.security.CodeSource;
import org.nnlab.api.Plugin;
import org.nnlab.api.UserException;

/**
 * A plugin failed during training: it produced NaN or infinity from finite inputs, threw an exception, or (an
 * optimizer) wrote NaN into the parameters from finite gradients. The plugin is faulty, not the settings; the
 * message names the plugin, its jar, the call and what went wrong.
 */
public final class PluginFaultException extends UserException {
    private static final long serialVersionUID = 1L;

    private final String pluginName;

    public PluginFaultException(String kind, String pluginName, String what) {
        super(kind + " plugin \"" + pluginName + "\" is faulty: its " + what
                + "; fix the plugin or choose another " + kind);
        this.pluginName = pluginName;
    }

    /** A fault of {@code plugin}; the message adds the jar (or directory) its class was loaded from. */
    public PluginFaultException(String kind, Plugin plugin, String what, Throwable cause) {
        super(kind + " plugin \"" + plugin.name() + "\" is faulty: its " + what + "; fix the plugin (in "
                + origin(plugin) + ") or choose another " + kind, cause);
        this.pluginName = plugin.name();
    }

    public String pluginName() {
        return pluginName;
    }

    /** Where {@code plugin}'s class was loaded from: its jar or classes directory, as a path. */
    static String origin(Plugin plugin) {
        CodeSource source = plugin.getClass().getProtectionDomain().getCodeSource();
        if (source == null || source.getLocation() == null) {
            return "the class path";
        }
        try {
            return java.nio.file.Path.of(source.getLocation().toURI()).toString();
        } catch (java.net.URISyntaxException | IllegalArgumentException | java.nio.file.FileSystemNotFoundException e) {
            return source.getLocation().toString();
        }
    }
}
