package org.nnlab.host;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The plugin classes the directory and registry tests put in jars, compiled once per test class. */
final class TestPlugins {
    static final String ALPHA = "com.example.alpha.AlphaActivation";
    static final String BETA = "com.example.beta.BetaActivation";
    static final String THROWING = "com.example.broken.ThrowingActivation";
    static final String FUTURE = "com.example.future.FutureActivation";
    static final String NEEDS_LIB = "com.example.needslib.NeedsLibActivation";
    static final String DEPENDENCY = "com.example.lib.Dependency";
    static final String FAILURE = "settings file not readable";

    private final CompiledPlugins compiled;

    TestPlugins(Path directory) {
        Map<String, String> sources = new LinkedHashMap<>();
        sources.put(ALPHA, CompiledPlugins.activation(ALPHA, "alpha").text());
        sources.put(BETA, CompiledPlugins.activation(BETA, "beta").text());
        sources.put(THROWING, CompiledPlugins.activation(THROWING, "throwing")
                .constructor("if (true) { throw new IllegalStateException(\"" + FAILURE + "\"); }").text());
        sources.put(FUTURE, CompiledPlugins.activation(FUTURE, "future").apiVersion("NnApi.VERSION + 1").text());
        sources.put(NEEDS_LIB, CompiledPlugins.activation(NEEDS_LIB, "needs-lib")
                .constructor(DEPENDENCY + ".check();").text());
        sources.put(DEPENDENCY, "package com.example.lib;\n"
                + "public final class Dependency { public static void check() { } }\n");
        compiled = CompiledPlugins.compile(directory, sources);
    }

    /** A jar holding the classes of {@code providers} (and nothing else) and listing them as activations. */
    Path jar(Path file, String... providers) {
        List<String> packages = Arrays.stream(providers).map(TestPlugins::packageOf).toList();
        return compiled.jar(file, packages, providers);
    }

    /** A jar holding the library class {@code needs-lib} depends on, and no services file. */
    Path libraryJar(Path file) {
        return compiled.jar(file, List.of(packageOf(DEPENDENCY)));
    }

    /** A jar holding the classes of {@code packages} with exactly {@code services} as its activation services file. */
    Path jarListing(Path file, List<String> packages, String services) {
        return compiled.jar(file, packages, Map.of(CompiledPlugins.SERVICES, services));
    }

    static String packageOf(String className) {
        return className.substring(0, className.lastIndexOf('.'));
    }
}
