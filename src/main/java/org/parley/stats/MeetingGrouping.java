package org.parley.stats;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;

@Enum("MeetingGrouping")
@Description("What meetings are counted by.")
public enum MeetingGrouping {
    @Description("The pair of countries that met, in either order; largest first. Only a meeting of two sides,"
            + " both countries, is a pair: one with an organisation or of more parties is not counted.")
    COUNTRY_PAIR(new Grouping("JOIN meeting_fact f ON f.meeting_id = t.id AND f.country_a IS NOT NULL",
            Grouping.keys("f.country_a", "f.country_b", "NULL", "NULL"),
            "JOIN country l1 ON l1.id = g.id1 JOIN country l2 ON l2.id = g.id2",
            "least(l1.code, l2.code) || '-' || greatest(l1.code, l2.code)", false, "country",
            "SELECT country_a AS id1, country_b AS id2, CAST(NULL AS date) AS period, CAST(NULL AS text) AS kind,"
                    + " meetings AS n FROM meeting_pair_count")),
    @Description("The forum at or beside which the meetings were held, labelled by its name and edition (\"Seoul"
            + " Defense Dialogue, edition 2\"); meetings outside any forum make one group.")
    FORUM(Grouping.byId("", "t.forum_id", "forum", "MEETING_FORUM",
            "l1.name || coalesce(', edition ' || l1.edition, '')")),
    @Description("The month the meetings were held, earliest first; meetings of unknown date make the last group.")
    MONTH(Grouping.byPeriod("month", "t.held_on", "MEETING_MONTH")),
    @Description("The year the meetings were held, earliest first; meetings of unknown date make the last group.")
    YEAR(Grouping.byPeriod("year", "t.held_on", "MEETING_MONTH"));

    final Grouping grouping;

    MeetingGrouping(Grouping grouping) {
        this.grouping = grouping;
    }
}
