package org.nnlab.host;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.nnlab.api.Activation;
import org.nnlab.host.fixtures.StubActivation;

/**
 * Real plugin jars and services-only directories in a temporary directory, each with its own class loader
 * whose parent is the test class loader. Close it after each test to release the jars.
 */
final class PluginJars implements AutoCloseable {
    static final String SERVICES_FILE = "META-INF/services/" + Activation.class.getName();
    private static final ClassLoader TEST_LOADER = PluginJars.class.getClassLoader();

    private final Path dir;
    private final List<URLClassLoader> loaders = new ArrayList<>();

    PluginJars(Path dir) {
        this.dir = dir;
    }

    /** A jar holding copies of {@code providers} (and their base class), all listed in its services file. */
    Path jar(String fileName, Class<?>... providers) {
        Map<Class<?>, byte[]> classes = new LinkedHashMap<>();
        for (Class<?> provider : providers) {
            classes.put(provider, classBytes(provider));
        }
        return jar(fileName, Arrays.stream(providers).map(Class::getName).toList(), classes);
    }

    /** A jar with exactly these services lines and class files (plus the base class the fixtures share). */
    Path jar(String fileName, List<String> serviceLines, Map<Class<?>, byte[]> classes) {
        Path jar = dir.resolve(fileName);
        Map<Class<?>, byte[]> all = new LinkedHashMap<>(classes);
        all.putIfAbsent(StubActivation.class, classBytes(StubActivation.class));
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            out.putNextEntry(new JarEntry(SERVICES_FILE));
            out.write(String.join("\n", serviceLines).concat("\n").getBytes(StandardCharsets.UTF_8));
            for (Map.Entry<Class<?>, byte[]> entry : all.entrySet()) {
                out.putNextEntry(new JarEntry(classFile(entry.getKey())));
                out.write(entry.getValue());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return jar;
    }

    /** The source of a jar: its classes are defined by its own loader, so their location is the jar. */
    PluginSource source(Path jar) {
        return new PluginSource(jar.toString(), register(new JarFirstLoader(url(jar), TEST_LOADER)));
    }

    /** A source that sees everything {@code parent} sees and nothing more, as a loader sharing a jar does. */
    PluginSource sharing(String label, PluginSource parent) {
        return new PluginSource(label, register(new URLClassLoader(new URL[0], parent.loader())));
    }

    /**
     * A directory holding only a services file naming {@code providers}: the classes come from the test
     * class path, as built-in plugins come from the application's class path.
     */
    PluginSource directorySource(String name, Class<?>... providers) {
        Path root = dir.resolve(name);
        try {
            Path services = root.resolve(SERVICES_FILE);
            Files.createDirectories(services.getParent());
            Files.write(services, Arrays.stream(providers).map(Class::getName).toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new PluginSource(name, register(new URLClassLoader(new URL[] {url(root)}, TEST_LOADER)));
    }

    /** The compiled class file of {@code type}, as found on the test class path. */
    static byte[] classBytes(Class<?> type) {
        try (InputStream in = TEST_LOADER.getResourceAsStream(classFile(type))) {
            if (in == null) {
                throw new IllegalStateException("no class file for " + type);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A copy of a class file claiming class file format {@code major} (61 is Java 17). */
    static byte[] withClassFileVersion(byte[] classFile, int major) {
        byte[] copy = classFile.clone();
        copy[6] = (byte) (major >>> 8);
        copy[7] = (byte) major;
        return copy;
    }

    /** Where the test class path holds {@code type}: the location the registry reports for it. */
    static String testClassPathLocation(Class<?> type) {
        try {
            return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String classFile(Class<?> type) {
        return type.getName().replace('.', '/') + ".class";
    }

    private static URL url(Path path) {
        try {
            return path.toUri().toURL();
        } catch (MalformedURLException e) {
            throw new IllegalStateException(e);
        }
    }

    private URLClassLoader register(URLClassLoader loader) {
        loaders.add(loader);
        return loader;
    }

    @Override
    public void close() throws IOException {
        for (URLClassLoader loader : loaders) {
            loader.close();
        }
    }

    /**
     * Defines the classes its jar holds itself, even when the parent (the test class path) has a class of
     * the same name: a copy of a fixture in a jar must be that jar's class, located in that jar, as it is for
     * a real plugin jar. Everything else, the API included, comes from the parent.
     */
    private static final class JarFirstLoader extends URLClassLoader {
        JarFirstLoader(URL jar, ClassLoader parent) {
            super(new URL[] {jar}, parent);
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            synchronized (getClassLoadingLock(name)) {
                Class<?> type = findLoadedClass(name);
                if (type == null && findResource(name.replace('.', '/') + ".class") != null) {
                    type = findClass(name);
                }
                if (type == null) {
                    return super.loadClass(name, resolve);
                }
                if (resolve) {
                    resolveClass(type);
                }
                return type;
            }
        }

        @Override
        public URL getResource(String name) {
            URL own = findResource(name);
            return own != null ? own : super.getResource(name);
        }
    }
}
