package org.parley.direct;

import graphql.language.Document;
import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.OperationDefinition;
import graphql.language.Selection;
import graphql.language.SelectionSet;
import graphql.normalized.ExecutableNormalizedOperation;
import graphql.normalized.ExecutableNormalizedOperationFactory;
import graphql.parser.Parser;
import graphql.schema.GraphQLSchema;
import graphql.validation.ValidationError;
import graphql.ParseAndValidate;
import graphql.execution.RawVariables;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.parley.graphql.Db;
import org.parley.graphql.ServedSchema;

/**
 * Answers a read query with one SQL statement that returns the whole {@code data} object as JSON, when every field
 * it selects has a SQL form ({@link ReadCatalog}); otherwise, and whenever an argument needs checking or an error
 * reporting, the query goes through SmallRye GraphQL and the resolvers as usual, which give the same answer more
 * slowly. Only what the resolvers would answer without an error is answered here: documents that do not parse or
 * validate, exceed the depth or complexity limit, or hold a mutation are left to them.
 */
@ApplicationScoped
public class DirectReads {

    private static final Logger LOG = Logger.getLogger(DirectReads.class);
    /** Documents kept parsed and validated; past this many the cache starts over. */
    private static final int MAX_DOCUMENTS = 1000;

    /** A parsed and validated document, with the depth and field count its limits are checked against. */
    private record Prepared(Document document, int depth, int fields) {
    }

    /** The statement that answers a request. */
    public record Compiled(String sql, List<Object> params) {
    }

    private static final Prepared INVALID = new Prepared(null, 0, 0);

    private final ReadCatalog catalog;
    private final Db db;
    private final int maxDepth;
    private final int maxFields;
    private final Map<String, Prepared> documents = new ConcurrentHashMap<>();

    DirectReads(ReadCatalog catalog, Db db,
            @ConfigProperty(name = "quarkus.smallrye-graphql.instrumentation-query-depth") int maxDepth,
            @ConfigProperty(name = "quarkus.smallrye-graphql.instrumentation-query-complexity") int maxFields) {
        this.catalog = catalog;
        this.db = db;
        this.maxDepth = maxDepth;
        this.maxFields = maxFields;
    }

    /**
     * The statement that answers this request, or null when the resolvers must answer it. Compiling is quick and
     * reads nothing from the database.
     */
    public Compiled compile(String query, String operationName, Map<String, Object> variables) {
        GraphQLSchema schema = ServedSchema.get();
        if (schema == null) {
            return null;
        }
        Prepared prepared = prepare(schema, query);
        if (prepared == INVALID || prepared.depth > maxDepth || prepared.fields > maxFields) {
            LOG.debugf("Through the resolvers: %s", prepared == INVALID ? "not a valid document"
                    : "depth " + prepared.depth + ", " + prepared.fields + " fields");
            return null;
        }
        try {
            ExecutableNormalizedOperation operation = ExecutableNormalizedOperationFactory
                    .createExecutableNormalizedOperationWithRawVariables(schema, prepared.document, operationName,
                            RawVariables.of(variables == null ? Map.of() : variables));
            if (operation.getOperation() != OperationDefinition.Operation.QUERY) {
                return null;
            }
            SqlText sql = new ReadCompiler(catalog).compile(operation.getTopLevelFields());
            LOG.debugf("One statement: %s %s", sql.sql(), sql.params());
            return new Compiled(sql.sql(), sql.params());
        } catch (NotDirect e) {
            LOG.debugf("Through the resolvers: %s", e.getMessage());
            return null;
        } catch (RuntimeException e) {
            // a bad argument or variable: the resolvers report it as the API does
            LOG.debugf("Through the resolvers: %s", e);
            return null;
        }
    }

    /**
     * Runs {@code compiled}: the JSON of the {@code data} object, in UTF-8 as the connection received it (the driver
     * hands a text column's bytes over as they came, so a large answer is never decoded and encoded again). Blocks on
     * the database.
     */
    public byte[] run(Compiled compiled) {
        return db.one(compiled.sql(), compiled.params(), rs -> rs.getBytes(1));
    }

    private Prepared prepare(GraphQLSchema schema, String query) {
        Prepared prepared = documents.get(query);
        if (prepared == null) {
            prepared = parseAndValidate(schema, query);
            if (documents.size() >= MAX_DOCUMENTS) {
                documents.clear();
            }
            documents.put(query, prepared);
        }
        return prepared;
    }

    private static Prepared parseAndValidate(GraphQLSchema schema, String query) {
        Document document;
        try {
            document = Parser.parse(query);
        } catch (RuntimeException e) {
            return INVALID;
        }
        List<ValidationError> errors = ParseAndValidate.validate(schema, document);
        if (!errors.isEmpty()) {
            return INVALID;
        }
        Map<String, FragmentDefinition> fragments = new HashMap<>();
        for (var definition : document.getDefinitions()) {
            if (definition instanceof FragmentDefinition fragment) {
                fragments.put(fragment.getName(), fragment);
            }
        }
        int depth = 0;
        int fields = 0;
        for (var definition : document.getDefinitions()) {
            if (definition instanceof OperationDefinition operation) {
                int[] count = {0};
                depth = Math.max(depth, walk(operation.getSelectionSet(), fragments, 1, count));
                fields += count[0];
            }
        }
        return new Prepared(document, depth, fields);
    }

    /**
     * The depth below {@code selectionSet} and, into {@code count}, its fields with every fragment spread expanded:
     * never less than what graphql-java's depth and complexity limits count, since directives are not evaluated.
     */
    private static int walk(SelectionSet selectionSet, Map<String, FragmentDefinition> fragments, int level, int[] count) {
        if (selectionSet == null) {
            return level - 1;
        }
        int depth = level - 1;
        for (Selection<?> selection : selectionSet.getSelections()) {
            if (selection instanceof Field field) {
                count[0]++;
                depth = Math.max(depth, Math.max(level, walk(field.getSelectionSet(), fragments, level + 1, count)));
            } else if (selection instanceof InlineFragment inline) {
                depth = Math.max(depth, walk(inline.getSelectionSet(), fragments, level, count));
            } else if (selection instanceof FragmentSpread spread) {
                FragmentDefinition fragment = fragments.get(spread.getName());
                if (fragment != null) {
                    depth = Math.max(depth, walk(fragment.getSelectionSet(), fragments, level, count));
                }
            }
        }
        return depth;
    }
}
