package org.parley.limits;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.parley.GraphQLClient;

/**
 * parley.limits.answer-size holds on both read paths: an answer whose data would be longer is refused alike,
 * whether the single statement built it or the resolvers did, and a shorter one is answered.
 */
@QuarkusTest
@TestProfile(AnswerSizeTest.SmallAnswers.class)
class AnswerSizeTest {

    /** Answers of at most 4 KiB: the three shipped articles' bodies take more, their headlines less. */
    public static class SmallAnswers implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("parley.limits.answer-size", "4K");
        }
    }

    @Test
    void anAnswerLongerThanTheLimitIsRefusedAlikeOnBothPaths() {
        String message = "The answer would be more than 4096 bytes; ask for smaller pages or fewer fields.";
        GraphQLClient.run("articles-bodies")
                .header("X-Parley-Execution", "single-statement")
                .body("data", nullValue())
                .body("errors", hasSize(1))
                .body("errors[0].extensions.code", equalTo("LIMIT_EXCEEDED"))
                .body("errors[0].extensions.limit", equalTo("answerSize"))
                .body("errors[0].extensions.maximum", equalTo(4096))
                .body("errors[0].message", equalTo(message));
        GraphQLClient.runThroughResolvers("articles-bodies")
                .body("data", nullValue())
                .body("errors", hasSize(1))
                .body("errors[0].extensions.code", equalTo("LIMIT_EXCEEDED"))
                .body("errors[0].extensions.limit", equalTo("answerSize"))
                .body("errors[0].extensions.maximum", equalTo(4096))
                .body("errors[0].message", equalTo(message));
    }

    @Test
    void anAnswerWithinTheLimitIsAnsweredOnBothPaths() {
        GraphQLClient.run("articles-headlines").body("errors", nullValue()).body("data.articles.nodes", hasSize(3));
        GraphQLClient.runThroughResolvers("articles-headlines").body("errors", nullValue())
                .body("data.articles.nodes", hasSize(3));
    }
}
