package org.nnlab.api;

import java.util.List;
import java.util.Objects;

/**
 * A declared plugin parameter: name, type, default, description and the allowed range or choices. One
 * declaration feeds validation, the "valid keys" list of errors, {@code nn describe} and provenance.
 *
 * <pre>{@code
 * ParamSpec.number("learning-rate", 0.1, "step size eta").positive()
 * ParamSpec.integer("validation", 10_000, "examples held out").atLeast(0)
 * ParamSpec.string("pixel-order", "row-major", "...").oneOf("row-major", "column-major")
 * ParamSpec.path("dir", "directory holding the IDX files").optional()
 * }</pre>
 */
public final class ParamSpec {
    private final String name;
    private final ParamType type;
    private final Object defaultValue;
    private final boolean required;
    private final String description;
    private final double min;
    private final boolean minInclusive;
    private final double max;
    private final List<String> choices;

    private ParamSpec(String name, ParamType type, Object defaultValue, boolean required, String description,
                      double min, boolean minInclusive, double max, List<String> choices) {
        this.name = Objects.requireNonNull(name, "name is null");
        this.type = Objects.requireNonNull(type, "type is null");
        this.defaultValue = defaultValue;
        this.required = required;
        this.description = Objects.requireNonNull(description, "description is null");
        this.min = min;
        this.minInclusive = minInclusive;
        this.max = max;
        this.choices = List.copyOf(choices);
    }

    private static ParamSpec of(String name, ParamType type, Object defaultValue, String description) {
        return new ParamSpec(name, type, defaultValue, false, description,
                Double.NEGATIVE_INFINITY, true, Double.POSITIVE_INFINITY, List.of());
    }

    public static ParamSpec number(String name, double defaultValue, String description) {
        return of(name, ParamType.NUMBER, defaultValue, description);
    }

    /** A whole number that fits an {@code int} (use {@link #atLeast}/{@link #atMost} to narrow it). */
    public static ParamSpec integer(String name, long defaultValue, String description) {
        return new ParamSpec(name, ParamType.INTEGER, defaultValue, false, description,
                Integer.MIN_VALUE, true, Integer.MAX_VALUE, List.of());
    }

    public static ParamSpec bool(String name, boolean defaultValue, String description) {
        return of(name, ParamType.BOOLEAN, defaultValue, description);
    }

    public static ParamSpec string(String name, String defaultValue, String description) {
        return of(name, ParamType.STRING, defaultValue, description);
    }

    /** A path parameter with no default: {@link #optional()} or {@link #required()} says which. */
    public static ParamSpec path(String name, String description) {
        return of(name, ParamType.PATH, null, description).optional();
    }

    /** The parameter must be given; it has no default. */
    public ParamSpec required() {
        return new ParamSpec(name, type, null, true, description, min, minInclusive, max, choices);
    }

    /** The parameter may be left out, and then has no value (no default). */
    public ParamSpec optional() {
        return new ParamSpec(name, type, null, false, description, min, minInclusive, max, choices);
    }

    /** Value must be {@code > 0}. */
    public ParamSpec positive() {
        return new ParamSpec(name, type, defaultValue, required, description, 0, false, max, choices);
    }

    /** Value must be {@code >= lower}. */
    public ParamSpec atLeast(double lower) {
        return new ParamSpec(name, type, defaultValue, required, description, lower, true, max, choices);
    }

    /** Value must be {@code <= upper}. */
    public ParamSpec atMost(double upper) {
        return new ParamSpec(name, type, defaultValue, required, description, min, minInclusive, upper, choices);
    }

    /** Text value must be one of {@code allowed}. */
    public ParamSpec oneOf(String... allowed) {
        return new ParamSpec(name, type, defaultValue, required, description, min, minInclusive, max, List.of(allowed));
    }

    public String name() {
        return name;
    }

    public ParamType type() {
        return type;
    }

    /** The default, or null when there is none (required or optional-without-default). */
    public Object defaultValue() {
        return defaultValue;
    }

    public boolean isRequired() {
        return required;
    }

    public String description() {
        return description;
    }

    public List<String> choices() {
        return choices;
    }

    /** What a valid value looks like, for messages: "a positive number", "one of: a, b". */
    public String expectation() {
        if (!choices.isEmpty()) {
            return "one of: " + String.join(", ", choices);
        }
        String kind = type.description();
        if (type != ParamType.NUMBER && type != ParamType.INTEGER) {
            return kind;
        }
        String noun = type == ParamType.NUMBER ? "number" : "whole number";
        boolean noMax = max == Double.POSITIVE_INFINITY || type == ParamType.INTEGER && max == Integer.MAX_VALUE;
        boolean noMin = min == Double.NEGATIVE_INFINITY || type == ParamType.INTEGER && min == Integer.MIN_VALUE;
        if (min == 0 && !minInclusive && noMax) {
            return "a positive " + noun;
        }
        if (min == 0 && minInclusive && noMax) {
            return "a non-negative " + noun;
        }
        StringBuilder sb = new StringBuilder(kind);
        if (!noMin) {
            sb.append(minInclusive ? " >= " : " > ").append(bound(min));
        }
        if (!noMax) {
            sb.append(!noMin ? " and" : "").append(" <= ").append(bound(max));
        }
        return sb.toString();
    }

    /** Whether a number lies in the declared range. */
    boolean inRange(double value) {
        boolean aboveMin = minInclusive ? value >= min : value > min;
        return aboveMin && value <= max;
    }

    /** An example value for messages: the default if any, else something in range. */
    String example() {
        if (defaultValue != null) {
            return plain(defaultValue);
        }
        if (!choices.isEmpty()) {
            return choices.get(0);
        }
        return switch (type) {
            case NUMBER -> plain(Math.max(min == Double.NEGATIVE_INFINITY ? 0 : min, 0) + (minInclusive ? 0 : 1));
            case INTEGER -> plain((long) Math.max(min == Double.NEGATIVE_INFINITY ? 0 : min, 0) + (minInclusive ? 0 : 1));
            case BOOLEAN -> "true";
            case STRING -> "text";
            case PATH -> "data/my-files";
        };
    }

    /** A range bound as the user would write it: {@code 1}, not {@code 1.0}, for a whole bound. */
    private static String bound(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value) : Double.toString(value);
    }

    static String plain(Object value) {
        return String.valueOf(value);
    }

    @Override
    public String toString() {
        return name + " (" + expectation() + (defaultValue != null ? ", default " + plain(defaultValue) : "")
                + (required ? ", required" : "") + "): " + description;
    }
}
