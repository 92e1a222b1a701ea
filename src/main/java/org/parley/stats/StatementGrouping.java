package org.parley.stats;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;

@Enum("StatementGrouping")
@Description("What statements are counted by.")
public enum StatementGrouping {
    @Description("The topics of the statements; a statement counts once for each of its topics, and statements"
            + " without a topic are not counted.")
    TOPIC(Grouping.byId("JOIN statement_topic gt ON gt.statement_id = t.id", "gt.topic_id", "topic",
            "STATEMENT_TOPIC")),
    @Description("The country the speaker acts for; speakers without a country make one group.")
    SPEAKER_COUNTRY(Grouping.byId("JOIN official sp ON sp.id = t.speaker_id", "sp.country_id", "country",
            "STATEMENT_SPEAKER_COUNTRY")),
    @Description("Whether the statements are quotes or paraphrases.")
    KIND(new Grouping("", Grouping.keys("NULL", "NULL", "NULL", "t.kind"), "", "g.kind", false, null,
            Grouping.groupCount("STATEMENT_KIND"))),
    @Description("The month the statements were made, earliest first; unknown dates make the last group.")
    MONTH(Grouping.byPeriod("month", "t.said_on", "STATEMENT_MONTH")),
    @Description("The year the statements were made, earliest first; unknown dates make the last group.")
    YEAR(Grouping.byPeriod("year", "t.said_on", "STATEMENT_MONTH"));

    final Grouping grouping;

    StatementGrouping(Grouping grouping) {
        this.grouping = grouping;
    }
}
