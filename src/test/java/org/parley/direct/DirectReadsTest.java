package org.parley.direct;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import graphql.execution.RawVariables;
import graphql.normalized.ExecutableNormalizedField;
import graphql.normalized.ExecutableNormalizedOperation;
import graphql.normalized.ExecutableNormalizedOperationFactory;
import graphql.parser.Parser;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.parley.GraphFixtureTest;
import org.parley.GraphQLClient;
import org.parley.graphql.Db;
import org.parley.graphql.ServedSchema;

/**
 * Runs queries both ways, as one SQL statement and through the resolvers, and requires the same answer to the byte
 * (after JSON formatting): same values, same keys in the same order. The operations select every field the
 * {@link ReadCatalog} declares, over the shipped data and the {@link org.parley.GraphFixture} (dated meetings).
 */
@QuarkusTest
class DirectReadsTest extends GraphFixtureTest {

    private static final String HEADER = DirectReadRoute.EXECUTION_HEADER;
    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    Db db;

    @Inject
    ReadCatalog catalog;

    @Test
    void everyDeclaredFieldAnswersAsTheResolversDo() {
        fixture.create();
        String document = GraphQLClient.operation("direct-every-field");
        Map<String, Object> seed = vars("official", rows.official("Baek Seung-joo"),
                "meeting", rows.id("Meeting", "bilateral_meeting", "forum_id IS NOT NULL AND summary NOT LIKE 'graph%'"),
                "statement", rows.id("Statement", "statement", "text LIKE 'It was not the right time%'"),
                "relayed", rows.id("Statement", "statement", "relayed_by_id IS NOT NULL ORDER BY id LIMIT 1"),
                "article", rows.id("Article", "article", "headline LIKE 'Seoul cautions Tokyo%'"),
                "forum", rows.id("Forum", "forum", "name = ? AND edition = 2", "Seoul Defense Dialogue"),
                "country", rows.country("KR"),
                "japan", rows.country("JP"),
                "topic", rows.id("Topic", "topic", "name = ?", "collective self-defense"),
                "organization", rows.id("Organization", "organization", "country_id IS NOT NULL ORDER BY id LIMIT 1"),
                "partner", rows.official("Masanori Nishi"));
        JsonPath answer = bothWays(document, seed);
        JsonPath connections = bothWays(GraphQLClient.operation("direct-connections"), vars("official", seed.get("official"),
                "country", seed.get("country"), "topic", seed.get("topic"), "organization", seed.get("organization")));
        assertTrue(connections.getInt("data.official.statementsConnection.totalCount") >= 2);
        assertFalse(connections.getList("data.official.mentionedInConnection.nodes").isEmpty());
        assertFalse(connections.getList("data.topic.statementsConnection.nodes").isEmpty());
        // the comparison means something only if the answer holds the graph
        assertEquals("Baek Seung-joo", answer.getString("data.official.name"));
        assertTrue(answer.getList("data.official.statements").size() >= 2);
        assertTrue(answer.getList("data.meeting.participants").size() >= 2);
        assertEquals(2, answer.getList("data.meeting.sides").size());
        assertNotNull(answer.getString("data.relayed.relayedBy.name"));
        assertFalse(answer.getList("data.meeting.topics").isEmpty());
        assertFalse(answer.getList("data.article.mentionedOfficials").isEmpty());
        assertFalse(answer.getList("data.article.forums").isEmpty());
        assertFalse(answer.getList("data.forum.participants").isEmpty());
        assertFalse(answer.getList("data.forum.reportedBy").isEmpty());
        assertFalse(answer.getList("data.topic.statements").isEmpty());
        assertFalse(answer.getList("data.country.forumsAttended").isEmpty());
        assertEquals("KR", answer.getString("data.country.code"));
        assertEquals(answer.getString("data.country.name"), answer.getString("data.byCode.name"));
        assertFalse(answer.getList("data.network.edges.meetings").isEmpty());
        assertFalse(answer.getList("data.officialNetwork.nodes").isEmpty());
        assertFalse(answer.getList("data.meetingCounts.countries").isEmpty());
        assertTrue(answer.getInt("data.relationsBetween.totalCount") > 1);
        assertFalse(answer.getList("data.statementCounts.topic").isEmpty());
        assertEquals(List.of("Masanori Nishi"), answer.getList("data.officialPath.toOfficial.name"));
        assertEquals(List.of("JP"), answer.getList("data.countryPath.toCountry.code"));
        assertEquals(List.of(), answer.getList("data.samePath"));
        assertEquals("Baek Seung-joo", answer.getString("data.node.name"));
        assertEquals(List.of("Country", "Meeting", "Topic", "Statement", "Article", "Forum", "Organization"),
                answer.getList("data.nodes.__typename"));

        Map<String, Object> dated = new HashMap<>(seed);
        dated.put("official", fixture.official("XD", 0));
        dated.put("meeting", fixture.meeting(3));
        dated.put("country", fixture.country("XE"));
        dated.put("statement", rows.id("Statement", "statement", "text = ?", "Graph fixture statement one"));
        dated.put("partner", fixture.official("XF", 0));
        JsonPath fixtureAnswer = bothWays(document, dated);
        // XD's official 0 met at meetings 1 and 4 (date unknown, so last)
        assertEquals(Arrays.asList("2021-01-10", null), fixtureAnswer.getList("data.official.meetings.heldOn"));
        assertEquals("2021-02-01", fixtureAnswer.getString("data.statement.saidOn"));
        // XD's official 0 reaches XF's through XE's official 0, who met both
        assertEquals(List.of("XE", "XF"), fixtureAnswer.getList("data.officialPath.toCountry.code"));
    }

    @Test
    void theOperationsHereSelectEveryFieldTheCatalogDeclares() {
        Set<String> selected = new TreeSet<>();
        for (String name : List.of("direct-every-field", "direct-pages", "direct-connections")) {
            ExecutableNormalizedOperation operation = ExecutableNormalizedOperationFactory
                    .createExecutableNormalizedOperationWithRawVariables(ServedSchema.get(),
                            Parser.parse(GraphQLClient.operation(name)), null,
                            RawVariables.of(vars("officialOrder", "NAME_ASC", "official", "x", "meeting", "x",
                                    "statement", "x", "relayed", "x", "article", "x", "forum", "x", "country", "x", "japan", "x",
                                    "topic", "x", "organization", "x", "partner", "x")));
            for (ExecutableNormalizedField field : operation.getTopLevelFields()) {
                selected.add("Query." + field.getName());
                field.traverseSubTree(f -> f.getObjectTypeNames().forEach(type -> selected.add(type + "." + f.getName())));
            }
        }
        Set<String> declared = catalog.declaredFields();
        assertFalse(declared.isEmpty());
        Set<String> missing = new TreeSet<>(declared);
        missing.removeAll(selected);
        assertEquals(Set.of(), missing, "declared in ReadCatalog but never compared with the resolvers");
    }

    @Test
    void pagesCursorsAndFiltersAnswerAsTheResolversDo() {
        fixture.create();
        String document = GraphQLClient.operation("direct-pages");
        JsonPath first = bothWays(document, vars("first", 2, "officialOrder", "NAME_ASC"));
        assertTrue(first.getBoolean("data.officials.pageInfo.hasNextPage"));
        String endCursor = first.getString("data.officials.pageInfo.endCursor");
        JsonPath second = bothWays(document, vars("first", 2, "after", endCursor, "officialOrder", "NAME_ASC"));
        assertTrue(second.getBoolean("data.officials.pageInfo.hasPreviousPage"));
        assertFalse(second.getList("data.officials.nodes").isEmpty());

        String xd = fixture.country("XD");
        String xe = fixture.country("XE");
        JsonPath between = bothWays(document, vars("officialOrder", "ID_DESC",
                "meetingFilter", Map.of("betweenCountries", List.of(xd, xe)),
                "statementFilter", Map.of("speakerCountryIds", List.of(xd, xe)),
                "officialFilter", Map.of("nameContains", "graph official")));
        assertEquals(3, between.getInt("data.meetings.totalCount"));
        assertEquals(Arrays.asList("2021-03-20", "2021-01-10", null), between.getList("data.meetings.nodes.heldOn"));
        assertEquals(Arrays.asList(69, null, null), between.getList("data.meetings.nodes.daysSincePreviousMeeting"));
        assertEquals("2021-01-10", between.getString("data.meetings.nodes[0].previousMeetingBetweenSides.heldOn"));
        assertEquals(5, between.getInt("data.officials.totalCount"));

        // two countries' meetings are counted in the page's own pass: on a short first page, after a cursor (counted
        // apart), and where the two never met
        String pair = "query Pair($first: Int, $after: String, $pair: [ID!]) { meetings(first: $first, after: $after,"
                + " filter: { betweenCountries: $pair }) { totalCount nodes { heldOn } pageInfo { endCursor } } }";
        JsonPath short1 = bothWays(pair, vars("first", 1, "pair", List.of(xe, xd)));
        assertEquals(3, short1.getInt("data.meetings.totalCount"));
        assertEquals(List.of("2021-03-20"), short1.getList("data.meetings.nodes.heldOn"));
        JsonPath short2 = bothWays(pair, vars("first", 1, "pair", List.of(xe, xd),
                "after", short1.getString("data.meetings.pageInfo.endCursor")));
        assertEquals(3, short2.getInt("data.meetings.totalCount"));
        assertEquals(List.of("2021-01-10"), short2.getList("data.meetings.nodes.heldOn"));
        JsonPath never = bothWays(pair, vars("pair", List.of(xd, fixture.country("XG"))));
        assertEquals(0, never.getInt("data.meetings.totalCount"));
        assertEquals(List.of(), never.getList("data.meetings.nodes"));
        assertEquals(3, bothWays("query Count($pair: [ID!]) { meetings(filter: { betweenCountries: $pair }) { totalCount } }",
                vars("pair", List.of(xd, xe))).getInt("data.meetings.totalCount"));

        JsonPath dates = bothWays(document, vars("first", 1, "officialOrder", "ID_ASC",
                "meetingFilter", Map.of("heldFrom", "2021-03-01", "heldTo", "2021-03-31"),
                "statementFilter", Map.of("saidFrom", "2021-01-01", "kinds", List.of("PARAPHRASE"))));
        assertEquals(2, dates.getInt("data.meetings.totalCount"));
        assertTrue(dates.getBoolean("data.meetings.pageInfo.hasNextPage"));

        // past the last row: an empty page that still counts the list
        String last = between.getString("data.officials.pageInfo.endCursor");
        JsonPath past = bothWays(document, vars("after", last, "officialOrder", "ID_DESC",
                "officialFilter", Map.of("nameContains", "graph official")));
        assertEquals(List.of(), past.getList("data.officials.nodes"));
        assertEquals(5, past.getInt("data.officials.totalCount"));
        assertNull(past.getString("data.officials.pageInfo.endCursor"));
    }

    @Test
    void backwardPagesMirrorForwardOnesOnBothPaths() {
        fixture.create();
        Map<String, Object> graphOfficials = Map.of("nameContains", "graph official");
        String forward = "query Fwd($filter: OfficialFilter) { officials(first: 10, filter: $filter, orderBy: NAME_ASC) {"
                + " edges { cursor node { name } } } }";
        List<String> names = bothWays(forward, vars("filter", graphOfficials)).getList("data.officials.edges.node.name");
        List<String> cursors = bothWays(forward, vars("filter", graphOfficials)).getList("data.officials.edges.cursor");
        assertEquals(5, names.size());
        String back = "query Back($last: Int, $before: String, $filter: OfficialFilter) {"
                + " officials(last: $last, before: $before, filter: $filter, orderBy: NAME_ASC) { totalCount"
                + " nodes { name } edges { cursor node { name } }"
                + " pageInfo { hasNextPage hasPreviousPage startCursor endCursor } }"
                + " bare: officials(last: $last, before: $before, filter: $filter, orderBy: NAME_ASC) { nodes { name } } }";
        // the last two, in the list's order, with the cursors the forward pages gave them
        JsonPath end = bothWays(back, vars("last", 2, "filter", graphOfficials));
        assertEquals(names.subList(3, 5), end.getList("data.officials.nodes.name"));
        assertEquals(names.subList(3, 5), end.getList("data.bare.nodes.name"));
        assertEquals(cursors.subList(3, 5), end.getList("data.officials.edges.cursor"));
        assertEquals(5, end.getInt("data.officials.totalCount"));
        assertTrue(end.getBoolean("data.officials.pageInfo.hasPreviousPage"));
        assertFalse(end.getBoolean("data.officials.pageInfo.hasNextPage"));
        assertEquals(cursors.get(3), end.getString("data.officials.pageInfo.startCursor"));
        assertEquals(cursors.get(4), end.getString("data.officials.pageInfo.endCursor"));
        // the two before it, and then the one left at the start
        JsonPath middle = bothWays(back, vars("last", 2, "before", cursors.get(3), "filter", graphOfficials));
        assertEquals(names.subList(1, 3), middle.getList("data.officials.nodes.name"));
        assertTrue(middle.getBoolean("data.officials.pageInfo.hasPreviousPage"));
        assertTrue(middle.getBoolean("data.officials.pageInfo.hasNextPage"));
        assertEquals(5, middle.getInt("data.officials.totalCount"));
        JsonPath start = bothWays(back, vars("last", 2, "before", cursors.get(1), "filter", graphOfficials));
        assertEquals(names.subList(0, 1), start.getList("data.officials.nodes.name"));
        assertEquals(names.subList(0, 1), start.getList("data.bare.nodes.name"));
        assertFalse(start.getBoolean("data.officials.pageInfo.hasPreviousPage"));
        // the timeline between two countries pages back the same way
        String timeline = "query T($a: ID!, $b: ID!, $last: Int, $before: String) { relationsBetween(countryA: $a,"
                + " countryB: $b, last: $last, before: $before) { totalCount nodes { kind date } edges { cursor }"
                + " pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } }";
        JsonPath latest = bothWays(timeline, vars("a", fixture.country("XD"), "b", fixture.country("XE"), "last", 2));
        assertEquals(2, latest.getList("data.relationsBetween.nodes").size());
        bothWays(timeline, vars("a", fixture.country("XD"), "b", fixture.country("XE"), "last", 2,
                "before", latest.getString("data.relationsBetween.pageInfo.startCursor")));
        // one direction at a time, and the same bounds as first
        post("{ officials(first: 1, last: 1) { nodes { name } } }", Map.of()).then().statusCode(200)
                .header(HEADER, nullValue()).body("errors[0].extensions.code", is("BAD_USER_INPUT"))
                .body("errors[0].message", containsString("not both"));
        post("{ officials(last: 101) { nodes { name } } }", Map.of()).then().statusCode(200)
                .header(HEADER, nullValue()).body("errors[0].message", containsString("last must be between 1 and 100"));
    }

    @Test
    void aNestedConnectionPagesThroughAParentsWholeListOnBothPaths() {
        String official = rows.official("Baek Seung-joo");
        List<String> all = bothWays("query($o: ID!) { official(id: $o) { statements(first: 100) { id } } }",
                vars("o", official)).getList("data.official.statements.id");
        assertTrue(all.size() >= 3, "Baek made several statements");
        String page = "query($o: ID!, $after: String, $before: String, $first: Int, $last: Int) { official(id: $o) {"
                + " statementsConnection(first: $first, after: $after, last: $last, before: $before) { totalCount"
                + " nodes { id } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } } }";
        List<String> forward = new ArrayList<>();
        String after = null;
        for (int i = 0; i <= all.size(); i++) {
            JsonPath answer = bothWays(page, vars("o", official, "first", 1, "after", after));
            assertEquals(all.size(), answer.getInt("data.official.statementsConnection.totalCount"));
            forward.addAll(answer.getList("data.official.statementsConnection.nodes.id"));
            if (!answer.getBoolean("data.official.statementsConnection.pageInfo.hasNextPage")) {
                break;
            }
            after = answer.getString("data.official.statementsConnection.pageInfo.endCursor");
        }
        assertEquals(all, forward);
        List<String> backward = new ArrayList<>();
        String before = null;
        for (int i = 0; i <= all.size(); i++) {
            JsonPath answer = bothWays(page, vars("o", official, "last", 2, "before", before));
            backward.addAll(0, answer.getList("data.official.statementsConnection.nodes.id"));
            if (!answer.getBoolean("data.official.statementsConnection.pageInfo.hasPreviousPage")) {
                break;
            }
            before = answer.getString("data.official.statementsConnection.pageInfo.startCursor");
        }
        assertEquals(all, backward);
    }

    @Test
    void searchAnswersAsTheResolverDoes() {
        String hits = "query Search($q: String!, $types: [SearchType!], $first: Int) {"
                + " search(query: $q, types: $types, first: $first) { __typename type score snippet"
                + " node { __typename ... on Statement { id text speaker { name } } ... on Article { headline }"
                + " ... on Official { name country { code } } ... on Organization { name } ... on Forum { name }"
                + " ... on Topic { name } } } }";
        JsonPath all = bothWays(hits, vars("q", "collective self-defense"));
        assertTrue(all.getList("data.search.type").containsAll(List.of("STATEMENT", "TOPIC")), all.prettify());
        JsonPath names = bothWays(hits, vars("q", "baek seungjoo", "types", List.of("OFFICIAL"), "first", 2));
        assertEquals("Baek Seung-joo", names.getString("data.search[0].node.name"));
        assertEquals(List.of(), bothWays(hits, vars("q", "zzyzx")).getList("data.search"));
        // a hit of a type the query selects nothing on is an empty object, as GraphQL has it
        JsonPath bare = bothWays("{ search(query: \"collective self-defense\") { type node { ... on Topic { name } } } }",
                Map.of());
        assertTrue(bare.getList("data.search.node").contains(Map.of()), bare.prettify());
    }

    @Test
    void aSearchHitsKeysComeInTheOrderOfItsOwnMembersSelection() {
        String document = "{ search(query: \"Baek\", first: 20) { type node {"
                + " ... on Topic { id } __typename ... on Article { id headline } ...named } } }"
                + " fragment named on Official { name __typename id }";
        JsonPath answer = bothWays(document, Map.of());
        List<Map<String, Object>> hits = answer.getList("data.search");
        Map<String, List<String>> keysByType = new HashMap<>();
        for (Map<String, Object> hit : hits) {
            @SuppressWarnings("unchecked")
            Map<String, Object> node = (Map<String, Object>) hit.get("node");
            keysByType.put((String) hit.get("type"), List.copyOf(node.keySet()));
        }
        // as the selection lists them for each member, whatever another member selects first
        assertEquals(List.of("__typename", "id", "headline"), keysByType.get("ARTICLE"));
        assertEquals(List.of("__typename", "name", "id"), keysByType.get("OFFICIAL"));

        // a selection that @skip leaves out does not place its key
        String skipping = "query($s: Boolean!) { search(query: \"Baek\", first: 20) { type node {"
                + " ... on Article { headline @skip(if: $s) } __typename ... on Article { id headline } } } }";
        JsonPath skipped = bothWays(skipping, Map.of("s", true));
        List<Map<String, Object>> articles = skipped.getList("data.search.findAll { it.type == 'ARTICLE' }.node");
        assertEquals(List.of("__typename", "id", "headline"), List.copyOf(articles.get(0).keySet()));
    }

    @Test
    void aScoreIsWrittenAlikeByBothWaysHoweverOftenTheStatementRan() {
        String document = "{ search(query: \"collective self-defense Baek\", first: 50) { type score } }";
        String direct = compact(post(document, Map.of()).asString());
        assertTrue(direct.contains("\"score\""), direct);
        // the driver reads a statement's columns as binary from its fifth run on a connection
        for (int run = 0; run < 12; run++) {
            String resolvers = compact(given().header(HEADER, "resolvers").contentType(ContentType.JSON)
                    .body(Map.of("query", document)).post("/graphql").asString());
            assertEquals(direct, resolvers, "run " + run);
        }
    }

    @Test
    void extensionsThatDoNotChangeTheAnswerKeepTheSingleStatement() {
        // Apollo Client sends its name and version with every request
        given().contentType(ContentType.JSON)
                .body(Map.of("query", "{ officials(first: 2) { nodes { name } } }",
                        "extensions", Map.of("clientLibrary", Map.of("name", "@apollo/client", "version", "4.0.0"))))
                .post("/graphql")
                .then().statusCode(200).header(HEADER, "single-statement")
                .body("data.officials.nodes", hasSize(2));
    }

    @Test
    void aPageOfMeetingsWithParticipantsIsOneStatement() {
        String query = "{ meetings(first: 50) { nodes { id heldOn location forum { name }"
                + " participants { official { name country { name } } } } } }";
        long before = db.statementCount();
        post(query, Map.of()).then().statusCode(200).header(HEADER, "single-statement")
                .body("data.meetings.nodes", not(hasSize(0)))
                .body("data.meetings.nodes.participants.official.name.flatten()", hasItem("Baek Seung-joo"));
        assertEquals(1, db.statementCount() - before);
        // a page without edges and pageInfo reads no cursors: the same answer all the same
        bothWays(query, Map.of());
    }

    @Test
    void whatNeedsCheckingOrReportingGoesThroughTheResolvers() {
        // errors are reported by the resolvers, as ever: with their code and nothing half-answered
        throughResolvers("{ official(id: \"not-an-id\") { name } }")
                .body("errors[0].extensions.code", is("BAD_USER_INPUT"));
        throughResolvers("{ officials(first: 500) { nodes { name } } }")
                .body("errors[0].extensions.code", is("BAD_USER_INPUT"));
        // a document that does not validate is left to SmallRye GraphQL, which reports it: 400, as a request error
        post("{ official(id: \"T2ZmaWNpYWw6MQ\") { nickname } }", Map.of()).then().statusCode(400).header(HEADER, nullValue())
                .body("errors[0].message", containsString("nickname"));
        throughResolvers("{ search(query: \"  \") { type } }")
                .body("errors[0].extensions.code", is("BAD_USER_INPUT"));
        throughResolvers("{ search(query: \"treaty\", first: 51) { type } }")
                .body("errors[0].extensions.code", is("BAD_USER_INPUT"));
        throughResolvers("{ path(fromCountry: \"" + rows.country("KR") + "\") { hop } }")
                .body("errors[0].extensions.code", is("BAD_USER_INPUT"));
        throughResolvers("{ path(fromCountry: \"" + rows.country("KR") + "\", toCountry: \""
                + rows.country("JP") + "\", maxHops: 7) { hop } }").body("errors[0].extensions.code", is("BAD_USER_INPUT"));
        // mutations and a client's choice go the usual way and still answer
        throughResolvers("mutation { deleteTopic(id: \"VG9waWM6MQ\", expectedVersion: 0) { deletedId } }")
                .body("errors[0].extensions.code", is("UNAUTHENTICATED"));
        given().header(HEADER, "resolvers").contentType(ContentType.JSON)
                .body(Map.of("query", "{ officials { totalCount } }")).post("/graphql")
                .then().statusCode(200).header(HEADER, nullValue()).body("data.officials.totalCount", is(5));
    }

    @Test
    void theLimitsHoldOnBothPaths() {
        StringBuilder deep = new StringBuilder("{ official(id: \"T2ZmaWNpYWw6MQ\") { ");
        for (int i = 0; i < 7; i++) {
            deep.append("country { officials { ");
        }
        deep.append("name").append(" } }".repeat(7)).append(" } }");
        for (String path : new String[] {"single-statement", "resolvers"}) {
            given().header(HEADER, path).contentType(ContentType.JSON).body(Map.of("query", deep.toString()))
                    .post("/graphql")
                    .then().statusCode(400).header(HEADER, nullValue())
                    .body("errors[0].extensions.code", is("LIMIT_EXCEEDED"))
                    .body("errors[0].extensions.limit", is("depth"));
        }
    }

    /** Sends {@code query} without variables; the resolvers must have answered it (no direct-read header). */
    private static ValidatableResponse throughResolvers(String query) {
        return post(query, Map.of()).then().statusCode(200).header(HEADER, nullValue());
    }

    private static Response post(String query, Map<String, Object> variables) {
        return given().contentType(ContentType.JSON).body(Map.of("query", query, "variables", variables))
                .post("/graphql");
    }

    /** Runs {@code document} both ways; they must agree, without errors. Returns the answer. */
    private static JsonPath bothWays(String document, Map<String, Object> variables) {
        Response direct = post(document, variables);
        direct.then().statusCode(200).header(HEADER, "single-statement");
        Response resolvers = given().header(HEADER, "resolvers").contentType(ContentType.JSON)
                .body(Map.of("query", document, "variables", variables)).post("/graphql");
        resolvers.then().statusCode(200).header(HEADER, nullValue());
        String expected = compact(resolvers.asString());
        assertFalse(expected.contains("\"errors\""), expected);
        assertEquals(expected, compact(direct.asString()));
        return direct.jsonPath();
    }

    private static String compact(String json) {
        try {
            JsonNode tree = JSON.readTree(json);
            return JSON.writeValueAsString(tree);
        } catch (IOException e) {
            throw new IllegalStateException(json, e);
        }
    }

    private static Map<String, Object> vars(Object... pairs) {
        Map<String, Object> map = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], pairs[i + 1]);
        }
        return map;
    }
}
