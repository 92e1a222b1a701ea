package org.parley.official;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.parley.country.Country;
import org.parley.graphql.Batch;
import org.parley.graphql.Db;
import org.parley.graphql.GlobalId;
import org.parley.graphql.ListOrders;
import org.parley.graphql.Pager;
import org.parley.graphql.Where;
import org.parley.organization.Organization;

/** The SQL that reads officials and their positions. */
@ApplicationScoped
public class OfficialQueries {

    private static final String POSITION_ORDER = " ORDER BY p.official_id, " + ListOrders.latestStarted("p");

    private final Db db;
    private final Pager pager;

    public OfficialQueries(Db db, Pager pager) {
        this.db = db;
        this.pager = pager;
    }

    public Official byId(long id) {
        return db.one("SELECT " + Official.columns("o") + " FROM official o WHERE o.id = ?", List.of(id), Official::from);
    }

    public List<Official> byIds(long[] ids) {
        return db.list("SELECT " + Official.columns("o") + " FROM official o WHERE o.id = ANY(?)", List.of(ids),
                Official::from);
    }

    public OfficialConnection list(OfficialFilter filter, OfficialOrder order, Integer first, String after,
            Integer last, String before) {
        return new OfficialConnection(pager.page(Official.columns("t"), "official t", where(filter),
                order == null ? OfficialOrder.NAME_ASC : order, pager.slice(first, after, last, before), Official::from));
    }

    /** The conditions of {@code filter} over an official {@code t}. */
    public static Where where(OfficialFilter filter) {
        Where where = new Where();
        if (filter != null) {
            String pattern = Where.contains(filter.nameContains);
            where.and(pattern, "(t.name ILIKE ? OR EXISTS (SELECT 1 FROM unnest(t.other_names) n WHERE n ILIKE ?))",
                    pattern, pattern);
            where.and(filter.countryIds, "t.country_id = ANY(?)", GlobalId.decodeAll(Country.TYPE, filter.countryIds));
            where.and(filter.organizationIds,
                    "EXISTS (SELECT 1 FROM official_position p WHERE p.official_id = t.id AND p.organization_id = ANY(?))",
                    GlobalId.decodeAll(Organization.TYPE, filter.organizationIds));
        }
        return where;
    }

    /** The officials of each country, by name. */
    public List<List<Official>> ofCountries(List<Country> countries) {
        List<Official> officials = db.list("SELECT " + Official.columns("o") + " FROM official o WHERE o.country_id = ANY(?)"
                + " ORDER BY " + ListOrders.byName("o"), List.of(Batch.keys(countries, c -> c.dbId)), Official::from);
        return Batch.toMany(countries, c -> c.dbId, officials, o -> o.countryId);
    }

    /** All positions of each official, the latest first. */
    public List<List<Position>> positionsOf(List<Official> officials) {
        List<Position> positions = db.list("SELECT " + Position.columns("p") + " FROM official_position p"
                + " WHERE p.official_id = ANY(?)" + POSITION_ORDER, List.of(Batch.keys(officials, o -> o.dbId)),
                Position::from);
        return Batch.toMany(officials, o -> o.dbId, positions, p -> p.officialId);
    }

    /** Each official's current position: one without an end date, the latest started first. */
    public List<Position> currentPositionOf(List<Official> officials) {
        List<Position> positions = db.list("SELECT DISTINCT ON (p.official_id) " + Position.columns("p")
                + " FROM official_position p WHERE p.official_id = ANY(?) AND p.end_date IS NULL" + POSITION_ORDER,
                List.of(Batch.keys(officials, o -> o.dbId)), Position::from);
        return Batch.toOne(officials, o -> o.dbId, positions, p -> p.officialId);
    }

    public List<Position> positionsByIds(long[] ids) {
        return db.list("SELECT " + Position.columns("p") + " FROM official_position p WHERE p.id = ANY(?)",
                List.of(ids), Position::from);
    }

    /** The positions held at each organisation. */
    public List<List<Position>> positionsAt(List<Organization> organizations) {
        List<Position> positions = db.list("SELECT " + Position.columns("p") + " FROM official_position p"
                + " WHERE p.organization_id = ANY(?) ORDER BY p.organization_id, p.title, p.id",
                List.of(Batch.keys(organizations, o -> o.dbId)), Position::from);
        return Batch.toMany(organizations, o -> o.dbId, positions, p -> p.organizationId);
    }
}
