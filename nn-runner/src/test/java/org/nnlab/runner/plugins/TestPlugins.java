package org.nnlab.runner.plugins;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.nnlab.api.Activation;

/** Plugin jars for tests, good and bad, built once into a directory; {@link #install} copies them into another. */
final class TestPlugins {
    /** swish and focal, from examples/plugin-example's sources. */
    static final String EXAMPLE = PluginJars.EXAMPLE_JAR;
    /** Activation "twin" as {@code a.TwinActivation}. */
    static final String TWIN_A = "twin-a.jar";
    /** Activation "twin" as {@code b.TwinActivation}: the same name as in {@link #TWIN_A}. */
    static final String TWIN_B = "twin-b.jar";
    /** {@code broken.BrokenActivation}, whose constructor throws "no licence file". */
    static final String THROWING = "throwing.jar";
    /** Activation "future-step", built against API version 2. */
    static final String FUTURE = "future.jar";
    /** A class, and no services file. */
    static final String NO_PROVIDERS = "helpers.jar";
    /** Activation "sigmoid" as {@code shadow.SigmoidActivation}: the name of a built-in. */
    static final String SHADOW = "shadow.jar";
    /** Activation "boom", whose forward pass throws "kaput". */
    static final String BOOM = "boom.jar";
    /** Activation "slow", whose static initializer sleeps for {@link #SLOW_MILLIS}. */
    static final String SLOW = "slow.jar";
    static final long SLOW_MILLIS = 1500;
    /** A text file named like a jar. */
    static final String NOT_A_JAR = "x.jar";

    private final Path jars;

    private TestPlugins(Path jars) {
        this.jars = jars;
    }

    /** Builds every jar into {@code dir}. */
    static TestPlugins build(Path dir) throws IOException {
        Path jars = Files.createDirectories(dir.resolve("jars"));
        PluginJars builder = new PluginJars(dir.resolve("build"));
        builder.example(jars.resolve(EXAMPLE));
        for (String pkg : new String[] {"a", "b"}) {
            builder.build(jars.resolve("twin-" + pkg + ".jar"), Map.of(pkg + "/TwinActivation.java",
                    activation(pkg, "TwinActivation", "twin", "", "NnApi.VERSION")),
                    Map.ofEntries(PluginJars.services(Activation.class, pkg + ".TwinActivation")));
        }
        String throwing = "throw new IllegalStateException(\"no licence file\");";
        builder.build(jars.resolve(THROWING), Map.of("broken/BrokenActivation.java",
                activation("broken", "BrokenActivation", "broken", throwing, "NnApi.VERSION")),
                Map.ofEntries(PluginJars.services(Activation.class, "broken.BrokenActivation")));
        builder.build(jars.resolve(FUTURE), Map.of("future/FutureStepActivation.java", activation("future",
                "FutureStepActivation", "future-step", "", "NnApi.VERSION + 1")),
                Map.ofEntries(PluginJars.services(Activation.class, "future.FutureStepActivation")));
        builder.build(jars.resolve(NO_PROVIDERS), Map.of("helpers/Helper.java",
                "package helpers;\n\npublic final class Helper {\n}\n"), Map.of());
        builder.build(jars.resolve(SHADOW), Map.of("shadow/SigmoidActivation.java",
                activation("shadow", "SigmoidActivation", "sigmoid", "", "NnApi.VERSION")),
                Map.ofEntries(PluginJars.services(Activation.class, "shadow.SigmoidActivation")));
        builder.build(jars.resolve(BOOM), Map.of("boom/BoomActivation.java",
                activation("boom", "BoomActivation", "boom", "", "NnApi.VERSION")
                        .replace("{ a.copyFrom(z); }", "{ throw new IllegalStateException(\"kaput\"); }")),
                Map.ofEntries(PluginJars.services(Activation.class, "boom.BoomActivation")));
        builder.build(jars.resolve(SLOW), Map.of("slow/SlowActivation.java",
                activation("slow", "SlowActivation", "slow", "", "NnApi.VERSION").replace("implements Activation {",
                        "implements Activation {\n    static {\n        try {\n            Thread.sleep(" + SLOW_MILLIS
                                + ");\n        } catch (InterruptedException e) {\n            throw new IllegalStateException(e);"
                                + "\n        }\n    }\n")),
                Map.ofEntries(PluginJars.services(Activation.class, "slow.SlowActivation")));
        Files.writeString(jars.resolve(NOT_A_JAR), "not a zip file\n");
        return new TestPlugins(jars);
    }

    /** The built jar {@code name}. */
    Path jar(String name) {
        return jars.resolve(name);
    }

    /** Copies the jars {@code names} into a new plugin directory {@code directory}; returns it. */
    Path install(Path directory, String... names) throws IOException {
        Files.createDirectories(directory);
        for (String name : names) {
            Files.copy(jars.resolve(name), directory.resolve(name));
        }
        return directory;
    }

    /** An identity activation in {@code pkg}: its constructor runs {@code constructor}; it declares {@code version}. */
    static String activation(String pkg, String className, String name, String constructor, String version) {
        return """
                package %s;

                import org.nnlab.api.Activation;
                import org.nnlab.api.Matrix;
                import org.nnlab.api.NnApi;
                import org.nnlab.api.Params;

                public final class %s implements Activation {
                    public %s() {
                        %s
                    }

                    @Override public String name() { return "%s"; }
                    @Override public String description() { return "a = z, for tests"; }
                    @Override public int apiVersion() { return %s; }
                    @Override public Activation configure(Params params) { return this; }
                    @Override public void forward(Matrix z, Matrix a) { a.copyFrom(z); }
                    @Override public void backward(Matrix z, Matrix a, Matrix dCda, Matrix dCdz) {
                        dCdz.copyFrom(dCda);
                    }
                }
                """.formatted(pkg, className, className, constructor, name, version);
    }
}
