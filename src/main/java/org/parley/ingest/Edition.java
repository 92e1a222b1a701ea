package org.parley.ingest;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import org.parley.forum.ForumEntity;
import org.parley.ingest.ArticleImport.ForumEntry;

/**
 * What a source says about which edition of a forum it means: the edition's number, its dates and duration, and
 * the days its words name. Two descriptions agree unless a fact both give differs, the days being compared as
 * weekdays too, so that "three days from Tuesday" contradicts "ending on Wednesday".
 */
record Edition(Integer number, boolean derived, LocalDate startDate, LocalDate endDate, Integer durationDays,
        String startDateText, String endDateText) {

    static Edition of(ForumEntry entry) {
        return new Edition(entry.edition(), Boolean.TRUE.equals(entry.editionDerived()), entry.startDate(),
                entry.endDate(), entry.durationDays(), Text.clean(entry.startDateText()),
                Text.clean(entry.endDateText()));
    }

    static Edition of(ForumEntity forum) {
        return new Edition(forum.edition, forum.editionDerived, forum.startDate, forum.endDate, forum.durationDays,
                forum.startDateText, forum.endDateText);
    }

    /** How an editor tells this known edition from the others in an error message. */
    static String describe(ForumEntity forum) {
        String edition = forum.edition == null ? "edition unknown" : "edition " + forum.edition;
        return forum.startDate == null ? edition : edition + ", from " + forum.startDate;
    }

    boolean agreesWith(Edition other) {
        return same(number, other.number) && same(startDate, other.startDate) && same(endDate, other.endDate)
                && same(durationDays, other.durationDays) && same(firstWeekday(), other.firstWeekday())
                && same(lastWeekday(), other.lastWeekday());
    }

    /** The first day's weekday: stated, or counted back from the last day over the duration. */
    private DayOfWeek firstWeekday() {
        DayOfWeek stated = statedFirst();
        DayOfWeek last = statedLast();
        return stated != null || last == null || durationDays == null ? stated : last.minus(durationDays - 1L);
    }

    /** The last day's weekday: stated, or counted on from the first day over the duration. */
    private DayOfWeek lastWeekday() {
        DayOfWeek stated = statedLast();
        DayOfWeek first = statedFirst();
        return stated != null || first == null || durationDays == null ? stated : first.plus(durationDays - 1L);
    }

    private DayOfWeek statedFirst() {
        return startDate != null ? startDate.getDayOfWeek() : weekday(startDateText);
    }

    private DayOfWeek statedLast() {
        return endDate != null ? endDate.getDayOfWeek() : weekday(endDateText);
    }

    /** The weekday that words such as "Monday" or "on Monday" name, or null. */
    private static DayOfWeek weekday(String words) {
        if (words == null) {
            return null;
        }
        String day = words.trim().toUpperCase(Locale.ROOT).replaceFirst("^ON ", "");
        for (DayOfWeek weekday : DayOfWeek.values()) {
            if (weekday.name().equals(day)) {
                return weekday;
            }
        }
        return null;
    }

    private static boolean same(Object one, Object other) {
        return one == null || other == null || Objects.equals(one, other);
    }
}
