package org.nnlab.runner.scaffold;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** The project templates beside this class, with {@code {{key}}} placeholders. */
final class Templates {
    private Templates() {
    }

    /** The template {@code resource} with every placeholder replaced by its value. */
    static String render(String resource, Map<String, String> values) {
        String text = read(resource + ".template");
        for (Map.Entry<String, String> value : values.entrySet()) {
            text = text.replace("{{" + value.getKey() + "}}", value.getValue());
        }
        int left = text.indexOf("{{");
        if (left >= 0) {
            int right = text.indexOf("}}", left);
            throw new IllegalStateException("template " + resource + " has a placeholder with no value: "
                    + text.substring(left, right < 0 ? text.length() : right + 2));
        }
        return text;
    }

    private static String read(String resource) {
        try (InputStream in = Templates.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("template " + resource + " is missing beside " + Templates.class);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
