package org.nnlab.api;

/**
 * How messages repeat a value the user gave: whole when short, else its first {@value #MAX_CHARS} characters,
 * "..." and the full length, so a 100 KB name or a whole file pasted into a key cannot flood the console.
 */
public final class Echo {
    /** The most characters of a value a message repeats. */
    public static final int MAX_CHARS = 60;

    private Echo() {
    }

    /** {@code value}, cut to {@value #MAX_CHARS} characters plus {@code "... (N characters)"} when longer. */
    public static String cut(String value) {
        if (value == null || value.length() <= MAX_CHARS) {
            return value;
        }
        int end = Character.isHighSurrogate(value.charAt(MAX_CHARS - 1)) ? MAX_CHARS - 1 : MAX_CHARS;
        return value.substring(0, end) + "... (" + value.length() + " characters)";
    }

    /** {@code value} in double quotes, cut as {@link #cut} does (the note stays outside the quotes). */
    public static String quoted(String value) {
        if (value == null || value.length() <= MAX_CHARS) {
            return "\"" + value + "\"";
        }
        String cut = cut(value);
        int dots = cut.lastIndexOf("... (");
        return "\"" + cut.substring(0, dots) + "\"" + cut.substring(dots);
    }
}
