package org.nnlab.runner.plugins;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import javax.tools.ToolProvider;
import org.nnlab.api.Plugin;

/**
 * Builds plugin jars as an author outside the framework would: the sources compiled with the JDK's compiler
 * against nn-api alone, then a jar of the classes and resources ({@code META-INF/services} files).
 */
final class PluginJars {
    /** examples/plugin-example, beside nn-runner in a checkout of the framework. */
    static final Path EXAMPLE = Path.of("..", "examples", "plugin-example").toAbsolutePath().normalize();
    /** The jar name {@code mvn package} gives examples/plugin-example. */
    static final String EXAMPLE_JAR = "nn-plugin-example-1.0-SNAPSHOT.jar";

    private final Path work;

    /** @param work where sources and classes go, one subdirectory per jar */
    PluginJars(Path work) {
        this.work = work;
    }

    /** The jar of examples/plugin-example, built from its sources, at {@code jar}. */
    Path example(Path jar) throws IOException {
        Path classes = compile(jar.getFileName().toString(), EXAMPLE.resolve("src/main/java"));
        copyTree(EXAMPLE.resolve("src/main/resources"), classes);
        return write(jar, classes);
    }

    /**
     * A jar at {@code jar} of {@code sources} (path under the source root, e.g. {@code p/Twin.java}, to text) and
     * {@code resources} (path in the jar to text).
     */
    Path build(Path jar, Map<String, String> sources, Map<String, String> resources) throws IOException {
        Path root = Files.createDirectories(work.resolve(jar.getFileName() + ".src"));
        for (Map.Entry<String, String> source : sources.entrySet()) {
            Path file = root.resolve(source.getKey());
            Files.createDirectories(file.getParent());
            Files.writeString(file, source.getValue());
        }
        Path classes = compile(jar.getFileName().toString(), root);
        for (Map.Entry<String, String> resource : resources.entrySet()) {
            Path file = classes.resolve(resource.getKey());
            Files.createDirectories(file.getParent());
            Files.writeString(file, resource.getValue());
        }
        return write(jar, classes);
    }

    /** A services file listing {@code classNames} for the SPI interface {@code type}. */
    static Map.Entry<String, String> services(Class<? extends Plugin> type, String... classNames) {
        return Map.entry("META-INF/services/" + type.getName(), String.join("\n", classNames) + "\n");
    }

    /** The SHA-256 of {@code file} in lower-case hex, computed here rather than by the code under test. */
    static String sha256(Path file) throws IOException {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (NoSuchAlgorithmException e) {
            throw new AssertionError("every JDK has SHA-256", e);
        }
    }

    private Path compile(String name, Path sources) throws IOException {
        Path classes = Files.createDirectories(work.resolve(name + ".classes"));
        List<String> args = new ArrayList<>(List.of("-d", classes.toString(), "--release", "17",
                "-classpath", nnApi().toString()));
        try (Stream<Path> files = Files.walk(sources)) {
            files.filter(file -> file.toString().endsWith(".java")).map(Path::toString).sorted().forEach(args::add);
        }
        ByteArrayOutputStream messages = new ByteArrayOutputStream();
        int status = ToolProvider.getSystemJavaCompiler().run(null, messages, messages, args.toArray(String[]::new));
        if (status != 0) {
            throw new AssertionError("the plugin sources under " + sources + " do not compile against nn-api:\n"
                    + messages.toString(StandardCharsets.UTF_8));
        }
        return classes;
    }

    /** nn-api's jar or classes directory: a plugin compiles against it alone, as with {@code provided} scope. */
    private static Path nnApi() {
        try {
            return Path.of(Plugin.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new AssertionError(e);
        }
    }

    private static Path write(Path jar, Path classes) throws IOException {
        Map<String, Path> entries = new TreeMap<>();
        try (Stream<Path> files = Files.walk(classes)) {
            files.filter(Files::isRegularFile)
                    .forEach(file -> entries.put(classes.relativize(file).toString().replace('\\', '/'), file));
        }
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        Files.createDirectories(jar.toAbsolutePath().getParent());
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar), manifest)) {
            for (Map.Entry<String, Path> entry : entries.entrySet()) {
                out.putNextEntry(new JarEntry(entry.getKey()));
                Files.copy(entry.getValue(), out);
                out.closeEntry();
            }
        }
        return jar;
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                Files.createDirectories(target.getParent());
                Files.copy(file, target);
            }
        }
    }
}
