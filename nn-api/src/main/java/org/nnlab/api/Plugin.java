package org.nnlab.api;

import java.util.List;

/**
 * What every plugin kind shares: a kebab-case name used in YAML, a one-line description, its declared
 * parameters and the API version it was built against.
 *
 * <p>A discovered provider is a cheap prototype: its public no-argument constructor does no I/O and no
 * large allocation. Each kind has a {@code configure(Params)} that returns an immutable, validated instance.
 */
public interface Plugin {

    /** The unique kebab-case key used in YAML, e.g. {@code sigmoid}; held in a {@code NAME} constant. */
    String name();

    /** One sentence for {@code nn plugins} and {@code nn describe}. */
    String description();

    /** The declared parameters; they feed validation, error messages, {@code describe} and provenance. */
    default List<ParamSpec> parameters() {
        return List.of();
    }

    /**
     * The SPI version this plugin was compiled against. Implement it as {@code return NnApi.VERSION;}:
     * the constant is inlined by the compiler, so the value is the one of the API jar you built with.
     */
    int apiVersion();
}
