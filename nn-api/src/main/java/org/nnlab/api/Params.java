package org.nnlab.api;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A plugin's parameters, validated against its {@link ParamSpec}s, with defaults filled. Typed getters
 * fail only on a programming error (asking for an undeclared key or the wrong type), never on user input:
 * user input is checked, all at once, by {@link #resolve}.
 */
public final class Params {
    private final String pluginName;
    private final Map<String, Object> values;
    private final Map<String, ParamSpec> specs;

    private Params(String pluginName, Map<String, Object> values, Map<String, ParamSpec> specs) {
        this.pluginName = pluginName;
        this.values = Collections.unmodifiableMap(values);
        this.specs = specs;
    }

    /** The defaults of {@code plugin}'s parameters. Throws if one is required. */
    public static Params defaults(Plugin plugin) {
        return resolve(plugin, Map.of());
    }

    /** Validates {@code raw} against {@code plugin.parameters()}. */
    public static Params resolve(Plugin plugin, Map<String, ?> raw) {
        return resolve(plugin.name(), plugin.parameters(), raw);
    }

    /**
     * Validates {@code raw} (as parsed from YAML: Number, Boolean, String) against {@code declared}; fills
     * defaults. Every problem is collected; the {@link UserException} has one {@link Problem} per bad key,
     * its path being the key.
     */
    public static Params resolve(String pluginName, List<ParamSpec> declared, Map<String, ?> raw) {
        Objects.requireNonNull(raw, "raw is null");
        Map<String, ParamSpec> specs = new LinkedHashMap<>();
        for (ParamSpec spec : declared) {
            if (specs.put(spec.name(), spec) != null) {
                throw new IllegalArgumentException(pluginName + " declares parameter " + spec.name() + " twice");
            }
        }
        List<Problem> problems = new ArrayList<>();
        for (String key : raw.keySet()) {
            if (!specs.containsKey(key)) {
                String message = specs.isEmpty()
                        ? pluginName + " takes no parameters; remove \"" + key + "\""
                        : Suggestions.unknown("parameter of " + pluginName, key, specs.keySet());
                problems.add(new Problem(key, message));
            }
        }
        Map<String, Object> values = new LinkedHashMap<>();
        for (ParamSpec spec : specs.values()) {
            Object given = raw.get(spec.name());
            if (given == null) {
                if (spec.isRequired()) {
                    problems.add(new Problem(spec.name(), pluginName + " needs this parameter: "
                            + spec.description() + " (e.g. " + spec.example() + ")"));
                } else if (spec.defaultValue() != null) {
                    values.put(spec.name(), spec.defaultValue());
                }
                continue;
            }
            Object value = convert(spec, given);
            String float32 = value == null ? null : float32Problem(spec, value);
            if (float32 != null) {
                problems.add(new Problem(spec.name(), pluginName + " expects " + spec.expectation() + ", got "
                        + quoted(given) + ", which " + float32 + " in float32, the precision training computes in"
                        + " (a size from " + Float.MIN_VALUE + " to " + Float.MAX_VALUE + ")"));
            } else if (value == null) {
                String limit = spec.type() == ParamType.INTEGER && given instanceof Number big
                        && (big.doubleValue() > Integer.MAX_VALUE || big.doubleValue() < Integer.MIN_VALUE)
                        ? " (at most " + Integer.MAX_VALUE + " in size)" : "";
                problems.add(new Problem(spec.name(), pluginName + " expects " + spec.expectation() + limit
                        + ", got " + quoted(given) + " (e.g. " + spec.example() + ")"));
            } else {
                values.put(spec.name(), value);
            }
        }
        if (!problems.isEmpty()) {
            throw new UserException(problems);
        }
        return new Params(pluginName, values, specs);
    }

    /** The typed value, or null if {@code given} is of the wrong type or out of range. */
    private static Object convert(ParamSpec spec, Object given) {
        switch (spec.type()) {
            case NUMBER -> {
                if (given instanceof Number n) {
                    double d = n.doubleValue();
                    return Double.isFinite(d) && spec.inRange(d) ? d : null;
                }
                return null;
            }
            case INTEGER -> {
                if (given instanceof Integer || given instanceof Long || given instanceof Short
                        || given instanceof java.math.BigInteger b && b.bitLength() < 64) {
                    long l = ((Number) given).longValue();
                    return spec.inRange(l) ? l : null;
                }
                return null;
            }
            case BOOLEAN -> {
                return given instanceof Boolean ? given : null;
            }
            case STRING, PATH -> {
                if (!(given instanceof String s) || s.isBlank()) {
                    return null;
                }
                return spec.choices().isEmpty() || spec.choices().contains(s) ? s : null;
            }
            default -> throw new IllegalStateException(spec.type().toString());
        }
    }

    /**
     * Why a number cannot be used as the float32 the engine computes with: {@code "rounds to 0"} for a non-zero
     * value below float32's smallest, {@code "overflows to infinity"} past its largest; null when it fits.
     */
    private static String float32Problem(ParamSpec spec, Object value) {
        if (spec.type() != ParamType.NUMBER) {
            return null;
        }
        double d = ((Number) value).doubleValue();
        if (d != 0 && (float) d == 0) {
            return "rounds to 0";
        }
        return Float.isInfinite((float) d) ? "overflows to infinity" : null;
    }

    private static String quoted(Object value) {
        return value instanceof String s ? Echo.quoted(s) : Echo.cut(String.valueOf(value));
    }

    public String pluginName() {
        return pluginName;
    }

    /** Resolved values, defaults included, in declaration order: written into the resolved config. */
    public Map<String, Object> asMap() {
        return values;
    }

    public double number(String name) {
        return ((Number) require(name, ParamType.NUMBER)).doubleValue();
    }

    /** An integer parameter; values are range-checked to fit an {@code int}. */
    public int integer(String name) {
        return Math.toIntExact((Long) require(name, ParamType.INTEGER));
    }

    public long longInteger(String name) {
        return (Long) require(name, ParamType.INTEGER);
    }

    public boolean bool(String name) {
        return (Boolean) require(name, ParamType.BOOLEAN);
    }

    public String string(String name) {
        return (String) require(name, ParamType.STRING);
    }

    /** An optional text or path parameter without a default. */
    public Optional<String> optionalString(String name) {
        spec(name);
        return Optional.ofNullable((String) values.get(name));
    }

    /** An optional path parameter, resolved against nothing (relative to the working directory). */
    public Optional<Path> optionalPath(String name) {
        ParamSpec spec = spec(name);
        if (spec.type() != ParamType.PATH) {
            throw new IllegalArgumentException(pluginName + "." + name + " is " + spec.type() + ", not PATH");
        }
        return Optional.ofNullable((String) values.get(name)).map(Path::of);
    }

    /** Whether the user (or a default) gave {@code name} a value. */
    public boolean has(String name) {
        spec(name);
        return values.containsKey(name);
    }

    private ParamSpec spec(String name) {
        ParamSpec spec = specs.get(name);
        if (spec == null) {
            throw new IllegalArgumentException(pluginName + " declares no parameter " + name);
        }
        return spec;
    }

    private Object require(String name, ParamType type) {
        ParamSpec spec = spec(name);
        if (spec.type() != type) {
            throw new IllegalArgumentException(pluginName + "." + name + " is " + spec.type() + ", not " + type);
        }
        Object value = values.get(name);
        if (value == null) {
            throw new IllegalStateException(pluginName + "." + name + " has no value and no default");
        }
        return value;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Params p && pluginName.equals(p.pluginName) && values.equals(p.values);
    }

    @Override
    public int hashCode() {
        return pluginName.hashCode() * 31 + values.hashCode();
    }

    @Override
    public String toString() {
        return pluginName + values;
    }
}
