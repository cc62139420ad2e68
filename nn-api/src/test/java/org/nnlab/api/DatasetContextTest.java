package org.nnlab.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DatasetContextTest {
    private static final Path HOME = Path.of("/home/ada");

    @Test
    void usesNnDataDir_asDataRoot() {
        DatasetContext context = DatasetContext.fromEnvironment(Map.of("NN_DATA_DIR", "/data/nn"), HOME);
        assertEquals(Path.of("/data/nn"), context.dataRoot(), "NN_DATA_DIR is the data root");
        assertEquals(Path.of("/data/nn/mnist"), context.defaultDirectory("mnist"),
                "a dataset's directory lies under the data root when it is set");
    }

    @Test
    void hasNoDataRoot_whenNnDataDirIsUnsetOrBlank() {
        assertNull(DatasetContext.fromEnvironment(Map.of(), HOME).dataRoot(), "no NN_DATA_DIR, no data root");
        assertNull(DatasetContext.fromEnvironment(Map.of("NN_DATA_DIR", "  "), HOME).dataRoot(),
                "a blank NN_DATA_DIR counts as unset");
    }

    @Test
    void cachesUnderXdgCacheHome_whenSet() {
        DatasetContext context = DatasetContext.fromEnvironment(Map.of("XDG_CACHE_HOME", "/var/cache/ada"), HOME);
        assertEquals(Path.of("/var/cache/ada/nnlab"), context.cacheDir(), "the cache is XDG_CACHE_HOME/nnlab");
        assertEquals(Path.of("/var/cache/ada/nnlab/mnist"), context.defaultDirectory("mnist"),
                "without a data root a dataset's directory lies under the cache");
    }

    @Test
    void cachesUnderHomeDotCache_whenXdgCacheHomeIsUnsetOrBlank() {
        assertEquals(Path.of("/home/ada/.cache/nnlab"), DatasetContext.fromEnvironment(Map.of(), HOME).cacheDir(),
                "the cache defaults to ~/.cache/nnlab");
        assertEquals(Path.of("/home/ada/.cache/nnlab"),
                DatasetContext.fromEnvironment(Map.of("XDG_CACHE_HOME", ""), HOME).cacheDir(),
                "an empty XDG_CACHE_HOME counts as unset");
    }

    @Test
    void ignoresRelativeXdgCacheHome() {
        assertEquals(Path.of("/home/ada/.cache/nnlab"),
                DatasetContext.fromEnvironment(Map.of("XDG_CACHE_HOME", "cache"), HOME).cacheDir(),
                "the XDG base directory spec says a relative XDG_CACHE_HOME is invalid and must be ignored");
    }

    @Test
    void keepsCacheDir_whenDataRootIsSet() {
        DatasetContext context = DatasetContext.fromEnvironment(
                Map.of("NN_DATA_DIR", "/data/nn", "XDG_CACHE_HOME", "/var/cache/ada"), HOME);
        assertEquals(Path.of("/var/cache/ada/nnlab"), context.cacheDir(), "both settings are kept");
    }

    @Test
    void rejectsMissingCacheDir() {
        assertThrows(NullPointerException.class, () -> new DatasetContext(Path.of("/data"), null),
                "a context always has a cache directory");
    }
}
