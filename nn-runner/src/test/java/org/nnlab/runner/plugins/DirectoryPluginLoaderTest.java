package org.nnlab.runner.plugins;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nnlab.api.Problem;
import org.nnlab.host.PluginKind;

/** The order of the plugin directories: plugins/ beside the launcher, $NN_PLUGINS, then --plugins. */
class DirectoryPluginLoaderTest {
    @TempDir
    Path dir;

    @Test
    void launcherDirectoryFirst_thenEachNnPluginsEntry() throws IOException {
        Path home = Files.createDirectories(dir.resolve("nn/plugins")).getParent();
        Path first = Files.createDirectories(dir.resolve("first"));
        Path second = Files.createDirectories(dir.resolve("second"));
        DirectoryPluginLoader loader = DirectoryPluginLoader.of(home,
                first + File.pathSeparator + File.pathSeparator + second);
        assertEquals(List.of(home.resolve("plugins"), first, second), loader.directories(),
                "plugins/ beside the launcher, then $NN_PLUGINS in order, its empty entries left out");
    }

    @Test
    void aLauncherWithoutPluginsDirectory_isPassedOverSilently() throws IOException {
        Path home = Files.createDirectories(dir.resolve("nn"));
        try (DirectoryPluginLoader loader = DirectoryPluginLoader.of(home, null)) {
            assertEquals(List.of(), loader.directories(), "no plugins/ beside the launcher, no $NN_PLUGINS");
            LoadedPlugins plugins = loader.load(List.of());
            assertEquals(List.of(), plugins.registry().problems(), "a missing plugins/ is no problem");
            assertTrue(plugins.registry().names(PluginKind.ACTIVATION).contains("sigmoid"), "the built-ins load");
        }
        assertEquals(List.of(), DirectoryPluginLoader.of(null, "").directories(), "no launcher home (no -Dnn.home)");
    }

    @Test
    void commandDirectoriesComeLast_eachDirectoryOnce() throws IOException {
        Path env = Files.createDirectories(dir.resolve("env"));
        Path option = Files.createDirectories(dir.resolve("option"));
        try (DirectoryPluginLoader loader = new DirectoryPluginLoader(List.of(env))) {
            LoadedPlugins plugins = loader.load(List.of(option, dir.resolve("env/../env")));
            assertEquals(List.of(env, option), plugins.directories(), "--plugins after $NN_PLUGINS, a repeat dropped");
        }
    }

    @Test
    void aMissingNnPluginsEntry_isAProblemOfTheRegistry() throws IOException {
        Path missing = dir.resolve("missing");
        try (DirectoryPluginLoader loader = DirectoryPluginLoader.of(null, missing.toString())) {
            assertEquals(List.of(new Problem("", "plugin directory " + missing + " does not exist")),
                    loader.load(List.of()).registry().problems());
        }
    }
}
