package org.parley.direct;

import graphql.execution.RawVariables;
import io.agroal.api.AgroalDataSource;
import io.quarkus.agroal.DataSource;
import io.quarkus.arc.InjectableInstance;
import graphql.language.BooleanValue;
import graphql.language.OperationDefinition;
import graphql.language.VariableDefinition;
import graphql.normalized.ExecutableNormalizedOperation;
import graphql.normalized.ExecutableNormalizedOperationFactory;
import graphql.schema.GraphQLSchema;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jboss.logging.Logger;
import org.parley.graphql.Db;
import org.parley.graphql.ServedSchema;
import org.parley.limits.ParsedRequest;

/**
 * Answers a read query with one SQL statement that returns the whole {@code data} object as JSON, when every field
 * it selects has a SQL form ({@link ReadCatalog}); otherwise, and whenever an argument needs checking or an error
 * reporting, the query goes through SmallRye GraphQL and the resolvers as usual, which give the same answer more
 * slowly. Only what the resolvers would answer without an error is answered here: documents that do not validate
 * or hold a mutation are left to them (the gate has refused those over a limit before either path sees them).
 */
@ApplicationScoped
public class DirectReads {

    private static final Logger LOG = Logger.getLogger(DirectReads.class);

    /** The statement that answers a request. */
    public record Compiled(String sql, List<Object> params) {
    }

    private final ReadCatalog catalog;
    private final Db db;

    DirectReads(ReadCatalog catalog, Db db, @DataSource("reads") InjectableInstance<AgroalDataSource> reads) {
        this.catalog = catalog;
        // on the replica when one is configured (quarkus.datasource.reads.*): these are reads, each its own
        List<AgroalDataSource> replica = reads.listActive();
        this.db = replica.isEmpty() ? db : new Db(replica.get(0));
        if (!replica.isEmpty()) {
            LOG.info("Queries answered as one SQL statement read from the datasource \"reads\"");
        }
    }

    /**
     * The statement that answers {@code request} (parsed, validated and within its limits at the gate), or null when
     * the resolvers must answer it. Compiling is quick and reads nothing from the database.
     */
    public Compiled compile(ParsedRequest request) {
        GraphQLSchema schema = ServedSchema.get();
        if (schema == null || !request.valid() || request.operation() == null
                || request.operation().getOperation() != OperationDefinition.Operation.QUERY) {
            return null;
        }
        try {
            ExecutableNormalizedOperation operation = ExecutableNormalizedOperationFactory
                    .createExecutableNormalizedOperationWithRawVariables(schema, request.document(),
                            request.operationName(),
                            RawVariables.of(request.variables() == null ? Map.of() : request.variables()));
            SqlText sql = new ReadCompiler(catalog, operation, request.document(), variables(request)).compile(operation.getTopLevelFields());
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

    /** The request's variables, with the operation's literal defaults for those it leaves out. */
    private static Map<String, Object> variables(ParsedRequest request) {
        Map<String, Object> variables = new HashMap<>();
        for (VariableDefinition definition : request.operation().getVariableDefinitions()) {
            if (definition.getDefaultValue() instanceof BooleanValue literal) {
                variables.put(definition.getName(), literal.isValue());
            }
        }
        if (request.variables() != null) {
            variables.putAll(request.variables());
        }
        return variables;
    }

    /**
     * Runs {@code compiled}: the JSON of the {@code data} object, in UTF-8 as the connection received it (the driver
     * hands a text column's bytes over as they came, so a large answer is never decoded and encoded again). Blocks on
     * the database.
     */
    public byte[] run(Compiled compiled) {
        return db.one(compiled.sql(), compiled.params(), rs -> rs.getBytes(1));
    }
}
