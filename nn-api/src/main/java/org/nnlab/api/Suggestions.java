package org.nnlab.api;

import java.util.Collection;
import java.util.Optional;
import java.util.TreeSet;

/** "Did you mean" help for unknown names and keys: closest candidate by edit distance, and the valid list. */
public final class Suggestions {
    private Suggestions() {
    }

    /**
     * The candidate closest to {@code given}, if it is close enough to be a plausible typo (edit distance
     * at most a third of the longer name, at least 1 and at most 3, or one is a prefix of the other).
     */
    public static Optional<String> closest(String given, Collection<String> candidates) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : new TreeSet<>(candidates)) {
            int d = distance(given.toLowerCase(), candidate.toLowerCase());
            if (d < bestDistance) {
                best = candidate;
                bestDistance = d;
            }
        }
        if (best == null) {
            return Optional.empty();
        }
        int allowed = Math.min(3, Math.max(1, Math.max(given.length(), best.length()) / 3));
        boolean prefix = given.length() >= 3 && (best.startsWith(given) || given.startsWith(best));
        return bestDistance <= allowed || prefix ? Optional.of(best) : Optional.empty();
    }

    /**
     * {@code unknown <what> "given"; did you mean "x"? (valid: a, b, c)}: the standard message for a name
     * that is not one of {@code valid}.
     */
    public static String unknown(String what, String given, Collection<String> valid) {
        StringBuilder sb = new StringBuilder("unknown ").append(what).append(' ').append(Echo.quoted(given));
        closest(given, valid).ifPresent(s -> sb.append("; did you mean \"").append(s).append("\"?"));
        return sb.append(" (valid: ").append(valid.isEmpty() ? "none" : String.join(", ", new TreeSet<>(valid)))
                .append(')').toString();
    }

    /** Damerau-Levenshtein (optimal string alignment) distance: a swap of neighbours counts as one edit. */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
