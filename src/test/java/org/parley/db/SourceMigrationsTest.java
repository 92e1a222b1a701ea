package org.parley.db;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Migrations that give what was recorded before them its sources, each on such a graph in a schema of its own.
 * V11: a meeting with one source gets that article's account from what the meeting holds; one with two sources
 * gets two empty accounts, since which of them said what was not recorded.
 */
@QuarkusTest
class SourceMigrationsTest {

    private static final String SCHEMA = "parley_migration_sources";

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String url;
    @ConfigProperty(name = "quarkus.datasource.username")
    String user;

    @Test
    void meetingsRecordedBeforeAccountsGetThoseTheirSourcesCanBeTold() throws SQLException {
        migrateFromScratchTo("10");
        try (Connection connection = DriverManager.getConnection(url, user, null);
                Statement sql = connection.createStatement()) {
            sql.execute("SET search_path TO " + SCHEMA + ", public");
            sql.execute("INSERT INTO country (id, code, name) VALUES (1, 'XA', 'Testland'), (2, 'XB', 'Otherland')");
            sql.execute("INSERT INTO article (id, headline, body) VALUES (1, 'One', ''), (2, 'Two', ''),"
                    + " (3, 'Three', '')");
            sql.execute("INSERT INTO bilateral_meeting (id, status, date_text, notes) VALUES"
                    + " (1, 'PLANNED', 'Wednesday', '{\"The first in years.\"}'),"
                    + " (2, 'HELD', 'Monday', '{\"A note.\"}')");
            sql.execute("INSERT INTO meeting_side (meeting_id, side_no, country_id) VALUES (1, 1, 1), (1, 2, 2),"
                    + " (2, 1, 1), (2, 2, 2)");
            sql.execute("INSERT INTO meeting_article (meeting_id, article_id) VALUES (1, 1), (2, 2), (2, 3)");

            flyway("11").migrate();

            assertEquals(List.of("1 1 PLANNED null Wednesday {\"The first in years.\"}",
                    "2 2 null null null {}", "2 3 null null null {}"), rows(sql, "SELECT meeting_id, article_id,"
                    + " status, held_on, date_text, notes FROM meeting_report ORDER BY meeting_id, article_id"));
            // and from now on a source linked to a meeting gets its (empty) account from the database
            sql.execute("INSERT INTO meeting_article (meeting_id, article_id) VALUES (1, 3)");
            assertEquals(List.of("1 3 null null null {}"), rows(sql, "SELECT meeting_id, article_id, status, held_on,"
                    + " date_text, notes FROM meeting_report WHERE meeting_id = 1 AND article_id = 3"));
        }
    }

    /**
     * Migration V14 likewise: the participants of a meeting or forum with one source are named by it; of one with
     * several, which source named whom was not recorded.
     */
    @Test
    void participantsRecordedBeforeTheirSourcesAreNamedByTheOnlySourceThereIs() throws SQLException {
        migrateFromScratchTo("13");
        try (Connection connection = DriverManager.getConnection(url, user, null);
                Statement sql = connection.createStatement()) {
            sql.execute("SET search_path TO " + SCHEMA + ", public");
            sql.execute("INSERT INTO country (id, code, name) VALUES (1, 'XA', 'Testland'), (2, 'XB', 'Otherland')");
            sql.execute("INSERT INTO official (id, name) VALUES (1, 'Ana Tester'), (2, 'Bo Checker')");
            sql.execute("INSERT INTO article (id, headline, body) VALUES (1, 'One', ''), (2, 'Two', '')");
            sql.execute("INSERT INTO bilateral_meeting (id) VALUES (1), (2)");
            sql.execute("INSERT INTO meeting_side (id, meeting_id, side_no, country_id) VALUES (1, 1, 1, 1),"
                    + " (2, 1, 2, 2), (3, 2, 1, 1), (4, 2, 2, 2)");
            sql.execute("INSERT INTO meeting_participant (meeting_id, side_id, official_id) VALUES (1, 1, 1),"
                    + " (1, 2, 2), (2, 3, 1)");
            sql.execute("INSERT INTO meeting_article (meeting_id, article_id) VALUES (1, 1), (2, 1), (2, 2)");
            sql.execute("INSERT INTO forum (id, name) VALUES (1, 'One forum'), (2, 'Another forum')");
            sql.execute("INSERT INTO forum_participant (forum_id, country_id) VALUES (1, 1), (2, 1), (2, 2)");
            sql.execute("INSERT INTO forum_article (forum_id, article_id) VALUES (1, 2), (2, 1), (2, 2)");

            flyway("14").migrate();

            assertEquals(List.of("1 1 1", "1 2 1"), rows(sql, "SELECT meeting_id, official_id, article_id"
                    + " FROM meeting_participant_source ORDER BY 1, 2, 3"));
            assertEquals(List.of("1 1 null 2"), rows(sql, "SELECT forum_id, country_id, organization_id, article_id"
                    + " FROM forum_participant_source ORDER BY 1, 2"));
        }
    }

    /** Migration V17: the rank a participant of a forum with one source has is that source's; of several, unknown. */
    @Test
    void ranksRecordedBeforeTheirSourcesAreThoseOfTheOnlySourceThereIs() throws SQLException {
        migrateFromScratchTo("16");
        try (Connection connection = DriverManager.getConnection(url, user, null);
                Statement sql = connection.createStatement()) {
            sql.execute("SET search_path TO " + SCHEMA + ", public");
            sql.execute("INSERT INTO country (id, code, name) VALUES (1, 'XA', 'Testland'), (2, 'XB', 'Otherland')");
            sql.execute("INSERT INTO article (id, headline, body) VALUES (1, 'One', ''), (2, 'Two', '')");
            sql.execute("INSERT INTO forum (id, name) VALUES (1, 'One forum'), (2, 'Another forum')");
            sql.execute("INSERT INTO forum_participant (forum_id, country_id, delegation_level) VALUES"
                    + " (1, 1, 'MINISTER'), (2, 1, 'VICE_MINISTER'), (2, 2, NULL)");
            sql.execute("INSERT INTO forum_article (forum_id, article_id) VALUES (1, 2), (2, 1), (2, 2)");
            sql.execute("INSERT INTO forum_participant_source (forum_id, country_id, article_id) VALUES (1, 1, 2),"
                    + " (2, 1, 1), (2, 1, 2), (2, 2, 1)");

            flyway("17").migrate();

            assertEquals(List.of("1 1 2 MINISTER", "2 1 1 null", "2 1 2 null", "2 2 1 null"), rows(sql,
                    "SELECT p.forum_id, p.country_id, r.article_id, r.delegation_level FROM forum_participant_report r"
                            + " JOIN forum_participant p ON p.id = r.participant_id ORDER BY 1, 2, 3"));
        }
    }

    /**
     * Migration V18: a statement with one source has that source's account of its day (a day derived from words
     * is none the article states); of several, which said what was not recorded.
     */
    @Test
    void statementsRecordedBeforeTheirAccountsGetThoseOfTheOnlySourceThereIs() throws SQLException {
        migrateFromScratchTo("17");
        try (Connection connection = DriverManager.getConnection(url, user, null);
                Statement sql = connection.createStatement()) {
            sql.execute("SET search_path TO " + SCHEMA + ", public");
            sql.execute("INSERT INTO official (id, name) VALUES (1, 'Ana Tester')");
            sql.execute("INSERT INTO article (id, headline, body) VALUES (1, 'One', ''), (2, 'Two', '')");
            sql.execute("INSERT INTO statement (id, speaker_id, text, kind, said_on, said_on_derived, date_text)"
                    + " VALUES (1, 1, 'Stated.', 'QUOTE', '2024-04-30', false, 'Tuesday'),"
                    + " (2, 1, 'Derived.', 'QUOTE', '2024-05-01', true, 'yesterday'),"
                    + " (3, 1, 'Twice.', 'QUOTE', '2024-04-30', false, NULL)");
            sql.execute("INSERT INTO statement_article (statement_id, article_id) VALUES (1, 1), (2, 2), (3, 1),"
                    + " (3, 2)");

            flyway("18").migrate();

            assertEquals(List.of("1 1 2024-04-30 Tuesday", "2 2 null yesterday", "3 1 null null", "3 2 null null"),
                    rows(sql, "SELECT statement_id, article_id, said_on, date_text FROM statement_article"
                            + " ORDER BY 1, 2"));
        }
    }

    /** The schema of this test emptied, then migrated up to {@code target}. */
    private void migrateFromScratchTo(String target) {
        Flyway flyway = flyway(target);
        flyway.clean();
        flyway.migrate();
    }

    @AfterEach
    void dropTheSchema() {
        flyway("1").clean();
    }

    private Flyway flyway(String target) {
        return Flyway.configure().dataSource(url, user, null).schemas(SCHEMA).target(target).cleanDisabled(false)
                .locations("classpath:db/migration").load();
    }

    private static List<String> rows(Statement sql, String query) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (ResultSet rs = sql.executeQuery(query)) {
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                List<String> row = new ArrayList<>();
                for (int c = 1; c <= columns; c++) {
                    row.add(String.valueOf(rs.getString(c)));
                }
                rows.add(String.join(" ", row));
            }
        }
        return rows;
    }
}
