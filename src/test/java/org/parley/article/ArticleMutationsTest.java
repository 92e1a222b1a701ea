package org.parley.article;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.parley.MutationTest;

/** createArticle, updateArticle and deleteArticle, with what an article mentions. */
@QuarkusTest
class ArticleMutationsTest extends MutationTest {

    private static final String URL = "https://news.example.org/parley-test/article";

    @Test
    void createsUpdatesAndDeletesAnArticleWithItsMentions() {
        String xa = country("XA", "Testland");
        String publisher = create("createOrganization", "organization", map("name", "Parley Test Daily",
                "kind", "NEWS_PUBLISHER", "countryId", xa));
        String ana = official("Ana Tester", xa);
        String topic = topic("test coverage");
        Map<String, Object> input = map("url", URL, "headline", "Testland tests", "authors",
                List.of(" Ada Tester ", "Ben Checker"), "publisherId", publisher, "publishedOn", "2024-05-01",
                "body", "First.\n\nSecond.", "officialIds", List.of(ana), "countryIds", List.of(xa),
                "organizationIds", List.of(publisher), "topicIds", List.of(topic));
        String id = edit("createArticle", "input", input)
                .body("errors", nullValue())
                .body("data.createArticle.article.authors", contains("Ada Tester", "Ben Checker"))
                .body("data.createArticle.article.publisher.name", equalTo("Parley Test Daily"))
                .body("data.createArticle.article.body", equalTo("First.\n\nSecond."))
                .body("data.createArticle.article.mentionedOfficials.name", contains("Ana Tester"))
                .body("data.createArticle.article.mentionedCountries.code", contains("XA"))
                .body("data.createArticle.article.topics.name", contains("test coverage"))
                .extract().path("data.createArticle.article.id");

        input.putAll(map("headline", "Testland tests again", "officialIds", List.of()));
        edit("updateArticle", "id", id, "expectedVersion", 0, "input", input)
                .body("errors", nullValue())
                .body("data.updateArticle.article.headline", equalTo("Testland tests again"))
                .body("data.updateArticle.article.mentionedOfficials", equalTo(List.of()))
                .body("data.updateArticle.article.version", equalTo(1));

        create("recordStatement", "statement", map("speakerId", ana, "text", "Reported.", "kind", "QUOTE",
                "articleIds", List.of(id)));
        edit("deleteArticle", "id", id, "expectedVersion", 1)
                .body("errors[0].extensions.code", equalTo("HAS_DEPENDENTS"))
                .body("errors[0].extensions.dependents.what", contains("statements the article reports"));
        edit("deleteArticle", "id", id, "expectedVersion", 1, "cascade", true).body("errors", nullValue());
        assertEquals(0, db.count("SELECT count(*) FROM article WHERE url = ?1", URL));
        assertEquals(1, db.count("SELECT count(*) FROM statement WHERE text = 'Reported.'"));
    }

    @Test
    void urlHeadlineAndBodyAreChecked() {
        edit("createArticle", "input", map("url", "ftp://example.org/x", "headline", "H", "body", "B"))
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                .body("errors[0].extensions.field", equalTo("input.url"));
        edit("createArticle", "input", map("url", "not a url", "headline", "H", "body", "B"))
                .body("errors[0].extensions.field", equalTo("input.url"));
        edit("createArticle", "input", map("headline", "H".repeat(501), "body", " "))
                .body("errors[0].extensions.violations.field", contains("input.body", "input.headline"));
        article(URL, "Testland tests");
        edit("createArticle", "input", map("url", URL, "headline", "Other", "body", "B"))
                .body("errors[0].extensions.code", equalTo("ALREADY_EXISTS"))
                .body("errors[0].extensions.field", equalTo("input.url"));
        create("createArticle", "article", map("headline", "No URL", "body", "B"));
        edit("createArticle", "input", map("headline", " No URL ", "body", "C"))
                .body("errors[0].extensions.code", equalTo("ALREADY_EXISTS"))
                .body("errors[0].extensions.field", equalTo("input.headline"));
    }
}
