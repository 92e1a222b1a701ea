package org.parley.ingest;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.parley.GraphQLClient;
import org.parley.Ids;
import org.parley.MutationTest;

/** importArticle through the API: created, then matched, then updated; all or nothing; one article when raced. */
@QuarkusTest
class ArticleImportMutationsTest extends MutationTest {

    private static final String ARTICLE = "SELECT count(*) FROM article WHERE url LIKE '%/parley-test/%'";


    @Test
    void theSameDocumentTwiceChangesNothingTheSecondTimeAndSaysSo() {
        edit("importArticle", "document", document())
                .body("errors", nullValue())
                .body("data.importArticle.changed", equalTo(true))
                .body("data.importArticle.counts.find { it.type == 'articles' }.created", equalTo(1))
                .body("data.importArticle.counts.find { it.type == 'officials' }.created", equalTo(2))
                .body("data.importArticle.counts.find { it.type == 'positions' }.created", equalTo(2))
                .body("data.importArticle.article.headline",
                        equalTo("Testland and Otherland ministers meet at the Parley Test Forum"))
                .body("data.importArticle.article.publisher.name", equalTo("Parley Test Daily"));
        assertEquals("editor", db.text("SELECT created_by FROM article WHERE url LIKE '%/parley-test/%'"));
        String versions = db.versions();
        Map<String, Long> rows = db.rowCounts();

        edit("importArticle", "document", document())
                .body("errors", nullValue())
                .body("data.importArticle.changed", equalTo(false))
                .body("data.importArticle.counts.created", everyItem(equalTo(0)))
                .body("data.importArticle.counts.updated", everyItem(equalTo(0)))
                .body("data.importArticle.counts.find { it.type == 'statements' }.matched", equalTo(1));
        assertEquals(versions, db.versions());
        assertEquals(rows, db.rowCounts());
    }

    @Test
    void aCorrectedDocumentUpdatesTheArticle() {
        edit("importArticle", "document", document()).body("errors", nullValue());
        Map<String, Object> corrected = document();
        @SuppressWarnings("unchecked")
        Map<String, Object> article = (Map<String, Object>) corrected.get("article");
        article.put("headline", "Testland and Otherland ministers meet (corrected)");

        edit("importArticle", "document", corrected)
                .body("errors", nullValue())
                .body("data.importArticle.changed", equalTo(true))
                .body("data.importArticle.counts.find { it.type == 'articles' }.updated", equalTo(1))
                .body("data.importArticle.counts.find { it.type == 'officials' }.matched", equalTo(2))
                .body("data.importArticle.article.headline",
                        equalTo("Testland and Otherland ministers meet (corrected)"))
                .body("data.importArticle.article.version", equalTo(1));
        assertEquals(1, db.count(ARTICLE));
    }

    @Test
    void aDocumentWithADanglingReferenceFailsWholeAndWritesNothing() {
        Map<String, Long> rows = db.rowCounts();
        Map<String, Object> document = document();
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> statements = (List<Map<String, Object>>) document.get("statements");
        statements.get(0).put("speaker", "Nobody Knownperson");

        edit("importArticle", "document", document)
                .body("data", nullValue())
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                .body("errors[0].extensions.field", equalTo("document.statements[0].speaker"))
                .body("errors[0].message", equalTo("statements[0].speaker refers to official 'Nobody Knownperson',"
                        + " which the document does not define and which does not exist."));
        assertEquals(rows, db.rowCounts());
    }

    @Test
    void aDocumentThatBreaksAConstraintNamesTheField() {
        Map<String, Object> document = document();
        @SuppressWarnings("unchecked")
        Map<String, Object> article = (Map<String, Object>) document.get("article");
        article.put("headline", " ");

        edit("importArticle", "document", document)
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                .body("errors[0].extensions.field", equalTo("document.article.headline"));
        assertEquals(0, db.count(ARTICLE));
    }

    @Test
    void twoConcurrentImportsOfOneArticleMakeOneArticle() throws Exception {
        CyclicBarrier start = new CyclicBarrier(2);
        List<CompletableFuture<ValidatableResponse>> imports = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            imports.add(CompletableFuture.supplyAsync(() -> {
                await(start);
                return edit("importArticle", "document", document());
            }));
        }
        List<Boolean> changed = new ArrayList<>();
        for (CompletableFuture<ValidatableResponse> one : imports) {
            changed.add(one.get().body("errors", nullValue()).extract().path("data.importArticle.changed"));
        }

        assertEquals(1, changed.stream().filter(c -> c).count(), "one import creates, the other matches");
        assertEquals(1, db.count(ARTICLE));
        assertEquals(1, db.count("SELECT count(*) FROM official WHERE name = 'Ana Tester'"));
        assertEquals(1, db.count("SELECT count(*) FROM statement WHERE text = 'Every fact deserves a test.'"));
    }

    @Test
    void theReadmeExamplesImportAnArticleAndUpdateAnOfficial() {
        edit("example-import-article")
                .body("errors", nullValue())
                .body("data.importArticle.changed", equalTo(true))
                .body("data.importArticle.article.mentionedOfficials.name", org.hamcrest.Matchers.contains(
                        "Ana Tester", "Bo Checker"));
        JsonPath again = edit("example-import-article")
                .body("data.importArticle.changed", equalTo(false))
                .extract().jsonPath();
        String ana = again.getString("data.importArticle.article.mentionedOfficials.find { it.name == 'Ana Tester' }.id");
        String testland = again.getString("data.importArticle.article.mentionedOfficials[0].country.id");

        edit("example-update-official", "id", ana, "version", 0, "countryId", testland)
                .body("errors", nullValue())
                .body("data.updateOfficial.official.otherNames", org.hamcrest.Matchers.contains("アナ・テスター",
                        "A. Tester"))
                .body("data.updateOfficial.official.version", equalTo(1))
                .body("data.updateOfficial.official.country.name", equalTo("Testland"));
        edit("example-update-official", "id", ana, "version", 0, "countryId", testland)
                .body("errors[0].extensions.code", equalTo("CONFLICT"))
                .body("errors[0].extensions.currentVersion", equalTo(1));
    }

    @Test
    void eachArticleKeepsItsAccountOfAMeetingThroughAnEditorsChangesToItsSources() {
        String imported = edit("importArticle", "document", document()).body("errors", nullValue())
                .extract().path("data.importArticle.article.id");
        long meetingId = db.count("SELECT id FROM bilateral_meeting WHERE summary ="
                + " 'The two ministers met and talked about test coverage.'");
        String meeting = Ids.of("Meeting", meetingId);
        bothPaths(meeting).forEach(response -> response
                .body("data.meeting.reports.article.id", contains(imported))
                .body("data.meeting.reports[0].status", equalTo("HELD"))
                .body("data.meeting.reports[0].heldOn", equalTo("2024-04-30"))
                .body("data.meeting.reports[0].dateText", nullValue())
                .body("data.meeting.reports[0].notes", contains("Their first meeting."))
                // and it names both ministers as taking part
                .body("data.meeting.sides.participants.flatten().reportedBy.flatten().id", contains(imported,
                        imported)));

        // an editor adds a second source and rewrites the meeting's notes: the imported account stays as the
        // article gave it, and the editor's source has an account that says nothing
        String other = article("https://news.example.org/parley-test/other-report", "Another report of the talks");
        JsonPath read = GraphQLClient.run("meeting-reports", "id", meeting).extract().jsonPath();
        edit("updateMeeting", "id", meeting, "expectedVersion", read.getInt("data.meeting.version"),
                "input", input(read, List.of(imported, other), List.of("An editor's note.")))
                .body("errors", nullValue());
        bothPaths(meeting).forEach(response -> response
                .body("data.meeting.notes", contains("An editor's note."))
                .body("data.meeting.reports.article.id", containsInAnyOrder(imported, other))
                .body(account(imported) + ".status", equalTo("HELD"))
                .body(account(imported) + ".notes", contains("Their first meeting."))
                .body(account(other) + ".status", nullValue())
                .body(account(other) + ".heldOn", nullValue())
                .body(account(other) + ".notes", equalTo(List.of()))
                // the editor's update made the participants anew: what the article said of them stays
                .body("data.meeting.sides.participants.flatten().reportedBy.flatten().id", contains(imported,
                        imported)));

        // taking the imported article off the meeting takes its account with it
        read = GraphQLClient.run("meeting-reports", "id", meeting).extract().jsonPath();
        edit("updateMeeting", "id", meeting, "expectedVersion", read.getInt("data.meeting.version"),
                "input", input(read, List.of(other), List.of()))
                .body("errors", nullValue());
        bothPaths(meeting).forEach(response -> response
                .body("data.meeting.reportedBy.id", contains(other))
                .body("data.meeting.reports.article.id", contains(other))
                .body("data.meeting.sides.participants.flatten().reportedBy.flatten()", equalTo(List.of())));
        assertEquals(1, db.count("SELECT count(*) FROM meeting_report WHERE meeting_id = ?1", meetingId));
    }

    @Test
    void eachArticleKeepsItsAccountOfAStatementsDayThroughAnEditorsChangesToItsSources() {
        String imported = edit("importArticle", "document", document()).body("errors", nullValue())
                .extract().path("data.importArticle.article.id");
        String statement = Ids.of("Statement", db.count("SELECT id FROM statement"
                + " WHERE text = 'Every fact deserves a test.'"));
        String other = article("https://news.example.org/parley-test/other-report", "Another report of the talks");
        JsonPath read = GraphQLClient.run("statement-reports", "id", statement).extract().jsonPath();
        assertEquals(List.of(imported), read.getList("data.statement.reports.article.id"));
        assertEquals("2024-04-30", read.getString("data.statement.reports[0].saidOn"));

        // an editor adds a second source and changes the words for the day: the article's account stays
        Map<String, Object> input = map("text", read.getString("data.statement.text"),
                "kind", read.getString("data.statement.kind"), "saidOn", "2024-04-30", "dateText", "that Tuesday",
                "speakerId", read.getString("data.statement.speaker.id"),
                "addresseeCountryId", read.getString("data.statement.addresseeCountry.id"),
                "meetingId", read.getString("data.statement.meeting.id"),
                "topicIds", read.getList("data.statement.topics.id"), "articleIds", List.of(imported, other));
        edit("updateStatement", "id", statement, "expectedVersion", read.getInt("data.statement.version"),
                "input", input).body("errors", nullValue());
        for (ValidatableResponse response : List.of(GraphQLClient.run("statement-reports", "id", statement),
                GraphQLClient.runThroughResolvers("statement-reports", "id", statement))) {
            response.body("errors", nullValue())
                    .body("data.statement.dateText", equalTo("that Tuesday"))
                    .body("data.statement.reports.article.id", containsInAnyOrder(imported, other))
                    .body("data.statement.reports.find { it.article.id == '" + imported + "' }.saidOn",
                            equalTo("2024-04-30"))
                    .body("data.statement.reports.find { it.article.id == '" + imported + "' }.dateText",
                            nullValue())
                    .body("data.statement.reports.find { it.article.id == '" + other + "' }.saidOn", nullValue());
        }
    }

    private static Stream<ValidatableResponse> bothPaths(String meeting) {
        return Stream.of(GraphQLClient.run("meeting-reports", "id", meeting),
                GraphQLClient.runThroughResolvers("meeting-reports", "id", meeting))
                .map(response -> response.body("errors", nullValue()));
    }

    private static String account(String articleId) {
        return "data.meeting.reports.find { it.article.id == '" + articleId + "' }";
    }

    /** The meeting as read by meeting-reports, as an updateMeeting input with these sources and notes. */
    private static Map<String, Object> input(JsonPath read, List<String> articleIds, List<String> notes) {
        List<Map<String, Object>> sides = new ArrayList<>();
        for (int s = 0; s < 2; s++) {
            List<String> officials = read.getList("data.meeting.sides[" + s + "].participants.official.id");
            sides.add(map("countryId", read.getString("data.meeting.sides[" + s + "].country.id"), "participants",
                    officials.stream().map(o -> map("officialId", o)).toList()));
        }
        return map("forumId", read.getString("data.meeting.forum.id"), "heldOn", "2024-04-30", "sides", sides,
                "notes", notes, "articleIds", articleIds);
    }

    /** The importer's test document, as GraphQL variables: a statement names its meeting by a string. */
    private Map<String, Object> document() {
        return testArticle();
    }

    private static void await(CyclicBarrier barrier) {
        try {
            barrier.await();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
