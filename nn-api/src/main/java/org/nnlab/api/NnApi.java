package org.nnlab.api;

/** Version of this SPI. Plugins return {@link #VERSION} from {@link Plugin#apiVersion()}. */
public final class NnApi {
    /**
     * The SPI version. A compile-time constant: a plugin that returns it from
     * {@link Plugin#apiVersion()} declares the version it was compiled against.
     */
    public static final int VERSION = 1;

    /** The oldest plugin API version this host still accepts. */
    public static final int OLDEST_SUPPORTED = 1;

    private NnApi() {
    }

    /** Whether a plugin built against {@code pluginVersion} can run on this host. */
    public static boolean isCompatible(int pluginVersion) {
        return pluginVersion >= OLDEST_SUPPORTED && pluginVersion <= VERSION;
    }
}
