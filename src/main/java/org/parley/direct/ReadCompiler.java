package org.parley.direct;

import graphql.language.Argument;
import graphql.language.BooleanValue;
import graphql.language.Directive;
import graphql.language.DirectivesContainer;
import graphql.language.Document;
import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.NodeUtil;
import graphql.language.Selection;
import graphql.language.SelectionSet;
import graphql.language.TypeName;
import graphql.language.VariableReference;
import graphql.normalized.ExecutableNormalizedField;
import graphql.normalized.ExecutableNormalizedOperation;
import graphql.schema.GraphQLCompositeType;
import graphql.schema.GraphQLNamedType;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.parley.graphql.Pager;
import org.parley.graphql.ServedSchema;
import org.parley.graphql.SortOrder;
import org.parley.graphql.Where;

/**
 * Writes one SQL statement that builds a query's whole {@code data} object as JSON, field by field from the
 * normalized operation: an object is a {@code json_build_object} of its selected fields, a to-one relation a join
 * after its parent's row, a list a {@code json_agg} over a sub-select (with a {@code LIMIT} per parent where the
 * list takes {@code first}), a connection its page with cursors and, when asked for, its total. What each field
 * reads is declared in {@link ReadCatalog}; anything it does not declare throws {@link NotDirect}.
 * <p>
 * One compiler per request: it numbers the table aliases it writes.
 */
final class ReadCompiler {

    /** PostgreSQL functions take at most 100 arguments: json_build_object at most 50 keys. */
    private static final int MAX_KEYS = 50;

    private final ReadCatalog catalog;
    private final ExecutableNormalizedOperation operation;
    private final Map<String, FragmentDefinition> fragments;
    private final Map<String, Object> variables;
    private int aliases;

    /** {@code variables}: the request's, with the operation's defaults for those it leaves out. */
    ReadCompiler(ReadCatalog catalog, ExecutableNormalizedOperation operation, Document document,
            Map<String, Object> variables) {
        this.catalog = catalog;
        this.operation = operation;
        this.fragments = NodeUtil.getFragmentsByName(document);
        this.variables = variables;
    }

    /** The statement that answers {@code topLevel}, selecting one json value. */
    SqlText compile(List<ExecutableNormalizedField> topLevel) {
        SqlText sql = new SqlText().append("SELECT ");
        appendObject(sql, topLevel, field -> {
            if (field.getName().equals("__typename")) {
                return new SqlText().name("Query");
            }
            ReadCatalog.RootReader root = catalog.root(field.getName());
            if (root == null) {
                throw new NotDirect("Query." + field.getName());
            }
            return root.read(this, field);
        });
        return sql.append(" AS data");
    }

    /** A fresh table alias. */
    String alias() {
        return "d" + (++aliases);
    }

    /**
     * A row being written as JSON: its alias, and the joins its to-one relations (and theirs) add after it in the
     * FROM clause: in a join PostgreSQL probes the relation's index or hashes it, where a sub-select in the column
     * list was planned as a scan of the whole (small) table per row.
     */
    record Row(String alias, SqlText joins) {

        static Row of(String alias) {
            return new Row(alias, new SqlText());
        }
    }

    /** The JSON object of {@code field}'s selection over the row {@code row} of {@code type}. */
    SqlText object(String type, Row row, ExecutableNormalizedField field) {
        return object(type, row, field.getChildren());
    }

    /**
     * The JSON object of those {@code fields} that apply to {@code type} over its row {@code row}: all of them for
     * an object type, those selected on this member for a union (the others apply to other members).
     */
    SqlText object(String type, Row row, List<ExecutableNormalizedField> fields) {
        ReadCatalog.Shape shape = catalog.shape(type);
        if (shape == null) {
            throw new NotDirect("type " + type);
        }
        SqlText sql = new SqlText();
        List<ExecutableNormalizedField> own = fields.stream()
                .filter(child -> child.getObjectTypeNames().contains(type)).toList();
        appendObject(sql, own, type, child -> {
            if (child.getName().equals("__typename")) {
                return new SqlText().name(type);
            }
            ReadCatalog.FieldReader reader = shape.field(child.getName());
            if (reader == null) {
                throw new NotDirect(type + "." + child.getName());
            }
            return reader.read(this, row, child);
        });
        return sql;
    }

    /**
     * The fields selected below {@code field}, whose type is a union, that apply to its member {@code type}, in the
     * order the GraphQL specification gives them for an object of that type: as its selection lists them, fragments
     * whose type condition does not apply left out. The normalized fields are shared by all members and ordered by
     * where each first appears in any of them.
     */
    List<ExecutableNormalizedField> selectedOn(ExecutableNormalizedField field, String type) {
        List<String> keys = new ArrayList<>();
        for (Field selected : operation.getMergedField(field).getFields()) {
            collectKeys(selected.getSelectionSet(), type, keys);
        }
        return field.getChildren().stream().filter(child -> child.getObjectTypeNames().contains(type))
                .sorted(Comparator.comparingInt(child -> keys.indexOf(child.getResultKey()))).toList();
    }

    private void collectKeys(SelectionSet selections, String type, List<String> keys) {
        if (selections == null) {
            return;
        }
        for (Selection<?> selection : selections.getSelections()) {
            if (selection instanceof DirectivesContainer<?> node && !included(node)) {
                continue;
            }
            if (selection instanceof Field field) {
                String key = field.getResultKey();
                if (!keys.contains(key)) {
                    keys.add(key);
                }
            } else if (selection instanceof InlineFragment inline) {
                if (inline.getTypeCondition() == null || applies(inline.getTypeCondition(), type)) {
                    collectKeys(inline.getSelectionSet(), type, keys);
                }
            } else if (selection instanceof FragmentSpread spread) {
                FragmentDefinition fragment = fragments.get(spread.getName());
                if (fragment != null && applies(fragment.getTypeCondition(), type)) {
                    collectKeys(fragment.getSelectionSet(), type, keys);
                }
            }
        }
    }

    /** Whether {@code @skip} and {@code @include} keep a selection. */
    private boolean included(DirectivesContainer<?> node) {
        for (Directive directive : node.getDirectives()) {
            boolean skip = directive.getName().equals("skip");
            if ((skip || directive.getName().equals("include")) && condition(directive) == skip) {
                return false;
            }
        }
        return true;
    }

    private boolean condition(Directive directive) {
        Argument argument = directive.getArgument("if");
        Object value = argument == null ? null : argument.getValue();
        if (value instanceof VariableReference reference) {
            value = variables.get(reference.getName());
        }
        return value instanceof BooleanValue literal ? literal.isValue() : Boolean.TRUE.equals(value);
    }

    /** Whether a fragment on {@code condition} applies to an object of {@code type}. */
    private static boolean applies(TypeName condition, String type) {
        if (condition.getName().equals(type)) {
            return true;
        }
        GraphQLSchema schema = ServedSchema.get();
        GraphQLType conditionType = schema.getType(condition.getName());
        GraphQLObjectType objectType = schema.getObjectType(type);
        return objectType != null && conditionType instanceof GraphQLCompositeType composite
                && !(composite instanceof GraphQLObjectType) && schema.isPossibleType((GraphQLNamedType) composite, objectType);
    }

    /** The SQL of one selected field's value. */
    interface Value {
        SqlText of(ExecutableNormalizedField field);
    }

    /** The JSON object of {@code field}'s selection, each selected field's value given by {@code value}. */
    SqlText objectOf(ExecutableNormalizedField field, Value value) {
        SqlText sql = new SqlText();
        appendObject(sql, field.getChildren(), value);
        return sql;
    }

    private static void appendObject(SqlText sql, List<ExecutableNormalizedField> fields, Value value) {
        appendObject(sql, fields, null, value);
    }

    /** {@code type}: the object type the fields are read on, when they may be shared with other members of a union. */
    private static void appendObject(SqlText sql, List<ExecutableNormalizedField> fields, String type, Value value) {
        if (fields.size() > MAX_KEYS) {
            throw new NotDirect("more than " + MAX_KEYS + " fields in one object");
        }
        sql.append("json_build_object(");
        String separator = "";
        for (ExecutableNormalizedField field : fields) {
            if (type == null && field.getObjectTypeNames().size() != 1) {
                throw new NotDirect("a field of an interface or union: " + field.getName());
            }
            sql.append(separator).name(field.getResultKey()).append(", ").append(value.of(field));
            separator = ", ";
        }
        sql.append(")");
    }

    /**
     * A to-one relation of {@code parent}: the first row of {@code type} that {@code fromWhere} (over the alias
     * {@code child}) finds, joined after the parent; null when there is none.
     */
    SqlText one(String type, ExecutableNormalizedField field, Row parent, String child, SqlText fromWhere) {
        return joined(type, field, parent, child, new SqlText().append(" LEFT JOIN LATERAL (SELECT " + child + ".* FROM ")
                .append(fromWhere).append(" LIMIT 1) " + child + " ON true"));
    }

    /**
     * A to-one relation by primary key: {@code table} joined as {@code child} where its id is the parent's
     * {@code column}. A plain join lets PostgreSQL pick the index or a hash as the rows call for; the lateral form
     * above cost about half as much again on 50 meetings with their participants' officials and countries.
     */
    SqlText oneById(String type, ExecutableNormalizedField field, Row parent, String child, String table,
            String column) {
        return joined(type, field, parent, child, new SqlText().append(" LEFT JOIN " + table + " " + child + " ON "
                + child + ".id = " + parent.alias() + "." + column));
    }

    /** The JSON of {@code child}, which {@code join} joins after {@code parent}; null when the join found no row. */
    private SqlText joined(String type, ExecutableNormalizedField field, Row parent, String child, SqlText join) {
        parent.joins().append(join);
        SqlText object = object(type, new Row(child, parent.joins()), field);
        return new SqlText().append("CASE WHEN " + child + ".id IS NULL THEN NULL ELSE ").append(object).append(" END");
    }

    /** The row of {@code type} with this database id, or null. */
    SqlText byId(String type, String table, List<ExecutableNormalizedField> fields, long id) {
        return byKey(type, table, fields, "id", id);
    }

    /** The row of {@code type} whose unique {@code column} holds {@code key}, or null. */
    SqlText byKey(String type, String table, List<ExecutableNormalizedField> fields, String column, Object key) {
        Row row = Row.of(alias());
        SqlText object = object(type, row, fields);
        return new SqlText().append("(SELECT ").append(object).append(" FROM " + table + " " + row.alias())
                .append(row.joins()).append(" WHERE " + row.alias() + "." + column + " = ").param(key).append(")");
    }

    /** A whole list of the rows {@code fromWhere} finds over the alias {@code child}, in {@code orderBy}. */
    SqlText many(String type, ExecutableNormalizedField field, String child, SqlText fromWhere, String orderBy) {
        Row row = Row.of(child);
        SqlText object = object(type, row, field);
        return new SqlText().append("(SELECT coalesce(json_agg(").append(object)
                .append(" ORDER BY ").append(orderBy).append("), '[]'::json) FROM (SELECT " + child + ".* FROM ")
                .append(fromWhere).append(") " + child).append(row.joins()).append(")");
    }

    /**
     * The first {@code size} rows of a list in {@code order}: {@code from} names the child table {@code t} (the
     * form {@link org.parley.graphql.Pager#firstOfEach} takes), {@code match} ties it to the parent.
     */
    SqlText firstOf(String type, ExecutableNormalizedField field, String from, SqlText match, SortOrder order, int size) {
        Row each = Row.of(alias());
        String row = each.alias();
        String direction = order.descending() ? " DESC" : " ASC";
        SqlText object = object(type, each, field);
        return new SqlText().append("(SELECT coalesce(json_agg(").append(object)
                .append(" ORDER BY " + row + ".sort_key" + direction + ", " + row + ".id" + direction
                        + "), '[]'::json) FROM (SELECT t.*, " + order.keyExpression() + " AS sort_key FROM " + from
                        + " WHERE ")
                .append(match)
                .append(" ORDER BY " + order.keyExpression() + direction + ", t.id" + direction + " LIMIT " + size
                        + ") " + row).append(each.joins()).append(")");
    }

    /**
     * A page of a connection: {@code from} names the table {@code t}; {@code where} holds the filter (counted for
     * totalCount), {@code pageWhere} the filter and the cursor's keyset condition. Reads one row more than the page
     * to know whether another page follows, as {@link org.parley.graphql.Pager} does; a backward {@code slice}
     * ({@code last}/{@code before}) reads from its cursor against the list's order and shows the page in it.
     * <p>
     * {@code countInPage}: the filter's rows are few and PostgreSQL reads them all to sort the page anyway, so the
     * first page counts them in the same pass ({@code count(*) OVER ()}) instead of finding them a second time. Where
     * a page could stop early along an index (no filter, a date range, a busy country), that pass would read every
     * match instead: there the count stays a query of its own.
     */
    SqlText page(String type, ExecutableNormalizedField connection, String from, Where where, Where pageWhere,
            SortOrder order, Pager.Slice slice, boolean countInPage) {
        Row each = Row.of(alias());
        String row = each.alias();
        int size = slice.size();
        boolean hasCursor = slice.cursor() != null;
        String direction = order.descending() ? " DESC" : " ASC";
        // rows are read from the cursor on: against the list's order when the slice goes backward
        String scan = slice.scan(order);
        String scanOrder = order.keyExpression() + scan + ", t.id" + scan;
        // sort_row counts from the cursor; the page is shown in the list's order
        String shown = row + ".sort_row" + (slice.backward() ? " DESC" : "");
        String towardCursor = row + ".sort_row" + (slice.backward() ? "" : " DESC");
        String cursor = Pager.cursorSql(order, row + ".sort_key", row + ".id");
        String onPage = " FILTER (WHERE " + row + ".sort_row <= " + size + ")";
        // without edges and pageInfo, no cursor, row number or look-ahead row is needed
        boolean cursors = connection.getChildren().stream()
                .anyMatch(field -> field.getName().equals("edges") || field.getName().equals("pageInfo"));
        String nodesOrder = cursors ? " ORDER BY " + shown + ")" + onPage
                : " ORDER BY " + row + ".sort_key" + direction + ", " + row + ".id" + direction + ")";
        // without a cursor the page's filter is the counted one; without totalCount nothing is counted
        boolean countAlong = countInPage && !hasCursor
                && connection.getChildren().stream().anyMatch(field -> field.getName().equals("totalCount"));
        // more rows than the page beyond it, in the direction read
        String more = "count(*) > " + size;
        SqlText sql = new SqlText().append("(SELECT ");
        String connectionType = connection.getSingleObjectTypeName();
        appendObject(sql, connection.getChildren(), field -> switch (field.getName()) {
            case "__typename" -> new SqlText().name(singleType(field));
            case "totalCount" -> countAlong
                    ? new SqlText().append("coalesce(max(" + row + ".total_count), 0)")
                    : new SqlText().append("(SELECT count(*) FROM " + from + " WHERE ").append(sql(where)).append(")");
            case "nodes" -> new SqlText().append("coalesce(json_agg(").append(object(type, each, field))
                    .append(nodesOrder + ", '[]'::json)");
            case "edges" -> {
                SqlText edge = new SqlText();
                appendObject(edge, field.getChildren(), part -> switch (part.getName()) {
                    case "__typename" -> new SqlText().name(singleType(part));
                    case "cursor" -> new SqlText().append(cursor);
                    case "node" -> object(type, each, part);
                    default -> throw new NotDirect(connectionType + " edge." + part.getName());
                });
                yield new SqlText().append("coalesce(json_agg(").append(edge)
                        .append(" ORDER BY " + shown + ")" + onPage + ", '[]'::json)");
            }
            case "pageInfo" -> {
                SqlText info = new SqlText();
                appendObject(info, field.getChildren(), part -> switch (part.getName()) {
                    case "__typename" -> new SqlText().name(singleType(part));
                    case "hasNextPage" -> new SqlText().append(slice.backward() ? Boolean.toString(hasCursor) : more);
                    case "hasPreviousPage" -> new SqlText().append(slice.backward() ? more : Boolean.toString(hasCursor));
                    case "startCursor" -> new SqlText().append("(array_agg(" + cursor + " ORDER BY " + shown + ")"
                            + onPage + ")[1]");
                    case "endCursor" -> new SqlText().append("(array_agg(" + cursor + " ORDER BY " + towardCursor
                            + ")" + onPage + ")[1]");
                    default -> throw new NotDirect("PageInfo." + part.getName());
                });
                yield info;
            }
            default -> throw new NotDirect(connectionType + "." + field.getName());
        });
        String rows = cursors
                ? "SELECT t.*, CAST(" + order.keyExpression() + " AS text) AS sort_key, row_number() OVER (ORDER BY "
                        + scanOrder + ") AS sort_row"
                : "SELECT t.*, " + order.keyExpression() + " AS sort_key";
        if (countAlong) {
            rows += ", count(*) OVER () AS total_count";
        }
        return sql.append(" FROM (" + rows + " FROM " + from + " WHERE ").append(sql(pageWhere))
                .append(" ORDER BY " + scanOrder + " LIMIT " + (cursors ? size + 1 : size) + ") " + row)
                .append(each.joins())
                // one row even when the selection holds no aggregate (only totalCount, say)
                .append(" GROUP BY ())");
    }

    private static String singleType(ExecutableNormalizedField field) {
        return field.getObjectTypeNames().iterator().next();
    }

    private static SqlText sql(Where where) {
        return new SqlText().append(where.sql(), where.params());
    }

    /**
     * An Int argument (SmallRye's Int scalar coerces to a BigDecimal), or null; one that is not a whole int throws,
     * so the resolvers report it.
     */
    static Integer intArgument(ExecutableNormalizedField field, String name) {
        Object value = argument(field, name);
        return value == null ? null : new java.math.BigDecimal(value.toString()).intValueExact();
    }

    /** The value of argument {@code name} as the schema coerced it (defaults applied), or null. */
    static Object argument(ExecutableNormalizedField field, String name) {
        Map<String, Object> arguments = field.getResolvedArguments();
        return arguments.get(name);
    }
}
