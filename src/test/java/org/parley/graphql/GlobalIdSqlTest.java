package org.parley.graphql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import graphql.schema.GraphQLInterfaceType;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** The IDs the single statement writes in SQL are those the resolvers write in Java, for every type and id length. */
@QuarkusTest
class GlobalIdSqlTest {

    @Inject
    DataSource dataSource;

    @Test
    void theSqlFormWritesTheJavaFormForEveryTypeAndEveryLengthOfId() throws SQLException {
        List<String> types = new ArrayList<>();
        GraphQLSchema schema = ServedSchema.get();
        schema.getImplementations((GraphQLInterfaceType) schema.getType("Node")).stream()
                .map(GraphQLObjectType::getName).forEach(types::add);
        types.add("BilateralMeeting"); // the name IDs were first issued under
        assertTrue(types.containsAll(List.of("Official", "Statement", "Meeting", "Topic")), types.toString());
        List<Long> ids = new ArrayList<>();
        for (long id = 1; id > 0 && id <= Long.MAX_VALUE / 7; id = id * 7 + 3) {
            ids.add(id); // 1, 10, 73, ...: every number of digits up to 19
        }
        ids.add(Long.MAX_VALUE);
        ids.add(-5L);
        try (Connection connection = dataSource.getConnection()) {
            for (String type : types) {
                try (PreparedStatement statement = connection.prepareStatement(
                        "SELECT " + GlobalId.sql(type, "x") + " FROM unnest(?::bigint[]) WITH ORDINALITY AS u(x, o)"
                                + " ORDER BY o")) {
                    statement.setArray(1, connection.createArrayOf("bigint", ids.toArray()));
                    try (ResultSet rs = statement.executeQuery()) {
                        for (long id : ids) {
                            rs.next();
                            assertEquals(GlobalId.encode(type, id), rs.getString(1), type + " " + id);
                        }
                    }
                }
            }
        }
    }

    @Test
    void onlyATypesNameGoesIntoTheSql() {
        assertThrows(IllegalArgumentException.class, () -> GlobalId.sql("Official'; --", "x"));
    }
}
