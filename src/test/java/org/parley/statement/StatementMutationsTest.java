package org.parley.statement;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.parley.Ids;
import org.parley.MutationTest;

/** recordStatement, updateStatement and deleteStatement: who said it, who relayed it, where and about what. */
@QuarkusTest
class StatementMutationsTest extends MutationTest {

    String xa;
    String ana;
    String kim;
    String anaPost;
    String kimPost;
    String meeting;
    String article;
    String topic;

    @BeforeEach
    void create() {
        xa = country("XA", "Testland");
        String xb = country("XB", "Otherland");
        ana = official("Ana Tester", xa);
        kim = official("Kim Spokes", xa);
        String bo = official("Bo Checker", xb);
        anaPost = position(ana, "Test Minister", null);
        kimPost = position(kim, "Spokesperson", null);
        meeting = create("recordMeeting", "meeting", meetingInput(null, xa, ana, xb, bo));
        article = article("https://news.example.org/parley-test/statement", "Ana speaks");
        topic = topic("test coverage");
    }

    private Map<String, Object> input() {
        return map("speakerId", ana, "speakerPositionId", anaPost, "text", " “Every fact deserves a test.” ",
                "kind", "QUOTE", "relayedById", kim, "relayedByPositionId", kimPost, "addresseeCountryId", xa,
                "meetingId", meeting, "saidOn", "2024-04-30", "topicIds", List.of(topic), "articleIds", List.of(article));
    }

    @Test
    void recordsUpdatesAndDeletesAStatement() {
        String id = edit("recordStatement", "input", input())
                .body("errors", nullValue())
                .body("data.recordStatement.statement.text", equalTo("“Every fact deserves a test.”"))
                .body("data.recordStatement.statement.speaker.name", equalTo("Ana Tester"))
                .body("data.recordStatement.statement.speakerPosition.title", equalTo("Test Minister"))
                .body("data.recordStatement.statement.relayedBy.name", equalTo("Kim Spokes"))
                .body("data.recordStatement.statement.relayedByPosition.title", equalTo("Spokesperson"))
                .body("data.recordStatement.statement.addresseeCountry.code", equalTo("XA"))
                .body("data.recordStatement.statement.meeting.id", equalTo(meeting))
                .body("data.recordStatement.statement.topics.name", contains("test coverage"))
                .body("data.recordStatement.statement.articles.headline", contains("Ana speaks"))
                .extract().path("data.recordStatement.statement.id");

        Map<String, Object> changed = map("speakerId", ana, "text", "Facts need tests.", "kind", "PARAPHRASE",
                "dateText", " recently ");
        edit("updateStatement", "id", id, "expectedVersion", 0, "input", changed)
                .body("errors", nullValue())
                .body("data.updateStatement.statement.kind", equalTo("PARAPHRASE"))
                .body("data.updateStatement.statement.dateText", equalTo("recently"))
                .body("data.updateStatement.statement.relayedBy", nullValue())
                .body("data.updateStatement.statement.articles", equalTo(List.of()))
                .body("data.updateStatement.statement.version", equalTo(1));

        edit("deleteStatement", "id", id, "expectedVersion", 1)
                .body("errors", nullValue())
                .body("data.deleteStatement.cascaded", equalTo(List.of()));
        assertEquals(0, db.count("SELECT count(*) FROM statement WHERE text = 'Facts need tests.'"));
    }

    static Stream<Arguments> brokenRules() {
        return Stream.of(
                Arguments.of("the speaker as relay", "input.relayedById"),
                Arguments.of("a relay's position without a relay", "input.relayedByPositionId"),
                Arguments.of("the speaker in another's post", "input.speakerPositionId"),
                Arguments.of("the relay in another's post", "input.relayedByPositionId"),
                Arguments.of("a speaker who does not exist", "input.speakerId"),
                Arguments.of("a meeting that does not exist", "input.meetingId"),
                Arguments.of("an article that does not exist", "input.articleIds[1]"),
                Arguments.of("a topic ID that is an article's", "input.topicIds[0]"),
                Arguments.of("blank text", "input.text"),
                Arguments.of("text too long", "input.text"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenRules")
    void aStatementThatBreaksARuleIsRefusedNamingTheFieldAndWritesNothing(String rule, String field) {
        Map<String, Object> input = input();
        switch (rule) {
            case "the speaker as relay" -> input.putAll(map("relayedById", ana, "relayedByPositionId", null));
            case "a relay's position without a relay" -> input.put("relayedById", null);
            case "the speaker in another's post" -> input.put("speakerPositionId", kimPost);
            case "the relay in another's post" -> input.put("relayedByPositionId", anaPost);
            case "a speaker who does not exist" -> input.put("speakerId", Ids.of("Official", 999_999_999));
            case "a meeting that does not exist" -> input.put("meetingId", Ids.of("Meeting", 999_999_999));
            case "an article that does not exist" -> input.put("articleIds",
                    List.of(article, Ids.of("Article", 999_999_999)));
            case "a topic ID that is an article's" -> input.put("topicIds", List.of(article));
            case "blank text" -> input.put("text", " \n ");
            case "text too long" -> input.put("text", "x".repeat(10_001));
            default -> throw new IllegalArgumentException(rule);
        }
        Map<String, Long> rows = db.rowCounts();

        edit("recordStatement", "input", input)
                .body("data", nullValue())
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                .body("errors[0].extensions.field", equalTo(field));

        assertEquals(rows, db.rowCounts());
    }
}
