package org.parley.ingest;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.parley.country.CountryEntity;
import org.parley.ingest.ArticleImport.OfficialEntry;
import org.parley.ingest.ArticleImport.PositionEntry;
import org.parley.ingest.ImportResult.Kind;
import org.parley.official.OfficialEntity;
import org.parley.official.PositionEntity;
import org.parley.organization.OrganizationEntity;

/** Records the document's officials, matched by name and country, and their posts. */
@ApplicationScoped
class OfficialMatcher {

    void apply(List<OfficialEntry> entries, ImportContext context) {
        ImportContext.each(entries, "officials", (entry, where) -> official(entry, where, context));
    }

    private void official(OfficialEntry entry, String where, ImportContext context) {
        String name = Text.required(entry.name(), where + ".name");
        CountryEntity country = context.countries.resolve(entry.country(), where + ".country");
        OfficialEntity official = OfficialEntity.findByNameAndCountry(name, country);
        boolean created = official == null;
        if (created) {
            official = new OfficialEntity();
            official.name = name;
            official.country = country;
        }
        Changes changes = new Changes();
        official.otherNames = changes.union(official.otherNames, Text.cleanAll(entry.otherNames()));
        OfficialEntity saved = context.save(Kind.OFFICIAL, official, created, changes);
        context.officials.define(entry.key(), name, saved, where);
        ImportContext.each(entry.positions(), where + ".positions",
                (position, at) -> position(saved, position, at, context));
    }

    private void position(OfficialEntity official, PositionEntry entry, String where, ImportContext context) {
        String title = Text.required(entry.title(), where + ".title");
        OrganizationEntity organization = context.organizations.resolve(entry.organization(),
                where + ".organization");
        PositionEntity position = PositionEntity.findByOfficialTitleAndOrganization(official, title, organization);
        boolean created = position == null;
        if (created) {
            position = new PositionEntity();
            position.official = official;
            position.title = title;
            position.organization = organization;
        }
        Changes changes = new Changes();
        position.startDate = changes.given(position.startDate, entry.startDate());
        position.endDate = changes.given(position.endDate, entry.endDate());
        // the first article to report a post stays its source
        position.sourceArticle = changes.given(position.sourceArticle,
                position.sourceArticle == null ? context.article : null);
        if (position.startDate != null && position.endDate != null && position.endDate.isBefore(position.startDate)) {
            throw new InvalidImportException(where + " ends (" + position.endDate + ") before it starts ("
                    + position.startDate + ").");
        }
        context.save(Kind.POSITION, position, created, changes);
    }
}
