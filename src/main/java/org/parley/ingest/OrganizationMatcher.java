package org.parley.ingest;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.parley.country.CountryEntity;
import org.parley.ingest.ArticleImport.OrganizationEntry;
import org.parley.ingest.ImportResult.Kind;
import org.parley.organization.OrganizationEntity;

/** Records the document's organisations, matched by name and country. */
@ApplicationScoped
class OrganizationMatcher {

    void apply(List<OrganizationEntry> entries, ImportContext context) {
        ImportContext.each(entries, "organizations", (entry, where) -> organization(entry, where, context));
    }

    private void organization(OrganizationEntry entry, String where, ImportContext context) {
        String name = Text.required(entry.name(), where + ".name");
        CountryEntity country = context.countries.resolve(entry.country(), where + ".country");
        OrganizationEntity parent = context.organizations.resolve(entry.parent(), where + ".parent");
        OrganizationEntity organization = OrganizationEntity.findByNameAndCountry(name, country);
        boolean created = organization == null;
        if (created) {
            organization = new OrganizationEntity();
            organization.name = name;
            organization.country = country;
        }
        Changes changes = new Changes();
        organization.shortName = changes.given(organization.shortName, Text.clean(entry.shortName()));
        organization.kind = changes.given(organization.kind, entry.kind());
        organization.parent = changes.given(organization.parent, parent);
        context.organizations.define(entry.key(), name,
                context.save(Kind.ORGANIZATION, organization, created, changes), where);
    }
}
