package org.parley.organization;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import org.parley.country.Country;
import org.parley.country.CountryEntity;
import org.parley.graphql.InvalidInputException;
import org.parley.meeting.MeetingService;
import org.parley.write.Deleter;
import org.parley.write.Dependent;
import org.parley.write.Inputs;
import org.parley.write.RowService;
import org.parley.write.Writes;

/** Creates, updates and deletes organisations; name and country together are unique, parents form no cycle. */
@ApplicationScoped
@Transactional
public class OrganizationService extends RowService<OrganizationEntity, OrganizationInput> {

    /** What refers to an organisation; a cascading delete deletes its forum places and clears the rest. */
    static final List<Dependent> DEPENDENTS = List.of(
            Dependent.cleared("sub-organisations of the organisation", "organization", "parent_id"),
            Dependent.cleared("positions at the organisation", "official_position", "organization_id"),
            Dependent.cleared("forums the organisation hosted", "forum", "host_organization_id"),
            Dependent.deleted("forum participations of the organisation", "forum_participant", "organization_id"),
            MeetingService.meetingsWithSide("meetings the organisation took part in", "organization_id"),
            Dependent.cleared("articles the organisation published", "article", "publisher_id"),
            Dependent.cleared("statements addressed to the organisation", "statement", "addressee_organization_id"),
            Dependent.deleted("articles that mention the organisation", "article_organization", "organization_id"));

    public OrganizationService(Inputs inputs, Writes writes, Deleter deleter) {
        super(inputs, writes, deleter, OrganizationEntity.class, OrganizationEntity::new,
                new Deletion(Organization.TYPE, "organization", "name", DEPENDENTS));
    }

    @Override
    protected void apply(OrganizationEntity organization, OrganizationInput input) {
        CountryEntity country = inputs.find(CountryEntity.class, Country.TYPE, input.countryId(), "input.countryId");
        OrganizationEntity parent = inputs.find(OrganizationEntity.class, Organization.TYPE, input.parentId(),
                "input.parentId");
        for (OrganizationEntity above = parent; above != null; above = above.parent) {
            if (above.equals(organization)) {
                throw new InvalidInputException("input.parentId", "would make the organisation a part of itself.");
            }
        }
        Writes.unique(organization, OrganizationEntity.findByNameAndCountry(input.name(), country), Organization.TYPE,
                "input.name", "the name " + input.name() + " and " + (country == null ? "no country" : country.code));
        organization.name = input.name();
        organization.shortName = input.shortName();
        organization.kind = input.kind();
        organization.country = country;
        organization.parent = parent;
    }
}
