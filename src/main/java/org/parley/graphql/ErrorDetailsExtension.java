package org.parley.graphql;

import io.smallrye.graphql.api.ErrorExtensionProvider;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.util.Collection;
import java.util.Map;

/**
 * Puts one entry of an {@link ErrorDetails} error into the error's {@code extensions}. SmallRye GraphQL asks every
 * provider listed in META-INF/services for its key, so there is one small subclass per key; the key must also be
 * listed in {@code quarkus.smallrye-graphql.error-extension-fields} to be shown.
 */
public abstract class ErrorDetailsExtension implements ErrorExtensionProvider {

    private final String key;

    protected ErrorDetailsExtension(String key) {
        this.key = key;
    }

    @Override
    public String getKey() {
        return key;
    }

    @Override
    public JsonValue mapValueFrom(Throwable exception) {
        if (exception instanceof ErrorDetails details && details.details().containsKey(key)) {
            return json(details.details().get(key));
        }
        return null;
    }

    static JsonValue json(Object value) {
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

    /** The path of the input field at fault, e.g. {@code input.sides[1].participants}. */
    public static class Field extends ErrorDetailsExtension {
        public Field() {
            super("field");
        }
    }

    /** Every broken rule of an input, each with its field and message. */
    public static class Violations extends ErrorDetailsExtension {
        public Violations() {
            super("violations");
        }
    }

    /** The version an object is at now, after a conflicting write. */
    public static class CurrentVersion extends ErrorDetailsExtension {
        public CurrentVersion() {
            super("currentVersion");
        }
    }

    /** The ID of the object that already has a natural key. */
    public static class ExistingId extends ErrorDetailsExtension {
        public ExistingId() {
            super("existingId");
        }
    }

    /** What refers to an object whose deletion was refused. */
    public static class Dependents extends ErrorDetailsExtension {
        public Dependents() {
            super("dependents");
        }
    }
}
