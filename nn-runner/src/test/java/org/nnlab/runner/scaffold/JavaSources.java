package org.nnlab.runner.scaffold;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.ToolProvider;

/** Compiles a generated project's sources with the JDK's compiler, and finds what they compile against. */
final class JavaSources {
    private JavaSources() {
    }

    /**
     * Compiles every {@code .java} file under {@code sources} into {@code output}.
     *
     * @return the compiler's messages, or empty when it succeeded without any
     * @throws AssertionError with the compiler's messages when the sources do not compile
     */
    static String compile(Path sources, Path output, List<Path> classPath) throws IOException {
        List<String> args = new ArrayList<>(List.of("-d", output.toString(), "--release", "17", "-Xlint:all",
                "-classpath", String.join(File.pathSeparator, classPath.stream().map(Path::toString).toList())));
        try (Stream<Path> files = Files.walk(sources)) {
            files.filter(file -> file.toString().endsWith(".java")).forEach(file -> args.add(file.toString()));
        }
        ByteArrayOutputStream messages = new ByteArrayOutputStream();
        int status = ToolProvider.getSystemJavaCompiler().run(null, messages, messages, args.toArray(String[]::new));
        String text = messages.toString(StandardCharsets.UTF_8);
        if (status != 0) {
            throw new AssertionError("the generated sources under " + sources + " do not compile:\n" + text);
        }
        return text;
    }

    /** The test class path: nn-api, nn-testkit, JUnit and the rest. */
    static List<Path> testClassPath() {
        return Stream.of(System.getProperty("java.class.path").split(File.pathSeparator)).map(Path::of).toList();
    }
}
