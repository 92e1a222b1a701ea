package org.parley.graphql;

import graphql.schema.GraphQLSchema;
import graphql.schema.idl.SchemaPrinter;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The schema as SDL at {@code /graphql/schema.graphql}, printed from the schema that runs (the one introspection
 * describes): every type and scalar, {@code @specifiedBy} on the scalars that follow a specification, and
 * {@code @deprecated} where something is; no directive that Parley does not carry out, nor SmallRye's internal ones
 * (whose definitions the SDL would then need). It loads in graphql-js's {@code buildSchema} as it is.
 */
@ApplicationScoped
class SchemaDocument {

    /** The directives written where they apply; graphql-js knows each without a definition. */
    private static final Set<String> APPLIED = Set.of("specifiedBy", "deprecated", "oneOf");
    private static final SchemaPrinter PRINTER = new SchemaPrinter(SchemaPrinter.Options.defaultOptions()
            .includeDirectiveDefinitions(false).includeDirectives(APPLIED::contains));

    private final String path;
    private volatile GraphQLSchema printedFrom;
    private volatile String printed;

    SchemaDocument(@ConfigProperty(name = "quarkus.smallrye-graphql.root-path") String root) {
        this.path = root + "/schema.graphql";
    }

    void install(@Observes Router router) {
        // before SmallRye GraphQL's own, which prints its model rather than the schema that runs
        router.get(path).order(-10).handler(this::handle);
    }

    private void handle(RoutingContext ctx) {
        GraphQLSchema schema = ServedSchema.get();
        if (schema == null) {
            ctx.next(); // not built yet: SmallRye answers
            return;
        }
        if (schema != printedFrom) {
            printed = PRINTER.print(schema);
            printedFrom = schema;
        }
        ctx.response().putHeader("Content-Type", "text/plain; charset=UTF-8").end(printed);
    }
}
