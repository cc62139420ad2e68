package org.nnlab.host;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.nnlab.api.Activation;
import org.nnlab.api.NnApi;

/**
 * Plugin classes compiled from source at test time against the nn-api classes, as an outside author's build
 * would compile them, and real jars made of them. Compile once per test class: javac takes a second or so.
 */
final class CompiledPlugins {
    static final String SERVICES = "META-INF/services/" + Activation.class.getName();

    private final Path classes;

    private CompiledPlugins(Path classes) {
        this.classes = classes;
    }

    /** Compiles {@code sources} (binary class name to source text) into {@code directory}. */
    static CompiledPlugins compile(Path directory, Map<String, String> sources) {
        try {
            Path src = Files.createDirectories(directory.resolve("src"));
            Path out = Files.createDirectories(directory.resolve("classes"));
            List<String> args = new ArrayList<>(List.of("-d", out.toString(), "--release", "17", "-Xlint:all",
                    "-classpath", apiClassPath()));
            for (Map.Entry<String, String> source : sources.entrySet()) {
                Path file = src.resolve(source.getKey().replace('.', '/') + ".java");
                Files.createDirectories(file.getParent());
                Files.writeString(file, source.getValue());
                args.add(file.toString());
            }
            JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
            ByteArrayOutputStream errors = new ByteArrayOutputStream();
            int status = javac.run(null, errors, errors, args.toArray(String[]::new));
            if (status != 0) {
                throw new IllegalStateException("test plugin sources do not compile:\n"
                        + errors.toString(StandardCharsets.UTF_8));
            }
            return new CompiledPlugins(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Where the nn-api classes are: all a plugin compiles against. */
    static String apiClassPath() {
        try {
            return Path.of(NnApi.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * A jar holding the compiled classes of {@code packages} (binary package names) and a services file that
     * lists {@code providers} as activations (no services file when there are none).
     */
    Path jar(Path file, List<String> packages, String... providers) {
        return jar(file, packages, providers.length == 0 ? Map.of()
                : Map.of(SERVICES, String.join("\n", providers) + "\n"));
    }

    /** A jar holding the compiled classes of {@code packages} and the given text entries. */
    Path jar(Path file, List<String> packages, Map<String, String> entries) {
        try {
            Files.createDirectories(file.getParent());
            try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(file));
                 Stream<Path> all = Files.walk(classes)) {
                for (Map.Entry<String, String> entry : entries.entrySet()) {
                    out.putNextEntry(new JarEntry(entry.getKey()));
                    out.write(entry.getValue().getBytes(StandardCharsets.UTF_8));
                }
                for (Path classFile : all.filter(Files::isRegularFile).sorted().toList()) {
                    String name = classes.relativize(classFile).toString().replace('\\', '/');
                    String pkg = name.substring(0, Math.max(0, name.lastIndexOf('/'))).replace('/', '.');
                    if (packages.contains(pkg)) {
                        out.putNextEntry(new JarEntry(name));
                        out.write(Files.readAllBytes(classFile));
                    }
                }
            }
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The source of a small activation: the identity, with the parts a test varies. */
    static Source activation(String className, String name) {
        return new Source(className, "\"" + name + "\"", "\"a test activation\"", "NnApi.VERSION", "", "this");
    }

    /**
     * An activation's source text.
     *
     * @param description an expression for {@code description()}
     * @param apiVersion  an expression for {@code apiVersion()}
     * @param constructor statements of the no-argument constructor
     * @param configure   an expression for {@code configure(params)}
     */
    record Source(String className, String name, String description, String apiVersion, String constructor,
                  String configure) {
        Source describedAs(String expression) {
            return new Source(className, name, expression, apiVersion, constructor, configure);
        }

        Source apiVersion(String expression) {
            return new Source(className, name, description, expression, constructor, configure);
        }

        Source constructor(String statements) {
            return new Source(className, name, description, apiVersion, statements, configure);
        }

        Source configuredAs(String expression) {
            return new Source(className, name, description, apiVersion, constructor, expression);
        }

        String text() {
            int dot = className.lastIndexOf('.');
            return "package " + className.substring(0, dot) + ";\n"
                    + "import org.nnlab.api.*;\n"
                    + "public final class " + className.substring(dot + 1) + " implements Activation {\n"
                    + "  public " + className.substring(dot + 1) + "() { " + constructor + " }\n"
                    + "  @Override public String name() { return " + name + "; }\n"
                    + "  @Override public String description() { return " + description + "; }\n"
                    + "  @Override public int apiVersion() { return " + apiVersion + "; }\n"
                    + "  @Override public Activation configure(Params params) { return " + configure + "; }\n"
                    + "  @Override public void forward(Matrix z, Matrix a) { a.copyFrom(z); }\n"
                    + "  @Override public void backward(Matrix z, Matrix a, Matrix dCda, Matrix dCdz) {"
                    + " dCdz.copyFrom(dCda); }\n"
                    + "}\n";
        }
    }
}
