package org.nnlab.host;

import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.Enumeration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The class loader of one plugin (a jar, or a directory of jars): its parent is the platform class loader,
 * and only the API packages ({@code org.nnlab.api} and its subpackages) and {@code org.slf4j} come from the
 * host. Everything else a plugin uses comes from its own jars, so its dependencies cannot clash with the
 * framework's or with another plugin's, and the framework's class path is invisible to it.
 *
 * <p>A plugin that bundles classes of a shared package gets the host's classes all the same: one
 * {@code Activation} type for the host and every plugin.
 */
public final class PluginClassLoader extends URLClassLoader {
    /** Binary-name prefixes of the packages shared with the host. */
    static final List<String> SHARED_PACKAGES = List.of("org.nnlab.api.", "org.slf4j.");
    private static final List<String> SHARED_RESOURCES = List.of("org/nnlab/api/", "org/slf4j/");

    static {
        registerAsParallelCapable();
    }

    private final String label;
    private final List<PluginJar> jars;
    private final ClassLoader host;

    /**
     * @param label how messages name the plugin: its jar, or its directory
     * @param jars  the plugin's jars, in search order
     * @param host  the loader the shared packages come from: the one that defines {@code org.nnlab.api}
     */
    public PluginClassLoader(String label, List<PluginJar> jars, ClassLoader host) {
        super(Objects.requireNonNull(label, "label is null"), urls(jars), ClassLoader.getPlatformClassLoader());
        this.label = label;
        this.jars = List.copyOf(jars);
        this.host = Objects.requireNonNull(host, "host is null");
    }

    private static URL[] urls(List<PluginJar> jars) {
        URL[] urls = new URL[jars.size()];
        for (int i = 0; i < urls.length; i++) {
            try {
                urls[i] = jars.get(i).path().toUri().toURL();
            } catch (MalformedURLException e) {
                throw new IllegalArgumentException("no URL for " + jars.get(i).path(), e);
            }
        }
        return urls;
    }

    /** Whether the class {@code binaryName} comes from the host for every plugin. */
    public static boolean isShared(String binaryName) {
        return SHARED_PACKAGES.stream().anyMatch(binaryName::startsWith);
    }

    private static boolean isSharedResource(String name) {
        return SHARED_RESOURCES.stream().anyMatch(name::startsWith);
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
        if (isShared(name)) {
            return host.loadClass(name);
        }
        return super.loadClass(name, resolve); // the platform's classes, then the plugin's own jars
    }

    @Override
    public URL getResource(String name) {
        return isSharedResource(name) ? host.getResource(name) : super.getResource(name);
    }

    @Override
    public Enumeration<URL> getResources(String name) throws IOException {
        return isSharedResource(name) ? host.getResources(name) : super.getResources(name);
    }

    /** The plugin's jar or directory, as messages name it. */
    public String label() {
        return label;
    }

    /** The plugin's jars, in search order, with their SHA-256. */
    public List<PluginJar> jars() {
        return jars;
    }

    /** The jar of this plugin at {@code location} (a path as {@link PluginInfo#location()} gives it). */
    public Optional<PluginJar> jar(String location) {
        return jars.stream().filter(jar -> jar.path().toString().equals(location)).findFirst();
    }

    @Override
    public String toString() {
        return "PluginClassLoader[" + label + "]";
    }
}
