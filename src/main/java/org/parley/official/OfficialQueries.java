package org.parley.official;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.parley.country.Country;
import org.parley.graphql.Batch;
import org.parley.graphql.ChildList;
import org.parley.graphql.Db;
import org.parley.graphql.GlobalId;
import org.parley.graphql.ListOrders;
import org.parley.graphql.Pager;
import org.parley.graphql.Where;
import org.parley.organization.Organization;

/** The SQL that reads officials and their positions. */
@ApplicationScoped
public class OfficialQueries {

    /** A country's officials, by name. */
    public static final ChildList OF_COUNTRY = new ChildList("official", "country_id", ListOrders::byName);
    /** An official's posts, the latest first. */
    public static final ChildList POSITIONS_OF = new ChildList("official_position", "official_id",
            ListOrders::latestStarted);
    /**
     * Of an official's posts ({@link #POSITIONS_OF}), the current one is the first of those this condition keeps, over
     * the post's alias: one without an end date.
     */
    public static String isCurrent(String position) {
        return Position.END_DATE.of(position) + " IS NULL";
    }

    /** The posts held at an organisation, by title. */
    public static final ChildList POSITIONS_AT = new ChildList("official_position", "organization_id",
            p -> p + ".title, " + p + ".id");

    private final Db db;
    private final Pager pager;

    public OfficialQueries(Db db, Pager pager) {
        this.db = db;
        this.pager = pager;
    }

    public Official byId(long id) {
        return db.byId(Official.TABLE, id, Official::from);
    }

    public List<Official> byIds(long[] ids) {
        return db.byIds(Official.TABLE, ids, Official::from);
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
        return OF_COUNTRY.read(db, countries, c -> c.dbId, Official::columns, Official::from);
    }

    /** All positions of each official, the latest first. */
    public List<List<Position>> positionsOf(List<Official> officials) {
        return POSITIONS_OF.read(db, officials, o -> o.dbId, Position::columns, Position::from);
    }

    /** Each official's current position: one without an end date, the latest started first. */
    public List<Position> currentPositionOf(List<Official> officials) {
        String official = "p." + POSITIONS_OF.parentColumn();
        List<Position> positions = db.list("SELECT DISTINCT ON (" + official + ") " + Position.columns("p")
                + " FROM " + POSITIONS_OF.table() + " p WHERE " + official + " = ANY(?) AND " + isCurrent("p")
                + " ORDER BY " + official + ", " + POSITIONS_OF.order().apply("p"),
                List.of(Batch.keys(officials, o -> o.dbId)), Position::from);
        return Batch.toOne(officials, o -> o.dbId, positions, p -> p.officialId);
    }

    public List<Position> positionsByIds(long[] ids) {
        return db.byIds(Position.TABLE, ids, Position::from);
    }

    /** The positions held at each organisation. */
    public List<List<Position>> positionsAt(List<Organization> organizations) {
        return POSITIONS_AT.read(db, organizations, o -> o.dbId, Position::columns, Position::from);
    }
}
