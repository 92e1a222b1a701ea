package org.parley.graphql;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.HashMap;
import java.util.Map;
import org.hamcrest.Matcher;
import org.junit.jupiter.api.Test;
import org.parley.direct.DirectReadRoute;

/**
 * A value that a field cannot take is refused whole, before anything runs, with one error that names the value and
 * says what is expected; never a Java class name, never a second error about a null the server returned. Both ways of
 * answering a read give the same error.
 */
@QuarkusTest
class InputErrorsTest {

    private static final String MEETINGS = "query($f: MeetingFilter) { meetings(filter: $f) { totalCount } }";
    private static final String OFFICIALS = "query($n: Int) { officials(first: $n) { totalCount } }";

    @Test
    void anImpossibleDateInAFilterIsOneErrorThatSaysHowToWriteADate() {
        String[] said = {"\"2024-13-45\"", "YYYY-MM-DD"};
        refused("{ meetings(filter: {heldFrom: \"2024-13-45\"}) { totalCount } }", null, said);
        refused(MEETINGS, Map.of("f", Map.of("heldFrom", "2024-13-45")), said);
        refused(MEETINGS, Map.of("f", Map.of("heldTo", "17 September 2014")), "\"17 September 2014\"", "YYYY-MM-DD");
        refused("{ statements(filter: {saidFrom: \"2014-02-30\"}) { totalCount } }", null, "\"2014-02-30\"");
    }

    @Test
    void aValueOfTheWrongTypeForAnIntIsOneErrorThatSaysWhatAnIntIs() {
        refused(OFFICIALS, Map.of("n", "abc"), "\"abc\"", "whole number");
        refused(OFFICIALS, Map.of("n", true), "true", "whole number");
        refused("{ officials(first: 2.5) { totalCount } }", null, "2.5", "whole number");
        refused("{ officials(first: \"3\") { totalCount } }", null, "\"3\"", "whole number");
    }

    @Test
    void valuesThatAreRightStillAnswer() {
        for (String execution : new String[] {"single-statement", "resolvers"}) {
            // 2.0 is a whole number, as JSON writes it in some languages
            given().header(DirectReadRoute.EXECUTION_HEADER, execution).contentType(ContentType.JSON)
                    .body(Map.of("query", "query($n: Int) { officials(first: $n) { nodes { name } } }",
                            "variables", Map.of("n", 2.0)))
                    .post("/graphql").then().statusCode(200)
                    .body("errors", nullValue()).body("data.officials.nodes", hasSize(2));
            given().header(DirectReadRoute.EXECUTION_HEADER, execution).contentType(ContentType.JSON)
                    .body(Map.of("query", MEETINGS, "variables", Map.of("f", Map.of("heldFrom", "2014-02-28"))))
                    .post("/graphql").then().statusCode(200).body("errors", nullValue());
        }
    }

    private static void refused(String query, Map<String, Object> variables, String... said) {
        Map<String, Object> body = new HashMap<>(Map.of("query", query));
        if (variables != null) {
            body.put("variables", variables);
        }
        Matcher<String> message = allOf(not(containsString("org.parley")), not(containsString("SRGQL")));
        for (String part : said) {
            message = allOf(message, containsString(part));
        }
        for (String execution : new String[] {"single-statement", "resolvers"}) {
            given().header(DirectReadRoute.EXECUTION_HEADER, execution).contentType(ContentType.JSON).body(body)
                    .post("/graphql").then().statusCode(400)
                    .body("errors", hasSize(1))
                    .body("errors[0].message", message)
                    .body("errors[0].extensions.classification", containsString("ValidationError"))
                    .body("data", nullValue());
        }
    }
}
