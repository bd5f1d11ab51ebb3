package org.industrykg.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.StreamSupport;

import com.fasterxml.jackson.databind.JsonNode;
import org.industrykg.EmbeddedApiTest;
import org.industrykg.graph.CypherFile;
import org.industrykg.graph.EntityRef;
import org.industrykg.graph.LinkQueries;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

/**
 * The search, entity, subgraph and question endpoints over the embedded Neo4j with the seeds
 * loaded. The extractor keeps improving, so the tests assert properties of the answers, not
 * today's exact output.
 */
class QuestionsApiTest extends EmbeddedApiTest {

    private static final String AGENCY = "GovernmentAgency:中山市工业和信息化局";
    private static final Set<String> MATCHES = Set.of("direct", "narrower", "broader");

    @Autowired
    private Driver driver;
    @Autowired
    private LinkQueries links;

    private JsonNode ok(String url, Object... variables) throws IOException {
        var response = http.getForEntity(url, String.class, variables);
        assertThat(response.getStatusCode()).as(url).isEqualTo(HttpStatus.OK);
        return json.readTree(response.getBody());
    }

    private JsonNode problem(HttpStatus status, String url, Object... variables) throws IOException {
        var response = http.getForEntity(url, String.class, variables);
        assertThat(response.getStatusCode()).as(url).isEqualTo(status);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        return json.readTree(response.getBody());
    }

    private static List<JsonNode> list(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).toList();
    }

    private static List<String> texts(JsonNode array) {
        return list(array).stream().map(JsonNode::asText).toList();
    }

    @Test
    void search_ranks_the_city_first_for_its_short_name() throws IOException {
        List<JsonNode> hits = list(ok("/api/search?q={q}", "中山"));
        assertThat(hits).isNotEmpty().hasSizeLessThanOrEqualTo(20);
        assertThat(hits.get(0).get("key").asText()).isEqualTo("City:中山市");
        for (int i = 1; i < hits.size(); i++) {
            assertThat(hits.get(i).get("score").asDouble()).isLessThanOrEqualTo(hits.get(i - 1).get("score").asDouble());
        }
    }

    @Test
    void search_filters_by_label_and_takes_lucene_syntax_as_text() throws IOException {
        List<JsonNode> agencies = list(ok("/api/search?q={q}&label=GovernmentAgency&limit=5", "中山市工业和信息化局"));
        assertThat(agencies).isNotEmpty().hasSizeLessThanOrEqualTo(5)
                .allSatisfy(hit -> assertThat(hit.get("label").asText()).isEqualTo("GovernmentAgency"));
        assertThat(agencies.get(0).get("key").asText()).isEqualTo(AGENCY);
        assertThat(list(ok("/api/search?q={q}", "中山市(工业 AND \"局*"))).isNotEmpty();
    }

    @Test
    void search_for_one_character_finds_names_and_aliases_that_contain_it() throws IOException {
        List<JsonNode> hits = list(ok("/api/search?q={q}&label=City", "深"));
        assertThat(hits).isNotEmpty().extracting(hit -> hit.get("key").asText()).contains("City:深圳市");
        assertThat(hits).allSatisfy(hit -> assertThat(hit.get("name").asText() + texts(hit.get("aliases"))).contains("深"));
    }

    @Test
    void an_entity_has_its_documents_and_every_edge_with_evidence() throws IOException {
        JsonNode entity = ok("/api/entities/{key}", AGENCY);
        assertThat(entity.get("label").asText()).isEqualTo("GovernmentAgency");
        assertThat(entity.get("name").asText()).isEqualTo("中山市工业和信息化局");
        assertThat(texts(entity.get("documents"))).contains("000_8ba42ca9dc866ec8.txt");
        assertThat(entity.get("properties").has("mentionCount")).isTrue();
        List<JsonNode> edges = list(entity.get("edges"));
        assertThat(edges).isNotEmpty().allSatisfy(edge -> {
            String end = edge.get("direction").asText().equals("out") ? "source" : "target";
            assertThat(edge.get(end).asText()).isEqualTo(AGENCY);
            assertThat(edge.get("other").get("key").asText()).isNotEqualTo(AGENCY);
            assertThat(edge.get("type").asText()).isNotEqualTo("MENTIONED_IN");
            assertThat(edge.get("evidence")).isNotEmpty();
            assertThat(edge.get("evidence").get(0).get("sentence").asText()).isNotBlank();
        });
        assertThat(problem(HttpStatus.NOT_FOUND, "/api/entities/{key}", "City:无此城").get("detail").asText())
                .contains("City:无此城");
    }

    @Test
    void a_neighbourhood_is_a_subgraph_of_entities_in_the_export_format() throws IOException {
        JsonNode near = ok("/api/graph/neighbourhood?key={key}&depth=1", AGENCY);
        JsonNode wide = ok("/api/graph/neighbourhood?key={key}&depth=2&limit=60", AGENCY);
        assertThat(wide.get("nodes").size()).isGreaterThan(near.get("nodes").size()).isLessThanOrEqualTo(60);
        assertSubgraph(wide);
        assertThat(list(wide.get("nodes"))).extracting(node -> node.get("key").asText()).contains(AGENCY);
    }

    @Test
    void a_path_joins_the_two_entities_through_consecutive_edges() throws IOException {
        JsonNode wide = ok("/api/graph/neighbourhood?key={key}&depth=2", AGENCY);
        String far = secondRing(wide, AGENCY);
        JsonNode answer = ok("/api/graph/path?from={from}&to={to}", AGENCY, far);
        assertSubgraph(answer);
        List<JsonNode> paths = list(answer.get("paths"));
        assertThat(paths).isNotEmpty().allSatisfy(path -> {
            List<String> keys = texts(path);
            assertThat(keys).hasSize(3).startsWith(AGENCY).endsWith(far);
            for (int i = 1; i < keys.size(); i++) {
                assertThat(joined(answer, keys.get(i - 1), keys.get(i))).isTrue();
            }
        });
        assertThat(ok("/api/graph/path?from={from}&to={to}&maxLength=1", AGENCY, far).get("paths")).isEmpty();
    }

    /** A node of a depth-2 neighbourhood that no edge joins to the centre. */
    private static String secondRing(JsonNode graph, String centre) {
        Set<String> first = new HashSet<>();
        for (JsonNode edge : graph.get("edges")) {
            if (edge.get("source").asText().equals(centre) || edge.get("target").asText().equals(centre)) {
                first.add(edge.get("source").asText());
                first.add(edge.get("target").asText());
            }
        }
        return list(graph.get("nodes")).stream().map(node -> node.get("key").asText())
                .filter(key -> !first.contains(key) && !key.equals(centre)).findFirst().orElseThrow();
    }

    private static boolean joined(JsonNode graph, String a, String b) {
        return list(graph.get("edges")).stream().anyMatch(edge -> Set.of(a, b).equals(
                Set.of(edge.get("source").asText(), edge.get("target").asText())));
    }

    /** Nodes with the required fields and no documents; edges with evidence between those nodes. */
    private static void assertSubgraph(JsonNode graph) {
        Set<String> keys = new HashSet<>();
        for (JsonNode node : graph.get("nodes")) {
            assertThat(node.get("label").asText()).isNotEqualTo("Document");
            assertThat(node.get("key").asText()).startsWith(node.get("label").asText() + ":");
            assertThat(node.has("aliases")).isTrue();
            assertThat(node.get("documents")).isNotEmpty();
            keys.add(node.get("key").asText());
        }
        assertThat(list(graph.get("edges"))).allSatisfy(edge -> {
            assertThat(keys).contains(edge.get("source").asText(), edge.get("target").asText());
            assertThat(edge.get("type").asText()).isNotEqualTo("MENTIONED_IN");
            assertThat(edge.get("evidence").get(0).get("document").asText()).isNotBlank();
        });
    }

    @Test
    void funds_for_humanoid_robotics_are_sorted_by_size_with_their_match() throws IOException {
        List<JsonNode> funds = list(ok("/api/funds?industry={industry}", "人形机器人"));
        assertThat(funds).isNotEmpty();
        assertThat(funds).allSatisfy(fund -> {
            assertThat(fund.get("key").asText()).startsWith("Fund:");
            assertThat(MATCHES).contains(fund.get("match").asText());
            List<String> via = texts(fund.get("via"));
            assertThat(via).endsWith("人形机器人");
            assertThat(via.size() == 1).isEqualTo(fund.get("match").asText().equals("direct"));
            assertThat(fund.get("evidence")).isNotEmpty();
            assertThat(fund.has("city") && fund.has("manager") && fund.has("established")).isTrue();
        });
        assertThat(funds).extracting(fund -> fund.get("match").asText()).contains("direct");
        List<Long> sizes = funds.stream().map(fund -> fund.get("sizeCny").isNull() ? null : fund.get("sizeCny").asLong()).toList();
        assertThat(sizes).isSortedAccordingTo(Comparator.nullsLast(Comparator.reverseOrder()));
        assertThat(problem(HttpStatus.NOT_FOUND, "/api/funds?industry={industry}", "永动机").get("detail").asText()).contains("永动机");
    }

    private List<Record> read(String cypher, Map<String, Object> params) {
        try (var session = driver.session()) {
            return session.executeRead(tx -> tx.run(cypher, params).list());
        }
    }

    /** How links were found before the member sets were cached and compared by element id: by key, from group A. */
    private static final String LINKS_BY_KEY = """
            UNWIND $groupA AS aKey
            MATCH (a:Entity {key: aKey})-[r]-(b:Entity)
            WHERE type(r) <> 'MENTIONED_IN' AND b.key IN $groupB AND a <> b
            WITH DISTINCT r
            RETURN type(r) + ' ' + startNode(r).key + ' ' + endNode(r).key AS edge
            ORDER BY edge""";

    private List<String> memberKeys(String cityKey) {
        return read(CypherFile.load("links.cypher").query("members"), Map.of("key", cityKey, "limit", LinkQueries.MAX_MEMBERS))
                .stream().map(r -> r.get("key").asString()).toList();
    }

    private static List<String> edgeLines(LinkQueries.LinkGraph graph) {
        return graph.edges().stream().map(e -> e.type() + " " + e.source() + " " + e.target()).toList();
    }

    @Test
    void links_are_the_edges_between_the_member_keys_whichever_group_is_expanded() {
        // Shenzhen and Zhongshan both ways round, and pairs of cities that host the two ends of an edge.
        List<List<EntityRef>> pairs = new ArrayList<>();
        EntityRef shenzhen = new EntityRef("City:深圳市", "City", "深圳市");
        EntityRef zhongshan = new EntityRef("City:中山市", "City", "中山市");
        pairs.add(List.of(shenzhen, zhongshan));
        pairs.add(List.of(zhongshan, shenzhen));
        read("""
                MATCH (c1:City)-[:HOSTS]->(x)-[r]-(y)<-[:HOSTS]-(c2:City)
                WHERE c1 <> c2 AND type(r) <> 'MENTIONED_IN'
                WITH DISTINCT c1, c2 ORDER BY c1.key, c2.key LIMIT 6
                RETURN c1.key AS a, c1.name AS aName, c2.key AS b, c2.name AS bName""", Map.of()).forEach(r -> pairs.add(List.of(
                new EntityRef(r.get("a").asString(), "City", r.get("aName").asString()),
                new EntityRef(r.get("b").asString(), "City", r.get("bName").asString()))));
        int compared = 0;
        for (List<EntityRef> pair : pairs) {
            EntityRef a = pair.get(0);
            EntityRef b = pair.get(1);
            List<String> groupA = memberKeys(a.key());
            List<String> groupB = memberKeys(b.key());
            List<String> expected = read(LINKS_BY_KEY, Map.of("groupA", groupA, "groupB", groupB)).stream()
                    .map(r -> r.get("edge").asString()).toList();
            LinkQueries.LinkGraph graph = links.links(a, b, 100_000);
            assertThat(edgeLines(graph)).as(a.name() + " – " + b.name()).isEqualTo(expected);
            Set<String> answered = new TreeSet<>();
            graph.nodes().forEach(node -> answered.add(node.key()));
            assertThat(graph.groupA()).isEqualTo(groupA.stream().filter(answered::contains).toList());
            assertThat(graph.groupB()).isEqualTo(groupB.stream().filter(answered::contains).toList());
            // A limit keeps the first edges in the order of type, source and target.
            assertThat(edgeLines(links.links(a, b, 3))).isEqualTo(expected.subList(0, Math.min(3, expected.size())));
            compared += expected.size();
        }
        assertThat(compared).as("edges compared").isPositive();
    }

    @Test
    void what_a_zone_of_a_city_hosts_belongs_to_the_city() {
        // A park PART_OF the city (某高新区 -> 中山市) is of the city, and so is what it hosts, even when no place of
        // the city hosts it and its name does not hold the city's. Two entities of no document, removed after.
        String write = """
                MATCH (city:City {key: 'City:中山市'})
                CREATE (zone:Entity:Park {key: 'Park:甲乙测试园', name: '甲乙测试园'})-[:PART_OF]->(city),
                       (zone)-[:HOSTS]->(:Entity:Enterprise {key: 'Enterprise:丙丁测试有限公司', name: '丙丁测试有限公司'})""";
        try (var session = driver.session()) {
            session.executeWrite(tx -> tx.run(write).consume());
        }
        try {
            assertThat(memberKeys("City:中山市")).contains("Park:甲乙测试园", "Enterprise:丙丁测试有限公司");
            assertThat(memberKeys("City:深圳市")).doesNotContain("Park:甲乙测试园", "Enterprise:丙丁测试有限公司");
        } finally {
            try (var session = driver.session()) {
                session.executeWrite(tx -> tx.run("""
                        MATCH (n:Entity) WHERE n.key IN ['Park:甲乙测试园', 'Enterprise:丙丁测试有限公司'] DETACH DELETE n""").consume());
            }
        }
    }

    @Test
    void what_a_member_founded_belongs_to_its_city_too() {
        // A Shenzhen firm (by its name) founded a subsidiary that a Zhongshan place hosts: the subsidiary is of both
        // cities; what a firm of neither city founded is of neither. Test names, written here and removed after.
        String write = """
                MATCH (zs:City {key: 'City:中山市'})
                CREATE (:Entity:Enterprise {key: 'Enterprise:深圳市庚辛测试有限公司', name: '深圳市庚辛测试有限公司'})
                           -[:FOUNDED]->(sub:Entity:Enterprise {key: 'Enterprise:壬癸测试精工有限公司', name: '壬癸测试精工有限公司'}),
                       (zs)-[:HOSTS]->(sub),
                       (:Entity:Enterprise {key: 'Enterprise:乙丙测试有限公司', name: '乙丙测试有限公司'})
                           -[:FOUNDED]->(:Entity:Enterprise {key: 'Enterprise:丁戊测试有限公司', name: '丁戊测试有限公司'})""";
        List<String> keys = List.of("Enterprise:深圳市庚辛测试有限公司", "Enterprise:壬癸测试精工有限公司",
                "Enterprise:乙丙测试有限公司", "Enterprise:丁戊测试有限公司");
        try (var session = driver.session()) {
            session.executeWrite(tx -> tx.run(write).consume());
        }
        try {
            assertThat(memberKeys("City:深圳市")).contains("Enterprise:深圳市庚辛测试有限公司", "Enterprise:壬癸测试精工有限公司")
                    .doesNotContain("Enterprise:丁戊测试有限公司");
            assertThat(memberKeys("City:中山市")).contains("Enterprise:壬癸测试精工有限公司")
                    .doesNotContain("Enterprise:深圳市庚辛测试有限公司", "Enterprise:丁戊测试有限公司");
        } finally {
            try (var session = driver.session()) {
                session.executeWrite(tx -> tx.run("MATCH (n:Entity) WHERE n.key IN $keys DETACH DELETE n", Map.of("keys", keys)).consume());
            }
        }
    }

    @Test
    void an_entity_named_after_a_place_of_the_city_belongs_to_it() {
        // A district of Shenzhen and a town of Zhongshan (test names), a park named after both, a firm named after the
        // town and one named after neither; all written here and removed after. The short form of a place is its name
        // without the city's name and 区 / 镇.
        String write = """
                MATCH (sz:City {key: 'City:深圳市'}), (zs:City {key: 'City:中山市'})
                CREATE (:Entity:City {key: 'City:深圳市甲乙区', name: '深圳市甲乙区', aliases: ['甲乙区']})-[:PART_OF]->(sz),
                       (:Entity:City {key: 'City:中山市丙丁镇', name: '中山市丙丁镇'})-[:PART_OF]->(zs),
                       (:Entity:Park {key: 'Park:甲乙—丙丁测试协作园', name: '甲乙—丙丁测试协作园'}),
                       (:Entity:Enterprise {key: 'Enterprise:丙丁测试精工有限公司', name: '丙丁测试精工有限公司'}),
                       (:Entity:Enterprise {key: 'Enterprise:乙丙测试有限公司', name: '乙丙测试有限公司'})""";
        List<String> keys = List.of("City:深圳市甲乙区", "City:中山市丙丁镇", "Park:甲乙—丙丁测试协作园",
                "Enterprise:丙丁测试精工有限公司", "Enterprise:乙丙测试有限公司");
        try (var session = driver.session()) {
            session.executeWrite(tx -> tx.run(write).consume());
        }
        try {
            assertThat(memberKeys("City:深圳市")).contains("City:深圳市甲乙区", "Park:甲乙—丙丁测试协作园")
                    .doesNotContain("Enterprise:丙丁测试精工有限公司", "Enterprise:乙丙测试有限公司");
            assertThat(memberKeys("City:中山市")).contains("City:中山市丙丁镇", "Park:甲乙—丙丁测试协作园", "Enterprise:丙丁测试精工有限公司")
                    .doesNotContain("Enterprise:乙丙测试有限公司");
        } finally {
            try (var session = driver.session()) {
                session.executeWrite(tx -> tx.run("MATCH (n:Entity) WHERE n.key IN $keys DETACH DELETE n", Map.of("keys", keys)).consume());
            }
        }
    }

    @Test
    void links_join_an_entity_of_shenzhen_with_one_of_zhongshan() throws IOException {
        JsonNode links = ok("/api/links?a={a}&b={b}", "深圳", "中山市");
        assertThat(links.get("a").get("key").asText()).isEqualTo("City:深圳市");
        assertThat(links.get("b").get("key").asText()).isEqualTo("City:中山市");
        Set<String> groupA = Set.copyOf(texts(links.get("groupA")));
        Set<String> groupB = Set.copyOf(texts(links.get("groupB")));
        assertThat(groupA).contains("City:深圳市");
        assertThat(groupB).contains("City:中山市");
        assertSubgraph(links);
        assertThat(list(links.get("edges"))).isNotEmpty().allSatisfy(edge -> {
            String source = edge.get("source").asText();
            String target = edge.get("target").asText();
            assertThat(groupA.contains(source) && groupB.contains(target) || groupB.contains(source) && groupA.contains(target))
                    .as("%s joins the groups", edge).isTrue();
        });
        assertThat(problem(HttpStatus.NOT_FOUND, "/api/links?a={a}&b={b}", "亚特兰蒂斯", "中山市").get("detail").asText())
                .contains("亚特兰蒂斯");
    }

    @Test
    void relationships_connect_enterprises_with_research_institutes() throws IOException {
        List<JsonNode> items = list(ok("/api/relationships?from=Enterprise&to=ResearchInstitute"));
        assertThat(items).isNotEmpty().doesNotHaveDuplicates().allSatisfy(item -> {
            assertThat(item.get("from").get("label").asText()).isEqualTo("Enterprise");
            assertThat(item.get("to").get("label").asText()).isEqualTo("ResearchInstitute");
            assertThat(item.get("from").get("key").asText()).startsWith("Enterprise:");
            assertThat(item.get("to").get("key").asText()).startsWith("ResearchInstitute:");
            assertThat(item.get("path").size()).isBetween(1, 2);
            assertThat(item.get("via").isNull()).isEqualTo(item.get("path").size() == 1);
            assertThat(item.get("evidence")).isNotEmpty();
            assertThat(item.get("edges").size()).isEqualTo(item.get("path").size());
            java.util.Set<String> ends = new java.util.HashSet<>();
            item.get("edges").forEach(edge -> {
                ends.add(edge.get("source").asText());
                ends.add(edge.get("target").asText());
                assertThat(edge.get("evidence")).isNotEmpty();
            });
            assertThat(ends).contains(item.get("from").get("key").asText(), item.get("to").get("key").asText());
        });
        // Direct edges first, then paths through an organisation, then through a park, then through the rest.
        List<String> order = List.of("", "Enterprise ResearchInstitute Fund Platform Association", "Park",
                "City Industry GovernmentAgency Policy");
        List<Integer> ranks = items.stream().map(item -> item.get("via").isNull() ? 0 : java.util.stream.IntStream
                .range(1, order.size()).filter(i -> List.of(order.get(i).split(" ")).contains(item.get("via").get("label").asText()))
                .findFirst().orElseThrow()).toList();
        assertThat(ranks).isSorted();
        String key = items.get(0).get("from").get("key").asText();
        assertThat(list(ok("/api/relationships?from=Enterprise&to=ResearchInstitute&key={key}", key)))
                .isNotEmpty().allSatisfy(item -> assertThat(item.get("from").get("key").asText()).isEqualTo(key));
    }

    @Test
    void bad_requests_get_problem_json_naming_the_parameter() throws IOException {
        assertThat(problem(HttpStatus.BAD_REQUEST, "/api/graph/neighbourhood?key={key}&depth=10", AGENCY)
                .get("detail").asText()).contains("depth");
        assertThat(problem(HttpStatus.BAD_REQUEST, "/api/relationships?from=Enterprise&to=Person")
                .get("detail").asText()).contains("'to'");
        assertThat(problem(HttpStatus.BAD_REQUEST, "/api/search?q={q}", "中".repeat(5000))
                .get("detail").asText()).contains("'q'", "200", "5000 characters");
    }

    @Test
    void the_openapi_document_describes_every_endpoint() throws IOException {
        JsonNode paths = ok("/v3/api-docs").get("paths");
        assertThat(paths.has("/api/search")).isTrue();
        for (String path : List.of("/api/search", "/api/entities/{key}", "/api/entities/{key}/documents",
                "/api/graph/neighbourhood", "/api/graph/path",
                "/api/funds", "/api/links", "/api/relationships")) {
            assertThat(paths.has(path)).as(path).isTrue();
            assertThat(paths.get(path).get("get").get("summary").asText()).as(path).isNotBlank();
        }
        assertThat(http.getForEntity("/swagger-ui/index.html", String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
    }
}
