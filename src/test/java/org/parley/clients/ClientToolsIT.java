package org.parley.clients;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.function.Executable;

/**
 * The packaged application, used with the client tools people use against a GraphQL API: graphql-js, Apollo
 * Client, GraphQL Code Generator with the TypeScript compiler ({@code clients/check.mjs}), GraphiQL in Debian's
 * Chromium ({@code clients/graphiql.mjs}), and Parley Explorer, served at /, walked through as a reader and an
 * editor would in the same browser ({@code clients/explorer.mjs}, screenshots in target/explorer). The versions are
 * those of {@code clients/package-lock.json}.
 * Needs Node.js 20 or later with npm, and {@code /usr/bin/chromium} (.ci/run installs it).
 */
class ClientToolsIT {

    private static final Path CLIENTS = Path.of("clients");
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path SCREENSHOT = Path.of("target", "graphiql.png");
    private static final Path EXPLORER_SHOTS = Path.of("target", "explorer");
    private static final Path LOG = Path.of("target", "client-tools-parley.log");
    private static final Duration START_TIMEOUT = Duration.ofSeconds(90);
    /** Quarkus's line at start, e.g. "Listening on: http://127.0.0.1:39645". */
    private static final Pattern LISTENING = Pattern.compile("Listening on: http://127\\.0\\.0\\.1:(\\d+)");

    @Test
    @Timeout(value = 15, unit = TimeUnit.MINUTES)
    void theRealClientToolsWorkWithThePackagedApplication() throws Exception {
        installClientsIfNeeded();
        Process parley = startParley();
        try {
            String url = awaitReady(parley);
            Run check = run(List.of("node", "check.mjs", url), Duration.ofMinutes(4));
            Run graphiql = Files.isExecutable(CHROMIUM)
                    ? run(List.of("node", "graphiql.mjs", url, SCREENSHOT.toAbsolutePath().toString()),
                            Duration.ofMinutes(3))
                    : null;
            Run explorer = Files.isExecutable(CHROMIUM)
                    ? run(List.of("node", "explorer.mjs", url, EXPLORER_SHOTS.toAbsolutePath().toString()),
                            Duration.ofMinutes(3))
                    : null;
            List<Executable> checks = new ArrayList<>();
            checks.add(() -> assertEquals(0, check.exitCode(),
                    "node clients/check.mjs " + url + " failed:\n" + check.output()));
            checks.add(() -> assertTrue(graphiql != null, CHROMIUM + " is missing, so GraphiQL cannot be"
                    + " checked: install Debian's Chromium with `apt-get install -y chromium` (.ci/run does)"));
            if (graphiql != null) {
                checks.add(() -> assertEquals(0, graphiql.exitCode(),
                        "node clients/graphiql.mjs " + url + " " + SCREENSHOT + " failed:\n" + graphiql.output()));
                checks.add(() -> assertEquals(0, explorer.exitCode(),
                        "node clients/explorer.mjs " + url + " " + EXPLORER_SHOTS + " failed:\n" + explorer.output()));
            }
            assertAll("client tools against the packaged Parley", checks);
        } finally {
            stop(parley);
        }
    }

    /** Runs {@code npm ci} unless clients/node_modules was installed from the current package-lock.json. */
    private static void installClientsIfNeeded() throws Exception {
        Path lock = CLIENTS.resolve("package-lock.json");
        // npm writes node_modules/.package-lock.json at the end of every install.
        Path installed = CLIENTS.resolve("node_modules").resolve(".package-lock.json");
        if (Files.exists(installed)
                && !Files.getLastModifiedTime(installed).toInstant()
                        .isBefore(Files.getLastModifiedTime(lock).toInstant())) {
            return;
        }
        // Errors only: several of the tools' dependencies declare a newer Node.js than 20 and would fill the log
        // with warnings about it (they do run on 20: this test is where that shows).
        long started = System.nanoTime();
        Run install = run(List.of("npm", "ci", "--no-audit", "--no-fund", "--loglevel=error"), Duration.ofMinutes(10));
        if (install.exitCode() != 0) {
            fail("npm ci in clients/ failed:\n" + install.output());
        }
        System.out.printf("npm ci in clients/: %d s%n", Duration.ofNanos(System.nanoTime() - started).toSeconds());
    }

    /**
     * Starts the packaged application on a port of the system's choosing: a port picked here and passed on could
     * be taken in the meantime (by one of the application's own database connections, for one).
     */
    private static Process startParley() throws IOException {
        Path jar = Path.of("target", "quarkus-app", "quarkus-run.jar");
        assertTrue(Files.exists(jar), jar + " is missing: the integration tests run after `./mvnw package`");
        List<String> command = List.of(javaBinary(),
                "-Dquarkus.http.host=127.0.0.1",
                "-Dquarkus.http.port=0",
                "-Dquarkus.datasource.jdbc.url=jdbc:postgresql://127.0.0.1:5432/test",
                // A schema of its own, emptied at start, then migrated and given the shipped article.
                "-Dparley.db.schema=parley_clients",
                "-Dparley.db.clean-at-start=true",
                "-Dquarkus.flyway.clean-disabled=false",
                // The editor of dev and test; the packaged application ships no user.
                "-Dquarkus.security.users.embedded.users.editor=parley-dev",
                "-Dquarkus.security.users.embedded.roles.editor=editor",
                "-jar", jar.toString());
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(LOG.toFile()).start();
    }

    /** The URL Parley listens on, once it says where (in its log) and its readiness check answers UP. */
    private static String awaitReady(Process parley) throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        String url = null;
        while (System.nanoTime() < deadline) {
            if (!parley.isAlive()) {
                fail("Parley stopped at start (exit code " + parley.exitValue() + "); it printed:\n" + log());
            }
            if (url == null) {
                Matcher listening = LISTENING.matcher(Files.readString(LOG, StandardCharsets.UTF_8));
                url = listening.find() ? "http://127.0.0.1:" + listening.group(1) : null;
            }
            if (url != null) {
                HttpRequest ready = HttpRequest.newBuilder(URI.create(url + "/q/health/ready"))
                        .timeout(Duration.ofSeconds(5)).build();
                try {
                    if (http.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                        return url;
                    }
                } catch (IOException notYet) {
                    // not answering yet
                }
            }
            Thread.sleep(250);
        }
        return fail("Parley was not ready " + (url == null ? "(it did not say where it listens)" : "at " + url
                + "/q/health/ready") + " within " + START_TIMEOUT.toSeconds() + " s; it printed:\n" + log());
    }

    private static void stop(Process parley) throws InterruptedException {
        parley.destroy();
        if (!parley.waitFor(30, TimeUnit.SECONDS)) {
            parley.destroyForcibly();
            parley.waitFor(10, TimeUnit.SECONDS);
        }
    }

    private record Run(int exitCode, String output) {
    }

    /** Runs a command in clients/, its output kept (and printed, so that the build log shows what it found). */
    private static Run run(List<String> command, Duration timeout) throws Exception {
        Path output = Files.createTempFile("parley-clients", ".log");
        try {
            ProcessBuilder builder = new ProcessBuilder(command).directory(CLIENTS.toFile())
                    .redirectErrorStream(true).redirectOutput(output.toFile());
            builder.environment().put("NO_COLOR", "1");
            Process process;
            try {
                process = builder.start();
            } catch (IOException e) {
                return new Run(-1, "cannot run " + String.join(" ", command) + " (" + e.getMessage()
                        + "): Node.js 20 or later with npm is needed");
            }
            boolean ended = process.waitFor(timeout.toSeconds(), TimeUnit.SECONDS);
            if (!ended) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
                process.waitFor(10, TimeUnit.SECONDS);
            }
            String text = Files.readString(output, StandardCharsets.UTF_8);
            System.out.println("$ (cd clients && " + String.join(" ", command) + ")\n" + text);
            if (!ended) {
                return new Run(-1, text + "\n(stopped after " + timeout.toSeconds() + " s)");
            }
            return new Run(process.exitValue(), text);
        } finally {
            Files.deleteIfExists(output);
        }
    }

    private static String log() throws IOException {
        List<String> lines = Files.readAllLines(LOG, StandardCharsets.UTF_8);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
    }

    private static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
