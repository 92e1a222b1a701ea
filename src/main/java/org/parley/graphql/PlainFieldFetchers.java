package org.parley.graphql;

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
import java.util.Set;
import org.jboss.logging.Logger;

/**
 * Gives plain fields (a value already in the object the parent resolver returned) graphql-java's light property
 * fetcher instead of SmallRye's general one, which builds a context and looks for transformations on every value:
 * on a page of 50 meetings with their participants that work is done thousands of times per request and costs
 * more than the SQL. Only fields whose values need no transformation are changed: strings, numbers, booleans,
 * IDs, enums and objects; dates and other formatted scalars keep SmallRye's fetcher. Relation fields answer from
 * the parent object when its query already read them ({@link Prefetched}).
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
    public GraphQLSchema.Builder beforeSchemaBuild(GraphQLSchema.Builder builder) {
        GraphQLSchema schema = builder.build();
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
                    } else if (!object.getName().equals("Query") && !object.getName().equals("Mutation")
                            && field.getArguments().isEmpty()) {
                        code.dataFetcher(coordinates, prefetchedOr(field.getName(), current));
                    }
                }
            }
        });
        LOG.infof("Light property fetchers for %d plain fields", replaced[0]);
        return builder.codeRegistry(faster);
    }

    /** Answers a relation from the parent when the parent's query already read it, else asks the resolver. */
    private static DataFetcher<?> prefetchedOr(String field, DataFetcher<?> resolver) {
        return env -> {
            if (env.getSource() instanceof Prefetched parent) {
                Object value = parent.prefetch().get(field);
                if (value != Prefetch.ABSENT) {
                    return value;
                }
            }
            return resolver.get(env);
        };
    }

    private static boolean needsNoTransformation(GraphQLType type) {
        GraphQLType inner = GraphQLTypeUtil.unwrapAll(type);
        return !(inner instanceof GraphQLScalarType scalar) || UNTRANSFORMED_SCALARS.contains(scalar.getName());
    }
}
