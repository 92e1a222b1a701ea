package org.parley.organization;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;

@Enum("OrganizationKind")
@Description("What sort of body an organisation is.")
public enum OrganizationKind {
    @Description("A national government as a whole, e.g. the Government of Japan.")
    GOVERNMENT,
    @Description("A ministry or department of a government, e.g. a defence ministry.")
    MINISTRY,
    @Description("An agency or office of a government that is not a ministry.")
    GOVERNMENT_AGENCY,
    @Description("Armed forces or one of their commands or services.")
    MILITARY,
    @Description("An organisation of states, e.g. the United Nations or the European Union.")
    INTERNATIONAL_ORGANIZATION,
    @Description("A military or political alliance of states, e.g. NATO.")
    ALLIANCE,
    @Description("A newspaper, news agency or broadcaster that publishes articles.")
    NEWS_PUBLISHER,
    @Description("Any other organisation.")
    OTHER
}
