package org.parley.ingest;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The day that a report's words for it name, worked out from the day the report was published: "Wednesday" in a
 * report of a meeting held is the latest Wednesday on or before publication, in an announcement the first on or
 * after it; "last Monday" and "next Monday" leave the day of publication out; "today", "yesterday" and "tomorrow"
 * count from it. A time of day after the words ("Wednesday afternoon") changes nothing. Anything else ("last
 * year", "recently", "in November") names no day, and none is derived.
 */
final class DayWords {

    private static final Pattern WORDS = Pattern.compile("(?:on\\s+)?(?:(last|next|this)\\s+)?"
            + "(monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tomorrow)"
            + "(?:\\s+(?:morning|afternoon|evening|night))?");

    private DayWords() {
    }

    /**
     * The day {@code words} name in a report published on {@code published}, or null when they name none.
     *
     * @param ahead whether the report announces what it dates (a planned meeting), so that a bare weekday is
     *     the next one rather than the last
     */
    static LocalDate derive(String words, LocalDate published, boolean ahead) {
        if (words == null || published == null) {
            return null;
        }
        Matcher matcher = WORDS.matcher(words.strip().toLowerCase(Locale.ROOT));
        if (!matcher.matches()) {
            return null;
        }
        String which = matcher.group(1);
        String day = matcher.group(2);
        switch (day) {
            case "today":
                return which == null ? published : null;
            case "yesterday":
                return which == null ? published.minusDays(1) : null;
            case "tomorrow":
                return which == null ? published.plusDays(1) : null;
            default:
                DayOfWeek weekday = DayOfWeek.valueOf(day.toUpperCase(Locale.ROOT));
                if ("last".equals(which)) {
                    return published.with(TemporalAdjusters.previous(weekday));
                }
                if ("next".equals(which)) {
                    return published.with(TemporalAdjusters.next(weekday));
                }
                return published.with(ahead ? TemporalAdjusters.nextOrSame(weekday)
                        : TemporalAdjusters.previousOrSame(weekday));
        }
    }
}
