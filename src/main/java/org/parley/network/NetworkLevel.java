package org.parley.network;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;

@Enum("NetworkLevel")
@Description("Whether the nodes of a network or path are officials or countries.")
public enum NetworkLevel {
    @Description("Officials: two are linked when they took part on different sides of a meeting (at a meeting of"
            + " more parties, each side's officials with those of every other side).")
    OFFICIAL,
    @Description("Countries: two are linked when they were the two sides of a meeting of two (a meeting of more"
            + " parties is no pair of countries and links none).")
    COUNTRY
}
