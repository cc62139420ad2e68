package org.nnlab.runner.run;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;

/**
 * The JSON of the run files ({@code summary.json}, {@code provenance.json}), read and written with Jackson.
 * Written: maps in their order, lists one value a line, indented by two spaces, {@code "key": value}, empty
 * containers as {@code {}} and {@code []}, a final newline; a number as {@link Double#toString} of its double
 * value, and a non-finite one as null (JSON has no NaN). Read: objects as ordered maps, arrays as lists, whole
 * numbers as longs, other numbers as doubles.
 */
public final class RunJson {
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .registerModule(new SimpleModule("run-files")
                    .addSerializer(Double.class, new FiniteOrNull<>())
                    .addSerializer(Float.class, new FiniteOrNull<>()))
            .enable(DeserializationFeature.USE_LONG_FOR_INTS, DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    private static final ObjectWriter WRITER = MAPPER.writer(printer());

    private RunJson() {
    }

    /** {@code value} (maps, lists, strings, numbers, booleans and null) as the run files' JSON text. */
    public static String write(Object value) {
        try {
            return WRITER.writeValueAsString(value) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot be written as JSON: " + e.getOriginalMessage(), e);
        }
    }

    /** The value of {@code text}; an {@link IllegalArgumentException} naming line and column when it is not JSON. */
    public static Object read(String text) {
        try {
            return MAPPER.readValue(text, Object.class);
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? ""
                    : " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
            throw new IllegalArgumentException(e.getOriginalMessage() + where, e);
        }
    }

    private static DefaultPrettyPrinter printer() {
        DefaultIndenter lines = new DefaultIndenter("  ", "\n");
        return new DefaultPrettyPrinter(Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                .withObjectEmptySeparator("")
                .withArrayEmptySeparator(""))
                .withObjectIndenter(lines)
                .withArrayIndenter(lines);
    }

    /** A double or float as its double value, or null when it is NaN or infinite. */
    private static final class FiniteOrNull<N extends Number> extends JsonSerializer<N> {
        @Override
        public void serialize(N value, JsonGenerator out, SerializerProvider provider) throws IOException {
            double d = value.doubleValue();
            if (Double.isFinite(d)) {
                out.writeNumber(d);
            } else {
                out.writeNull();
            }
        }
    }
}
