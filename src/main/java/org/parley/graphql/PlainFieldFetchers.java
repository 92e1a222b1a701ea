package org.parley.graphql;

import graphql.GraphQL;
import graphql.analysis.MaxQueryComplexityInstrumentation;
import graphql.analysis.MaxQueryDepthInstrumentation;
import graphql.execution.instrumentation.ChainedInstrumentation;
import graphql.execution.instrumentation.Instrumentation;
import graphql.schema.DataFetcher;
import graphql.schema.FieldCoordinates;
import graphql.schema.GraphQLCodeRegistry;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLNamedType;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLScalarType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;
import graphql.schema.PropertyDataFetcher;
import graphql.schema.visibility.DefaultGraphqlFieldVisibility;
import io.smallrye.graphql.spi.config.Config;
import io.smallrye.graphql.spi.EventingService;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jboss.logging.Logger;
import org.parley.limits.CostInstrumentation;
import org.parley.live.LiveSockets;

/**
 * Gives plain fields (a value already in the object the parent resolver returned) graphql-java's light property
 * fetcher instead of SmallRye's general one, which builds a context and looks for transformations on every value:
 * on a page of 50 meetings with their participants that work is done thousands of times per request and costs
 * more than the SQL. Only fields whose values need no transformation are changed: strings, numbers, booleans,
 * IDs, enums and objects; dates and other formatted scalars keep SmallRye's fetcher. Relation fields answer from
 * what the {@link Prefetcher} read ahead for their parent, when it did.
 * <p>
 * Before that, the schema's Int and Date scalars are made to check the values a request gives them
 * ({@link StrictScalars}).
 * <p>
 * Registered with SmallRye as an {@link EventingService} in META-INF/services, always on (no configuration key):
 * SmallRye's CDI events would do the same but fire an event for every field of every request.
 */
public class PlainFieldFetchers implements EventingService {

    private static final Logger LOG = Logger.getLogger(PlainFieldFetchers.class);
    private static final Set<String> UNTRANSFORMED_SCALARS = Set.of("String", "ID", "Int", "Boolean", "Float");
    private static final String SMALLRYE_FIELD_FETCHER = "io.smallrye.graphql.execution.datafetcher.FieldDataFetcher";

    @Override
    public String getConfigKey() {
        return null;
    }

    @Override
    public GraphQLSchema.Builder beforeSchemaBuild(GraphQLSchema.Builder smallRyes) {
        GraphQLSchema schema = IdListArguments.apply(StrictScalars.apply(smallRyes.build()));
        GraphQLSchema.Builder builder = GraphQLSchema.newSchema(schema);
        GraphQLCodeRegistry registry = schema.getCodeRegistry();
        int[] replaced = {0};
        GraphQLCodeRegistry faster = registry.transform(code -> {
            if ("default".equals(Config.get().getFieldVisibility())) {
                // SmallRye reads the default setting "default" as a pattern of fields to block, and so matches a
                // regular expression against every field of every request; no field is hidden here.
                code.fieldVisibility(DefaultGraphqlFieldVisibility.DEFAULT_FIELD_VISIBILITY);
            }
            for (GraphQLNamedType type : schema.getAllTypesAsList()) {
                if (!(type instanceof GraphQLObjectType object) || object.getName().startsWith("__")) {
                    continue;
                }
                for (GraphQLFieldDefinition field : object.getFieldDefinitions()) {
                    FieldCoordinates coordinates = FieldCoordinates.coordinates(object, field);
                    DataFetcher<?> current = registry.getDataFetcher(coordinates, field);
                    if (current.getClass().getName().equals(SMALLRYE_FIELD_FETCHER) && field.getArguments().isEmpty()
                            && needsNoTransformation(field.getType())) {
                        code.dataFetcher(coordinates, PropertyDataFetcher.fetching(field.getName()));
                        replaced[0]++;
                    } else if (!object.getName().equals("Query") && !object.getName().equals("Mutation")) {
                        code.dataFetcher(coordinates, prefetchedOr(current));
                    }
                }
            }
        });
        LOG.infof("Light property fetchers for %d plain fields", replaced[0]);
        builder.codeRegistry(faster);
        // SmallRye builds its GraphQL instance at the first request; the schema's types are known now
        ServedSchema.set(builder.build());
        return builder;
    }

    /** Answers a relation from what the {@link Prefetcher} read ahead for the parent, else asks the resolver. */
    private static DataFetcher<?> prefetchedOr(DataFetcher<?> resolver) {
        return env -> {
            Object value = Prefetcher.prefetched(env, env.getSource());
            return value != Prefetcher.ABSENT ? value : resolver.get(env);
        };
    }

    /**
     * Adds the request limits ({@link CostInstrumentation}) and keeps them, with any other operation-level
     * instrumentation (query depth and complexity limits, if configured), off the per-field path; any other
     * instrumentation stays as it was.
     */
    @Override
    public GraphQL.Builder beforeGraphQLBuild(GraphQL.Builder builder) {
        Instrumentation current = builder.build().getInstrumentation();
        List<Instrumentation> all = current instanceof ChainedInstrumentation chain ? chain.getInstrumentations()
                : List.of(current);
        List<Instrumentation> operationLevel = new ArrayList<>();
        List<Instrumentation> others = new ArrayList<>();
        for (Instrumentation instrumentation : all) {
            boolean limit = instrumentation instanceof MaxQueryDepthInstrumentation
                    || instrumentation instanceof MaxQueryComplexityInstrumentation;
            (limit ? operationLevel : others).add(instrumentation);
        }
        LOG.infof("Instrumentations on the operation only: %s; on every field: %s", names(operationLevel), names(others));
        // the request limits, on every operation however it arrives (see CostInstrumentation)
        operationLevel.add(0, CostInstrumentation.configured());
        // and the WebSocket connections' first operations (see LiveSockets)
        operationLevel.add(LiveSockets.instrumentation());
        others.add(0, new OperationInstrumentation(new ChainedInstrumentation(operationLevel)));
        return builder.instrumentation(others.size() == 1 ? others.get(0) : new ChainedInstrumentation(others));
    }

    private static List<String> names(List<Instrumentation> instrumentations) {
        return instrumentations.stream().map(i -> i.getClass().getSimpleName()).toList();
    }

    private static boolean needsNoTransformation(GraphQLType type) {
        GraphQLType inner = GraphQLTypeUtil.unwrapAll(type);
        return !(inner instanceof GraphQLScalarType scalar) || UNTRANSFORMED_SCALARS.contains(scalar.getName());
    }
}
