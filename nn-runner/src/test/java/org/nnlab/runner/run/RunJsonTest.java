package org.nnlab.runner.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RunJsonTest {
    /** The bytes the run files have always had: two-space indent, one list value a line, {@code {}}, NaN as null. */
    @Test
    void writesNestedValues_escapesText_andNanAsNull() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("text", "a \"quoted\"\\path\nline\u0001\ttab");
        map.put("nan", Double.NaN);
        map.put("infinite", Float.NEGATIVE_INFINITY);
        map.put("list", List.of(1, 2.5, true, 1e-7, 3L));
        map.put("float", 0.1f);
        map.put("empty", Map.of());
        map.put("none", null);
        map.put("nested", List.of(Map.of("a", List.of()), List.of("x")));
        assertEquals("""
                {
                  "text": "a \\"quoted\\"\\\\path\\nline\\u0001\\ttab",
                  "nan": null,
                  "infinite": null,
                  "list": [
                    1,
                    2.5,
                    true,
                    1.0E-7,
                    3
                  ],
                  "float": 0.10000000149011612,
                  "empty": {},
                  "none": null,
                  "nested": [
                    {
                      "a": []
                    },
                    [
                      "x"
                    ]
                  ]
                }
                """, RunJson.write(map));
    }

    @Test
    void readsWhatItWrites() {
        Map<String, Object> written = new LinkedHashMap<>();
        written.put("status", "completed");
        written.put("test_accuracy", 0.936);
        written.put("best_epoch", null);
        written.put("nan", Double.NaN);
        written.put("flag", true);
        written.put("args", List.of("nn", "run", "a \"quoted\"\\path\n"));
        written.put("nested", Map.of("threads", 2));
        Map<?, ?> read = (Map<?, ?>) RunJson.read(RunJson.write(written));
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
                () -> RunJson.read("{\"a\": 1,"));
        assertTrue(e.getMessage().contains("at line 1, column"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> RunJson.read("{\"a\": 1} x"));
    }
}
