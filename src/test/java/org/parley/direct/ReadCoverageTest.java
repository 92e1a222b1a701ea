package org.parley.direct;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import graphql.introspection.Introspection;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLNamedType;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;
import graphql.schema.GraphQLUnionType;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.parley.graphql.ServedSchema;

/**
 * Every field a read can reach has a SQL form in {@link ReadCatalog}, or is listed in
 * {@link ReadCatalog#RESOLVER_ONLY} with the reason: a field added to the schema without either fails here, so that
 * no query leaves the single statement without anyone having decided it. What a listed field returns is read by
 * resolvers whatever its type, so the fields below it are not counted; nor are the test-only fields (named
 * {@code ...ForTest}) that the tests' own classes add to the schema.
 */
@QuarkusTest
class ReadCoverageTest {

    @Inject
    ReadCatalog catalog;

    @Test
    void everyReadableFieldHasASqlFormOrIsListedWithItsReason() {
        Set<String> readable = readableFields(ServedSchema.get());
        Set<String> declared = catalog.declaredFields();
        Set<String> listed = ReadCatalog.RESOLVER_ONLY.keySet();

        Set<String> neither = new TreeSet<>(readable);
        neither.removeAll(declared);
        neither.removeAll(listed);
        assertEquals(Set.of(), neither, "fields with no SQL form that are not listed in ReadCatalog.RESOLVER_ONLY");

        Set<String> both = new TreeSet<>(declared);
        both.retainAll(listed);
        assertEquals(Set.of(), both, "fields with a SQL form that are still listed as resolver-only");

        Set<String> stale = new TreeSet<>(listed);
        stale.removeAll(readable);
        assertEquals(Set.of(), stale, "listed as resolver-only but not a field of the read API");

        Set<String> unknown = new TreeSet<>(declared);
        unknown.removeAll(readable);
        assertEquals(Set.of(), unknown, "declared in ReadCatalog but not a field of the read API");

        ReadCatalog.RESOLVER_ONLY.forEach((field, reason) -> assertTrue(reason.length() > 20, field + ": no reason"));
        System.out.printf("Read API: %d fields, %d with a SQL form, %d resolver-only%n", readable.size(),
                declared.size(), listed.size());
    }

    /** {@code Type.field} for every field of every object type that Query reaches (unions: their members). */
    static Set<String> readableFields(GraphQLSchema schema) {
        Set<String> fields = new TreeSet<>();
        Set<String> seen = new HashSet<>();
        Deque<GraphQLType> open = new ArrayDeque<>();
        open.add(schema.getQueryType());
        while (!open.isEmpty()) {
            GraphQLType type = GraphQLTypeUtil.unwrapAll(open.poll());
            if (!(type instanceof GraphQLNamedType named) || !seen.add(named.getName())
                    || Introspection.isIntrospectionTypes(named)) {
                continue;
            }
            if (type instanceof GraphQLUnionType union) {
                open.addAll(union.getTypes());
            } else if (type instanceof GraphQLObjectType object) {
                for (GraphQLFieldDefinition field : object.getFieldDefinitions()) {
                    String name = object.getName() + "." + field.getName();
                    if (field.getName().endsWith("ForTest")) {
                        continue;
                    }
                    fields.add(name);
                    if (!ReadCatalog.RESOLVER_ONLY.containsKey(name)) {
                        open.add(field.getType());
                    }
                }
            }
        }
        return fields;
    }
}
