package org.parley.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The Kubernetes manifests that quarkus-kubernetes writes at build: what a cluster needs to run Parley well. */
class KubernetesManifestIT {

    private static final Path MANIFEST = Path.of("target", "kubernetes", "kubernetes.yml");

    @Test
    void theDeploymentHasProbesResourcesItsConfigurationAndAService() throws Exception {
        assertTrue(Files.exists(MANIFEST), MANIFEST + " is missing: the integration tests run after the build");
        List<JsonNode> resources = new ArrayList<>();
        try (MappingIterator<JsonNode> documents = new YAMLMapper().readerFor(JsonNode.class)
                .readValues(MANIFEST.toFile())) {
            documents.forEachRemaining(resources::add);
        }
        JsonNode deployment = only(resources, "Deployment");
        JsonNode service = only(resources, "Service");
        assertEquals("parley", deployment.at("/metadata/name").asText());
        assertEquals(2, deployment.at("/spec/replicas").asInt());

        JsonNode container = deployment.at("/spec/template/spec/containers/0");
        assertEquals("/q/health/live", container.at("/livenessProbe/httpGet/path").asText());
        assertEquals("/q/health/ready", container.at("/readinessProbe/httpGet/path").asText());
        assertEquals("/q/health/started", container.at("/startupProbe/httpGet/path").asText());
        assertEquals(8080, container.at("/ports/0/containerPort").asInt());
        assertEquals("500m", container.at("/resources/requests/cpu").asText());
        assertEquals("768Mi", container.at("/resources/requests/memory").asText());
        assertEquals("1536Mi", container.at("/resources/limits/memory").asText());
        assertTrue(container.at("/image").asText().contains("parley/parley:"), container.at("/image").asText());

        Map<String, JsonNode> env = new java.util.HashMap<>();
        container.at("/env").forEach(variable -> env.put(variable.at("/name").asText(), variable));
        assertEquals("jdbc:postgresql://postgres:5432/parley", env.get("QUARKUS_DATASOURCE_JDBC_URL").at("/value")
                .asText(), () -> "env: " + env.keySet().stream().sorted().collect(Collectors.joining(", ")));
        assertEquals("parley", env.get("QUARKUS_DATASOURCE_USERNAME").at("/value").asText());
        assertEquals("false", env.get("PARLEY_SEED_ENABLED").at("/value").asText());
        assertEquals("-Xmx1g -XX:+ExitOnOutOfMemoryError", env.get("JAVA_OPTS_APPEND").at("/value").asText());
        assertEquals("parley-db", env.get("QUARKUS_DATASOURCE_PASSWORD").at("/valueFrom/secretKeyRef/name").asText());
        assertEquals("password", env.get("QUARKUS_DATASOURCE_PASSWORD").at("/valueFrom/secretKeyRef/key").asText());

        // each instance migrates at start, as everywhere else: no Job, no Flyway switched off
        assertTrue(resources.stream().noneMatch(r -> "Job".equals(r.at("/kind").asText())), "a migration Job");
        assertTrue(!env.containsKey("QUARKUS_FLYWAY_ACTIVE"), "QUARKUS_FLYWAY_ACTIVE is set");
        assertTrue(deployment.at("/spec/template/spec/initContainers").isMissingNode(), "an init container");

        assertEquals("parley", service.at("/metadata/name").asText());
        assertEquals(8080, service.at("/spec/ports/0/targetPort").asInt());
        assertEquals(deployment.at("/spec/selector/matchLabels"), service.at("/spec/selector"));
    }

    private static JsonNode only(List<JsonNode> resources, String kind) {
        List<JsonNode> found = resources.stream().filter(r -> kind.equals(r.at("/kind").asText())).toList();
        assertEquals(1, found.size(), () -> "one " + kind + " in " + MANIFEST + ", found " + found.size());
        return found.get(0);
    }
}
