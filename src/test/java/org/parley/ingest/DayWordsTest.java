package org.parley.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The days that a report's words name, from the day it was published: here Thursday, 2014-09-18. */
class DayWordsTest {

    private static final LocalDate THURSDAY = LocalDate.parse("2014-09-18");

    @ParameterizedTest(name = "\"{0}\" in a report {1}: {2}")
    @CsvSource(nullValues = "none", value = {
        // a report of what happened: the latest such day on or before publication
        "Wednesday,           of the past,  2014-09-17",
        "on Wednesday,        of the past,  2014-09-17",
        "Wednesday afternoon, of the past,  2014-09-17",
        "Thursday,            of the past,  2014-09-18",
        "Friday,              of the past,  2014-09-12",
        // an announcement: the first such day on or after publication
        "Wednesday,           ahead,        2014-09-24",
        "Thursday,            ahead,        2014-09-18",
        "on Saturday,         ahead,        2014-09-20",
        // last and next leave the day of publication out
        "last Thursday,       of the past,  2014-09-11",
        "next Thursday,       ahead,        2014-09-25",
        "next Monday,         of the past,  2014-09-22",
        "today,               of the past,  2014-09-18",
        "yesterday,           of the past,  2014-09-17",
        "tomorrow,            ahead,        2014-09-19",
        "  On WEDNESDAY ,     of the past,  2014-09-17",
        // words that name no day
        "last year,           of the past,  none",
        "recently,            of the past,  none",
        "in November 2011,    of the past,  none",
        "last yesterday,      of the past,  none",
        "Wednesday week,      ahead,        none"})
    void theDayTheWordsNameFromTheDayOfPublication(String words, String when, LocalDate expected) {
        assertEquals(expected, DayWords.derive(words, THURSDAY, when.equals("ahead")));
    }

    @ParameterizedTest(name = "no day of publication: \"{0}\" names none")
    @CsvSource({"Wednesday", "today"})
    void withoutTheDayOfPublicationNoDayIsDerived(String words) {
        assertEquals(null, DayWords.derive(words, null, false));
    }
}
