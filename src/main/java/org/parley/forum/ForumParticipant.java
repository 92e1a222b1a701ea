package org.parley.forum;

import java.sql.ResultSet;
import java.sql.SQLException;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.Type;
import org.parley.country.Country;
import org.parley.graphql.Db;
import org.parley.model.Column;
import org.parley.model.Table;
import org.parley.organization.Organization;

@Type("ForumParticipant")
@Description("A country or an organisation that took part in a forum: exactly one of country and organization is set.")
public class ForumParticipant {

    /** The table participations are read from, and its columns. */
    public static final Table TABLE = Table.of("ForumParticipant", "forum_participant", "fp_");
    public static final Column<Long> ID = TABLE.id();
    public static final Column<Long> FORUM_ID = TABLE.key("forum_id");
    public static final Column<Long> COUNTRY_ID = TABLE.optionalKey("country_id");
    public static final Column<Long> ORGANIZATION_ID = TABLE.optionalKey("organization_id");
    public static final Column<DelegationLevel> DELEGATION_LEVEL =
            TABLE.kind("delegation_level", "delegationLevel", DelegationLevel::valueOf);

    @Ignore
    public final long dbId;
    @Ignore
    public final long forumId;
    @Description("The participating country, when the participant is a country.")
    public final Country country;
    @Description("The participating organisation, e.g. the United Nations, when the participant is an organisation.")
    public final Organization organization;
    @Description("The rank of the delegation it sent, when the sources give it: the one the articles that give a"
            + " rank agree on (or an editor's); null when they give different ranks, each in reports.")
    public final DelegationLevel delegationLevel;

    public ForumParticipant(long dbId, long forumId, Country country, Organization organization,
            DelegationLevel delegationLevel) {
        this.dbId = dbId;
        this.forumId = forumId;
        this.country = country;
        this.organization = organization;
        this.delegationLevel = delegationLevel;
    }

    /** The columns {@link #from} reads, over forum_participant {@code fp}, country {@code c} and organization {@code g}. */
    public static String columns() {
        return TABLE.select("fp") + ", " + Country.columns("c") + ", " + Organization.columns("g");
    }

    /** The order of a forum's participants over forum_participant {@code alias}: countries by name, then organisations. */
    public static String order(String alias) {
        return "(SELECT c.name FROM country c WHERE c.id = " + alias + ".country_id) NULLS LAST,"
                + " (SELECT g.name FROM organization g WHERE g.id = " + alias + ".organization_id), " + alias + ".id";
    }

    public static ForumParticipant from(ResultSet rs) throws SQLException {
        return new ForumParticipant(ID.get(rs), FORUM_ID.get(rs),
                Db.getLong(rs, "c_id") == null ? null : Country.from(rs),
                Db.getLong(rs, "g_id") == null ? null : Organization.from(rs), DELEGATION_LEVEL.get(rs));
    }
}
