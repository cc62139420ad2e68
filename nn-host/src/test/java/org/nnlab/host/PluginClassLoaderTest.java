package org.nnlab.host;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nnlab.api.Activation;
import org.nnlab.api.Params;
import org.nnlab.api.Problem;

/** Each plugin sees the platform, the shared API and its own jars: nothing of the host's class path. */
class PluginClassLoaderTest {
    /** A class on the host's (the test's) class path, standing for a library the framework uses. */
    private static final String HOST_LIBRARY_CLASS = "org.opentest4j.ValueWrapper";

    @TempDir
    static Path compiled;
    private static CompiledPlugins one;
    private static CompiledPlugins two;
    private static CompiledPlugins host;

    @TempDir
    Path dir;
    private PluginScan scan;

    @BeforeAll
    static void compilePlugins() {
        one = CompiledPlugins.compile(compiled.resolve("one"), Map.of(
                "com.example.shared.Helper", helper("1"),
                "com.example.one.OneActivation", CompiledPlugins.activation("com.example.one.OneActivation", "one")
                        .describedAs("\"helper \" + com.example.shared.Helper.version()").text(),
                HOST_LIBRARY_CLASS, "package org.opentest4j;\n"
                        + "public final class ValueWrapper { public static String origin() { return \"plugin\"; } }\n",
                "org.nnlab.api.extra.Bundled", "package org.nnlab.api.extra;\npublic final class Bundled { }\n",
                "com.example.context.ContextActivation", CompiledPlugins.activation(
                        "com.example.context.ContextActivation", "context").configuredAs(
                        "Thread.currentThread().getContextClassLoader() == getClass().getClassLoader() ? this : null")
                        .text()));
        two = CompiledPlugins.compile(compiled.resolve("two"), Map.of(
                "com.example.shared.Helper", helper("2"),
                "com.example.two.TwoActivation", CompiledPlugins.activation("com.example.two.TwoActivation", "two")
                        .describedAs("\"helper \" + com.example.shared.Helper.version()").text(),
                "org.slf4j.FakeLogger", fakeLogger("plugin")));
        host = CompiledPlugins.compile(compiled.resolve("host"), Map.of("org.slf4j.FakeLogger", fakeLogger("host")));
    }

    private static String helper(String version) {
        return "package com.example.shared;\n"
                + "public final class Helper { public static String version() { return \"" + version + "\"; } }\n";
    }

    private static String fakeLogger(String origin) {
        return "package org.slf4j;\n"
                + "public final class FakeLogger { public static String origin() { return \"" + origin + "\"; } }\n";
    }

    @AfterEach
    void closeScan() throws IOException {
        if (scan != null) {
            scan.close();
        }
    }

    private PluginRegistry registry() {
        scan = PluginDirectories.scan(List.of(dir));
        return PluginRegistry.builtInAnd(scan);
    }

    private Path oneJar() {
        return one.jar(dir.resolve("one.jar"), List.of("com.example.one", "com.example.shared"),
                "com.example.one.OneActivation");
    }

    @Test
    void twoPluginsBundlingDifferentVersionsOfOneClass_eachUseTheirOwn() {
        oneJar();
        two.jar(dir.resolve("two.jar"), List.of("com.example.two", "com.example.shared"),
                "com.example.two.TwoActivation");
        PluginRegistry registry = registry();
        assertEquals(List.of(), registry.problems(), "no clash between the two helpers");
        assertEquals("helper 1", registry.activation("one").description(), "one.jar uses its own helper, version 1");
        assertEquals("helper 2", registry.activation("two").description(), "two.jar uses its own helper, version 2");
    }

    @Test
    void pluginSeesNothingOfTheHostClassPath() throws ClassNotFoundException {
        oneJar();
        ClassLoader plugin = registry().info(PluginKind.ACTIVATION, "one").orElseThrow().classLoader();
        getClass().getClassLoader().loadClass(Test.class.getName());
        assertThrows(ClassNotFoundException.class, () -> plugin.loadClass(Test.class.getName()),
                "JUnit is on the host's class path, not the plugin's");
        assertSame(ClassLoader.getPlatformClassLoader(), plugin.getParent(), "the parent is the platform loader");
        assertSame(String.class, plugin.loadClass("java.lang.String"), "the JDK's classes are the JDK's");
    }

    @Test
    void pluginsCopyOfAClassTheHostAlsoHas_isTheOneItUses() throws ReflectiveOperationException {
        one.jar(dir.resolve("one.jar"), List.of("com.example.one", "com.example.shared", "org.opentest4j"),
                "com.example.one.OneActivation");
        ClassLoader plugin = registry().info(PluginKind.ACTIVATION, "one").orElseThrow().classLoader();
        Class<?> copy = plugin.loadClass(HOST_LIBRARY_CLASS);
        assertSame(plugin, copy.getClassLoader(), "the plugin's own copy is loaded, not the host's");
        assertEquals("plugin", copy.getMethod("origin").invoke(null), "and it is the plugin's version");
    }

    @Test
    void apiPackagesComeFromTheHost_evenWhenAJarBundlesThem() throws ClassNotFoundException {
        Path jar = one.jar(dir.resolve("one.jar"), List.of("com.example.one", "com.example.shared",
                "org.nnlab.api.extra"), "com.example.one.OneActivation");
        PluginRegistry registry = registry();
        ClassLoader plugin = registry.info(PluginKind.ACTIVATION, "one").orElseThrow().classLoader();
        assertSame(Activation.class, plugin.loadClass(Activation.class.getName()), "one Activation type for all");
        assertThrows(ClassNotFoundException.class, () -> plugin.loadClass("org.nnlab.api.extra.Bundled"),
                "a class the jar bundles in an API package is looked for in the host only");
        assertEquals(List.of(new Problem("", jar + " bundles 1 class of org.nnlab.api, which the framework's own"
                        + " replace; depend on nn-api with <scope>provided</scope>")), registry.warnings(),
                "bundling the API is worth a warning, not an error");
    }

    @Test
    void theHostsOwnClasses_areNotShared() throws ClassNotFoundException {
        one.jar(dir.resolve("one.jar"), List.of("com.example.one", "com.example.shared"),
                "com.example.one.OneActivation");
        ClassLoader plugin = registry().info(PluginKind.ACTIVATION, "one").orElseThrow().classLoader();
        assertSame(Activation.class, plugin.loadClass(Activation.class.getName()), "the SPI is shared");
        for (Class<?> hostClass : List.of(PluginRegistry.class, PluginClassLoader.class, Sha256.class)) {
            assertThrows(ClassNotFoundException.class, () -> plugin.loadClass(hostClass.getName()),
                    "a plugin sees the SPI only, not the host's " + hostClass.getSimpleName());
        }
    }

    @Test
    void slf4jComesFromTheHost() throws Exception {
        Path jar = two.jar(dir.resolve("two.jar"), List.of("com.example.two", "com.example.shared", "org.slf4j"),
                "com.example.two.TwoActivation");
        URL hostClasses = compiled.resolve("host/classes").toUri().toURL();
        try (URLClassLoader hostLoader = new URLClassLoader(new URL[] {hostClasses}, null);
             PluginClassLoader plugin = new PluginClassLoader("two", List.of(new PluginJar(jar, "-")), hostLoader)) {
            Class<?> logger = plugin.loadClass("org.slf4j.FakeLogger");
            assertSame(hostLoader, logger.getClassLoader(), "slf4j is the host's, so plugins log through it");
            assertEquals("host", logger.getMethod("origin").invoke(null), "whatever the plugin bundles");
            assertTrue(plugin.getResource("org/slf4j/FakeLogger.class").toString().startsWith(hostClasses.toString()),
                    "resources of a shared package come from the host too");
            assertSame(plugin, plugin.loadClass("com.example.shared.Helper").getClassLoader(),
                    "the plugin's own classes are its own");
        }
    }

    @Test
    void contextLoader_isThePluginsDuringTheCall_andRestoredAfter() {
        one.jar(dir.resolve("one.jar"), List.of("com.example.context"), "com.example.context.ContextActivation");
        Activation prototype = registry().activation("context");
        Params params = Params.defaults(prototype);
        ClassLoader before = Thread.currentThread().getContextClassLoader();
        assertNull(prototype.configure(params), "called directly, the context loader is the test's");
        assertSame(prototype, ContextLoader.call(prototype, () -> prototype.configure(params)),
                "called through ContextLoader, configure sees its own loader as context loader");
        assertSame(before, Thread.currentThread().getContextClassLoader(), "the previous loader is restored");
        assertInstanceOf(PluginClassLoader.class, prototype.getClass().getClassLoader(), "the plugin has its own");
    }

    @Test
    void contextLoader_isRestoredWhenTheCallThrows() {
        one.jar(dir.resolve("one.jar"), List.of("com.example.context"), "com.example.context.ContextActivation");
        Activation prototype = registry().activation("context");
        ClassLoader before = Thread.currentThread().getContextClassLoader();
        IOException e = assertThrows(IOException.class, () -> ContextLoader.run(prototype, () -> {
            throw new IOException("data file missing");
        }), "a checked exception of the call passes through");
        assertEquals("data file missing", e.getMessage(), "unchanged");
        assertSame(before, Thread.currentThread().getContextClassLoader(), "the previous loader is restored");
    }
}
