package org.parley.ingest;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("ImportCount")
@Description("What an import did with the entries of one type of its document.")
public record ImportCount(
        @NonNull @Description("The type, as the document's list names it, e.g. officials or positions.") String type,
        @Description("Entries that did not exist and were created.") int created,
        @Description("Entries that existed with the same values and were left as they were.") int matched,
        @Description("Entries that existed and were changed to the document's values.") int updated) {
}
