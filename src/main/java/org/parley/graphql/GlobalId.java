package org.parley.graphql;

/**
 * The API's opaque, stable IDs: the base64url form of {@code Type:databaseId}.
 * A client must not build them; decoding checks that an ID names the expected type.
 */
public final class GlobalId {

    private GlobalId() {
    }

    /**
     * Type names that IDs were issued under before a type was renamed, and the type's name now: such IDs keep
     * working ({@code BilateralMeeting} became {@code Meeting}).
     */
    private static final java.util.Map<String, String> FORMER_NAMES = java.util.Map.of("BilateralMeeting", "Meeting");

    /** What {@link #sql} takes for a type's name: letters only, so that nothing else reaches the SQL. */
    private static final java.util.regex.Pattern TYPE_NAME = java.util.regex.Pattern.compile("[A-Za-z]{1,30}");

    public static String encode(String type, long id) {
        return Base64Url.encode(type + ':' + id);
    }

    /**
     * {@link #encode} in SQL, of the database id that {@code id} (an SQL expression of an integer type) gives. The
     * single statement writes one for every object it answers, so it takes {@link Base64Url#asciiSql}: a type's name,
     * ':' and an integer's digits are such text.
     */
    public static String sql(String type, String id) {
        if (!TYPE_NAME.matcher(type).matches()) {
            throw new IllegalArgumentException("not a type's name: " + type);
        }
        return Base64Url.asciiSql("'" + type + ":' || (" + id + ")::text");
    }

    /** The database id behind {@code globalId}, which must be an ID of {@code type}. */
    public static long decode(String type, String globalId) {
        if (globalId == null || globalId.isBlank()) {
            throw new BadUserInputException("An ID of " + a(type) + " is required.");
        }
        String raw;
        try {
            raw = Base64Url.decode(globalId.trim());
        } catch (IllegalArgumentException e) {
            throw notAnId(type, globalId);
        }
        int colon = raw.indexOf(':');
        if (colon < 0) {
            throw notAnId(type, globalId);
        }
        String actualType = FORMER_NAMES.getOrDefault(raw.substring(0, colon), raw.substring(0, colon));
        if (!actualType.equals(type)) {
            throw new BadUserInputException("'" + BadUserInputException.quote(globalId) + "' is the ID of "
                    + a(actualType) + ", not of " + a(type) + ".");
        }
        try {
            long id = Long.parseLong(raw.substring(colon + 1));
            if (id <= 0) {
                throw notAnId(type, globalId);
            }
            return id;
        } catch (NumberFormatException e) {
            throw notAnId(type, globalId);
        }
    }

    /**
     * The type an ID names, of those {@code known}; the ID is then decoded with {@link #decode}.
     *
     * @throws BadUserInputException when it is not an ID of this API, or not of one of the known types
     */
    public static String typeOf(String globalId, java.util.Collection<String> known) {
        String raw = null;
        if (globalId != null) {
            try {
                raw = Base64Url.decode(globalId.trim());
            } catch (IllegalArgumentException e) {
                // answered below
            }
        }
        int colon = raw == null ? -1 : raw.indexOf(':');
        String type = colon < 0 ? null : FORMER_NAMES.getOrDefault(raw.substring(0, colon), raw.substring(0, colon));
        if (type == null || !known.contains(type)) {
            throw new BadUserInputException("'" + BadUserInputException.quote(String.valueOf(globalId))
                    + "' is not an ID of this API; use the id field of an object it returned.");
        }
        return type;
    }

    /** Decodes a list of IDs of one type; null stays null (no filter). */
    public static long[] decodeAll(String type, java.util.List<String> globalIds) {
        if (globalIds == null) {
            return null;
        }
        long[] ids = new long[globalIds.size()];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = decode(type, globalIds.get(i));
        }
        return ids;
    }

    private static BadUserInputException notAnId(String type, String globalId) {
        return new BadUserInputException("'" + BadUserInputException.quote(globalId) + "' is not " + a(type)
                + " ID; use the id field of " + a(type) + " returned by this API.");
    }

    /** The type's name after the indefinite article its sound takes: "an Official", "a Country". */
    private static String a(String type) {
        return ("AEIOU".indexOf(type.charAt(0)) >= 0 ? "an " : "a ") + type;
    }
}
