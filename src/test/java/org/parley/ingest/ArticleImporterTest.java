package org.parley.ingest;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.TestTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolationException;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.parley.GraphQLClient;
import org.parley.ingest.ImportResult.Counts;
import org.parley.ingest.ImportResult.Kind;
import org.parley.persistence.TestDb;
import org.parley.seed.SeedLoader;

/** Importing documents: matching by natural key, updating what changed, failing whole on a bad reference. */
@QuarkusTest
class ArticleImporterTest {

    private static final String TEST_ARTICLE = "test-article.json";

    @Inject
    ArticleImporter importer;
    @Inject
    ArticleImportReader reader;
    @Inject
    ObjectMapper mapper;
    @Inject
    SeedLoader seed;
    @Inject
    TestDb db;

    private Map<String, Long> highestIds;

    @BeforeEach
    void rememberWhatExists() {
        highestIds = db.highestIds();
    }

    @AfterEach
    void deleteWhatTheTestWrote() {
        db.deleteAddedSince(highestIds);
    }

    @Test
    void importingAnyShippedDocumentAgainMatchesEverythingAndChangesNothing() {
        Map<String, Long> rows = db.rowCounts();
        String versions = db.versions();

        ImportResult shipped = seed.load("seoul-defense-dialogue.json");
        assertEquals(new Counts(0, 31, 0), shipped.total());
        assertEquals(new Counts(0, 7, 0), shipped.of(Kind.COUNTRY));
        assertEquals(new Counts(0, 6, 0), shipped.of(Kind.STATEMENT));
        assertEquals(new Counts(0, 40, 0), seed.load("seoul-defense-dialogue-opening.json").total());
        assertEquals(new Counts(0, 14, 0), seed.load("seoul-defense-dialogue-later-edition.json").total());

        assertEquals(rows, db.rowCounts());
        assertEquals(versions, db.versions());
    }

    /**
     * The three shipped reports, imported in every order into an empty graph, make the same graph: one edition
     * whichever report comes first, one Baek–Nishi meeting with two sources, held. Runs in a transaction rolled
     * back at its end, so that the shipped graph is back as it was.
     */
    @Test
    @TestTransaction
    void theShippedReportsMakeTheSameGraphInEveryOrder() {
        List<String> shipped = graph();
        List<String> documents = seed.documents();
        assertEquals(3, documents.size());
        for (List<String> order : List.of(List.of(0, 1, 2), List.of(0, 2, 1), List.of(1, 0, 2), List.of(1, 2, 0),
                List.of(2, 0, 1), List.of(2, 1, 0)).stream()
                .map(indexes -> indexes.stream().map(documents::get).toList()).toList()) {
            db.emptyTheDomain();
            order.forEach(seed::load);
            assertEquals(shipped, graph(), "imported in the order " + order);
        }
        db.checkDeferredConstraints();
    }

    /**
     * The graph by natural keys, without ids: forums (with their panels), meetings (with each source's account),
     * statements, officials and articles, each with its relations and the articles that name each participant
     * (with the rank each gives). A meeting's notes are sorted, since each report adds its own after those known.
     */
    private List<String> graph() {
        return db.texts("""
                SELECT 'forum ' || concat_ws('|', f.name, f.edition, f.edition_derived, f.edition_text,
                       f.start_date_text, f.end_date_text, f.duration_days, f.attendance_text, f.description,
                       f.participating_country_count, hc.code, ho.name,
                       (SELECT string_agg(coalesce(c.code, g.name) || ':' || coalesce(p.delegation_level, '-')
                                          || ':' || coalesce((SELECT string_agg(a.headline || '='
                                                 || coalesce(pr.delegation_level, '-'), '+' ORDER BY a.headline)
                                             FROM forum_participant_report pr JOIN article a ON a.id = pr.article_id
                                             WHERE pr.participant_id = p.id), ''), ','
                                          ORDER BY coalesce(c.code, g.name))
                          FROM forum_participant p LEFT JOIN country c ON c.id = p.country_id
                          LEFT JOIN organization g ON g.id = p.organization_id WHERE p.forum_id = f.id),
                       (SELECT string_agg(pn.theme || ':' || coalesce(pn.day_text, '-'), ',' ORDER BY pn.position)
                          FROM forum_panel pn WHERE pn.forum_id = f.id),
                       (SELECT string_agg(a.headline, ',' ORDER BY a.headline) FROM forum_article fa
                          JOIN article a ON a.id = fa.article_id WHERE fa.forum_id = f.id))
                  FROM forum f LEFT JOIN country hc ON hc.id = f.host_country_id
                  LEFT JOIN organization ho ON ho.id = f.host_organization_id
                UNION ALL
                SELECT 'meeting ' || concat_ws('|', f.edition, m.date_text, m.held_on, m.held_on_derived, m.status,
                       m.on_sidelines, m.summary, (SELECT string_agg(n, ',' ORDER BY n) FROM unnest(m.notes) n),
                       (SELECT string_agg(coalesce(c.code, g.name) || ':' || coalesce((SELECT string_agg(o.name
                               || '<' || coalesce((SELECT string_agg(a.headline, '+' ORDER BY a.headline)
                                  FROM meeting_participant_article pa JOIN article a ON a.id = pa.article_id
                                  WHERE pa.participant_id = mp.id), '') || '>',
                               '+' ORDER BY o.name) FROM meeting_participant mp JOIN official o ON o.id = mp.official_id
                               WHERE mp.side_id = s.id), ''), ',' ORDER BY coalesce(c.code, g.name))
                          FROM meeting_side s LEFT JOIN country c ON c.id = s.country_id
                          LEFT JOIN organization g ON g.id = s.organization_id WHERE s.meeting_id = m.id),
                       (SELECT string_agg(t.name || CASE WHEN EXISTS (SELECT 1 FROM meeting_topic_expected e
                               WHERE e.meeting_id = m.id AND e.topic_id = t.id) THEN ' (expected)' ELSE '' END,
                               ',' ORDER BY t.name)
                          FROM meeting_topic mt JOIN topic t ON t.id = mt.topic_id WHERE mt.meeting_id = m.id),
                       (SELECT string_agg(a.headline, ',' ORDER BY a.headline) FROM meeting_article ma
                          JOIN article a ON a.id = ma.article_id WHERE ma.meeting_id = m.id),
                       (SELECT string_agg(concat_ws(':', a.headline, r.status, r.held_on, r.date_text,
                               array_to_string(r.notes, '/')), ',' ORDER BY a.headline)
                          FROM meeting_report r JOIN article a ON a.id = r.article_id WHERE r.meeting_id = m.id))
                  FROM bilateral_meeting m LEFT JOIN forum f ON f.id = m.forum_id
                UNION ALL
                SELECT 'statement ' || concat_ws('|', o.name, s.text, s.meeting_id IS NOT NULL,
                       (SELECT string_agg(t.name, ',' ORDER BY t.name) FROM statement_topic st
                          JOIN topic t ON t.id = st.topic_id WHERE st.statement_id = s.id))
                  FROM statement s JOIN official o ON o.id = s.speaker_id
                UNION ALL
                SELECT 'official ' || concat_ws('|', o.name, c.code, (SELECT string_agg(p.title, ',' ORDER BY p.title)
                          FROM official_position p WHERE p.official_id = o.id))
                  FROM official o LEFT JOIN country c ON c.id = o.country_id
                UNION ALL
                SELECT 'topic ' || concat_ws('|', name, description) FROM topic
                UNION ALL
                SELECT 'country ' || concat_ws('|', code, name) FROM country
                UNION ALL
                SELECT 'article ' || concat_ws('|', headline, md5(body)) FROM article
                ORDER BY 1""");
    }

    @Test
    void aNewDocumentIsCreatedOnceThenMatched() {
        ImportResult first = importer.importArticle(document(TEST_ARTICLE), "test");

        assertEquals(new Counts(15, 0, 0), first.total());
        assertEquals(new Counts(4, 0, 0), first.of(Kind.ORGANIZATION));
        assertEquals(new Counts(2, 0, 0), first.of(Kind.POSITION));
        assertEquals("XA Testland", db.text("SELECT code || ' ' || name FROM country WHERE name = 'Testland'"));
        assertEquals("{\"Ada Tester\",\"Ben Checker\"}|Parley Test Daily|2024-05-01|test",
                db.text("SELECT concat_ws('|', a.authors, p.name, a.published_on, a.created_by) FROM article a"
                        + " JOIN organization p ON p.id = a.publisher_id WHERE a.url LIKE '%/parley-test/%'"));
        assertEquals("Foreign Ministry", db.text("SELECT p.name FROM organization o JOIN organization p"
                + " ON p.id = o.parent_id WHERE o.short_name = 'TCO'"));
        assertEquals(List.of("KR", "XA", "XB"), db.texts("SELECT c.code FROM forum_participant p JOIN forum f"
                + " ON f.id = p.forum_id JOIN country c ON c.id = p.country_id WHERE f.name = 'Parley Test Forum'"
                + " ORDER BY 1"));
        assertEquals("2024-04-30|Ana Tester|XB", db.text("SELECT concat_ws('|', m.held_on, o.name, c.code)"
                + " FROM statement s JOIN bilateral_meeting m ON m.id = s.meeting_id JOIN official o"
                + " ON o.id = s.speaker_id JOIN country c ON c.id = s.addressee_country_id"
                + " WHERE s.text = 'Every fact deserves a test.'"));

        assertEquals(new Counts(0, 15, 0), importer.importArticle(document(TEST_ARTICLE), "test").total());
    }

    @Test
    void aCorrectedDocumentUpdatesTheChangedFieldsOnly() {
        importer.importArticle(document(TEST_ARTICLE), "test");
        ObjectNode corrected = tree(TEST_ARTICLE);
        ((ObjectNode) corrected.at("/article")).put("headline", "Testland and Otherland ministers meet (corrected)");
        ((ObjectNode) corrected.at("/meetings/0")).put("summary", "The two ministers met twice.");

        ImportResult result = importer.importArticle(mapper.convertValue(corrected, ArticleImport.class), "editor");

        assertEquals(new Counts(0, 0, 1), result.of(Kind.ARTICLE));
        assertEquals(new Counts(0, 0, 1), result.of(Kind.MEETING));
        assertEquals(new Counts(0, 13, 2), result.total());
        assertEquals("Testland and Otherland ministers meet (corrected)|1|test|editor|They talked about test coverage.",
                db.text("SELECT concat_ws('|', headline, version, created_by, updated_by, split_part(body, '\n\n', 2))"
                        + " FROM article WHERE url LIKE '%/parley-test/%'"));
        assertEquals("The two ministers met twice.|{\"Their first meeting.\"}|2024-04-30|1|editor",
                db.text("SELECT concat_ws('|', summary, notes, held_on, version, updated_by) FROM bilateral_meeting"
                        + " WHERE held_on = '2024-04-30'"));
        assertEquals("0|test", db.text("SELECT concat_ws('|', version, updated_by) FROM statement"
                + " WHERE text = 'Every fact deserves a test.'"));
    }

    /** Two articles that give a delegation another rank each keep theirs, with the article. */
    @Test
    void eachArticleKeepsTheRankItGivesADelegation() {
        ObjectNode minister = tree(TEST_ARTICLE);
        ((ObjectNode) minister.at("/forums/0")).set("delegations",
                read("[{\"country\": \"XA\", \"level\": \"MINISTER\"}]"));
        ObjectNode vice = minister.deepCopy();
        ((ObjectNode) vice.at("/article")).put("url", "https://news.example.org/parley-test/another-report");
        ((ObjectNode) vice.at("/forums/0/delegations/0")).put("level", "VICE_MINISTER");
        String ranks = "SELECT a.url || ' ' || coalesce(r.delegation_level, '-') FROM forum_participant_report r"
                + " JOIN forum_participant p ON p.id = r.participant_id JOIN country c ON c.id = p.country_id"
                + " JOIN article a ON a.id = r.article_id WHERE c.code = 'XA' ORDER BY a.url";

        String level = "SELECT coalesce(p.delegation_level, '-') FROM forum_participant p JOIN country c"
                + " ON c.id = p.country_id JOIN forum f ON f.id = p.forum_id WHERE c.code = 'XA'"
                + " AND f.name = 'Parley Test Forum'";

        importer.importArticle(mapper.convertValue(minister, ArticleImport.class), "test");
        assertEquals("MINISTER", db.text(level));
        importer.importArticle(mapper.convertValue(vice, ArticleImport.class), "test");
        assertEquals(List.of("https://news.example.org/parley-test/another-report VICE_MINISTER",
                "https://news.example.org/parley-test/ministers-meet MINISTER"), db.texts(ranks));
        // the participant's own rank is the one they agree on: none, whatever order they come in
        assertEquals("-", db.text(level));
        assertEquals(new Counts(0, 1, 0), importer.importArticle(mapper.convertValue(minister, ArticleImport.class),
                "test").of(Kind.FORUM));
        // the first article read again without the rank keeps the one it gave
        importer.importArticle(document(TEST_ARTICLE), "test");
        assertEquals(List.of("https://news.example.org/parley-test/another-report VICE_MINISTER",
                "https://news.example.org/parley-test/ministers-meet MINISTER"), db.texts(ranks));
    }

    /** A meeting of three parties is recorded with its three sides and matched again only by all three. */
    @Test
    void aMeetingOfThreePartiesKeepsItsSidesAndIsMatchedOnlyByAllOfThem() {
        ObjectNode three = tree(TEST_ARTICLE);
        ((ArrayNode) three.at("/meetings/0/sides")).add(read("{\"country\": \"KR\"}"));
        String sides = "SELECT string_agg(c.code, ' ' ORDER BY s.side_no) FROM meeting_side s"
                + " JOIN country c ON c.id = s.country_id JOIN bilateral_meeting m ON m.id = s.meeting_id"
                + " WHERE m.held_on = '2024-04-30' GROUP BY m.id ORDER BY count(*)";

        importer.importArticle(mapper.convertValue(three, ArticleImport.class), "test");
        assertEquals(List.of("XA XB KR"), db.texts(sides));
        ImportResult again = importer.importArticle(mapper.convertValue(three, ArticleImport.class), "test");
        assertEquals(new Counts(0, 1, 0), again.of(Kind.MEETING));
        // the same meeting of two of them is another meeting
        importer.importArticle(document(TEST_ARTICLE), "test");
        assertEquals(List.of("XA XB", "XA XB KR"), db.texts(sides));
    }

    @Test
    void aPlannedMeetingReportedAsHeldBecomesHeldAndAHeldOneStaysHeldInEitherOrder() {
        // an announcement of the meeting, a report of its own
        ObjectNode planned = tree(TEST_ARTICLE);
        ((ObjectNode) planned.at("/article")).put("url", "https://news.example.org/parley-test/ministers-to-meet")
                .put("headline", "Testland and Otherland ministers to meet at the Parley Test Forum");
        ((ObjectNode) planned.at("/meetings/0")).put("status", "PLANNED");
        String meeting = "SELECT concat_ws('|', status, version) FROM bilateral_meeting WHERE held_on = '2024-04-30'";
        String accounts = "SELECT string_agg(r.status || ' ' || a.url, ', ' ORDER BY a.url) FROM meeting_report r"
                + " JOIN article a ON a.id = r.article_id JOIN bilateral_meeting m ON m.id = r.meeting_id"
                + " WHERE m.held_on = '2024-04-30'";

        importer.importArticle(mapper.convertValue(planned, ArticleImport.class), "test");
        assertEquals("PLANNED|0", db.text(meeting));
        ImportResult held = importer.importArticle(document(TEST_ARTICLE), "test");
        assertEquals(new Counts(0, 0, 1), held.of(Kind.MEETING));
        assertEquals("HELD|1", db.text(meeting));
        // the announcement read again, after the report that it took place: nothing changes
        ImportResult again = importer.importArticle(mapper.convertValue(planned, ArticleImport.class), "test");
        assertEquals(new Counts(0, 1, 0), again.of(Kind.MEETING));
        assertEquals("HELD|1", db.text(meeting));
        // and each report keeps what it said
        assertEquals("HELD https://news.example.org/parley-test/ministers-meet, PLANNED"
                + " https://news.example.org/parley-test/ministers-to-meet", db.text(accounts));
        assertEquals(1, db.count("SELECT count(*) FROM bilateral_meeting WHERE held_on = '2024-04-30'"));
    }

    /**
     * A report's words for the day, with the day it was published, give the meeting's date, marked as derived: an
     * announcement's "Wednesday" is the next one, a report's the last one; the article's words stay, and a report
     * of another week is another meeting. A report that states the day makes it stated.
     */
    @Test
    void aDayInWordsWithTheDayOfPublicationGivesADerivedDateThatMatchesAndFilters() {
        String meeting = "SELECT concat_ws('|', status, held_on, held_on_derived, date_text) FROM bilateral_meeting m"
                + " WHERE summary = 'The two ministers met and talked about test coverage.' ORDER BY held_on";
        importer.importArticle(dated(TEST_ARTICLE, "ministers-to-meet", "2024-04-29", "PLANNED"), "test");
        assertEquals(List.of("PLANNED|2024-05-01|t|Wednesday"), db.texts(meeting));

        // the report of the talks, published on the Thursday after: the same Wednesday, so the same meeting
        ImportResult held = importer.importArticle(dated(TEST_ARTICLE, "ministers-met", "2024-05-02", "HELD"), "test");
        assertEquals(new Counts(0, 0, 1), held.of(Kind.MEETING));
        assertEquals(List.of("HELD|2024-05-01|t|Wednesday"), db.texts(meeting));
        // each article's account keeps its words and states no date
        assertEquals(List.of("-|Wednesday", "-|Wednesday"), db.texts("SELECT concat_ws('|',"
                + " coalesce(CAST(r.held_on AS text), '-'), r.date_text)"
                + " FROM meeting_report r JOIN article a ON a.id = r.article_id WHERE a.url LIKE '%/parley-test/%'"));

        // a report of a week later is of another meeting
        importer.importArticle(dated(TEST_ARTICLE, "ministers-met-again", "2024-05-09", "HELD"), "test");
        assertEquals(List.of("HELD|2024-05-01|t|Wednesday", "HELD|2024-05-08|t|Wednesday"), db.texts(meeting));

        // the range filters take the derived day, on both paths
        Object[] week = {"from", "2024-05-01", "to", "2024-05-07"};
        for (ValidatableResponse response : List.of(GraphQLClient.run("meetings-in-range", week),
                GraphQLClient.runThroughResolvers("meetings-in-range", week))) {
            response.body("errors", nullValue())
                    .body("data.meetings.nodes.findAll { it.dateText == 'Wednesday' }.heldOn", contains("2024-05-01"))
                    .body("data.meetings.nodes.findAll { it.dateText == 'Wednesday' }.heldOnDerived", contains(true));
        }

        // a report that gives the day itself: the date is the one stated now
        ObjectNode stated = tree(TEST_ARTICLE);
        ((ObjectNode) stated.at("/article")).put("url", "https://news.example.org/parley-test/ministers-met-stated")
                .put("publishedOn", "2024-05-02");
        ((ObjectNode) stated.at("/meetings/0")).put("heldOn", "2024-05-01").put("dateText", "Wednesday");
        importer.importArticle(mapper.convertValue(stated, ArticleImport.class), "test");
        assertEquals(List.of("HELD|2024-05-01|f|Wednesday", "HELD|2024-05-08|t|Wednesday"), db.texts(meeting));
    }

    /** A statement's words for its day give it likewise, from the day of publication; a stated day outweighs them. */
    @Test
    void aStatementsWordsForItsDayWithTheDayOfPublicationGiveADerivedDay() {
        String said = "SELECT concat_ws('|', said_on, said_on_derived, date_text) FROM statement"
                + " WHERE text = 'Every fact deserves a test.'";
        ObjectNode tree = tree(TEST_ARTICLE);
        ((ObjectNode) tree.at("/article")).put("publishedOn", "2024-05-02");
        ObjectNode statement = (ObjectNode) tree.at("/statements/0");
        statement.putNull("saidOn");
        statement.put("dateText", "yesterday");
        importer.importArticle(mapper.convertValue(tree, ArticleImport.class), "test");
        assertEquals("2024-05-01|t|yesterday", db.text(said));
        // the same document again changes nothing
        ImportResult again = importer.importArticle(mapper.convertValue(tree, ArticleImport.class), "test");
        assertEquals(new Counts(0, 1, 0), again.of(Kind.STATEMENT));

        statement.put("saidOn", "2024-04-30");
        importer.importArticle(mapper.convertValue(tree, ArticleImport.class), "test");
        assertEquals("2024-04-30|f|yesterday", db.text(said));
    }

    /** Two articles that report a statement in their own words for its day each keep theirs, with the article. */
    @Test
    void eachArticleKeepsItsOwnWordsForAStatementsDay() {
        ObjectNode yesterday = tree(TEST_ARTICLE);
        ((ObjectNode) yesterday.at("/statements/0")).putNull("saidOn").put("dateText", "yesterday");
        ObjectNode wednesday = tree(TEST_ARTICLE);
        ((ObjectNode) wednesday.at("/article")).put("url", "https://news.example.org/parley-test/another-report");
        ((ObjectNode) wednesday.at("/statements/0")).put("saidOn", "2024-05-01").put("dateText", "on Wednesday");
        String accounts = "SELECT concat_ws('|', a.url, coalesce(sa.said_on::text, '-'), sa.date_text)"
                + " FROM statement_article sa JOIN statement s ON s.id = sa.statement_id"
                + " JOIN article a ON a.id = sa.article_id WHERE s.text = 'Every fact deserves a test.' ORDER BY 1";
        String said = "SELECT concat_ws('|', said_on, said_on_derived, date_text) FROM statement"
                + " WHERE text = 'Every fact deserves a test.'";

        importer.importArticle(mapper.convertValue(yesterday, ArticleImport.class), "test");
        importer.importArticle(mapper.convertValue(wednesday, ArticleImport.class), "test");
        List<String> both = List.of("https://news.example.org/parley-test/another-report|2024-05-01|on Wednesday",
                "https://news.example.org/parley-test/ministers-meet|-|yesterday");
        assertEquals(both, db.texts(accounts));
        assertEquals(new Counts(0, 1, 0), importer.importArticle(mapper.convertValue(yesterday, ArticleImport.class),
                "test").of(Kind.STATEMENT));
        assertEquals(both, db.texts(accounts));
        // the statement's own day is the one stated, its words the first of theirs A to Z, in either order
        assertEquals("2024-05-01|f|on Wednesday", db.text(said));
        db.deleteAddedSince(highestIds);
        importer.importArticle(mapper.convertValue(wednesday, ArticleImport.class), "test");
        importer.importArticle(mapper.convertValue(yesterday, ArticleImport.class), "test");
        assertEquals(both, db.texts(accounts));
        assertEquals("2024-05-01|f|on Wednesday", db.text(said));
    }

    /** The test document as another article published on {@code publishedOn}, its meeting "Wednesday". */
    private ArticleImport dated(String document, String slug, String publishedOn, String status) {
        ObjectNode tree = tree(document);
        ((ObjectNode) tree.at("/article")).put("url", "https://news.example.org/parley-test/" + slug)
                .put("headline", "Ministers " + slug).put("publishedOn", publishedOn);
        ObjectNode meeting = (ObjectNode) tree.at("/meetings/0");
        meeting.putNull("heldOn");
        meeting.put("dateText", "Wednesday").put("status", status);
        return mapper.convertValue(tree, ArticleImport.class);
    }

    /**
     * A further report of a forum whose edition and dates it does not give: matched to the one edition it fits,
     * a new edition when its words contradict every known one, refused when it fits several.
     */
    @Test
    void aForumIsMatchedToTheOneEditionItFitsAndRefusedWhenItFitsSeveral() {
        importer.importArticle(document(TEST_ARTICLE), "test"); // from Monday 2024-04-29 to 2024-05-01
        String editions = "SELECT concat_ws('|', coalesce(start_date::text, '-'), coalesce(start_date_text, '-'),"
                + " (SELECT count(*) FROM forum_article a WHERE a.forum_id = f.id))"
                + " FROM forum f WHERE name = 'Parley Test Forum' ORDER BY id";

        importer.importArticle(furtherReport("/a", "on Monday"), "test");
        assertEquals(List.of("2024-04-29|on Monday|2"), db.texts(editions), "Monday fits the known edition");

        importer.importArticle(furtherReport("/b", "Tuesday"), "test");
        assertEquals(List.of("2024-04-29|on Monday|2", "-|Tuesday|1"), db.texts(editions),
                "a Tuesday start is another edition");

        Map<String, Long> rows = db.rowCounts();
        InvalidImportException e = assertThrows(InvalidImportException.class,
                () -> importer.importArticle(furtherReport("/c", null), "test"));
        assertEquals("forums[0] could be any of 2 editions of Parley Test Forum (edition unknown, from 2024-04-29,"
                + " edition unknown); give its edition or start date.", e.getMessage());
        assertEquals(rows, db.rowCounts());

        // a report that numbers the first edition, then one that gives that edition another first day
        ObjectNode numbering = furtherReportTree("/d", null);
        ((ObjectNode) numbering.at("/forums/0")).put("edition", 1).put("startDate", "2024-04-29");
        importer.importArticle(mapper.convertValue(numbering, ArticleImport.class), "test");
        assertEquals(List.of("2024-04-29|on Monday|3", "-|Tuesday|1"), db.texts(editions));
        rows = db.rowCounts();
        ObjectNode contradicting = furtherReportTree("/e", "Tuesday");
        ((ObjectNode) contradicting.at("/forums/0")).put("edition", 1);
        e = assertThrows(InvalidImportException.class, () -> importer.importArticle(
                mapper.convertValue(contradicting, ArticleImport.class), "test"));
        assertEquals("forums[0] is edition 1 of Parley Test Forum, which is known (edition 1, from 2024-04-29) with"
                + " dates or days that the entry's contradict; correct the entry or the known edition.",
                e.getMessage());
        assertEquals(rows, db.rowCounts());
    }

    /** A report of the test article's forum by another article, giving only the words for its first day. */
    private ArticleImport furtherReport(String path, String startDateText) {
        return mapper.convertValue(furtherReportTree(path, startDateText), ArticleImport.class);
    }

    private ObjectNode furtherReportTree(String path, String startDateText) {
        ObjectNode report = tree(TEST_ARTICLE);
        ((ObjectNode) report.at("/article")).put("url", "https://example.org/parley-test/further" + path)
                .put("headline", "A further report " + path);
        ObjectNode forum = report.putArray("forums").addObject().put("name", "Parley Test Forum");
        if (startDateText != null) {
            forum.put("startDateText", startDateText);
        }
        report.putArray("meetings");
        report.putArray("statements");
        report.remove("mentions");
        return report;
    }

    @Test
    void aDanglingReferenceFailsNamingItAndWritesNothing() {
        Map<String, Long> rows = db.rowCounts();

        InvalidImportException e = assertThrows(InvalidImportException.class,
                () -> importer.importArticle(document("dangling-reference.json"), "test"));

        assertEquals("statements[0].speaker refers to official 'Nobody Knownperson', which the document does not"
                + " define and which does not exist.", e.getMessage());
        assertEquals(rows, db.rowCounts());
    }

    static Stream<Arguments> invalidDocuments() {
        return Stream.of(
                Arguments.of("/statements/0/meeting", "5", "statements[0].meeting refers to meeting '5', which is"
                        + " neither the key nor the index (from 0) of a meeting of the document (it has 1)."),
                Arguments.of("/meetings/0/sides/1/participants/0/position", "\"Prime Minister\"",
                        "meetings[0].sides[1].participants[0].position refers to position 'Prime Minister' of"
                                + " Bo Checker, who holds no position of that title; add it to the official's"
                                + " positions."),
                Arguments.of("/mentions/organizations", "[\"Ministry of Nothing\"]", "mentions.organizations refers"
                        + " to organisation 'Ministry of Nothing', which the document does not define and which does"
                        + " not exist."),
                Arguments.of("/statements/0/addresseeOrganization", "\"Foreign Ministry\"", "statements[0]"
                        + ".addresseeOrganization refers to organisation 'Foreign Ministry', which 2 entries of the"
                        + " document have as their name; give them keys and use a key."),
                Arguments.of("/meetings/0/sides/1/country", "\"XA\"",
                        "meetings[0].sides[1] is XA, as side 1 is; each side of a meeting is a different country"
                                + " or organisation."),
                Arguments.of("/meetings/0/sides/1/organization", "\"Foreign Ministry\"", "meetings[0].sides[1] names"
                        + " both a country and an organisation; a side is one country or one organisation."),
                Arguments.of("/countries/1/code", "\"XA\"", "countries[1] describes the same country as an earlier"
                        + " entry; describe each country once."),
                Arguments.of("/statements/0/relayedBy", "\"Ana Tester\"",
                        "statements[0].relayedBy is the speaker; leave it out when Ana Tester spoke directly."),
                Arguments.of("/forums/0/editionDerived", "true",
                        "forums[0].editionDerived is true but no edition is given."),
                Arguments.of("/forums/0/delegations", "[{\"country\": \"XA\", \"level\": \"MINISTER\"},"
                        + " {\"level\": \"VICE_MINISTER\"}]", "forums[0].delegations[1] names neither a country"
                        + " nor an organisation; a delegation is sent by exactly one of them."),
                Arguments.of("/forums/0/delegations", "[{\"country\": \"XA\", \"organization\": \"xa-mofa\","
                        + " \"level\": \"MINISTER\"}]", "forums[0].delegations[0] names both a country and an"
                        + " organisation; a delegation is sent by exactly one of them."));
    }

    @ParameterizedTest
    @MethodSource("invalidDocuments")
    void anInvalidDocumentFailsWithAMessageNamingTheProblem(String pointer, String json, String message) {
        ObjectNode document = tree(TEST_ARTICLE);
        JsonPointer path = JsonPointer.compile(pointer);
        ((ObjectNode) document.at(path.head())).set(path.last().getMatchingProperty(), read(json));
        Map<String, Long> rows = db.rowCounts();

        InvalidImportException e = assertThrows(InvalidImportException.class,
                () -> importer.importArticle(mapper.convertValue(document, ArticleImport.class), "test"));

        assertEquals(message, e.getMessage());
        assertEquals(rows, db.rowCounts());
    }

    @Test
    void aDocumentMissingARequiredValueIsRejectedBeforeAnythingIsWritten() {
        ObjectNode document = tree(TEST_ARTICLE);
        ((ObjectNode) document.at("/article")).putNull("headline");

        ConstraintViolationException e = assertThrows(ConstraintViolationException.class,
                () -> importer.importArticle(mapper.convertValue(document, ArticleImport.class), "test"));

        assertTrue(e.getMessage().contains("article.headline"), e.getMessage());
    }

    @Test
    void namesInOtherScriptsAndWithAccentsRoundTripExactly() {
        assertEquals(new Counts(7, 0, 0), importer.importArticle(document("other-scripts.json"), "test").total());

        assertEquals("백승주|{\"Baek Seung-joo (test)\",白承周}", db.text("SELECT concat_ws('|', name, other_names)"
                + " FROM official WHERE name = ?1", "백승주"));
        // the document spells these with combining accents and surrounding spaces: stored composed (NFC) and trimmed
        assertEquals("Jos\u00e9 Mar\u00eda Ramos", db.text("SELECT name FROM official WHERE name LIKE 'Jos%'"));
        assertEquals("Minist\u00e8re des Affaires \u00e9trang\u00e8res|Vice-ministre|백승주",
                db.text("SELECT concat_ws('|', g.name, p.title, o.name) FROM official_position p JOIN official o"
                        + " ON o.id = p.official_id JOIN organization g ON g.id = p.organization_id"
                        + " WHERE o.name = ?1", "백승주"));
        assertEquals("Parley test: names in other scripts|{\"Zo\u00eb C\u00e1rdenas\"}|3",
                db.text("SELECT concat_ws('|', headline, authors, (SELECT count(*) FROM article_official x"
                        + " WHERE x.article_id = a.id) + (SELECT count(*) FROM article_organization x"
                        + " WHERE x.article_id = a.id)) FROM article a WHERE headline LIKE 'Parley test: names%'"));
        assertEquals("co\u006fp\u00e9ration \u03a9", db.text("SELECT name FROM topic WHERE description LIKE 'Ü%'"));

        assertEquals(new Counts(0, 7, 0), importer.importArticle(document("other-scripts.json"), "test").total());
    }

    private ArticleImport document(String name) {
        try (InputStream json = resource(name)) {
            return reader.read(json, name);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private ObjectNode tree(String name) {
        try (InputStream json = resource(name)) {
            return (ObjectNode) mapper.readTree(json);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private JsonNode read(String json) {
        try {
            return mapper.readTree(json);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private InputStream resource(String name) {
        return getClass().getResourceAsStream("/ingest/" + name);
    }
}
