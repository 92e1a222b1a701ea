package org.parley.graphql;

import graphql.GraphQLContext;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.GraphQLSchema;
import graphql.schema.SelectedField;
import io.quarkus.arc.Arc;
import io.smallrye.graphql.api.Context;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.lang.reflect.ParameterizedType;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.Source;

/**
 * Reads, level by level, every relation the client selected below the items a query returns, with the same batched
 * resolvers ({@code @Source List<Parent>}) that would otherwise be called through SmallRye's data loaders, and keeps
 * the results for {@link PlainFieldFetchers} to answer each field from. The SQL is the same (one statement per
 * relation and level); what goes is the per-item work of a data loader round trip: futures, context propagation
 * and SmallRye's context for every parent of every relation.
 * <p>
 * A relation whose arguments it cannot pass (an input object) is left to its resolver, as is everything below it.
 */
@ApplicationScoped
public class Prefetcher {

    /** Key of the per-request store in graphql-java's context: parent object to (selection to value). */
    static final String STORE = "parley.prefetched";

    /**
     * What a value read ahead answers: a field with its arguments. Not the response key: one relation selected
     * twice below the same parent (aliases, a connection's nodes and edges, the same object reached by two paths)
     * with different arguments reads two lists, and with the same arguments, one.
     */
    private record Selection(String field, Map<String, Object> arguments) {
        static Selection of(SelectedField field) {
            return of(field.getName(), field.getArguments());
        }

        /**
         * An argument given as null and one left out (graphql-java passes either) are the same selection, and so are
         * the same Int as an Integer and as a BigDecimal (SmallRye coerces a variable's Int to the latter).
         */
        static Selection of(String field, Map<String, Object> arguments) {
            Map<String, Object> given = new HashMap<>();
            arguments.forEach((name, value) -> {
                if (value != null) {
                    given.put(name, value instanceof Number number ? whole(number) : value);
                }
            });
            return new Selection(field, given);
        }
    }

    private final Context context;
    private final Map<Class<?>, Map<String, Loader>> loaders = new ConcurrentHashMap<>();
    private final Map<Class<?>, Map<String, Field>> plainFields = new ConcurrentHashMap<>();
    private volatile boolean scanned;

    public Prefetcher(Context context) {
        this.context = context;
    }

    /** A batched relation resolver: a method of a GraphQL API bean that takes the list of parents. */
    private record Loader(Object bean, Method method, Parameter[] parameters, int sourceIndex) {
    }

    /** Prefetches below a connection's items (its nodes and edges' nodes) and returns it. */
    public <T extends Connection<?, ?>> T connection(T connection) {
        DataFetchingEnvironment env = context.unwrap(DataFetchingEnvironment.class);
        if (env != null && connection != null) {
            List<SelectedField> fields = new ArrayList<>();
            for (SelectedField top : env.getSelectionSet().getImmediateFields()) {
                if (top.getName().equals("nodes")) {
                    fields.addAll(top.getSelectionSet().getImmediateFields());
                } else if (top.getName().equals("edges")) {
                    for (SelectedField edgeField : top.getSelectionSet().getImmediateFields()) {
                        if (edgeField.getName().equals("node")) {
                            fields.addAll(edgeField.getSelectionSet().getImmediateFields());
                        }
                    }
                }
            }
            walk(store(env), new ArrayList<>(connection.items()), fields);
        }
        return connection;
    }

    /** Prefetches below each item of a list (search hits, a path's steps, counts) and returns it. */
    public <T> List<T> list(List<T> items) {
        DataFetchingEnvironment env = context.unwrap(DataFetchingEnvironment.class);
        if (env != null && items != null) {
            walk(store(env), new ArrayList<>(items), env.getSelectionSet().getImmediateFields());
        }
        return items;
    }

    /**
     * Prefetches below {@code item}, which a mutation's payload returns in its field {@code field}, and returns it: a
     * relation selected twice below it with other arguments then gets its own list, as in a query's answer.
     */
    public <T> T below(String field, T item) {
        DataFetchingEnvironment env = context.unwrap(DataFetchingEnvironment.class);
        if (env != null && item != null) {
            walk(store(env), new ArrayList<>(List.of(item)), env.getSelectionSet().getFields(field + "/*"));
        }
        return item;
    }

    /** Prefetches below one item (a lookup's answer) and returns it. */
    public <T> T one(T item) {
        DataFetchingEnvironment env = context.unwrap(DataFetchingEnvironment.class);
        if (env != null && item != null) {
            walk(store(env), List.of(item), env.getSelectionSet().getImmediateFields());
        }
        return item;
    }

    /** Marks a field whose value was not read ahead. */
    static final Object ABSENT = new Object();

    /** Stands for a prefetched null in the store (whose maps take no null values). */
    private static final Object NULL = new Object();

    /** The value read ahead for the field {@code env} fetches of {@code parent}, or {@link #ABSENT}. */
    static Object prefetched(DataFetchingEnvironment env, Object parent) {
        Map<Object, Map<Selection, Object>> store = env.getGraphQlContext().get(STORE);
        if (store == null) {
            return ABSENT;
        }
        Map<Selection, Object> values = store.get(parent);
        Object value = values == null ? null
                : values.get(Selection.of(env.getFieldDefinition().getName(), env.getArguments()));
        if (value == null) {
            return ABSENT;
        }
        return value == NULL ? null : value;
    }

    private static Map<Object, Map<Selection, Object>> store(DataFetchingEnvironment env) {
        GraphQLContext graphQlContext = env.getGraphQlContext();
        return graphQlContext.computeIfAbsent(STORE, key -> Collections.synchronizedMap(new IdentityHashMap<>()));
    }

    private void walk(Map<Object, Map<Selection, Object>> store, List<?> items, Collection<SelectedField> fields) {
        if (items.isEmpty() || fields.isEmpty()) {
            return;
        }
        Map<Class<?>, List<Object>> byClass = new LinkedHashMap<>();
        for (Object item : items) {
            byClass.computeIfAbsent(item.getClass(), k -> new ArrayList<>()).add(item);
        }
        for (Map.Entry<Class<?>, List<Object>> group : byClass.entrySet()) {
            // one read per field and arguments; below it, every selection of that field and those arguments on this
            // type (the members of a union, such as a search hit's node, each have their own)
            Map<Selection, List<SelectedField>> selections = new LinkedHashMap<>();
            for (SelectedField field : fields) {
                if (selectedOn(field, group.getKey())) {
                    selections.computeIfAbsent(Selection.of(field), k -> new ArrayList<>()).add(field);
                }
            }
            for (Map.Entry<Selection, List<SelectedField>> selection : selections.entrySet()) {
                SelectedField field = selection.getValue().get(0);
                List<SelectedField> below = new ArrayList<>();
                selection.getValue().forEach(each -> below.addAll(each.getSelectionSet().getImmediateFields()));
                if (below.isEmpty() && !isRelation(group.getKey(), field)) {
                    continue;
                }
                List<Object> children = read(store, group.getKey(), group.getValue(), selection.getKey(), field);
                if (children != null) {
                    walk(store, children, below);
                }
            }
        }
    }

    /**
     * Whether {@code field} is selected on the GraphQL type of {@code type}'s objects: named by its {@code @Type},
     * else as the class, as SmallRye names them. A class that names no type of the schema is taken to be selected on.
     */
    private static boolean selectedOn(SelectedField field, Class<?> type) {
        GraphQLSchema schema = ServedSchema.get();
        org.eclipse.microprofile.graphql.Type named = type.getAnnotation(org.eclipse.microprofile.graphql.Type.class);
        String name = named != null && !named.value().isEmpty() ? named.value() : type.getSimpleName();
        return schema == null || schema.getObjectType(name) == null || field.getObjectTypeNames().contains(name);
    }

    /** Reads {@code field} for all {@code parents}; returns the children to walk into, or null to stop here. */
    private List<Object> read(Map<Object, Map<Selection, Object>> store, Class<?> type, List<Object> parents,
            Selection selection, SelectedField field) {
        Loader loader = loadersOf(type).get(field.getName());
        List<?> values = joined(parents, field.getName());
        if (values != null) {
            for (int i = 0; i < parents.size(); i++) {
                store.computeIfAbsent(parents.get(i), k -> new ConcurrentHashMap<>(4))
                        .putIfAbsent(selection, values.get(i) == null ? NULL : values.get(i));
            }
        } else if (loader != null) {
            Object[] args = arguments(loader, parents, field);
            if (args == null) {
                return null;
            }
            values = invoke(loader, args);
            for (int i = 0; i < parents.size(); i++) {
                store.computeIfAbsent(parents.get(i), k -> new ConcurrentHashMap<>(4))
                        .putIfAbsent(selection, values.get(i) == null ? NULL : values.get(i));
            }
        } else {
            Field plain = plainFieldsOf(type).get(field.getName());
            if (plain == null) {
                return null;
            }
            values = parents.stream().map(p -> get(plain, p)).toList();
        }
        List<Object> children = new ArrayList<>();
        for (Object value : values) {
            if (value instanceof Collection<?> list) {
                for (Object child : list) {
                    if (child != null) {
                        children.add(child);
                    }
                }
            } else if (value != null) {
                children.add(value);
            }
        }
        return children;
    }

    /** The values of {@code field} joined into every parent's own row, or null unless all of them carry it. */
    private static List<Object> joined(List<Object> parents, String field) {
        List<Object> values = new ArrayList<>(parents.size());
        for (Object parent : parents) {
            Object value = parent instanceof Joined joined ? joined.joined(field) : Joined.NOT_JOINED;
            if (value == Joined.NOT_JOINED) {
                return null;
            }
            values.add(value);
        }
        return values;
    }

    private boolean isRelation(Class<?> type, SelectedField field) {
        return loadersOf(type).containsKey(field.getName());
    }

    /** A number as a Long when it is whole, so that equal Ints compare equal whatever their Java type. */
    private static Object whole(Number number) {
        if (number instanceof BigDecimal decimal) {
            try {
                return decimal.longValueExact();
            } catch (ArithmeticException e) {
                return decimal.stripTrailingZeros();
            }
        }
        return number instanceof Integer || number instanceof Long || number instanceof Short ? number.longValue()
                : number;
    }

    private static Object[] arguments(Loader loader, List<Object> parents, SelectedField field) {
        Object[] args = new Object[loader.parameters().length];
        for (int i = 0; i < args.length; i++) {
            if (i == loader.sourceIndex()) {
                args[i] = parents;
                continue;
            }
            Parameter parameter = loader.parameters()[i];
            Object value = field.getArguments().get(parameter.getName());
            DefaultValue defaultValue = parameter.getAnnotation(DefaultValue.class);
            if (value == null && defaultValue != null) {
                value = defaultValue.value();
                if (Integer.class.equals(parameter.getType())) {
                    value = Integer.valueOf(defaultValue.value());
                }
            }
            if (value instanceof Number number && Integer.class.equals(parameter.getType())
                    && whole(number) instanceof Long whole && whole == whole.intValue()) {
                args[i] = whole.intValue(); // SmallRye gives a variable's Int as a BigDecimal
            } else if (value == null || parameter.getType().isInstance(value)) {
                args[i] = value;
            } else if (parameter.getType().isEnum() && value instanceof String name) {
                args[i] = enumValue(parameter.getType(), name);
            } else {
                return null;
            }
        }
        return args;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object enumValue(Class<?> type, String name) {
        return Enum.valueOf((Class) type, name);
    }

    private static List<?> invoke(Loader loader, Object[] args) {
        try {
            return (List<?>) loader.method().invoke(loader.bean(), args);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Object get(Field field, Object parent) {
        try {
            return field.get(parent);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    private Map<String, Field> plainFieldsOf(Class<?> type) {
        return plainFields.computeIfAbsent(type, t -> {
            Map<String, Field> fields = new ConcurrentHashMap<>();
            for (Field field : t.getFields()) {
                fields.put(field.getName(), field);
            }
            return fields;
        });
    }

    private Map<String, Loader> loadersOf(Class<?> type) {
        if (!scanned) {
            scan();
        }
        return loaders.getOrDefault(type, Map.of());
    }

    /** Finds every batched relation resolver among the GraphQL API beans. */
    private synchronized void scan() {
        if (scanned) {
            return;
        }
        BeanManager beans = Arc.container().beanManager();
        for (Bean<?> bean : beans.getBeans(Object.class, Any.Literal.INSTANCE)) {
            Class<?> beanClass = bean.getBeanClass();
            if (!beanClass.isAnnotationPresent(GraphQLApi.class)) {
                continue;
            }
            Object instance = null;
            for (Method method : beanClass.getMethods()) {
                Parameter[] parameters = method.getParameters();
                for (int i = 0; i < parameters.length; i++) {
                    if (parameters[i].isAnnotationPresent(Source.class)
                            && parameters[i].getParameterizedType() instanceof ParameterizedType list
                            && List.class.equals(list.getRawType())
                            && list.getActualTypeArguments()[0] instanceof Class<?> parentType) {
                        if (instance == null) {
                            instance = Arc.container().instance(beanClass).get();
                        }
                        Name name = method.getAnnotation(Name.class);
                        String field = name == null ? method.getName() : name.value();
                        loaders.computeIfAbsent(parentType, k -> new ConcurrentHashMap<>())
                                .put(field, new Loader(instance, method, parameters, i));
                    }
                }
            }
        }
        scanned = true;
    }
}
