package org.parley;

import org.parley.graphql.GlobalId;

/** Builds API IDs in tests from rows the test looked up or created itself. */
public final class Ids {

    private Ids() {
    }

    public static String of(String type, long id) {
        return GlobalId.encode(type, id);
    }
}
