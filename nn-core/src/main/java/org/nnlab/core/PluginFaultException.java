package org.nnlab.core;

import org.nnlab.api.UserException;

/**
 * A plugin produced NaN or infinity from finite inputs during training: the plugin is faulty, not the settings.
 * The message names the plugin, the call and the values.
 */
public final class PluginFaultException extends UserException {
    private static final long serialVersionUID = 1L;

    private final String pluginName;

    public PluginFaultException(String kind, String pluginName, String what) {
        super(kind + " plugin \"" + pluginName + "\" is faulty: its " + what
                + "; fix the plugin or choose another " + kind);
        this.pluginName = pluginName;
    }

    public String pluginName() {
        return pluginName;
    }
}
