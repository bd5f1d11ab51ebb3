package org.industrykg.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.industrykg.curation.CurationOp;
import org.industrykg.curation.Curator;
import org.industrykg.extract.EntityLabel;
import org.industrykg.graph.BulkLoader;
import org.industrykg.graph.CypherFile;
import org.industrykg.graph.EntityQueries;
import org.industrykg.graph.EntityRef;
import org.industrykg.graph.GraphExport;
import org.industrykg.graph.GraphReader;
import org.industrykg.graph.LinkQueries;
import org.industrykg.graph.RelationshipQueries;
import org.industrykg.graph.Subgraph;
import org.industrykg.graph.SubgraphQueries;
import org.industrykg.system.KgProperties;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.summary.Plan;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.http.HttpStatus;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.PlatformTransactionManager;

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
        // The load bench's test counts the errors of a working service on a graph that answers in milliseconds; with the
        // default 10 s limit one ask came back 504 once while other builds and an evaluation loaded the machine.
        registry.add("kg.query-timeout-seconds", () -> 120);
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
    @Autowired
    private RelationshipQueries relationships;
    @Autowired
    private LinkQueries links;
    @Autowired
    private Curator curator;
    @Autowired
    private GraphReader reader;
    @Autowired
    private CommandRunner runner;
    @Autowired
    private Neo4jClient neo4jClient;
    @Autowired
    private PlatformTransactionManager transactions;
    @Autowired
    private KgProperties properties;
    @LocalServerPort
    private int port;

    private BulkLoader.Counts counts;

    @BeforeAll
    void build() {
        counts = SyntheticGraph.build(RELATIONSHIPS, 1, loader, new PrintStream(PrintStream.nullOutputStream()));
        try (var session = driver.session()) {
            // Plans depend on index state: wait until every index is online and sampled.
            session.run("CALL db.awaitIndexes(300)").consume();
            session.run("CALL db.resampleOutdatedIndexes()").consume();
        }
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

    /** What relationships.cypher did before it walked the key index: every path, sorted, then the limit. */
    private static final String ALL_PATHS = """
            CALL () {
              MATCH (a:Enterprise)-[r]-(b:ResearchInstitute)
              WHERE type(r) <> 'MENTIONED_IN'
              RETURN a, b, null AS via, [r] AS rels
              UNION
              MATCH (a:Enterprise)-[r1]-(via)-[r2]-(b:ResearchInstitute)
              WHERE type(r1) <> 'MENTIONED_IN' AND type(r2) <> 'MENTIONED_IN' AND NOT via:Document
              RETURN a, b, via, [r1, r2] AS rels
            }
            WITH a, b, via, rels WHERE $key IS NULL OR a.key = $key OR b.key = $key
            RETURN a.key + ' ' + b.key + ' ' + coalesce(via.key, '-') + ' ' + reduce(s = '', r IN rels | s + type(r) + ':'
                   + startNode(r).key + '>' + endNode(r).key + ' ') AS path, size(rels) AS length, a.name AS from""";

    @Test
    void relationships_list_the_paths_of_enumerating_them_all_direct_ones_first() {
        Map<String, Object> params = new HashMap<>();
        params.put("key", null);
        List<Record> all = read(ALL_PATHS, params);
        assertThat(all).hasSizeGreaterThan(20);
        var paths = relationships.relationships(EntityLabel.Enterprise, EntityLabel.ResearchInstitute, null, 1_000_000);
        // Every direct edge; then each pair that only two-edge paths join, once, by one of those paths.
        List<String> allPaths = all.stream().map(r -> r.get("path").asString()).toList();
        assertThat(paths.stream().map(SyntheticGraphTest::path).toList()).isSubsetOf(allPaths);
        assertThat(paths.stream().filter(p -> p.via() == null).map(SyntheticGraphTest::path).toList())
                .containsExactlyInAnyOrderElementsOf(all.stream().filter(r -> r.get("length").asInt() == 1)
                        .map(r -> r.get("path").asString()).toList());
        Set<String> directPairs = paths.stream().filter(p -> p.via() == null).map(SyntheticGraphTest::pair).collect(Collectors.toSet());
        assertThat(paths.stream().filter(p -> p.via() != null).map(SyntheticGraphTest::pair).toList())
                .doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(all.stream().filter(r -> r.get("length").asInt() == 2)
                        .map(r -> r.get("path").asString().split(" ")[0] + " " + r.get("path").asString().split(" ")[1])
                        .filter(pair -> !directPairs.contains(pair)).distinct().toList());
        // Direct edges first, each part in the order of the enterprise's name.
        int direct = (int) paths.stream().filter(p -> p.via() == null).count();
        assertThat(paths.subList(0, direct)).allSatisfy(p -> assertThat(p.via()).isNull());
        assertThat(paths.subList(0, direct)).extracting(p -> p.from().name()).isSorted();
        // Then the two-edge paths, group by group of the middle node's label (RelationshipQueries.VIAS), each group
        // in the order of the enterprise's name.
        List<RelationshipQueries.Relationship> twoStep = paths.subList(direct, paths.size());
        List<Integer> groups = twoStep.stream().map(p -> group(p.via().label())).toList();
        assertThat(groups).isSorted();
        for (int g = 0; g < RelationshipQueries.VIAS.size(); g++) {
            int group = g;
            assertThat(twoStep.stream().filter(p -> group(p.via().label()) == group).map(p -> p.from().name()).toList())
                    .as("group %s", g).isSorted();
        }
        // A limit takes the first ones.
        assertThat(relationships.relationships(EntityLabel.Enterprise, EntityLabel.ResearchInstitute, null, direct + 5))
                .extracting(SyntheticGraphTest::path)
                .containsExactlyElementsOf(paths.subList(0, direct + 5).stream().map(SyntheticGraphTest::path).toList());

        // From one entity, at either end.
        for (String key : List.of(paths.get(0).from().key(), paths.get(paths.size() - 1).to().key())) {
            params.put("key", key);
            assertThat(relationships.relationships(EntityLabel.Enterprise, EntityLabel.ResearchInstitute, key, 10_000)
                    .stream().map(SyntheticGraphTest::path).toList())
                    .as(key).containsExactlyInAnyOrderElementsOf(read(ALL_PATHS, params).stream()
                            .map(r -> r.get("path").asString()).toList());
        }
    }

    private static String pair(RelationshipQueries.Relationship p) {
        return p.from().key() + " " + p.to().key();
    }

    private static int group(String label) {
        for (int g = 0; g < RelationshipQueries.VIAS.size(); g++) {
            if (RelationshipQueries.VIAS.get(g).contains(label)) {
                return g;
            }
        }
        throw new AssertionError("no group of labels holds " + label);
    }

    private static String path(RelationshipQueries.Relationship p) {
        StringBuilder s = new StringBuilder(p.from().key() + " " + p.to().key() + " "
                + (p.via() == null ? "-" : p.via().key()) + " ");
        p.edges().forEach(e -> s.append(e.type()).append(':').append(e.source()).append('>').append(e.target()).append(' '));
        return s.toString();
    }

    private List<Record> read(String cypher, Map<String, Object> params) {
        try (var session = driver.session()) {
            return session.executeRead(tx -> tx.run(cypher, params).list());
        }
    }

    @Test
    void cities_and_industries_are_found_by_name_or_alias_and_odd_names_are_only_not_found() throws IOException {
        // Cities named in Traditional characters have that spelling as an alias (廣州市 for 广州市).
        Record city = single("""
                MATCH (c:City) WHERE size(c.aliases) > 0 RETURN c.key AS key, c.name AS name, c.aliases[0] AS alias
                ORDER BY c.mentionCount DESC LIMIT 1""");
        String other = "广州市".equals(city.get("name").asString()) ? "深圳市" : "广州市";
        JsonNode links = ok("/api/links?a={a}&b={b}", city.get("alias").asString(), other);
        assertThat(links.at("/a/key").asText()).isEqualTo(city.get("key").asString());
        assertThat(links.at("/b/key").asText()).isEqualTo("City:" + other);
        for (String odd : List.of("深圳\"", "\\", "a OR b", "*", "深圳市 广州市", "name:深圳市")) {
            var response = http.getForEntity("/api/links?a={a}&b={b}", String.class, odd, "广州市");
            assertThat(response.getStatusCode()).as(odd + " " + response.getBody()).isEqualTo(HttpStatus.NOT_FOUND);
            response = http.getForEntity("/api/funds?industry={i}", String.class, odd);
            assertThat(response.getStatusCode()).as(odd + " " + response.getBody()).isEqualTo(HttpStatus.NOT_FOUND);
        }
    }

    @Test
    void the_export_streams_the_graph_of_the_reader_without_texts_unless_asked() throws IOException {
        GraphExport expected = reader.export();
        JsonNode whole = ok("/api/export");
        assertThat(whole.get("formatVersion").asInt()).isEqualTo(1);
        assertThat(comparable(json.treeToValue(whole, GraphExport.class))).isEqualTo(comparable(expected));
        assertThat(whole.toString()).doesNotContain("\"text\"").doesNotContain("documentCount");
        assertThat(whole.has("next")).isFalse();

        JsonNode withTexts = ok("/api/export?texts=true&limit=5000");
        Record document = single("MATCH (d:Document) RETURN d.key AS key, d.text AS text ORDER BY d.key LIMIT 1");
        boolean found = false;
        for (JsonNode node : withTexts.get("nodes")) {
            if (node.get("key").asText().equals(document.get("key").asString())) {
                assertThat(node.at("/properties/text").asText()).isEqualTo(document.get("text").asString());
                found = true;
            }
        }
        assertThat(found).as("a page with the first document").isTrue();
    }

    @Test
    void export_pages_put_together_are_the_whole_graph() throws IOException {
        GraphExport expected = reader.export();
        List<GraphExport.Node> nodes = new ArrayList<>();
        List<GraphExport.Edge> edges = new ArrayList<>();
        String after = null;
        int pages = 0;
        do {
            JsonNode page = after == null ? ok("/api/export?limit=700") : ok("/api/export?limit=700&after={a}", after);
            GraphExport graph = json.treeToValue(page, GraphExport.class);
            assertThat(graph.nodes()).hasSizeBetween(1, 700);
            assertThat(graph.edges()).allSatisfy(edge -> assertThat(graph.nodes()).anyMatch(n -> n.key().equals(edge.source())));
            nodes.addAll(graph.nodes());
            edges.addAll(graph.edges());
            after = page.get("next").isNull() ? null : page.get("next").asText();
            pages++;
        } while (after != null);
        assertThat(pages).isEqualTo((expected.nodes().size() + 699) / 700);
        assertThat(comparable(new GraphExport(nodes, edges))).isEqualTo(comparable(expected));
    }

    @Test
    void export_parameters_out_of_range_are_refused_naming_them() {
        for (String url : List.of("/api/export?limit=0", "/api/export?limit=100001", "/api/export?format=graphml&limit=5",
                "/api/export?texts=maybe")) {
            var response = http.getForEntity(url, String.class);
            assertThat(response.getStatusCode()).as(url).isEqualTo(HttpStatus.BAD_REQUEST);
            assertThat(response.getBody()).as(url).containsAnyOf("limit", "texts");
        }
    }

    @Test
    void the_export_command_writes_the_graph_json_of_the_reader() throws IOException {
        Path file = Files.createTempDirectory("kg-export").resolve("out/graph.json");
        assertThat(runner.export(file)).isZero();
        assertThat(comparable(json.readValue(file.toFile(), GraphExport.class))).isEqualTo(comparable(reader.export()));
    }

    /** Nodes and edges as sorted lines, so that two exports compare whatever their order. */
    private static List<String> comparable(GraphExport graph) {
        List<String> lines = new ArrayList<>();
        graph.nodes().forEach(node -> lines.add(node.toString()));
        graph.edges().forEach(edge -> lines.add(edge.toString()));
        lines.sort(null);
        return lines;
    }

    @Test
    void the_overview_is_the_most_mentioned_entities_and_the_edges_among_them() throws IOException {
        JsonNode overview = ok("/api/graph/overview?limit=300");
        assertThat(overview.get("nodes")).hasSize(300);
        assertThat(overview.get("entities").asLong()).isEqualTo(single("MATCH (e:Entity) RETURN count(e) AS n").get("n").asLong());
        Set<String> keys = new TreeSet<>();
        long least = Long.MAX_VALUE;
        for (JsonNode node : overview.get("nodes")) {
            keys.add(node.get("key").asText());
            least = Math.min(least, node.at("/properties/mentionCount").asLong());
        }
        Map<String, Object> params = Map.of("keys", List.copyOf(keys));
        assertThat(read("MATCH (e:Entity) WHERE NOT e.key IN $keys RETURN max(e.mentionCount) AS most", params).get(0)
                .get("most").asLong()).isLessThanOrEqualTo(least);
        assertThat(overview.get("edges")).isNotEmpty().allSatisfy(edge -> assertThat(keys)
                .contains(edge.get("source").asText(), edge.get("target").asText()));
    }

    private List<String> memberKeys(String cityKey) {
        return read(CypherFile.load("links.cypher").query("members"), Map.of("key", cityKey, "limit", LinkQueries.MAX_MEMBERS))
                .stream().map(r -> r.get("key").asString()).toList();
    }

    private static List<String> edgeLines(LinkQueries.LinkGraph graph) {
        return graph.edges().stream().map(e -> e.type() + " " + e.source() + " " + e.target()).toList();
    }

    private String version() {
        return single("OPTIONAL MATCH (v:GraphVersion {id: 'graph'}) RETURN v.version AS version").get("version").asString(null);
    }

    @Test
    void links_follow_a_write_that_makes_an_entity_of_a_city() {
        EntityRef a = new EntityRef("City:深圳市", "City", "深圳市");
        EntityRef b = new EntityRef("City:广州市", "City", "广州市");
        List<String> groupA = memberKeys(a.key());
        List<String> groupB = memberKeys(b.key());
        // An entity of neither city with an edge to one of Shenzhen's.
        String outsider = read("""
                UNWIND $groupA AS aKey
                MATCH (:Entity {key: aKey})-[r]-(x:Entity)
                WHERE type(r) <> 'MENTIONED_IN' AND (x:Enterprise OR x:ResearchInstitute OR x:Park OR x:Fund)
                  AND NOT x.key IN $groupA AND NOT x.key IN $groupB
                RETURN x.key AS key ORDER BY key LIMIT 1""", Map.of("groupA", groupA, "groupB", groupB))
                .get(0).get("key").asString();
        List<String> before = edgeLines(links.links(a, b, 100_000));
        assertThat(before).noneMatch(edge -> edge.contains(outsider));
        String version = version();
        assertThat(version).as("the bulk loader wrote a version").isNotNull();

        Map<String, String> edge = Map.of("source", b.key(), "type", "HOSTS", "target", outsider);
        Map<String, String> add = new HashMap<>(edge);
        add.put("op", "add-edge");
        add.put("note", "test: makes the outsider one of Guangzhou's");
        curator.apply(CurationOp.of(add, "test"));
        assertThat(version()).isNotEqualTo(version);
        assertThat(edgeLines(links.links(a, b, 100_000))).as("the members of Guangzhou were read again")
                .anyMatch(line -> line.contains(outsider) && !line.startsWith("HOSTS " + b.key()));

        Map<String, String> reject = new HashMap<>(edge);
        reject.put("op", "reject-edge");
        curator.apply(CurationOp.of(reject, "test"));
        assertThat(edgeLines(links.links(a, b, 100_000))).isEqualTo(before);
    }

    @Test
    void neighbourhood_edges_are_every_edge_between_two_of_its_nodes_with_their_first_evidence() throws IOException {
        String hub = "City:" + single("""
                MATCH (c:City) WHERE c.level = 'city'
                RETURN c.name AS name ORDER BY COUNT { (c)--() } DESC LIMIT 1""").get("name").asString();
        List<String> keys = new ArrayList<>();
        ok("/api/graph/neighbourhood?key={k}&depth=2&limit=300", hub).get("nodes")
                .forEach(node -> keys.add(node.get("key").asText()));
        // Every edge of the synthetic graph is stated a few times at most: one of these gets more evidence
        // than an answer shows for the time of the test.
        Record stated = read("""
                MATCH (a:Entity)-[r]->(b:Entity)
                WHERE a.key IN $keys AND b.key IN $keys AND type(r) <> 'MENTIONED_IN'
                RETURN elementId(r) AS id, r.evidenceDocuments AS documents, r.evidenceSentences AS sentences,
                       r.evidenceStarts AS starts, r.evidenceEnds AS ends, r.evidenceDates AS dates
                ORDER BY id LIMIT 1""", Map.of("keys", keys)).get(0);
        List<String> more = List.of("甲", "乙", "丙", "丁", "戊", "己", "庚").stream().map(s -> s + "句。").toList();
        write("""
                MATCH ()-[r]->() WHERE elementId(r) = $id
                SET r.evidenceDocuments = r.evidenceDocuments + [s IN $more | 'more.txt'],
                    r.evidenceSentences = r.evidenceSentences + $more, r.evidenceStarts = r.evidenceStarts + [s IN $more | 0],
                    r.evidenceEnds = r.evidenceEnds + [s IN $more | 3], r.evidenceDates = r.evidenceDates + [s IN $more | '']""",
                Map.of("id", stated.get("id").asString(), "more", more));
        try {
            JsonNode neighbourhood = ok("/api/graph/neighbourhood?key={k}&depth=2&limit=300", hub);
            // Read by key at both ends, every type but MENTIONED_IN, all properties, as the query did before it
            // compared nodes instead of keys and read each edge's properties once.
            List<Record> expected = read("""
                    MATCH (a:Entity)-[r]->(b:Entity)
                    WHERE a.key IN $keys AND b.key IN $keys AND type(r) <> 'MENTIONED_IN'
                    RETURN type(r) + ' ' + a.key + ' ' + b.key AS line, properties(r) AS properties
                    ORDER BY type(r), a.key, b.key""", Map.of("keys", keys));
            assertThat(expected.size()).isBetween(keys.size(), 300 * SubgraphQueries.EDGES_PER_NODE);
            assertThat(expected).anySatisfy(row -> assertThat(row.get("properties").get("evidenceDocuments").size())
                    .isGreaterThan(Subgraph.EVIDENCE_PER_EDGE));

            List<String> lines = new ArrayList<>();
            neighbourhood.get("edges").forEach(edge -> lines.add(edge.get("type").asText() + " "
                    + edge.get("source").asText() + " " + edge.get("target").asText()));
            assertThat(lines).containsExactlyElementsOf(expected.stream().map(row -> row.get("line").asString()).toList());
            for (int i = 0; i < expected.size(); i++) {
                Map<String, Object> all = expected.get(i).get("properties").asMap();
                JsonNode edge = neighbourhood.get("edges").get(i);
                Map<String, String> properties = new TreeMap<>();
                all.forEach((name, value) -> {
                    if (!name.startsWith("evidence")) {
                        properties.put(name, json.valueToTree(value).toString());
                    }
                });
                properties.put("evidenceCount", String.valueOf(((List<?>) all.get("evidenceDocuments")).size()));
                Map<String, String> answered = new TreeMap<>();
                edge.get("properties").fields().forEachRemaining(field -> answered.put(field.getKey(), field.getValue().toString()));
                assertThat(answered).as(lines.get(i)).isEqualTo(properties);
                List<?> sentences = (List<?>) all.get("evidenceSentences");
                List<String> shown = new ArrayList<>();
                edge.get("evidence").forEach(item -> shown.add(item.get("sentence").asText()));
                assertThat(shown).as(lines.get(i))
                        .isEqualTo(sentences.subList(0, Math.min(sentences.size(), Subgraph.EVIDENCE_PER_EDGE)));
            }
        } finally {
            write("MATCH ()-[r]->() WHERE elementId(r) = $id SET r.evidenceDocuments = $documents, "
                    + "r.evidenceSentences = $sentences, r.evidenceStarts = $starts, r.evidenceEnds = $ends, r.evidenceDates = $dates",
                    Map.of("id", stated.get("id").asString(), "documents", stated.get("documents"), "sentences",
                            stated.get("sentences"), "starts", stated.get("starts"), "ends", stated.get("ends"),
                            "dates", stated.get("dates")));
        }
    }

    private void write(String cypher, Map<String, Object> params) {
        try (var session = driver.session()) {
            session.executeWrite(tx -> tx.run(cypher, params).consume());
        }
    }

    @Test
    void subgraph_nodes_list_their_first_documents_and_count_them_all_and_the_entity_pages_through_all() throws IOException {
        Map<String, List<String>> exported = new HashMap<>();
        reader.export().nodes().forEach(node -> exported.put(node.key(), node.documents()));
        String hub = "City:" + single("""
                MATCH (c:City) WHERE c.level = 'city'
                RETURN c.name AS name ORDER BY COUNT { (c)--() } DESC LIMIT 1""").get("name").asString();
        assertThat(exported.get(hub)).hasSizeGreaterThan(Subgraph.DOCUMENTS_PER_NODE);

        JsonNode neighbourhood = ok("/api/graph/neighbourhood?key={k}", hub);
        assertThat(neighbourhood.get("nodes")).hasSizeGreaterThan(1).allSatisfy(node -> {
            List<String> all = exported.get(node.get("key").asText());
            List<String> listed = new ArrayList<>();
            node.get("documents").forEach(d -> listed.add(d.asText()));
            assertThat(node.get("documentCount").asLong()).isEqualTo(all.size());
            assertThat(listed).hasSize(Math.min(all.size(), Subgraph.DOCUMENTS_PER_NODE)).doesNotHaveDuplicates();
            assertThat(all).containsAll(listed);
        });

        // Its edges carry their first evidence items and how many there are; the export has them all.
        Map<String, Integer> evidence = new HashMap<>();
        reader.export().edges().forEach(edge -> evidence.put(edge.source() + edge.type() + edge.target(), edge.evidence().size()));
        assertThat(neighbourhood.get("edges")).isNotEmpty().allSatisfy(edge -> {
            int all = evidence.get(edge.get("source").asText() + edge.get("type").asText() + edge.get("target").asText());
            assertThat(edge.get("properties").get("evidenceCount").asInt()).isEqualTo(all);
            assertThat(edge.get("evidence")).hasSize(Math.min(all, Subgraph.EVIDENCE_PER_EDGE));
        });

        List<String> sorted = exported.get(hub).stream().sorted().toList();
        JsonNode entity = ok("/api/entities/{k}", hub);
        assertThat(entity.get("documentCount").asLong()).isEqualTo(sorted.size());
        List<String> first = new ArrayList<>();
        entity.get("documents").forEach(d -> first.add(d.asText()));
        assertThat(first).isEqualTo(sorted.subList(0, Math.min(sorted.size(), EntityQueries.DOCUMENTS_PAGE)));
        List<String> paged = new ArrayList<>();
        for (int offset = 0; offset <= sorted.size(); offset += 7) {
            JsonNode page = ok("/api/entities/{k}/documents?offset={o}&limit=7", hub, offset);
            assertThat(page.get("documentCount").asLong()).isEqualTo(sorted.size());
            assertThat(page.get("offset").asInt()).isEqualTo(offset);
            page.get("documents").forEach(d -> paged.add(d.asText()));
        }
        assertThat(paged).isEqualTo(sorted);

        for (String url : List.of("/api/entities/{k}/documents?limit=0", "/api/entities/{k}/documents?offset=-1",
                "/api/entities/{k}/documents?limit=" + (EntityQueries.DOCUMENTS_PAGE + 1))) {
            var response = http.getForEntity(url, String.class, hub);
            assertThat(response.getStatusCode()).as(url).isEqualTo(HttpStatus.BAD_REQUEST);
            assertThat(response.getBody()).as(url).containsAnyOf("limit", "offset");
        }
        assertThat(http.getForEntity("/api/entities/{k}/documents", String.class, "City:没有这个城市").getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void the_query_bench_times_each_question_both_ways() {
        QueryBench.Report report = bench.run(port, 3, new PrintStream(PrintStream.nullOutputStream()));

        assertThat(report.relationships()).isEqualTo(counts.relationships());
        assertThat(report.queries()).extracting(QueryBench.Figures::name)
                .containsExactly("funds", "links", "relationships", "neighbourhood");
        assertThat(report.queries()).allSatisfy(figures -> {
            assertThat(figures.error()).isNull();
            assertThat(figures.driverP50Ms()).isPositive().isLessThanOrEqualTo(figures.driverP99Ms());
            assertThat(figures.restP50Ms()).isPositive().isLessThanOrEqualTo(figures.restP99Ms());
        });
    }

    /**
     * The statements the REST questions, neighbourhood and path run. Each must find its start nodes
     * through an index: a seek of a range index, or a query of a full-text index (the alias lookups,
     * the entities named after a city), or by element id (the members and edges that the links
     * question keeps), never a scan of a label, of all nodes or of a whole index.
     */
    private static final Map<String, Map<String, Object>> STATEMENTS = statements();
    private static final Set<String> SCANS = Set.of("NodeByLabelScan", "AllNodesScan", "UnionNodeByLabelsScan",
            "IntersectionNodeByLabelsScan", "DirectedAllRelationshipsScan", "UndirectedAllRelationshipsScan",
            "DirectedRelationshipTypeScan", "UndirectedRelationshipTypeScan", "NodeIndexScan", "NodeIndexContainsScan",
            "NodeIndexEndsWithScan");
    private static final Set<String> INDEX_LOOKUPS = Set.of("NodeIndexSeek", "NodeUniqueIndexSeek",
            "MultiNodeIndexSeek", "NodeIndexSeekByRange", "NodeUniqueIndexSeekByRange", "ProcedureCall",
            "NodeByElementIdSeek", "DirectedRelationshipByElementIdSeek");

    private static Map<String, Map<String, Object>> statements() {
        Map<String, Map<String, Object>> statements = new LinkedHashMap<>();
        statements.put("funds.cypher:industry", Map.of("name", "人形机器人"));
        statements.put("funds.cypher:funds", Map.of("industryKey", "Industry:人形机器人", "limit", 200));
        statements.put("links.cypher:cities", Map.of("names", List.of("深圳市", "广州市")));
        statements.put("links.cypher:members", Map.of("key", "City:深圳市", "limit", 10_000));
        statements.put("links.cypher:member-edges", Map.of("ids", List.of("4:0:0")));
        Map<String, Object> relationships = new HashMap<>();
        relationships.put("from", "Enterprise");
        relationships.put("to", "ResearchInstitute");
        relationships.put("key", null);
        relationships.put("limit", 200);
        relationships.put("vias", List.of("Enterprise", "Fund"));
        relationships.put("seen", List.of("Enterprise:a ResearchInstitute:b"));
        for (String section : List.of("direct", "two-step")) {
            statements.put("relationships.cypher:" + section, relationships);
        }
        Map<String, Object> ofKey = new HashMap<>(relationships);
        ofKey.put("key", "City:深圳市");
        for (String section : List.of("direct-of", "two-step-of")) {
            statements.put("relationships.cypher:" + section, ofKey);
        }
        statements.put("neighbourhood.cypher:ring", Map.of("keys", List.of("City:深圳市"), "seen", List.of("City:深圳市"),
                "limit", 99));
        statements.put("subgraph.cypher:subgraph", Map.of("edges", List.of("5:0:0"), "evidenceLimit", 5,
                "keys", List.of("City:深圳市"), "ids", List.of("4:0:0"), "documentLimit", 20));
        statements.put("subgraph.cypher:edges-among", Map.of("keys", List.of("City:深圳市"), "limit", 1000, "evidenceLimit", 5));
        statements.put("subgraph.cypher:overview", Map.of("limit", 500));
        statements.put("version.cypher:read", Map.of());
        statements.put("path.cypher:shortest-paths", Map.of("from", "City:深圳市", "to", "City:广州市", "maxLength", 4,
                "limit", 20));
        return statements;
    }

    @Test
    void rest_queries_find_their_start_nodes_by_index() {
        Map<String, Set<String>> scans = new TreeMap<>();
        STATEMENTS.forEach((statement, params) -> {
            String[] fileAndName = statement.split(":");
            String cypher = CypherFile.load(fileAndName[0]).query(fileAndName[1]);
            Set<String> operators = new TreeSet<>();
            try (var session = driver.session()) {
                collect(session.run("EXPLAIN " + cypher, params).consume().plan(), operators);
            }
            Set<String> scanning = new TreeSet<>(operators);
            scanning.retainAll(SCANS);
            if (!scanning.isEmpty()) {
                scans.put(statement, operators);
            }
            assertThat(operators).as("%s looks its start nodes up in an index: %s", statement, operators)
                    .containsAnyElementsOf(INDEX_LOOKUPS);
            if (statement.endsWith(":direct") || statement.endsWith(":two-step") || statement.endsWith(":overview")) {
                // The paths between two labels, the most-mentioned entities: in the order of an index, no sort of them all.
                assertThat(operators).as(statement).doesNotContain("Sort", "Top");
            }
            if (operators.contains("ProcedureCall")) {
                assertThat(cypher).as(statement).contains("db.index.fulltext.queryNodes");
            }
        });
        assertThat(scans).as("statements that scan or sort").isEmpty();
    }

    private static void collect(Plan plan, Set<String> operators) {
        operators.add(plan.operatorType().replaceAll("@.*", ""));
        plan.children().forEach(child -> collect(child, operators));
    }

    @Test
    void the_load_bench_runs_clients_over_the_questions_and_counts_no_errors() throws InterruptedException {
        var target = new LoadBench.Target("http://localhost:" + port, QueryBench.INDUSTRY, "深圳市", "广州市");
        LoadBench.Report report = LoadBench.run(target, 4, 2, new PrintStream(PrintStream.nullOutputStream()));

        assertThat(report.firstError()).isNull();
        assertThat(report.all().errors()).isZero();
        assertThat(report.endpoints()).extracting(LoadBench.Figures::name)
                .containsExactly("funds", "links", "relationships", "neighbourhood");
        assertThat(report.endpoints()).allSatisfy(f -> assertThat(f.requests()).isPositive());
        assertThat(report.all().requests()).isEqualTo(report.endpoints().stream().mapToLong(LoadBench.Figures::requests).sum());
        assertThat(report.requestsPerSecond()).isPositive();
        assertThat(report.all().p50Ms()).isPositive().isLessThanOrEqualTo(report.all().p99Ms());

        var refused = new LoadBench.Target("http://localhost:" + port, "没有这个产业", "深圳市", "广州市");
        LoadBench.Report errors = LoadBench.run(refused, 1, 1, new PrintStream(PrintStream.nullOutputStream()));
        assertThat(errors.endpoints().get(0).errors()).isPositive();
        assertThat(errors.firstError()).startsWith("funds: status 404");
    }

    @Test
    void reads_beyond_the_concurrent_read_slots_wait_their_turn_and_all_answer() throws Exception {
        GraphReader gated = new GraphReader(neo4jClient, transactions, properties, 2);
        AtomicInteger running = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        var pool = Executors.newFixedThreadPool(8);
        List<Future<Long>> answers = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            answers.add(pool.submit(() -> gated.read(client -> {
                most.accumulateAndGet(running.incrementAndGet(), Math::max);
                long entities = client.query("MATCH (e:Entity) RETURN count(e) AS n").fetchAs(Long.class).one().orElseThrow();
                try {
                    Thread.sleep(50);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                running.decrementAndGet();
                return entities;
            })));
        }
        for (Future<Long> answer : answers) {
            assertThat(answer.get()).isPositive();
        }
        pool.shutdown();
        assertThat(most.get()).isBetween(1, 2);
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
