package org.nnlab.api;

import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;

/**
 * Where datasets keep their files, given to {@link Dataset#load}.
 *
 * @param dataRoot the user's data directory ({@code NN_DATA_DIR}), or null when not set
 * @param cacheDir the per-user cache directory used when {@code dataRoot} is not set
 */
public record DatasetContext(Path dataRoot, Path cacheDir) {
    public DatasetContext {
        Objects.requireNonNull(cacheDir, "cacheDir is null");
    }

    /**
     * From the environment: {@code NN_DATA_DIR}, and {@code XDG_CACHE_HOME} (if absolute) or {@code ~/.cache}
     * for the cache.
     */
    public static DatasetContext fromEnvironment() {
        return fromEnvironment(System.getenv(), Path.of(System.getProperty("user.home")));
    }

    static DatasetContext fromEnvironment(Map<String, String> env, Path home) {
        String data = env.get("NN_DATA_DIR");
        String xdg = env.get("XDG_CACHE_HOME");
        // the XDG base directory spec: a relative XDG_CACHE_HOME is invalid and is ignored
        Path cacheBase = xdg == null || xdg.isBlank() || !Path.of(xdg).isAbsolute()
                ? home.resolve(".cache") : Path.of(xdg);
        return new DatasetContext(data == null || data.isBlank() ? null : Path.of(data), cacheBase.resolve("nnlab"));
    }

    /** The default directory of the named dataset: {@code dataRoot/name} when set, else {@code cacheDir/name}. */
    public Path defaultDirectory(String datasetName) {
        return (dataRoot != null ? dataRoot : cacheDir).resolve(datasetName);
    }
}
