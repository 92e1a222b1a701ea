package org.parley.graphql;

import graphql.ErrorClassification;
import graphql.ErrorType;
import graphql.GraphQLError;
import graphql.language.SourceLocation;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An error that tells a client more than its code and message, in the error's {@code extensions}: graphql-java
 * copies the extensions of an exception that is a {@link GraphQLError}, and SmallRye GraphQL shows those whose key
 * is listed in {@code quarkus.smallrye-graphql.error-extension-fields}. Unlike an ErrorExtensionProvider, which
 * adds its key to every error (as null where it has nothing to say), only the keys an error has appear.
 */
public interface ErrorDetails extends GraphQLError {

    /** Extension entries by key: strings, numbers, and lists or maps of them. */
    Map<String, Object> details();

    @Override
    default Map<String, Object> getExtensions() {
        Map<String, Object> extensions = new LinkedHashMap<>();
        details().forEach((key, value) -> extensions.put(key, json(value)));
        return extensions;
    }

    @Override
    default List<SourceLocation> getLocations() {
        return null;
    }

    @Override
    default ErrorClassification getErrorType() {
        return ErrorType.DataFetchingException;
    }

    /** As JSON, so that numbers stay numbers and lists lists (SmallRye writes other values as strings). */
    private static JsonValue json(Object value) {
        if (value == null) {
            return JsonValue.NULL;
        }
        if (value instanceof Number number) {
            return Json.createValue(number.longValue());
        }
        if (value instanceof Collection<?> items) {
            JsonArrayBuilder array = Json.createArrayBuilder();
            items.forEach(item -> array.add(json(item)));
            return array.build();
        }
        if (value instanceof Map<?, ?> entries) {
            JsonObjectBuilder object = Json.createObjectBuilder();
            entries.forEach((k, v) -> object.add(k.toString(), json(v)));
            return object.build();
        }
        return Json.createValue(value.toString());
    }
}
