package org.parley.organization;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;

@Enum("OrganizationKind")
@Description("What kind of body an organisation is.")
public enum OrganizationKind {
    @Description("A national government as a whole.")
    GOVERNMENT,
    @Description("A ministry or department of a government, e.g. a defence ministry.")
    MINISTRY,
    @Description("Another government body: an agency, office or commission.")
    GOVERNMENT_AGENCY,
    @Description("Armed forces or one of their commands.")
    MILITARY,
    @Description("An intergovernmental organisation, e.g. the United Nations or the European Union.")
    INTERNATIONAL_ORGANIZATION,
    @Description("A military or political alliance, e.g. NATO.")
    ALLIANCE,
    @Description("A publisher of news.")
    NEWS_PUBLISHER,
    @Description("Any other kind of organisation.")
    OTHER
}
