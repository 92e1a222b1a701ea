package org.parley.network;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;

@Enum("NetworkLevel")
@Description("Whether the nodes of a network or path are officials or countries.")
public enum NetworkLevel {
    @Description("Officials: two are linked when they took part on opposite sides of a meeting.")
    OFFICIAL,
    @Description("Countries: two are linked when they were the two sides of a meeting.")
    COUNTRY
}
