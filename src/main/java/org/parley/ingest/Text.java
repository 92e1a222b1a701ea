package org.parley.ingest;

import java.text.Normalizer;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/** The one way the import cleans text: NFC-normalised, stripped of surrounding whitespace, blank as absent. */
public final class Text {

    private Text() {
    }

    public static String clean(String text) {
        if (text == null) {
            return null;
        }
        String cleaned = Normalizer.normalize(text, Normalizer.Form.NFC).strip();
        return cleaned.isEmpty() ? null : cleaned;
    }

    /** A value the document must give; {@code what} names it in the error. */
    static String required(String text, String what) {
        String cleaned = clean(text);
        if (cleaned == null) {
            throw new InvalidImportException(what, "is required.");
        }
        return cleaned;
    }

    /** A country code as stored: upper case. */
    public static String code(String text) {
        String cleaned = clean(text);
        return cleaned == null ? null : cleaned.toUpperCase(Locale.ROOT);
    }

    /** The cleaned, non-blank values without repeats, in their order. */
    public static List<String> cleanAll(List<String> texts) {
        return List.copyOf(new LinkedHashSet<>(texts.stream().map(Text::clean).filter(Objects::nonNull).toList()));
    }
}
