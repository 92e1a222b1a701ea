package org.parley.graphql;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * The one encoding of the opaque strings Parley hands out (global IDs and cursors): UTF-8 text in base64url without
 * padding, in Java and in the SQL of the single statement, side by side so that the two cannot drift apart.
 */
final class Base64Url {

    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    private Base64Url() {
    }

    static String encode(String text) {
        return ENCODER.encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    /** The text behind {@code encoded}; an {@link IllegalArgumentException} when it is not base64url. */
    static String decode(String encoded) {
        return new String(DECODER.decode(encoded), StandardCharsets.UTF_8);
    }

    /** {@link #encode} in SQL, of the text that {@code text} (an SQL expression) gives. */
    static String sql(String text) {
        // encode() breaks lines every 76 characters: the line breaks go with the two characters base64url replaces
        return "rtrim(translate(encode(convert_to(" + text + ", 'UTF8'), 'base64'), E'+/\\n', '-_'), '=')";
    }

    /**
     * {@link #sql} at a third of its cost, for text of ASCII letters, digits, ':' and '-' under 57 bytes (a global
     * ID): its base64 holds neither '+' nor '/' (a 6-bit group of 62 or 63 takes '>', '?', '~' or DEL), encode() breaks
     * no line before 57 bytes, and with no backslash the cast to bytea reads the text as it is.
     */
    static String asciiSql(String text) {
        return "rtrim(encode((" + text + ")::bytea, 'base64'), '=')";
    }
}
