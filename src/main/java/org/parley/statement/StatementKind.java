package org.parley.statement;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;

@Enum("StatementKind")
@Description("How a source renders what an official said.")
public enum StatementKind {
    @Description("The speaker's own words, in quotation marks (schema.org's Quotation).")
    QUOTE,
    @Description("What the speaker said, in the source's words.")
    PARAPHRASE
}
