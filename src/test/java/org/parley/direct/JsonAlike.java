package org.parley.direct;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;

/**
 * Compares two GraphQL answers as JSON values, stricter than {@link JsonNode#equals}: an object's keys must come in
 * the same order (GraphQL orders them by the selection), numbers are compared by value (1, 1.0 and 1.00 are one
 * number), everything else exactly, but for the order of the errors, which GraphQL leaves open (the resolvers report
 * them as their fields complete, in no fixed order).
 */
final class JsonAlike {

    private JsonAlike() {
    }

    /** Where {@code a} and {@code b} first differ, as a path such as {@code data.officials.nodes[2].name}; or null. */
    static String difference(JsonNode a, JsonNode b) {
        return difference(errorsSorted(a), errorsSorted(b), "$");
    }

    private static JsonNode errorsSorted(JsonNode answer) {
        if (!(answer instanceof ObjectNode object) || !object.path("errors").isArray()) {
            return answer;
        }
        List<JsonNode> errors = new ArrayList<>();
        object.get("errors").forEach(errors::add);
        errors.sort(Comparator.comparing(JsonNode::toString));
        ObjectNode sorted = object.deepCopy();
        sorted.putArray("errors").addAll(errors);
        return sorted;
    }

    private static String difference(JsonNode a, JsonNode b, String path) {
        if (a.isNumber() && b.isNumber()) {
            return a.decimalValue().compareTo(b.decimalValue()) == 0 ? null : path;
        }
        if (a.getNodeType() != b.getNodeType()) {
            return path;
        }
        if (a.isObject()) {
            List<String> keysA = keys(a);
            List<String> keysB = keys(b);
            if (!keysA.equals(keysB)) {
                return path + " keys " + keysA + " / " + keysB;
            }
            for (String key : keysA) {
                String below = difference(a.get(key), b.get(key), path + "." + key);
                if (below != null) {
                    return below;
                }
            }
            return null;
        }
        if (a.isArray()) {
            if (a.size() != b.size()) {
                return path + " length " + a.size() + " / " + b.size();
            }
            for (int i = 0; i < a.size(); i++) {
                String below = difference(a.get(i), b.get(i), path + "[" + i + "]");
                if (below != null) {
                    return below;
                }
            }
            return null;
        }
        return a.equals(b) ? null : path;
    }

    private static List<String> keys(JsonNode object) {
        List<String> keys = new ArrayList<>();
        for (Iterator<String> names = object.fieldNames(); names.hasNext();) {
            keys.add(names.next());
        }
        return keys;
    }
}
