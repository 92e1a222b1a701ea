package org.parley.network;

import java.sql.ResultSet;
import java.sql.SQLException;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import org.parley.country.Country;
import org.parley.graphql.Db;
import org.parley.official.Official;

@Type("NetworkNode")
@Description("An official or a country of a who-met-whom network, with how much it met.")
public class NetworkNode {

    @Id
    @NonNull
    @Description("The ID of the official or country this node is; edges name their ends by it.")
    public final String id;
    @Description("The official, in a network of officials; null in a network of countries.")
    public final Official official;
    @Description("The country: the node itself, or the official's country (null when not known).")
    public final Country country;
    @NonNull
    @Description("How many of the network's meetings this official or country took part in.")
    public final int meetingCount;
    @NonNull
    @Description("How many different officials or countries it met in them.")
    public final int partnerCount;

    NetworkNode(String id, Official official, Country country, int meetingCount, int partnerCount) {
        this.id = id;
        this.official = official;
        this.country = country;
        this.meetingCount = meetingCount;
        this.partnerCount = partnerCount;
    }

    static NetworkNode from(ResultSet rs, NetworkLevel level) throws SQLException {
        Official official = level == NetworkLevel.OFFICIAL ? Official.from(rs) : null;
        Country country = Db.getLong(rs, "c_id") == null ? null : Country.from(rs);
        return new NetworkNode(rs.getString("node_id"), official, country, rs.getInt("meetings"), rs.getInt("partners"));
    }
}
