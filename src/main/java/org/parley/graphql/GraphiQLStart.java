package org.parley.graphql;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * GraphiQL opens on Parley: a first visit to {@code /q/graphql-ui/} without a query is sent on to the same page with
 * {@code graphiql/start.graphql} (a query about the shipped article, with a word on where to go next) in its
 * {@code query} parameter, which GraphiQL puts in its editor; from then on GraphiQL keeps the query being edited in
 * the address, so a reload or a shared link shows that one. With introspection off
 * ({@code parley.limits.introspection.enabled=false}) GraphiQL cannot load the schema, and the page answers 404.
 */
@ApplicationScoped
class GraphiQLStart {

    private final String page;
    private final boolean introspection;
    private final String start;

    GraphiQLStart(@ConfigProperty(name = "quarkus.smallrye-graphql.ui.root-path") String uiPath,
            @ConfigProperty(name = "parley.limits.introspection.enabled") boolean introspection) {
        this.page = uiPath.endsWith("/") ? uiPath : uiPath + "/";
        this.introspection = introspection;
        this.start = page + "?query=" + URLEncoder.encode(startQuery(), StandardCharsets.UTF_8).replace("+", "%20");
    }

    void install(@Observes Router router) {
        // before the handler of GraphiQL's static files
        router.get(page).order(-10).handler(this::handle);
    }

    private void handle(RoutingContext ctx) {
        if (!introspection) {
            ctx.response().setStatusCode(404).putHeader("Content-Type", "text/plain; charset=UTF-8")
                    .end("GraphiQL is off on this server: introspection is switched off"
                            + " (parley.limits.introspection.enabled=false).\n");
            return;
        }
        if (ctx.queryParams().isEmpty()) {
            ctx.response().setStatusCode(302).putHeader("Location", start).end();
            return;
        }
        ctx.next();
    }

    /** The query GraphiQL opens on. */
    static String startQuery() {
        try (InputStream in = GraphiQLStart.class.getResourceAsStream("/graphiql/start.graphql")) {
            if (in == null) {
                throw new IllegalStateException("graphiql/start.graphql is missing from the application");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
