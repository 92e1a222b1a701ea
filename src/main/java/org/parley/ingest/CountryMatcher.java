package org.parley.ingest;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.parley.country.CountryEntity;
import org.parley.ingest.ArticleImport.CountryEntry;
import org.parley.ingest.ImportResult.Kind;

/** Records the document's countries, matched by ISO code. */
@ApplicationScoped
class CountryMatcher {

    void apply(List<CountryEntry> entries, ImportContext context) {
        ImportContext.each(entries, "countries", (entry, where) -> country(entry, where, context));
    }

    private void country(CountryEntry entry, String where, ImportContext context) {
        String code = Text.code(entry.code());
        CountryEntity country = CountryEntity.findByCode(code);
        boolean created = country == null;
        if (created) {
            country = new CountryEntity();
            country.code = code;
        }
        Changes changes = new Changes();
        country.name = changes.given(country.name, Text.required(entry.name(), where + ".name"));
        context.countries.define(code, null, context.save(Kind.COUNTRY, country, created, changes), where);
    }
}
