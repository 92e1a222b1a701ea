package org.parley.article;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.parley.GraphQLClient.run;
import static org.parley.GraphQLClient.runRefused;
import static org.parley.ShippedReports.LATER;
import static org.parley.ShippedReports.OPENING;
import static org.parley.ShippedReports.SHIPPED;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parley.Rows;

/**
 * The shipped article: what it gives and what it leaves unknown, what it mentions; and the article filters, orders
 * and topics over the three shipped documents (the article, the report of the forum's opening, that of a later
 * edition).
 */
@QuarkusTest
class ArticleTest {

    @Inject
    DataSource dataSource;
    Rows rows;
    String articleId;

    @BeforeEach
    void lookUp() {
        rows = new Rows(dataSource);
        articleId = rows.id(Article.TYPE, "article", "headline = ?", SHIPPED);
    }

    @Test
    void theArticleAsTheSourceGivesIt() {
        run("article", "id", articleId)
                .body("errors", nullValue())
                .body("data.article.headline", equalTo(SHIPPED))
                .body("data.article.authors", contains("Song Sang-ho"))
                .body("data.article.url", nullValue())
                .body("data.article.publishedOn", nullValue())
                .body("data.article.publisher", nullValue())
                .body("data.article.body", containsString("Vice Defense Minister Baek Seung-joo told his Japanese counterpart Wednesday"))
                .body("data.article.body", containsString("21 countries including the U.S., Canada, Singapore and Australia"))
                .body("data.article.body", not(containsString("Back To Top")));
    }

    @Test
    void whatTheArticleMentions() {
        run("article", "id", articleId)
                .body("data.article.mentionedOfficials.name", contains("Baek Seung-joo", "Kim Min-seok", "Masanori Nishi"))
                .body("data.article.mentionedCountries.code", contains("AU", "CA", "CN", "JP", "SG", "KR", "US"))
                .body("data.article.mentionedOrganizations.name", contains("Defense Ministry", "Defense Ministry",
                        "European Union", "North Atlantic Treaty Organization", "United Nations"))
                .body("data.article.topics.name", containsInAnyOrder("collective self-defense",
                        "military intelligence-sharing pact", "Japan's military buildup",
                        "historical and territorial disputes"));
    }

    @Test
    void articleFilters() {
        // only the article names its author
        assertFound(Map.of("author", "song sang"), SHIPPED);
        assertFound(Map.of("author", "Nobody"));
        assertFound(Map.of("headlineContains", "TOKYO"), SHIPPED);
        // the opening report mentions Nishi and China too, the later report neither
        assertFound(Map.of("mentionsOfficialIds", List.of(rows.official("Masanori Nishi"))), SHIPPED, OPENING);
        assertFound(Map.of("mentionsCountryIds", List.of(rows.country("CN"))), SHIPPED, OPENING);
        assertFound(Map.of("mentionsOfficialIds", List.of(rows.official("Shin Beom-chul"))), LATER);
        // the opening report mentions collective self-defense too, the later report the pact but not it
        assertFound(Map.of("topicIds", List.of(rows.id("Topic", "topic", "name = 'collective self-defense'"))),
                SHIPPED, OPENING);
        String pact = rows.id("Topic", "topic", "name = 'military intelligence-sharing pact'");
        assertFound(Map.of("topicIds", List.of(pact)), SHIPPED, OPENING, LATER);
        // no article's date is known, so a date range leaves them all out
        assertFound(Map.of("publishedFrom", "2000-01-01"));
        assertFound(Map.of("publishedTo", "2100-01-01"));
        String ministry = rows.id("Organization", "organization", "name = 'United Nations'");
        assertFound(Map.of("publisherIds", List.of(ministry)));
        runRefused("articles", "filter", Map.of("publishedFrom", "not a date"))
                .body("errors", org.hamcrest.Matchers.notNullValue())
                .body("data", nullValue());
    }

    @Test
    void ordersPutUnknownDatesLastWhenNewestFirst() {
        // none of the three has a known date: they tie, and the order of import decides, in the order's direction
        run("articles", "orderBy", "PUBLISHED_ON_DESC").body("data.articles.nodes.headline",
                contains(LATER, OPENING, SHIPPED));
        run("articles", "orderBy", "PUBLISHED_ON_ASC").body("data.articles.nodes.headline",
                contains(SHIPPED, OPENING, LATER));
    }

    @Test
    void topicsListAndLeadToArticles() {
        run("topics")
                .body("data.topics.totalCount", equalTo(7))
                .body("data.topics.nodes.name", containsInAnyOrder("Japan's military buildup", "collective self-defense",
                        "historical and territorial disputes", "military intelligence-sharing pact",
                        "bilateral meeting of defence ministers", "South Korean navy joining Japan's fleet review",
                        "military response to Japanese patrol aircraft"))
                .body("data.topics.nodes.find { it.name == 'collective self-defense' }.description", containsString("ally"))
                .body("data.topics.nodes.find { it.name == 'collective self-defense' }.articles.headline",
                        contains(OPENING, SHIPPED));
        run("topics", "filter", Map.of("nameContains", "PACT"))
                .body("data.topics.nodes.name", contains("military intelligence-sharing pact"));
    }

    /** The filter finds exactly the articles of these headlines. */
    private void assertFound(Map<String, Object> filter, String... headlines) {
        run("articles", "filter", filter)
                .body("errors", nullValue())
                .body("data.articles.totalCount", equalTo(headlines.length))
                .body("data.articles.nodes.headline", containsInAnyOrder(headlines));
    }
}
