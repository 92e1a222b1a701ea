package org.parley.country;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Locale;
import org.parley.graphql.Batch;
import org.parley.graphql.Connection;
import org.parley.graphql.Db;
import org.parley.graphql.Pager;
import org.parley.graphql.Where;

/** The SQL that reads countries. */
@ApplicationScoped
public class CountryQueries {

    private final Db db;
    private final Pager pager;

    public CountryQueries(Db db, Pager pager) {
        this.db = db;
        this.pager = pager;
    }

    public Country byId(long id) {
        return db.byId(Country.TABLE, id, Country::from);
    }

    public List<Country> byIds(long[] ids) {
        return db.byIds(Country.TABLE, ids, Country::from);
    }

    /** For each parent, the country its foreign key points at. */
    public <P> List<Country> forKeys(List<P> parents, java.util.function.Function<P, Long> countryId) {
        return Batch.toOne(parents, countryId, byIds(Batch.keys(parents, countryId)), c -> c.dbId);
    }

    public Country byCode(String code) {
        return db.one("SELECT " + Country.columns("c") + " FROM country c WHERE c.code = ?",
                List.of(code(code)), Country::from);
    }

    public CountryConnection list(CountryFilter filter, CountryOrder order, Integer first, String after,
            Integer last, String before) {
        return new CountryConnection(pager.page(Country.columns("t"), "country t", where(filter),
                order == null ? CountryOrder.NAME_ASC : order, pager.slice(first, after, last, before), Country::from));
    }

    /** The conditions of {@code filter} over the country {@code t}. */
    public static Where where(CountryFilter filter) {
        Where where = new Where();
        if (filter != null) {
            where.and(filter.codes, "t.code = ANY(?)", filter.codes == null ? null
                    : filter.codes.stream().map(CountryQueries::code).toArray(String[]::new));
            where.and(filter.nameContains, "t.name ILIKE ?", Where.contains(filter.nameContains));
        }
        return where;
    }

    /** A code as the table holds it: ISO codes are upper case, and a client may send them in any case. */
    public static String code(String given) {
        return given.trim().toUpperCase(Locale.ROOT);
    }
}
