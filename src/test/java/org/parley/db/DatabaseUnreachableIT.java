package org.parley.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The packaged application, started against a port where no PostgreSQL listens, says so in one line and exits. */
class DatabaseUnreachableIT {

    @Test
    void saysWhichUrlAndWhichSettingsInOneLine() throws Exception {
        int closedPort = freePort();
        String url = "jdbc:postgresql://127.0.0.1:" + closedPort + "/parley";
        Path output = Files.createTempFile("parley-unreachable", ".log");
        Process process = new ProcessBuilder(javaBinary(), "-Dquarkus.datasource.jdbc.url=" + url,
                "-Dquarkus.http.port=0", "-jar", "target/quarkus-app/quarkus-run.jar")
                .redirectErrorStream(true).redirectOutput(output.toFile()).start();
        boolean ended = process.waitFor(90, TimeUnit.SECONDS);
        if (!ended) {
            process.destroyForcibly();
        }
        List<String> lines = Files.readAllLines(output, StandardCharsets.UTF_8);
        assertTrue(ended, "Parley should stop by itself; it printed: " + lines);
        assertEquals(1, process.exitValue());
        List<String> errors = lines.stream().filter(l -> l.contains("ERROR")).toList();
        assertEquals(1, errors.size(), "one error line, not a stack trace: " + lines);
        assertTrue(errors.get(0).contains("Cannot reach PostgreSQL at " + url), errors.get(0));
        assertTrue(errors.get(0).contains("QUARKUS_DATASOURCE_JDBC_URL"), errors.get(0));
        assertTrue(lines.stream().noneMatch(l -> l.trim().startsWith("at ")), "no stack trace: " + lines);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
