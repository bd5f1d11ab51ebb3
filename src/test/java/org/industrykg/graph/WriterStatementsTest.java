package org.industrykg.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.industrykg.extract.RelationType;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.summary.Plan;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The writer's statements for relationships (writer.cypher) against the embedded database: every type of
 * the ontology is written, merged rather than duplicated, and found from its two ends; a document's
 * relationships are withdrawn from the entities it mentions. None of them, nor curation's statements that merge
 * edges (curation.cypher), scans the relationships of the graph, which a MERGE of a dynamic type does in Neo4j 5
 * and which made writing slower as the graph grew.
 */
@SpringBootTest
class WriterStatementsTest {

    private static final CypherFile WRITER = CypherFile.load("writer.cypher");
    private static final String UPSERT = WRITER.query("upsert-relationships");
    private static final Set<String> RELATIONSHIP_SCANS = Set.of("DirectedAllRelationshipsScan",
            "UndirectedAllRelationshipsScan", "DirectedRelationshipTypeScan", "UndirectedRelationshipTypeScan",
            "DirectedRelationshipIndexScan", "UndirectedRelationshipIndexScan");

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) throws IOException {
        Path store = Files.createTempDirectory("kg-upsert");
        registry.add("kg.store", store::toString);
        registry.add("kg.bolt-port", () -> 0);
        registry.add("kg.curation-file", () -> store.resolve("curation.yml").toString());
    }

    @Autowired
    private Driver driver;

    @Test
    void each_type_is_merged_once_with_its_evidence_and_a_second_document_adds_to_it() {
        try (var session = driver.session()) {
            session.run("MERGE (:Entity:Enterprise {key: 'Enterprise:甲', name: '甲'}) MERGE (:Entity:Fund {key: 'Fund:乙', name: '乙'})")
                    .consume();
            for (RelationType type : RelationType.values()) {
                for (String document : List.of("a.txt", "a.txt", "b.txt")) {
                    session.run(UPSERT, Map.of("rows", List.of(row(type, document)))).consume();
                }
            }
            var found = session.run("""
                    MATCH (:Entity {key: 'Enterprise:甲'})-[r]->(:Entity {key: 'Fund:乙'})
                    RETURN type(r) AS type, r.evidenceDocuments AS documents, r.method AS method
                    ORDER BY type""").list();
            assertThat(found).extracting(r -> r.get("type").asString())
                    .containsExactlyElementsOf(new TreeSet<>(List.of(RelationType.values()).stream().map(Enum::name).toList()));
            assertThat(found).allSatisfy(r -> {
                assertThat(r.get("documents").asList(v -> v.asString())).containsExactly("a.txt", "b.txt");
                assertThat(r.get("method").asString()).isEqualTo("rule:test");
            });
        }
    }

    @Test
    void relationships_are_found_from_their_ends_or_the_documents_mentions_and_not_by_a_scan_of_all_relationships() {
        Map<String, Map<String, Object>> statements = Map.of(
                "writer.cypher:upsert-relationships", Map.of("rows", List.of(row(RelationType.FUNDS, "a.txt"))),
                "writer.cypher:prune-evidence", Map.of("document", "a.txt", "documentKey", "doc:a"),
                "writer.cypher:prune-unsupported-relationships", Map.of("documentKey", "doc:a"),
                "curation.cypher:move-edges", Map.of("from", "Enterprise:甲", "into", "Enterprise:丙"),
                "curation.cypher:add-edge", Map.of("source", "Enterprise:甲", "target", "Fund:乙", "type", "FUNDS",
                        "document", "curation", "note", "n", "reference", "r"));
        statements.forEach((statement, params) -> {
            String[] fileAndName = statement.split(":");
            Set<String> operators = new TreeSet<>();
            try (var session = driver.session()) {
                collect(session.run("EXPLAIN " + CypherFile.load(fileAndName[0]).query(fileAndName[1]), params).consume().plan(),
                        operators);
            }
            assertThat(operators).as(statement).containsAnyOf("NodeUniqueIndexSeek(Locking)", "NodeUniqueIndexSeek")
                    .doesNotContainAnyElementsOf(RELATIONSHIP_SCANS);
        });
    }

    @Test
    void every_statement_that_merges_by_type_has_a_branch_for_each_type_of_the_ontology() {
        Map<String, String> statements = Map.of(
                "writer.cypher:upsert-relationships", UPSERT,
                "curation.cypher:move-edges", CypherFile.load("curation.cypher").query("move-edges"),
                "curation.cypher:add-edge", CypherFile.load("curation.cypher").query("add-edge"));
        statements.forEach((name, cypher) -> {
            for (RelationType type : RelationType.values()) {
                assertThat(cypher).as("%s merges %s", name, type).contains("'" + type.name() + "'", ":" + type.name() + "]->");
            }
        });
    }

    private static Map<String, Object> row(RelationType type, String document) {
        Map<String, Object> row = new HashMap<>();
        row.put("source", "Enterprise:甲");
        row.put("target", "Fund:乙");
        row.put("type", type.name());
        row.put("document", document);
        row.put("sentence", "甲出资设立乙。");
        row.put("start", 0);
        row.put("end", 7);
        row.put("date", "");
        row.put("properties", Map.of());
        row.put("method", "rule:test");
        row.put("confidence", 0.8);
        return row;
    }

    private static void collect(Plan plan, Set<String> operators) {
        operators.add(plan.operatorType().replaceAll("@.*", ""));
        plan.children().forEach(child -> collect(child, operators));
    }
}
