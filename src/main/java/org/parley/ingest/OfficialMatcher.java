package org.parley.ingest;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
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

    /** @return the officials of the entries, in their order */
    List<OfficialEntity> apply(List<OfficialEntry> entries, ImportContext context) {
        List<OfficialEntity> officials = new ArrayList<>(entries.size());
        ImportContext.each(entries, "officials", (entry, where) -> officials.add(official(entry, where, context)));
        return officials;
    }

    /** Records the officials' posts, once the article that reports them is recorded. */
    void applyPositions(List<OfficialEntry> entries, List<OfficialEntity> officials, ImportContext context) {
        for (int i = 0; i < entries.size(); i++) {
            OfficialEntity official = officials.get(i);
            ImportContext.each(entries.get(i).positions(), "officials[" + i + "].positions",
                    (position, where) -> position(official, position, where, context));
        }
    }

    private OfficialEntity official(OfficialEntry entry, String where, ImportContext context) {
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
        context.officials.define(entry.key(), name, context.save(Kind.OFFICIAL, official, created, changes),
                where);
        return official;
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
            throw new InvalidImportException(where, "ends (" + position.endDate + ") before it starts ("
                    + position.startDate + ").");
        }
        context.save(Kind.POSITION, position, created, changes);
    }
}
