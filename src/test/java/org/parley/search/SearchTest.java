package org.parley.search;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.parley.GraphQLClient.run;
import static org.parley.ShippedReports.OPENING;
import static org.parley.ShippedReports.SHIPPED;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.parley.Rows;

/**
 * Search over the three shipped documents: their words, their names however they are written, and the bounds of a
 * search.
 */
@QuarkusTest
class SearchTest {

    private static final String BAEK = "Baek Seung-joo";
    private static final String CSD = "collective self-defense";

    @Inject
    DataSource dataSource;

    @Test
    void wordsFindTheStatementsTopicAndArticleThatUseThem() {
        run("search", "query", CSD, "first", 50)
                .body("errors", nullValue())
                .body("data.search.findAll { it.type == 'STATEMENT' }.node.text", containsInAnyOrder(
                        "Tokyo’s exercise of the right to collective self-defense should not have negative impacts on"
                                + " regional stability and peninsular security.",
                        "Baek delivered our stance and concerns over Japan’s pursuit of the right to collective"
                                + " self-defense",
                        "It was not the right time for Tokyo to push collective self-defense."))
                .body("data.search.findAll { it.type == 'STATEMENT' }.node.__typename", everyItem(equalTo("Statement")))
                .body("data.search.findAll { it.type == 'STATEMENT' }.node.speaker.name", everyItem(equalTo(BAEK)))
                .body("data.search.findAll { it.type == 'TOPIC' }.node.name", contains(CSD))
                .body("data.search.find { it.type == 'TOPIC' }.node.statements", hasSize(5))
                // the report of the forum's opening uses the words once, the article in its headline and throughout;
                // the later report not at all
                .body("data.search.findAll { it.type == 'ARTICLE' }.node.headline",
                        contains(SHIPPED, OPENING))
                .body("data.search.type", not(hasItem("OFFICIAL")))
                .body("data.search.snippet", everyItem(containsString("<b>")))
                .body("data.search.score", everyItem(greaterThan(0f)));
    }

    @Test
    void hitsComeBestFirst() {
        List<Float> scores = run("search", "query", CSD, "first", 50).extract().path("data.search.score");
        for (int i = 1; i < scores.size(); i++) {
            org.junit.jupiter.api.Assertions.assertTrue(scores.get(i - 1) >= scores.get(i), scores.toString());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"Baek Seung-joo", "Baek Seung joo", "baek seungjoo", "BAEK SEUNGJOO", "Baek Seungju", "Baek"})
    void aNameMatchesHoweverItIsWritten(String query) {
        run("search", "query", query, "types", List.of("OFFICIAL"))
                .body("errors", nullValue())
                .body("data.search[0].node.__typename", equalTo("Official"))
                .body("data.search[0].node.name", equalTo(BAEK))
                .body("data.search[0].node.country.code", equalTo("KR"))
                .body("data.search.node.name", not(hasItem("Masanori Nishi")));
    }

    @Test
    void anExactNameScoresOneAndComesFirstAmongAllTypes() {
        run("search", "query", "baek seungjoo")
                .body("data.search[0].type", equalTo("OFFICIAL"))
                .body("data.search[0].score", equalTo(1.0f))
                .body("data.search[0].snippet", equalTo("<b>Baek</b> Seung-joo"));
    }

    @Test
    void organisationsForumsAndTopicsByName() {
        run("search", "query", "NATO", "types", List.of("ORGANIZATION"))
                .body("data.search.node.name", contains("North Atlantic Treaty Organization"));
        // the series' two editions share the name
        Rows rows = new Rows(dataSource);
        run("search", "query", "seoul defence dialogue", "types", List.of("FORUM"))
                .body("data.search.node.name", contains("Seoul Defense Dialogue", "Seoul Defense Dialogue"))
                .body("data.search.node.id", containsInAnyOrder(
                        rows.id("Forum", "forum", "name = ? AND edition = 2", "Seoul Defense Dialogue"),
                        rows.id("Forum", "forum", "name = ? AND edition = 11", "Seoul Defense Dialogue")));
        run("search", "query", "intelligence sharing pact", "types", List.of("TOPIC", "STATEMENT"))
                .body("data.search.findAll { it.type == 'TOPIC' }.node.name", contains("military intelligence-sharing pact"));
    }

    @Test
    void typesNarrowTheSearchAndFirstBoundsIt() {
        run("search", "query", CSD, "types", List.of("STATEMENT"))
                .body("data.search.type", everyItem(equalTo("STATEMENT")))
                .body("data.search", hasSize(3));
        run("search", "query", CSD, "first", 2).body("data.search", hasSize(2));
    }

    @Test
    void nothingFoundIsAnEmptyList() {
        run("search", "query", "submarine").body("errors", nullValue()).body("data.search", empty());
        run("search", "query", "the").body("errors", nullValue()).body("data.search", empty());
    }

    @Test
    void badInputIsRefusedWithItsCode() {
        run("search", "query", "   ").body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"));
        run("search", "query", "x".repeat(201)).body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"));
        run("search", "query", CSD, "first", 0).body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"));
        run("search", "query", CSD, "first", 51).body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"));
        run("search", "query", CSD, "types", List.of()).body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                .body("data.search", nullValue());
    }

    @Test
    void quotesAndHyphensInAQueryAreNotSyntax() {
        run("search", "query", "\"collective self-defense\" -pact OR 'x' & | ! :*")
                .body("errors", nullValue())
                .body("data.search.type", hasItems("STATEMENT", "TOPIC"));
    }
}
