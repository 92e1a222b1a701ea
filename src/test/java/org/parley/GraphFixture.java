package org.parley;

/**
 * A small graph a test creates next to the shipped data and removes again: countries XD, XE, XF and XG (ISO's
 * user-assigned codes, never real countries), officials {@code Graph official XD 0} etc. (XD also has official 1),
 * a forum, and four meetings of that forum:
 * <ul>
 * <li>meeting 1, 2021-01-10: XD (official 0) and XE (official 0)</li>
 * <li>meeting 2, 2021-03-05: XE (official 0) and XF (official 0)</li>
 * <li>meeting 3, 2021-03-20: XE (official 0) and XD (official 1), sides in the other order</li>
 * <li>meeting 4, date unknown: XD (official 0) and XE (official 0)</li>
 * </ul>
 * and three statements: XD's official 0 to XE on 2021-02-01, XE's official 0 to XD at meeting 3, and XF's official 0
 * to XD (not between XD and XE). XG's official met no one.
 */
public final class GraphFixture {

    public static final String FORUM = "Graph fixture forum";
    private static final String COUNTRIES = "('XD', 'XE', 'XF', 'XG')";
    private static final String MEETINGS = "m.summary LIKE 'graph fixture meeting %'";

    private final Rows rows;

    public GraphFixture(Rows rows) {
        this.rows = rows;
    }

    public void create() {
        remove();
        rows.execute(
                "INSERT INTO country (code, name) VALUES ('XD', 'Fixture country XD'), ('XE', 'Fixture country XE'),"
                        + " ('XF', 'Fixture country XF'), ('XG', 'Fixture country XG')",
                "INSERT INTO official (name, country_id) SELECT 'Graph official ' || c.code || ' 0', c.id FROM country c"
                        + " WHERE c.code IN " + COUNTRIES,
                "INSERT INTO official (name, country_id) SELECT 'Graph official XD 1', id FROM country WHERE code = 'XD'",
                "INSERT INTO forum (name) VALUES ('" + FORUM + "')",
                "INSERT INTO bilateral_meeting (forum_id, held_on, summary) SELECT f.id, d, 'graph fixture meeting ' || n"
                        + " FROM forum f, (VALUES (1, DATE '2021-01-10'), (2, DATE '2021-03-05'), (3, DATE '2021-03-20'),"
                        + " (4, NULL)) AS v(n, d) WHERE f.name = '" + FORUM + "'",
                side(1, 1, "XD", 0), side(1, 2, "XE", 0),
                side(2, 1, "XE", 0), side(2, 2, "XF", 0),
                side(3, 1, "XE", 0), side(3, 2, "XD", 1),
                side(4, 1, "XD", 0), side(4, 2, "XE", 0),
                statement("XD", "XE", "DATE '2021-02-01'", "NULL", "Graph fixture statement one"),
                statement("XE", "XD", "NULL", "(SELECT id FROM bilateral_meeting m WHERE m.summary = 'graph fixture"
                        + " meeting 3')", "Graph fixture statement two"),
                statement("XF", "XD", "DATE '2021-03-06'", "NULL", "Graph fixture statement three"));
    }

    private static String side(int meeting, int sideNo, String country, int official) {
        String meetingId = "(SELECT id FROM bilateral_meeting WHERE summary = 'graph fixture meeting " + meeting + "')";
        String countryId = "(SELECT id FROM country WHERE code = '" + country + "')";
        return "WITH s AS (INSERT INTO meeting_side (meeting_id, side_no, country_id) VALUES (" + meetingId + ", "
                + sideNo + ", " + countryId + ") RETURNING id, meeting_id)"
                + " INSERT INTO meeting_participant (meeting_id, side_id, official_id) SELECT s.meeting_id, s.id, o.id"
                + " FROM s, official o WHERE o.name = 'Graph official " + country + " " + official + "'";
    }

    private static String statement(String speakerCountry, String addressee, String saidOn, String meeting,
            String text) {
        return "INSERT INTO statement (speaker_id, text, kind, addressee_country_id, said_on, meeting_id)"
                + " SELECT o.id, '" + text + "', 'PARAPHRASE', c.id, " + saidOn + ", " + meeting
                + " FROM official o, country c WHERE o.name = 'Graph official " + speakerCountry + " 0'"
                + " AND c.code = '" + addressee + "'";
    }

    /** Removes what {@link #create} made, also after an interrupted run; the shipped data stays as it is. */
    public void remove() {
        rows.execute(
                "DELETE FROM statement WHERE text LIKE 'Graph fixture statement %'",
                "DELETE FROM bilateral_meeting m WHERE " + MEETINGS,
                "DELETE FROM forum WHERE name = '" + FORUM + "'",
                "DELETE FROM official WHERE country_id IN (SELECT id FROM country WHERE code IN " + COUNTRIES + ")",
                "DELETE FROM country WHERE code IN " + COUNTRIES);
    }

    public String country(String code) {
        return rows.country(code);
    }

    public String official(String code, int n) {
        return rows.official("Graph official " + code + " " + n);
    }

    public String forum() {
        return rows.id("Forum", "forum", "name = ?", FORUM);
    }

    public String meeting(int n) {
        return rows.id("Meeting", "bilateral_meeting", "summary = ?", "graph fixture meeting " + n);
    }
}
