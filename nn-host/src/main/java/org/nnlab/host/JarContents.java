package org.nnlab.host;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

/**
 * What the scan needs to know of a plugin jar before loading it: how many providers its services files list,
 * and how many classes of the shared API packages it bundles (they would be ignored).
 *
 * @param providers   provider lines in {@code META-INF/services/<SPI interface>} over the plugin kinds
 * @param apiClasses  class files under {@code org/nnlab/api/}, which the jar should not bundle
 */
record JarContents(int providers, int apiClasses) {

    /** Reads the jar's table of contents and services files; an {@link IOException} if it is no zip file. */
    static JarContents of(Path jar) throws IOException {
        int providers = 0;
        int apiClasses = 0;
        try (JarFile file = new JarFile(jar.toFile(), false)) {
            for (PluginKind kind : PluginKind.values()) {
                JarEntry services = file.getJarEntry("META-INF/services/" + kind.type().getName());
                if (services != null) {
                    providers += providerLines(file, services);
                }
            }
            for (Enumeration<JarEntry> entries = file.entries(); entries.hasMoreElements(); ) {
                String name = entries.nextElement().getName();
                if (name.startsWith("org/nnlab/api/") && name.endsWith(".class")) {
                    apiClasses++;
                }
            }
        }
        return new JarContents(providers, apiClasses);
    }

    /** Lines naming a class, as {@link java.util.ServiceLoader} reads them: '#' starts a comment. */
    private static int providerLines(JarFile file, JarEntry services) throws IOException {
        int count = 0;
        try (BufferedReader in = new BufferedReader(
                new InputStreamReader(file.getInputStream(services), StandardCharsets.UTF_8))) {
            for (String line; (line = in.readLine()) != null; ) {
                int comment = line.indexOf('#');
                if (!(comment < 0 ? line : line.substring(0, comment)).isBlank()) {
                    count++;
                }
            }
        }
        return count;
    }
}
