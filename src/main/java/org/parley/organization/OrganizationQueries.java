package org.parley.organization;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.function.Function;
import org.parley.country.Country;
import org.parley.graphql.Batch;
import org.parley.graphql.ChildList;
import org.parley.graphql.Db;
import org.parley.graphql.GlobalId;
import org.parley.graphql.ListOrders;
import org.parley.graphql.Pager;
import org.parley.graphql.Where;

/** The SQL that reads organisations. */
@ApplicationScoped
public class OrganizationQueries {

    /** A country's organisations, by name. */
    public static final ChildList OF_COUNTRY = new ChildList("organization", "country_id", ListOrders::byName);
    /** The organisations that belong to an organisation, by name. */
    public static final ChildList CHILDREN = new ChildList("organization", "parent_id", ListOrders::byName);

    private final Db db;
    private final Pager pager;

    public OrganizationQueries(Db db, Pager pager) {
        this.db = db;
        this.pager = pager;
    }

    public Organization byId(long id) {
        return db.byId(Organization.TABLE, id, Organization::from);
    }

    public List<Organization> byIds(long[] ids) {
        return db.byIds(Organization.TABLE, ids, Organization::from);
    }

    /** For each parent, the organisation its foreign key points at. */
    public <P> List<Organization> forKeys(List<P> parents, Function<P, Long> organizationId) {
        return Batch.toOne(parents, organizationId, byIds(Batch.keys(parents, organizationId)), g -> g.dbId);
    }

    public OrganizationConnection list(OrganizationFilter filter, OrganizationOrder order, Integer first, String after,
            Integer last, String before) {
        return new OrganizationConnection(pager.page(Organization.columns("t"), "organization t", where(filter),
                order == null ? OrganizationOrder.NAME_ASC : order, pager.slice(first, after, last, before), Organization::from));
    }

    /** The conditions of {@code filter} over the organization {@code t}. */
    public static Where where(OrganizationFilter filter) {
        Where where = new Where();
        if (filter != null) {
            String pattern = Where.contains(filter.nameContains);
            where.and(pattern, "(t.name ILIKE ? OR t.short_name ILIKE ?)", pattern, pattern);
            where.and(filter.kinds, "t.kind = ANY(?)", filter.kinds == null ? null
                    : filter.kinds.stream().map(Enum::name).toArray(String[]::new));
            where.and(filter.countryIds, "t.country_id = ANY(?)", GlobalId.decodeAll(Country.TYPE, filter.countryIds));
            where.and(filter.parentId, "t.parent_id = ?",
                    filter.parentId == null ? null : GlobalId.decode(Organization.TYPE, filter.parentId));
        }
        return where;
    }

    /** The organisations of each country, by name. */
    public List<List<Organization>> ofCountries(List<Country> countries) {
        return OF_COUNTRY.read(db, countries, c -> c.dbId, Organization::columns, Organization::from);
    }

    /** The organisations that belong to each parent organisation, by name. */
    public List<List<Organization>> childrenOf(List<Organization> parents) {
        return CHILDREN.read(db, parents, g -> g.dbId, Organization::columns, Organization::from);
    }
}
