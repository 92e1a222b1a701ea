package org.parley;

import static org.hamcrest.Matchers.nullValue;
import static org.parley.GraphQLClient.EDITOR;
import static org.parley.GraphQLClient.runAs;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.parley.persistence.TestDb;

/**
 * What tests of mutations share: they write through the API as the test profile's editor, and delete every row
 * they added afterwards, so that the shipped data stays exactly as it was. They never change a shipped row.
 */
public abstract class MutationTest {

    @Inject
    protected TestDb db;
    private Map<String, Long> highestIds;

    @BeforeEach
    void rememberWhatExists() {
        highestIds = db.highestIds();
    }

    @AfterEach
    void deleteWhatTheTestWrote() {
        db.deleteAddedSince(highestIds);
    }

    /** A map of name, value pairs that may hold nulls, for inputs. */
    protected static Map<String, Object> map(Object... pairs) {
        Map<String, Object> map = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], pairs[i + 1]);
        }
        return map;
    }

    /** Runs a create mutation as the editor and returns the ID of what it wrote. */
    protected static String create(String operation, String field, Map<String, Object> input) {
        return runAs(EDITOR, operation, "input", input).body("errors", nullValue())
                .extract().path("data." + operation + "." + field + ".id");
    }

    /** The import document of src/test/resources/ingest/test-article.json, as importArticle takes it. */
    protected static Map<String, Object> testArticle() {
        try (InputStream in = MutationTest.class.getResourceAsStream("/ingest/test-article.json")) {
            Map<String, Object> document = new ObjectMapper().readValue(in, new TypeReference<Map<String, Object>>() {
            });
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> statements = (List<Map<String, Object>>) document.get("statements");
            statements.forEach(s -> s.put("meeting", String.valueOf(s.get("meeting"))));
            return document;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs an operation as the editor. */
    protected static ValidatableResponse edit(String operation, Object... variables) {
        return runAs(EDITOR, operation, variables);
    }

    protected static String country(String code, String name) {
        return create("createCountry", "country", map("code", code, "name", name));
    }

    protected static String organization(String name, String countryId) {
        return create("createOrganization", "organization", map("name", name, "kind", "MINISTRY",
                "countryId", countryId));
    }

    protected static String official(String name, String countryId) {
        return create("createOfficial", "official", map("name", name, "countryId", countryId));
    }

    protected static String position(String officialId, String title, String organizationId) {
        return create("createPosition", "position", map("officialId", officialId, "title", title,
                "organizationId", organizationId));
    }

    protected static String topic(String name) {
        return create("createTopic", "topic", map("name", name));
    }

    protected static String forum(String name, String startDate) {
        return create("createForum", "forum", map("name", name, "startDate", startDate));
    }

    protected static String article(String url, String headline) {
        return create("createArticle", "article", map("url", url, "headline", headline, "body", "Text."));
    }

    /** The input of a meeting between two countries, each side with one official. */
    protected static Map<String, Object> meetingInput(String forumId, String countryA, String officialA,
            String countryB, String officialB) {
        return map("forumId", forumId, "sides", List.of(
                map("countryId", countryA, "participants", List.of(map("officialId", officialA))),
                map("countryId", countryB, "participants", List.of(map("officialId", officialB)))));
    }

    protected static String statement(String speakerId, String text) {
        return create("recordStatement", "statement", map("speakerId", speakerId, "text", text, "kind", "QUOTE"));
    }
}
