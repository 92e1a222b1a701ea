package org.parley.graphql;

/** The values of relation fields read together with their parent object: a small map from field name to value. */
public final class Prefetch {

    /** Marks a field whose value was not read with its parent. */
    public static final Object ABSENT = new Object();

    private String[] names = new String[0];
    private Object[] values = new Object[0];

    /** Records the value of {@code field} (null when the parent has no such relation). */
    public void put(String field, Object value) {
        for (int i = 0; i < names.length; i++) {
            if (names[i].equals(field)) {
                values[i] = value;
                return;
            }
        }
        names = java.util.Arrays.copyOf(names, names.length + 1);
        values = java.util.Arrays.copyOf(values, values.length + 1);
        names[names.length - 1] = field;
        values[values.length - 1] = value;
    }

    /** The value read for {@code field}, or {@link #ABSENT}. */
    public Object get(String field) {
        for (int i = 0; i < names.length; i++) {
            if (names[i].equals(field)) {
                return values[i];
            }
        }
        return ABSENT;
    }
}
