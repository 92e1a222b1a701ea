package org.parley.forum;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;

@Enum("DelegationLevel")
@Description("The rank of the most senior official a participant sent to a forum, as the sources report it.")
public enum DelegationLevel {
    @Description("Led by a minister.")
    MINISTER,
    @Description("Led by a vice minister (\"vice-minister-level officials\").")
    VICE_MINISTER,
    @Description("Led by an assistant minister or someone of lower rank (\"assistant-minister level or below\").")
    BELOW_VICE_MINISTER
}
