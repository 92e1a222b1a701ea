package org.parley.meeting;

import org.parley.Rows;

/**
 * Meetings a test creates next to the shipped data and removes again: a forum hosted by XA, countries XA to XC
 * (ISO's user-assigned codes, never real countries), two officials per country, three topics, and {@code n}
 * meetings. Meeting {@code g} (0 based) is held on 2020-01-01 + g days, except every tenth (g % 10 == 0), whose date
 * is unknown; its sides are XA and XB when g is even, XA and XC when odd; each side sends its country's official 0,
 * and also official 1 when g % 3 == 0; its topic is {@code fixture topic <g % 3>}.
 */
final class MeetingFixture {

    static final String FORUM = "Fixture forum";
    private static final String COUNTRIES = "('XA', 'XB', 'XC')";
    private static final String MEETINGS = "m.summary LIKE 'fixture meeting %'";
    private static final String G = "split_part(m.summary, ' ', 3)::int";

    private final Rows rows;

    MeetingFixture(Rows rows) {
        this.rows = rows;
    }

    void create(int n) {
        remove();
        rows.execute(
                "INSERT INTO country (code, name) VALUES ('XA', 'Fixture country XA'), ('XB', 'Fixture country XB'),"
                        + " ('XC', 'Fixture country XC')",
                "INSERT INTO topic (name) SELECT 'fixture topic ' || g FROM generate_series(0, 2) g",
                "INSERT INTO official (name, country_id) SELECT 'Fixture official ' || c.code || ' ' || g, c.id"
                        + " FROM country c, generate_series(0, 1) g WHERE c.code IN " + COUNTRIES,
                "INSERT INTO official_position (official_id, title) SELECT o.id, 'Fixture envoy' FROM official o"
                        + " JOIN country c ON c.id = o.country_id WHERE c.code IN " + COUNTRIES,
                "INSERT INTO forum (name, host_country_id) SELECT '" + FORUM + "', id FROM country WHERE code = 'XA'",
                "INSERT INTO bilateral_meeting (forum_id, held_on, summary) SELECT f.id,"
                        + " CASE WHEN g % 10 = 0 THEN NULL ELSE DATE '2020-01-01' + g END, 'fixture meeting ' || g"
                        + " FROM forum f, generate_series(0, " + (n - 1) + ") g WHERE f.name = '" + FORUM + "'",
                "INSERT INTO meeting_side (meeting_id, side_no, country_id) SELECT m.id, 1, c.id"
                        + " FROM bilateral_meeting m, country c WHERE c.code = 'XA' AND " + MEETINGS,
                "INSERT INTO meeting_side (meeting_id, side_no, country_id) SELECT m.id, 2, c.id"
                        + " FROM bilateral_meeting m JOIN country c ON c.code = CASE WHEN " + G + " % 2 = 0"
                        + " THEN 'XB' ELSE 'XC' END WHERE " + MEETINGS,
                "INSERT INTO meeting_participant (meeting_id, side_id, official_id, position_id)"
                        + " SELECT m.id, s.id, o.id, p.id FROM bilateral_meeting m JOIN meeting_side s ON s.meeting_id = m.id"
                        + " JOIN official o ON o.country_id = s.country_id JOIN official_position p ON p.official_id = o.id"
                        + " WHERE " + MEETINGS + " AND (o.name LIKE '% 0' OR " + G + " % 3 = 0)",
                "INSERT INTO meeting_topic (meeting_id, topic_id) SELECT m.id, t.id FROM bilateral_meeting m"
                        + " JOIN topic t ON t.name = 'fixture topic ' || (" + G + " % 3) WHERE " + MEETINGS);
    }

    /** Removes what {@link #create} made, also after an interrupted run; the shipped data stays as it is. */
    void remove() {
        rows.execute(
                "DELETE FROM bilateral_meeting m WHERE " + MEETINGS,
                "DELETE FROM forum WHERE name = '" + FORUM + "'",
                "DELETE FROM official_position WHERE official_id IN (SELECT o.id FROM official o"
                        + " JOIN country c ON c.id = o.country_id WHERE c.code IN " + COUNTRIES + ")",
                "DELETE FROM official WHERE country_id IN (SELECT id FROM country WHERE code IN " + COUNTRIES + ")",
                "DELETE FROM topic WHERE name LIKE 'fixture topic %'",
                "DELETE FROM country WHERE code IN " + COUNTRIES);
    }

    String country(String code) {
        return rows.country(code);
    }

    String official(String code, int n) {
        return rows.official("Fixture official " + code + " " + n);
    }

    String topic(int n) {
        return rows.id("Topic", "topic", "name = ?", "fixture topic " + n);
    }

    String forum() {
        return rows.id("Forum", "forum", "name = ?", FORUM);
    }
}
