package org.industrykg.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.StreamSupport;

import com.fasterxml.jackson.databind.JsonNode;
import org.industrykg.EmbeddedApiTest;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

/**
 * The analytics endpoints over the embedded Neo4j: rankings and communities of the seeds' graph,
 * and exact answers on two hand-written stars added beside it.
 */
class AnalyticsApiTest extends EmbeddedApiTest {

    @Autowired
    Driver driver;

    private JsonNode ok(String url) throws IOException {
        var response = http.getForEntity(url, String.class);
        assertThat(response.getStatusCode()).as(url).isEqualTo(HttpStatus.OK);
        return json.readTree(response.getBody());
    }

    private String problem(String url) throws IOException {
        var response = http.getForEntity(url, String.class);
        assertThat(response.getStatusCode()).as(url).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        return json.readTree(response.getBody()).path("detail").asText();
    }

    private static List<JsonNode> list(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).toList();
    }

    @Test
    void central_ranks_the_seeds_research_institutes_by_each_measure() throws IOException {
        for (String metric : List.of("pagerank", "degree", "betweenness")) {
            JsonNode answer = ok("/api/analytics/central?label=ResearchInstitute&limit=5&metric=" + metric);
            assertThat(answer.path("metric").asText()).isEqualTo(metric);
            assertThat(answer.path("organisations").asInt()).isGreaterThan(10);
            List<JsonNode> ranking = list(answer.path("ranking"));
            assertThat(ranking).isNotEmpty().hasSizeLessThanOrEqualTo(5)
                    .allSatisfy(r -> assertThat(r.path("label").asText()).isEqualTo("ResearchInstitute"));
            for (int i = 0; i < ranking.size(); i++) {
                assertThat(ranking.get(i).path("rank").asInt()).isEqualTo(i + 1);
                if (i > 0) {
                    assertThat(ranking.get(i).path("score").asDouble()).isLessThanOrEqualTo(ranking.get(i - 1).path("score").asDouble());
                }
            }
            assertThat(ranking.get(0).path("degree").asInt()).isPositive();
        }
        JsonNode all = ok("/api/analytics/central");
        assertThat(all.path("metric").asText()).isEqualTo("pagerank");
        assertThat(list(all.path("ranking"))).hasSize(20)
                .extracting(r -> r.path("label").asText()).doesNotContain("City", "Industry", "Policy");
    }

    @Test
    void communities_of_the_seeds_graph_group_linked_organisations() throws IOException {
        JsonNode answer = ok("/api/analytics/communities");
        assertThat(answer.path("algorithm").asText()).isEqualTo("louvain");
        assertThat(answer.path("modularity").asDouble()).isPositive();
        List<JsonNode> communities = list(answer.path("communities"));
        assertThat(communities).isNotEmpty().allSatisfy(c -> {
            assertThat(c.path("size").asInt()).isGreaterThanOrEqualTo(2).isEqualTo(c.path("members").size());
            assertThat(list(c.path("members"))).allSatisfy(m -> assertThat(m.path("key").asText()).isNotBlank());
        });
        assertThat(communities.get(0).path("size").asInt()).isGreaterThanOrEqualTo(communities.get(communities.size() - 1).path("size").asInt());
    }

    @Test
    void two_hand_written_stars_are_two_communities_with_their_hubs_most_central() throws IOException {
        List<String> keys = new ArrayList<>();
        try (var session = driver.session()) {
            for (String star : List.of("甲", "乙")) {
                String hub = "Platform:星形测试枢纽" + star;
                keys.add(hub);
                session.run("CREATE (:Entity:Platform {key: $key, name: $name, aliases: []})",
                        Map.of("key", hub, "name", hub.substring(9))).consume();
                for (int leaf = 1; leaf <= 4; leaf++) {
                    String key = "Enterprise:星形测试企业" + star + leaf;
                    keys.add(key);
                    session.run("""
                            MATCH (h:Entity {key: $hub})
                            CREATE (h)-[:SUPPORTS {method: 'test', confidence: 1.0, evidenceDocuments: ['test'],
                                    evidenceSentences: ['test'], evidenceStarts: [0], evidenceEnds: [0]}]
                                   ->(:Entity:Enterprise {key: $key, name: $name, aliases: []})""",
                            Map.of("hub", hub, "key", key, "name", key.substring(11))).consume();
                }
            }
        }
        try {
            JsonNode communities = ok("/api/analytics/communities?minSize=5");
            Set<Set<String>> found = new java.util.HashSet<>();
            for (JsonNode community : communities.path("communities")) {
                Set<String> members = new java.util.HashSet<>();
                community.path("members").forEach(m -> members.add(m.path("key").asText()));
                found.add(members);
            }
            assertThat(found).contains(Set.copyOf(keys.subList(0, 5)), Set.copyOf(keys.subList(5, 10)));

            JsonNode platforms = ok("/api/analytics/central?label=Platform&metric=degree&limit=1000");
            JsonNode hub = list(platforms.path("ranking")).stream()
                    .filter(r -> r.path("key").asText().equals(keys.get(0))).findFirst().orElseThrow();
            assertThat(hub.path("score").asDouble()).isEqualTo(4.0);
            assertThat(hub.path("degree").asInt()).isEqualTo(4);

            JsonNode betweenness = ok("/api/analytics/central?metric=betweenness&limit=1000");
            Map<String, Double> scores = new java.util.HashMap<>();
            betweenness.path("ranking").forEach(r -> scores.put(r.path("key").asText(), r.path("score").asDouble()));
            int n = betweenness.path("organisations").asInt();
            // The hub is on the one shortest path of each of the 6 pairs of its leaves; a leaf on none.
            assertThat(scores.get(keys.get(0))).isCloseTo(6.0 / ((n - 1) * (n - 2) / 2.0), org.assertj.core.data.Offset.offset(1e-12));
            assertThat(scores.get(keys.get(1))).isZero();
        } finally {
            try (var session = driver.session()) {
                session.run("MATCH (e:Entity) WHERE e.key IN $keys DETACH DELETE e", Map.of("keys", keys)).consume();
            }
        }
    }

    @Test
    void bad_parameters_are_refused_naming_them() throws IOException {
        assertThat(problem("/api/analytics/central?label=City")).startsWith("Parameter 'label' must be an organisation label");
        assertThat(problem("/api/analytics/central?label=University")).startsWith("Parameter 'label' must be one of");
        assertThat(problem("/api/analytics/central?metric=closeness"))
                .isEqualTo("Parameter 'metric' must be one of pagerank, degree, betweenness (got 'closeness')");
        assertThat(problem("/api/analytics/central?limit=0")).startsWith("Parameter 'limit'");
        assertThat(problem("/api/analytics/communities?minSize=abc")).startsWith("Parameter 'minSize' must be a whole number");
    }
}
