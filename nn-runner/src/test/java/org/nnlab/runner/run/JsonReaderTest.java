package org.nnlab.runner.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.nnlab.runner.run.Json;

class JsonReaderTest {
    @Test
    void readsWhatTheRunFilesWriterWrites() {
        Map<String, Object> written = new LinkedHashMap<>();
        written.put("status", "completed");
        written.put("test_accuracy", 0.936);
        written.put("best_epoch", null);
        written.put("nan", Double.NaN);
        written.put("flag", true);
        written.put("args", List.of("nn", "run", "a \"quoted\"\\path\n"));
        written.put("nested", Map.of("threads", 2));
        Map<?, ?> read = (Map<?, ?>) JsonReader.parse(Json.write(written));
        assertEquals(Arrays.asList("status", "test_accuracy", "best_epoch", "nan", "flag", "args", "nested"),
                List.copyOf(read.keySet()), "keys in their order");
        assertEquals(0.936, read.get("test_accuracy"));
        assertEquals(null, read.get("best_epoch"));
        assertEquals(null, read.get("nan"), "NaN is written as null");
        assertEquals(true, read.get("flag"));
        assertEquals(List.of("nn", "run", "a \"quoted\"\\path\n"), read.get("args"));
        assertEquals(Map.of("threads", 2L), read.get("nested"), "a whole number is a long");
    }

    @Test
    void textThatIsNotJson_saysWhere() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> JsonReader.parse("{\"a\": 1,"));
        assertTrue(e.getMessage().contains("at character"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> JsonReader.parse("{\"a\": 1} x"));
    }
}
