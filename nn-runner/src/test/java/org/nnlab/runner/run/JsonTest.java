package org.nnlab.runner.run;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonTest {
    @Test
    void writesNestedValues_escapesText_andNanAsNull() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("text", "a \"quoted\"\\path\nline\u0001");
        map.put("nan", Double.NaN);
        map.put("list", List.of(1, 2.5, true));
        map.put("empty", Map.of());
        map.put("none", null);
        assertEquals("""
                {
                  "text": "a \\"quoted\\"\\\\path\\nline\\u0001",
                  "nan": null,
                  "list": [
                    1,
                    2.5,
                    true
                  ],
                  "empty": {},
                  "none": null
                }
                """, Json.write(map));
    }
}
