package org.nnlab.api;

/**
 * How messages repeat a value the user gave: whole when short, else its first {@value #MAX_CHARS} characters,
 * "..." and the full length, so a 100 KB name or a whole file pasted into a key cannot flood the console.
 * Line breaks are shown escaped, so that the message stays one line.
 */
public final class Echo {
    /** The most characters of a value a message repeats. */
    public static final int MAX_CHARS = 60;

    private Echo() {
    }

    /** {@code value}, cut to {@value #MAX_CHARS} characters plus {@code "... (N characters)"} when longer. */
    public static String cut(String value) {
        if (value == null || value.length() <= MAX_CHARS) {
            return value == null ? null : oneLine(value);
        }
        int end = Character.isHighSurrogate(value.charAt(MAX_CHARS - 1)) ? MAX_CHARS - 1 : MAX_CHARS;
        return oneLine(value.substring(0, end)) + "... (" + value.length() + " characters)";
    }

    /** Line breaks and tabs as {@code \n}, {@code \r} and {@code \t}, so that a message stays on one line. */
    private static String oneLine(String text) {
        return text.replace("\n", "\\n").replace("\r", "\\r").replace("\t", "\\t");
    }

    /** {@code value} in double quotes, cut as {@link #cut} does (the note stays outside the quotes). */
    public static String quoted(String value) {
        if (value == null || value.length() <= MAX_CHARS) {
            return "\"" + cut(value) + "\"";
        }
        String cut = cut(value);
        int dots = cut.lastIndexOf("... (");
        return "\"" + cut.substring(0, dots) + "\"" + cut.substring(dots);
    }
}
