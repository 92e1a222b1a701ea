package org.parley.limits;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * The bytes that an answer's {@code data} takes as JSON, counted without writing it and given up once past a bound:
 * what the resolvers' answer is held to, as the single statement's is by the length of the JSON it built.
 */
final class AnswerSize {

    private final long bound;
    private long bytes;

    private AnswerSize(long bound) {
        this.bound = bound;
    }

    /** Whether {@code data} takes more than {@code bound} bytes as JSON. */
    static boolean over(Object data, long bound) {
        AnswerSize size = new AnswerSize(bound);
        return !size.add(data);
    }

    /** Counts {@code value}; false as soon as the count is past the bound. */
    private boolean add(Object value) {
        if (value instanceof Map<?, ?> map) {
            bytes += 1 + Math.max(0, map.size() - 1);
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                bytes += text(String.valueOf(entry.getKey())) + 1;
                if (!add(entry.getValue())) {
                    return false;
                }
            }
            bytes += 1;
        } else if (value instanceof List<?> list) {
            bytes += 1 + Math.max(0, list.size() - 1);
            for (Object element : list) {
                if (!add(element)) {
                    return false;
                }
            }
            bytes += 1;
        } else if (value instanceof String string) {
            bytes += text(string);
        } else {
            bytes += String.valueOf(value).length(); // a number, a boolean or null
        }
        return bytes <= bound;
    }

    /** A string as JSON: its UTF-8 bytes, quoted, with a byte more for each character that is escaped. */
    private static long text(String string) {
        long escapes = 0;
        for (int i = 0; i < string.length(); i++) {
            char c = string.charAt(i);
            if (c == '"' || c == '\\' || c < 0x20) {
                escapes += c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\b' && c != '\f' ? 5 : 1;
            }
        }
        return string.getBytes(StandardCharsets.UTF_8).length + 2 + escapes;
    }
}
