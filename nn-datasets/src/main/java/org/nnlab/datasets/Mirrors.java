package org.nnlab.datasets;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;

import org.nnlab.api.UserException;

/** The mirror base URLs MNIST is downloaded from, and the parsing of the {@code mirrors:} setting. */
final class Mirrors {
    /** Public copies of LeCun's files, tried in this order. */
    static final List<URI> MNIST = List.of(
            URI.create("https://ossci-datasets.s3.amazonaws.com/mnist/"),
            URI.create("https://storage.googleapis.com/cvdf-datasets/mnist/"));

    private Mirrors() {
    }

    /** Comma-separated http(s) base URLs; a missing trailing slash is added. */
    static List<URI> parse(String key, String text) {
        List<URI> mirrors = new ArrayList<>();
        List<String> bad = new ArrayList<>();
        for (String item : text.split(",")) {
            String trimmed = item.strip();
            if (trimmed.isEmpty()) {
                continue;
            }
            URI uri = toUri(trimmed.endsWith("/") ? trimmed : trimmed + "/");
            if (uri == null) {
                bad.add("\"" + trimmed + "\"");
            } else {
                mirrors.add(uri);
            }
        }
        if (!bad.isEmpty() || mirrors.isEmpty()) {
            throw new UserException(key, "expected comma-separated http or https base URLs, got "
                    + (bad.isEmpty() ? "none" : String.join(", ", bad)) + " (e.g. " + MNIST.get(0) + ")");
        }
        return List.copyOf(mirrors);
    }

    private static URI toUri(String text) {
        try {
            URI uri = new URI(text);
            boolean http = "http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme());
            return http && uri.getHost() != null ? uri : null;
        } catch (URISyntaxException e) {
            return null;
        }
    }
}
