package org.parley.direct;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** The start-up check of the read model's tables and columns against the migrated database. */
@QuarkusTest
class CatalogCheckTest {

    @Inject
    ReadCatalog catalog;
    @Inject
    DataSource dataSource;

    @Test
    void theModelNamesTheColumnsOfItsTypesRelationsAndLinkTables() {
        Map<String, Set<String>> expected = catalog.expectedColumns();
        assertEquals(Set.of("id", "name", "other_names", "country_id", "version"), expected.get("official"));
        assertTrue(expected.get("meeting_topic").containsAll(Set.of("meeting_id", "topic_id")), expected.toString());
        assertTrue(expected.get("statement").containsAll(Set.of("speaker_id", "addressee_organization_id")),
                expected.toString());
        // the database has every one of them: the same check ran at this test's start
        CatalogCheck.check(expected, dataSource);
    }

    @Test
    void aMisspeltColumnOrTableIsRefusedWithItsName() {
        Map<String, Set<String>> misspelt = new HashMap<>(catalog.expectedColumns());
        Set<String> official = new TreeSet<>(misspelt.get("official"));
        official.add("nmae");
        misspelt.put("official", official);
        misspelt.put("oficial", Set.of("id"));
        IllegalStateException refused = assertThrows(IllegalStateException.class,
                () -> CatalogCheck.check(misspelt, dataSource));
        assertEquals("The read model names columns that the database does not have: official.nmae, oficial.id. "
                + "Correct the column in the API class's TABLE (or the relation that names it), or add a migration "
                + "that creates it.", refused.getMessage());
    }

    @Test
    void everyFieldOfATypeReadFromATableHasAStatementThatPostgreSQLPlans() {
        Map<String, SqlText> probes = catalog.probes();
        for (String field : new String[] {"Official.name", "Official.currentPosition", "Official.statements",
                "Official.statementsConnection", "Meeting.previousMeetingBetweenSides", "Meeting.topics",
                "MeetingParticipant.country", "Article.body", "Topic.articles"}) {
            assertTrue(probes.containsKey(field), field + " in " + probes.keySet());
        }
        CatalogCheck.plan(probes, dataSource);
    }

    @Test
    void aStatementThatPostgreSQLRefusesIsNamedByItsField() {
        Map<String, SqlText> probes = new TreeMap<>(Map.of(
                "Official.name", new SqlText().append("SELECT d1.nmae FROM official d1"),
                "Official.country", new SqlText().append("SELECT 1 FROM official d1 LEFT JOIN countri d2 ON d2.id = ")
                        .param(1L),
                "Topic.name", new SqlText().append("SELECT d1.name FROM topic d1")));
        IllegalStateException refused = assertThrows(IllegalStateException.class,
                () -> CatalogCheck.plan(probes, dataSource));
        assertTrue(refused.getMessage().startsWith("PostgreSQL refuses the SQL that the read model writes for: "
                + "Official.country (ERROR: relation \"countri\" does not exist"), refused.getMessage());
        assertTrue(refused.getMessage().contains("; Official.name (ERROR: column d1.nmae does not exist"),
                refused.getMessage());
        assertTrue(!refused.getMessage().contains("Topic.name"), refused.getMessage());
    }
}
