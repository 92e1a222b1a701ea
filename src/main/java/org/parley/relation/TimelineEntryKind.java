package org.parley.relation;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;

@Enum("TimelineEntryKind")
@Description("What an entry of a timeline between two countries is.")
public enum TimelineEntryKind {
    @Description("A meeting in which both countries were sides: one of the two, or of more parties with both among"
            + " them.")
    MEETING,
    @Description("A statement by an official of one country addressed to or about the other.")
    STATEMENT
}
