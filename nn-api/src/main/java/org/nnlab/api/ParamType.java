package org.nnlab.api;

/** The value types a plugin parameter can take in YAML. */
public enum ParamType {
    /**
     * A real number; YAML integers are accepted. Training computes in float32, so a value that rounds to 0 or
     * overflows in float32 is refused.
     */
    NUMBER("a number"),
    /** A whole number. */
    INTEGER("a whole number"),
    /** {@code true} or {@code false}. */
    BOOLEAN("true or false"),
    /** Text, optionally one of a fixed set of choices. */
    STRING("text"),
    /** A file or directory path, as text. */
    PATH("a path");

    private final String description;

    ParamType(String description) {
        this.description = description;
    }

    /** How the type reads in a message: "expected a number". */
    public String description() {
        return description;
    }
}
