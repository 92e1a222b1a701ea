package org.parley.statement;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;

@Enum("StatementKind")
@Description("How an article reports what an official said.")
public enum StatementKind {
    @Description("The article quotes the words, within quotation marks.")
    QUOTE,
    @Description("The article reports the substance in its own words (indirect speech).")
    PARAPHRASE
}
