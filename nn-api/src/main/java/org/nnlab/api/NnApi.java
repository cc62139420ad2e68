package org.nnlab.api;

/** Version of this SPI. Plugins return {@link #VERSION} from {@link Plugin#apiVersion()}. */
public final class NnApi {
    /**
     * The SPI version. A compile-time constant: a plugin that returns it from
     * {@link Plugin#apiVersion()} declares the version it was compiled against.
     */
    public static final int VERSION = 3;

    /**
     * The oldest plugin API version this host still accepts for activations, losses and datasets, whose
     * interfaces versions 2 and 3 left as they were (3 added the {@link Layer} kind).
     */
    public static final int OLDEST_SUPPORTED = 1;

    /**
     * The oldest API version accepted for optimizers: version 2 replaced {@code Optimizer.Step.apply(int)} with
     * the per-range update the fused backward pass calls, so an optimizer built against 1 cannot run.
     */
    public static final int OLDEST_SUPPORTED_OPTIMIZER = 2;

    /** The oldest API version accepted for layers: version 3 introduced {@link Layer}. */
    public static final int OLDEST_SUPPORTED_LAYER = 3;

    private NnApi() {
    }

    /** Whether a plugin built against {@code pluginVersion} can run on this host. */
    public static boolean isCompatible(int pluginVersion) {
        return pluginVersion >= OLDEST_SUPPORTED && pluginVersion <= VERSION;
    }

    /** The oldest API version this host accepts for a plugin of {@code type}. */
    public static int oldestSupported(Class<? extends Plugin> type) {
        if (Layer.class.isAssignableFrom(type)) {
            return OLDEST_SUPPORTED_LAYER;
        }
        return Optimizer.class.isAssignableFrom(type) ? OLDEST_SUPPORTED_OPTIMIZER : OLDEST_SUPPORTED;
    }

    /** Whether {@code plugin}, built against {@code pluginVersion}, can run on this host. */
    public static boolean isCompatible(Class<? extends Plugin> type, int pluginVersion) {
        return pluginVersion >= oldestSupported(type) && pluginVersion <= VERSION;
    }
}
