package org.nnlab.host;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.ServiceConfigurationError;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Tells which jar a provider class comes from, for messages. */
final class Locations {
    private static final Pattern PROVIDER = Pattern.compile("Provider ([\\w.$]+)");

    private Locations() {
    }

    /** The jar or directory {@code type} was loaded from, or the source's label if unknown. */
    static String of(Class<?> type, PluginSource source) {
        CodeSource code = type.getProtectionDomain().getCodeSource();
        if (code != null && code.getLocation() != null) {
            return display(code.getLocation());
        }
        return source.label();
    }

    /** "activation provider X in JAR failed to load: cause", from a ServiceLoader or class loading error. */
    static String describeFailure(PluginKind kind, PluginSource source, Error error) {
        Matcher m = PROVIDER.matcher(String.valueOf(error.getMessage()));
        String className = m.find() ? m.group(1) : null;
        String where = className == null ? servicesFiles(kind, source) : classLocation(className, source, kind);
        return kind.label() + " provider " + (className == null ? "" : className + " ") + "in " + where
                + " failed to load: " + cause(error);
    }

    /** The innermost cause, as "Type: message". */
    static String cause(Throwable error) {
        Throwable root = error;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        if (root == error && error instanceof ServiceConfigurationError) {
            return String.valueOf(error.getMessage());
        }
        String message = root.getMessage();
        return root.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    }

    private static String classLocation(String className, PluginSource source, PluginKind kind) {
        URL url = source.loader().getResource(className.replace('.', '/') + ".class");
        return url == null ? servicesFiles(kind, source) : display(url);
    }

    private static String servicesFiles(PluginKind kind, PluginSource source) {
        try {
            List<String> places = new ArrayList<>();
            for (URL url : Collections.list(source.loader().getResources("META-INF/services/" + kind.type().getName()))) {
                places.add(display(url));
            }
            return places.size() == 1 ? places.get(0) : source.label();
        } catch (IOException e) {
            return source.label();
        }
    }

    /** A file path for file: and jar:file: URLs (the jar, not the entry inside); the URL text otherwise. */
    static String display(URL url) {
        String text = url.toString();
        if (text.startsWith("jar:")) {
            int bang = text.indexOf("!/");
            text = text.substring(4, bang < 0 ? text.length() : bang);
        }
        if (text.startsWith("file:")) {
            try {
                Path path = Path.of(new URI(text));
                String pathText = path.toString();
                int classes = pathText.indexOf("/META-INF/services/");
                return classes >= 0 ? pathText.substring(0, classes) : pathText;
            } catch (URISyntaxException | IllegalArgumentException e) {
                return text;
            }
        }
        return text;
    }
}
