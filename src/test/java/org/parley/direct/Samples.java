package org.parley.direct;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;

/**
 * Values for the arguments of generated queries, taken from earlier answers so that they find rows: IDs by type,
 * cursors by the order they belong to, names, codes, dates and words. Kept in the order they were first seen, so that
 * the same seed draws the same values.
 */
final class Samples {

    private static final int MAX_PER_POOL = 400;

    private final Map<String, Set<String>> ids = new TreeMap<>();
    private final Map<String, Set<String>> cursors = new TreeMap<>();
    private final Set<String> names = new LinkedHashSet<>();
    private final Set<String> codes = new LinkedHashSet<>();
    private final Set<String> dates = new LinkedHashSet<>();
    private final Set<String> words = new LinkedHashSet<>();

    /** Collects what {@code answer} holds: every ID, cursor, name, code, date and word of a text. */
    void harvest(JsonNode answer) {
        if (answer == null) {
            return;
        }
        if (answer.isArray()) {
            answer.forEach(this::harvest);
            return;
        }
        Iterator<Map.Entry<String, JsonNode>> fields = answer.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            JsonNode value = field.getValue();
            if (value.isContainerNode()) {
                harvest(value);
            } else if (value.isTextual()) {
                harvest(field.getKey(), value.asText());
            }
        }
    }

    private void harvest(String key, String text) {
        String decoded = decode(text);
        int colon = decoded == null ? -1 : decoded.indexOf(':');
        int newline = decoded == null ? -1 : decoded.indexOf('\n');
        if (newline > 0) {
            add(cursors.computeIfAbsent(decoded.substring(0, newline), k -> new LinkedHashSet<>()), text);
        } else if (colon > 0 && decoded.substring(colon + 1).matches("\\d+")) {
            add(ids.computeIfAbsent(decoded.substring(0, colon), k -> new LinkedHashSet<>()), text);
        } else if (text.matches("\\d{4}-\\d{2}-\\d{2}")) {
            add(dates, text);
        } else if (key.equals("code")) {
            add(codes, text);
        } else if (key.equals("name") || key.equals("headline") || key.equals("title")) {
            add(names, text);
            for (String word : text.split("[^\\p{L}\\p{N}-]+")) {
                if (word.length() > 2) {
                    add(words, word);
                }
            }
        }
    }

    private static void add(Set<String> pool, String value) {
        if (pool.size() < MAX_PER_POOL) {
            pool.add(value);
        }
    }

    /** The text behind an opaque ID or cursor (base64url), or null when it is not one. */
    private static String decode(String text) {
        if (!text.matches("[A-Za-z0-9_-]{4,}")) {
            return null;
        }
        try {
            String raw = new String(Base64.getUrlDecoder().decode(text), StandardCharsets.UTF_8);
            return raw.matches("[A-Za-z_]+[:\\n][\\s\\S]*") ? raw : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** An ID of {@code type} seen so far, or null before any. */
    String id(Random random, String type) {
        return pick(random, ids.get(type));
    }

    /** A cursor of a list ordered by {@code order} (a sort order's name; any when null), or null before any. */
    String cursor(Random random, String order) {
        if (order == null) {
            return anyCursor(random); // a list without orderBy: its own order, which one of them may be
        }
        return pick(random, cursors.get(order));
    }

    /** A cursor of any list. */
    String anyCursor(Random random) {
        List<String> orders = new ArrayList<>(cursors.keySet());
        return orders.isEmpty() ? null : cursor(random, orders.get(random.nextInt(orders.size())));
    }

    String name(Random random) {
        return pick(random, names);
    }

    String code(Random random) {
        return pick(random, codes);
    }

    String date(Random random) {
        return pick(random, dates);
    }

    String word(Random random) {
        return pick(random, words);
    }

    /** How many IDs of each type and cursors of each order are known, for the log. */
    String summary() {
        StringBuilder text = new StringBuilder("ids");
        ids.forEach((type, pool) -> text.append(' ').append(type).append('=').append(pool.size()));
        text.append(", cursors");
        cursors.forEach((order, pool) -> text.append(' ').append(order).append('=').append(pool.size()));
        return text.append(", names=").append(names.size()).append(", codes=").append(codes.size())
                .append(", dates=").append(dates.size()).append(", words=").append(words.size()).toString();
    }

    private static String pick(Random random, Set<String> pool) {
        if (pool == null || pool.isEmpty()) {
            return null;
        }
        int index = random.nextInt(pool.size());
        Iterator<String> values = pool.iterator();
        for (int i = 0; i < index; i++) {
            values.next();
        }
        return values.next();
    }
}
