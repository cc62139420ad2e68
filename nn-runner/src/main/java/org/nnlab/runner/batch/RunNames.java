package org.nnlab.runner.batch;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * How runs are named: {@code name=value} parts joined by {@code _}, each name the shortest tail of its grid key
 * that no other grid key shares ({@code optimizer.learning-rate} is {@code learning-rate}, {@code network.activation}
 * and {@code network.output-activation} stay apart), then {@code seed=N}.
 */
public final class RunNames {
    static final String SEED = "seed";
    static final int MAX_LENGTH = 200;

    private RunNames() {
    }

    /** The short name of each key, in order. */
    public static List<String> shortNames(List<String> keys) {
        List<String> names = new ArrayList<>();
        for (String key : keys) {
            String[] segments = key.split("\\.");
            String chosen = key;
            for (int n = 1; n <= segments.length; n++) {
                int length = n;
                String tail = tail(segments, n);
                if (!tail.equals(SEED) && keys.stream().filter(other -> !other.equals(key))
                        .noneMatch(other -> tail(other.split("\\."), length).equals(tail))) {
                    chosen = tail;
                    break;
                }
            }
            names.add(chosen);
        }
        return names;
    }

    private static String tail(String[] segments, int n) {
        return String.join(".", Arrays.asList(segments).subList(Math.max(0, segments.length - n), segments.length));
    }

    /** {@code parts} joined into a name, or {@code fallback} when there are none. */
    static String join(List<String> parts, String fallback) {
        return parts.isEmpty() ? fallback : String.join("_", parts);
    }

    /** Which runs a problem concerns, for the end of its line: {@code (in runs a, b, c and 4 more)}. */
    static String which(List<String> names, int total) {
        if (total <= 1) {
            return "";
        }
        if (names.size() == total) {
            return " (in all " + total + " runs)";
        }
        return (names.size() == 1 ? " (in run " : " (in runs ") + few(names) + ")";
    }

    /** The first three names, and how many more. */
    static String few(List<String> names) {
        return String.join(", ", names.subList(0, Math.min(3, names.size())))
                + (names.size() > 3 ? " and " + (names.size() - 3) + " more" : "");
    }
}
