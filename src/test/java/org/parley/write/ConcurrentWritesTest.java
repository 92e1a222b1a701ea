package org.parley.write;

import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import org.junit.jupiter.api.Test;
import org.parley.MutationTest;

/** Two writers who read the same version: the first one's change stays, the second gets CONFLICT. */
@QuarkusTest
class ConcurrentWritesTest extends MutationTest {

    @Test
    void twoConcurrentUpdatesOfOneVersionKeepOneChangeAndTellTheOtherWriter() throws Exception {
        String xa = country("XA", "Testland");
        String id = official("Ana Tester", xa);
        List<JsonPath> answers = race(2, n -> edit("updateOfficial", "id", id, "expectedVersion", 0,
                "input", map("name", "Ana Tester", "otherNames", List.of("writer " + n), "countryId", xa))
                .extract().jsonPath());

        List<JsonPath> won = answers.stream().filter(a -> a.get("errors") == null).toList();
        List<JsonPath> lost = answers.stream().filter(a -> a.get("errors") != null).toList();
        assertEquals(1, won.size());
        assertEquals(1, lost.size());
        assertEquals("CONFLICT", lost.get(0).getString("errors[0].extensions.code"));
        assertEquals(1, lost.get(0).getInt("errors[0].extensions.currentVersion"));
        String winner = won.get(0).getString("data.updateOfficial.official.otherNames[0]");
        assertEquals(winner + "|1", db.text("SELECT concat_ws('|', other_names[1], version) FROM official"
                + " WHERE name = 'Ana Tester'"));
    }

    @Test
    void anUpdateAndADeleteOfOneVersionDoNotBothHappen() throws Exception {
        String id = topic("test coverage");
        List<JsonPath> answers = race(2, n -> (n == 0
                ? edit("updateTopic", "id", id, "expectedVersion", 0, "input", map("name", "test coverage 2"))
                : edit("deleteTopic", "id", id, "expectedVersion", 0)).extract().jsonPath());

        long failed = answers.stream().filter(a -> a.get("errors") != null).count();
        assertEquals(1, failed);
        String code = answers.stream().filter(a -> a.get("errors") != null).findFirst().orElseThrow()
                .getString("errors[0].extensions.code");
        assertTrue(code.equals("CONFLICT") || code.equals("NOT_FOUND"), code);
    }

    /** Runs {@code writers} calls at once, each as soon as all are ready. */
    private static List<JsonPath> race(int writers, java.util.function.IntFunction<JsonPath> write) throws Exception {
        CyclicBarrier start = new CyclicBarrier(writers);
        List<CompletableFuture<JsonPath>> calls = new ArrayList<>();
        for (int i = 0; i < writers; i++) {
            int n = i;
            calls.add(CompletableFuture.supplyAsync(() -> {
                try {
                    start.await();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
                return write.apply(n);
            }));
        }
        List<JsonPath> answers = new ArrayList<>();
        for (CompletableFuture<JsonPath> call : calls) {
            answers.add(call.get());
        }
        return answers;
    }
}
