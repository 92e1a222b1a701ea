package org.parley.direct;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import graphql.ParseAndValidate;
import graphql.schema.GraphQLSchema;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.Test;
import org.parley.GraphFixture;
import org.parley.GraphQLClient;
import org.parley.Rows;
import org.parley.graphql.ServedSchema;
import org.parley.limits.Documents;
import org.parley.limits.LimitExceededException;
import org.parley.limits.QueryCost;
import org.parley.limits.RequestLimits;
import org.parley.seed.SeedLoader;

/**
 * Sends generated queries ({@link QueryGenerator}) both ways, as one SQL statement and through the resolvers, and
 * requires the same JSON answer: same values, same keys in the same order. The data is the benchmark's generator at
 * a small scale, the shipped article and the {@link GraphFixture}, in a schema of the test's own. The seed is fixed,
 * so a run is repeatable; a longer one:
 * {@code ./mvnw test -Dtest=DifferentialTest -Dparley.differential.queries=20000 -Dparley.differential.seed=7}.
 */
@QuarkusTest
@TestProfile(DifferentialTest.OwnData.class)
class DifferentialTest {

    /** A schema of the test's own, named after the one the other tests use, filled by the test itself. */
    public static class OwnData implements QuarkusTestProfile {

        static final String SCHEMA = System.getenv().getOrDefault("PARLEY_DB_SCHEMA", "parley") + "_differential";

        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("parley.db.schema", SCHEMA, "parley.seed.enabled", "false");
        }
    }

    private static final Logger LOG = Logger.getLogger(DifferentialTest.class);
    private static final String HEADER = DirectReadRoute.EXECUTION_HEADER;
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    private static final int QUERIES = Integer.getInteger("parley.differential.queries", 300);
    private static final long SEED = Long.getLong("parley.differential.seed", 20260412L);
    /** Of the benchmark's data: 0.02 is 200 officials, 400 meetings and 2,000 statements. */
    private static final double SCALE = Double.parseDouble(System.getProperty("parley.differential.scale", "0.02"));
    /** Objects a generated query may return at most: well within the server's limit, so that a run stays quick. */
    private static final long NODES = 5_000;
    /** Mismatches reported in full; the rest are counted. */
    private static final int SHOWN = 5;
    /** The share of queries the single statement must answer, lest the test compare the resolvers with themselves. */
    private static final double MIN_SINGLE_STATEMENT = 0.5;

    @Inject
    DataSource dataSource;

    @Inject
    SeedLoader seed;

    @Inject
    ReadCatalog catalog;

    @Inject
    Documents documents;

    @Inject
    RequestLimits limits;

    @ConfigProperty(name = "parley.page.default-size")
    int defaultPageSize;

    @ConfigProperty(name = "parley.page.max-size")
    int maxPageSize;

    @Test
    void generatedQueriesAnswerAlikeBothWays() {
        BenchData.load(dataSource, OwnData.SCHEMA, SCALE);
        seed.documents().forEach(seed::load);
        new GraphFixture(new Rows(dataSource)).create();
        Samples samples = new Samples();
        samples.harvest(JSON.valueToTree(GraphQLClient.run("differential-harvest")
                .extract().jsonPath().getMap("data")));
        LOG.infof("Differential run: %d queries, seed %d, data at scale %s; values from the data: %s", QUERIES, SEED,
                SCALE, samples.summary());

        GraphQLSchema schema = ServedSchema.get();
        QueryGenerator generator = new QueryGenerator(schema, catalog.declaredFields(), new Random(SEED), samples);
        Coverage coverage = new Coverage(schema, catalog.declaredFields());
        List<String> mismatches = new ArrayList<>();
        for (int i = 0; i < QUERIES; i++) {
            NormalizedQuery normalized = next(generator, schema, coverage);
            QueryGenerator.Query query = normalized.query();
            Response single = post(given(), query);
            Response resolvers = post(given().header(HEADER, "resolvers"), query);
            assertNull(resolvers.header(HEADER), "asked for the resolvers");
            boolean direct = "single-statement".equals(single.header(HEADER));
            JsonNode expected = read(resolvers);
            JsonNode actual = read(single);
            if ((tooLong(actual) || timedOut(actual)) && tooLong(expected)) {
                // past the answer's size, which neither path can tell before it runs: both refuse it (each in its
                // own words of classification; AnswerSizeTest holds the refusal itself). The single statement,
                // which builds the whole answer in PostgreSQL, may reach the statement timeout first.
                coverage.overLimits();
                continue;
            }
            String difference = single.statusCode() != resolvers.statusCode() ? "status " + single.statusCode()
                    + " / " + resolvers.statusCode() : JsonAlike.difference(actual, expected);
            if (difference != null) {
                mismatches.add("query " + i + " differs at " + difference
                        + (direct ? "" : " (both through the resolvers)") + ":\n" + query.document()
                        + "\nvariables: " + write(query.variables()) + "\nsingle statement: " + single.asString()
                        + "\nresolvers:        " + resolvers.asString());
            }
            coverage.answered(normalized, direct, expected.get("errors"));
            samples.harvest(expected.get("data"));
        }
        LOG.info(coverage.summary());
        String rerun = " (seed " + SEED + ", " + QUERIES + " queries: -Dparley.differential.seed=" + SEED
                + " -Dparley.differential.queries=" + QUERIES + ")";
        assertTrue(mismatches.isEmpty(), mismatches.size() + " of " + QUERIES + " queries answered differently" + rerun
                + "; the first " + Math.min(SHOWN, mismatches.size()) + ":\n\n"
                + String.join("\n\n", mismatches.subList(0, Math.min(SHOWN, mismatches.size()))));
        assertTrue(coverage.singleStatementShare() > MIN_SINGLE_STATEMENT, "only " + coverage.summary() + rerun);
    }

    /**
     * The next generated query that is valid, within the server's limits (and this test's own on objects) and free of
     * the {@link KnownDefect}s.
     */
    private NormalizedQuery next(QueryGenerator generator, GraphQLSchema schema, Coverage coverage) {
        while (true) {
            QueryGenerator.Query query = generator.next();
            Documents.Checked checked;
            try {
                checked = documents.parse(query.document(), schema);
                QueryCost cost = QueryCost.of(checked.document(), null, query.variables(), schema, defaultPageSize,
                        maxPageSize, limits.unpagedListSize());
                cost.check(limits);
                if (cost.nodes() > NODES) {
                    coverage.overLimits();
                    continue;
                }
            } catch (LimitExceededException e) {
                coverage.overLimits();
                continue;
            }
            if (!checked.valid() && query.refuses()) {
                coverage.invalidByValue();
                continue;
            }
            assertTrue(checked.valid(), () -> "generated an invalid query: "
                    + ParseAndValidate.validate(schema, checked.document()) + "\n" + query.document());
            NormalizedQuery normalized;
            try {
                normalized = NormalizedQuery.of(query, schema, checked.document());
            } catch (graphql.schema.CoercingParseValueException e) {
                // a refused value given as a variable: the request is refused before it runs, on both paths
                assertTrue(query.refuses(), () -> "a variable the generator meant to be valid is refused: "
                        + e.getMessage() + "\n" + query.document() + "\n" + query.variables());
                coverage.invalidByValue();
                continue;
            }
            KnownDefect held = Arrays.stream(KnownDefect.values()).filter(defect -> defect.heldBy(normalized))
                    .findFirst().orElse(null);
            if (held == null) {
                return normalized;
            }
            coverage.avoided(held);
        }
    }

    /** Whether an answer is the refusal of an answer longer than parley.limits.answer-size. */
    private static boolean tooLong(JsonNode answer) {
        JsonNode errors = answer.path("errors");
        return errors.size() == 1 && "answerSize".equals(errors.get(0).path("extensions").path("limit").asText());
    }

    /** Whether an answer is the refusal of a statement that ran past the statement timeout. */
    private static boolean timedOut(JsonNode answer) {
        JsonNode errors = answer.path("errors");
        return errors.size() == 1 && "TIMEOUT".equals(errors.get(0).path("extensions").path("code").asText());
    }

    private static Response post(RequestSpecification request, QueryGenerator.Query query) {
        Map<String, Object> body = new HashMap<>();
        body.put("query", query.document());
        body.put("variables", query.variables());
        return request.contentType(ContentType.JSON).body(body).post("/graphql");
    }

    private static JsonNode read(Response response) {
        try {
            return JSON.readTree(response.asString());
        } catch (IOException e) {
            throw new UncheckedIOException(response.asString(), e);
        }
    }

    private static String write(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
