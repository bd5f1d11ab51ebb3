package org.industrykg.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.industrykg.graph.BulkLoader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * ./kg synth --graph: a benchmark graph written straight into a store of its own (embedded Neo4j over
 * Bolt), in the schema of docs/design.md, which the REST questions then answer from.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SyntheticGraphTest {

    private static final int RELATIONSHIPS = 3_000;

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) throws IOException {
        Path store = Files.createTempDirectory("kg-synth-graph");
        registry.add("kg.store", store::toString);
        registry.add("kg.bolt-port", () -> 0);
        registry.add("kg.curation-file", () -> store.resolve("curation.yml").toString());
    }

    @Autowired
    private BulkLoader loader;
    @Autowired
    private Driver driver;
    @Autowired
    private TestRestTemplate http;
    @Autowired
    private ObjectMapper json;

    @Autowired
    private QueryBench bench;
    @LocalServerPort
    private int port;

    private BulkLoader.Counts counts;

    @BeforeAll
    void build() {
        counts = SyntheticGraph.build(RELATIONSHIPS, 1, loader, new PrintStream(PrintStream.nullOutputStream()));
    }

    private Record single(String cypher) {
        try (var session = driver.session()) {
            return session.executeRead(tx -> tx.run(cypher).single());
        }
    }

    @Test
    void the_graph_has_about_the_relationships_asked_for() {
        assertThat(counts.relationships()).isBetween((long) RELATIONSHIPS, RELATIONSHIPS + 40L);
        assertThat(counts.nodes()).isGreaterThan(500);
    }

    @Test
    void entities_and_relationships_follow_the_schema() {
        Record entities = single("""
                MATCH (e:Entity)
                RETURN count(e) AS all, count(DISTINCT e.key) AS keys,
                       count(CASE WHEN size(labels(e)) = 2 AND e.key = [l IN labels(e) WHERE l <> 'Entity'][0] + ':' + e.name
                                   AND e.mentionCount >= 1 AND e.aliases IS NOT NULL THEN 1 END) AS wellFormed,
                       count(CASE WHEN NOT (e)-[:MENTIONED_IN]->(:Document) THEN 1 END) AS unmentioned""");
        assertThat(entities.get("keys").asLong()).isEqualTo(entities.get("all").asLong());
        assertThat(entities.get("wellFormed").asLong()).isEqualTo(entities.get("all").asLong());
        assertThat(entities.get("unmentioned").asLong()).isZero();

        Record facts = single("""
                MATCH ()-[r]->() WHERE type(r) <> 'MENTIONED_IN'
                RETURN count(r) AS all,
                       count(CASE WHEN r.method = 'synthetic' AND r.confidence > 0 AND size(r.evidenceDocuments) >= 1
                                   AND size(r.evidenceDocuments) = size(r.evidenceSentences)
                                   AND size(r.evidenceDocuments) = size(r.evidenceStarts)
                                   AND size(r.evidenceDocuments) = size(r.evidenceEnds)
                                   AND size(r.evidenceDocuments) = size(r.evidenceDates) THEN 1 END) AS withEvidence""");
        assertThat(facts.get("all").asLong()).isPositive();
        assertThat(facts.get("withEvidence").asLong()).isEqualTo(facts.get("all").asLong());

        // Evidence offsets point at the sentence in the document's stored text.
        Record evidence = single("""
                MATCH ()-[r]->() WHERE type(r) <> 'MENTIONED_IN'
                WITH r LIMIT 200
                MATCH (d:Document {fileName: r.evidenceDocuments[0]})
                RETURN count(CASE WHEN substring(d.text, r.evidenceStarts[0], r.evidenceEnds[0] - r.evidenceStarts[0])
                                       = r.evidenceSentences[0] THEN 1 END) AS matching, count(*) AS all""");
        assertThat(evidence.get("matching").asLong()).isEqualTo(evidence.get("all").asLong());
    }

    @Test
    void a_few_cities_are_hubs() {
        List<Long> degrees;
        try (var session = driver.session()) {
            degrees = session.executeRead(tx -> tx.run("""
                    MATCH (c:City) WHERE c.level = 'city'
                    RETURN COUNT { (c)--() } AS degree ORDER BY degree DESC""").list(r -> r.get("degree").asLong()));
        }
        assertThat(degrees.size()).isGreaterThan(10);
        assertThat(degrees.get(0)).isGreaterThan(5 * degrees.get(degrees.size() / 2));
    }

    @Test
    void the_three_questions_answer_from_it() throws IOException {
        JsonNode funds = ok("/api/funds?industry={i}", "人形机器人");
        assertThat(funds.toString()).contains("产业投资基金");

        String hub = single("""
                MATCH (c:City) WHERE c.level = 'city'
                RETURN c.name AS name ORDER BY COUNT { (c)--() } DESC LIMIT 1""").get("name").asString();
        ok("/api/links?a={a}&b={b}", hub, "广州市".equals(hub) ? "深圳市" : "广州市");
        JsonNode pairs = ok("/api/relationships?from=Enterprise&to=ResearchInstitute");
        assertThat(pairs.toString()).contains("有限公司", "大学");
        JsonNode neighbourhood = ok("/api/graph/neighbourhood?key={k}", "City:" + hub);
        assertThat(neighbourhood.toString()).contains(hub);
    }

    @Test
    void the_query_bench_times_each_question_both_ways() {
        QueryBench.Report report = bench.run(port, 3, new PrintStream(PrintStream.nullOutputStream()));

        assertThat(report.relationships()).isEqualTo(counts.relationships());
        assertThat(report.queries()).extracting(QueryBench.Figures::name)
                .containsExactly("funds", "links", "relationships", "neighbourhood");
        assertThat(report.queries()).allSatisfy(figures -> {
            assertThat(figures.driverP50Ms()).isPositive().isLessThanOrEqualTo(figures.driverP99Ms());
            assertThat(figures.restP50Ms()).isPositive().isLessThanOrEqualTo(figures.restP99Ms());
        });
    }

    @Test
    void percentiles_are_nearest_rank() {
        double[] values = {5, 1, 4, 2, 3, 10, 9, 8, 7, 6};
        assertThat(QueryBench.percentile(values, 50)).isEqualTo(5);
        assertThat(QueryBench.percentile(values, 99)).isEqualTo(10);
        assertThat(QueryBench.percentile(new double[] {7}, 99)).isEqualTo(7);
    }

    private JsonNode ok(String url, Object... variables) throws IOException {
        var response = http.getForEntity(url, String.class, variables);
        assertThat(response.getStatusCode()).as(url + " " + response.getBody()).isEqualTo(HttpStatus.OK);
        return json.readTree(response.getBody());
    }
}
