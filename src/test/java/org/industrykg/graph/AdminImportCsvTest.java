package org.industrykg.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.cli.AdminTool;
import org.neo4j.cli.ExecutionContext;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.io.fs.DefaultFileSystemAbstraction;

/**
 * The CSV files for {@code neo4j-admin database import full}, imported by Neo4j's own import
 * command run in this JVM into a fresh store, and read back value by value.
 */
class AdminImportCsvTest {

    private static final GraphExport.Node FUND = new GraphExport.Node("Fund:甲乙市智能机器人产业基金", "Fund",
            "甲乙市智能机器人产业基金", List.of("机器人基金", "智能\"机器人\"基金"),
            Map.of("mentionCount", 3L, "sizeCny", 5.0E9, "sizeText", "50亿元", "established", "2024-06"),
            List.of("letter-1.txt"));
    private static final GraphExport.Node CITY = new GraphExport.Node("City:甲乙市", "City", "甲乙市", List.of(),
            Map.of("mentionCount", 7L, "level", "city"), List.of("letter-1.txt"));
    private static final GraphExport.Node INDUSTRY = new GraphExport.Node("Industry:人形机器人", "Industry", "人形机器人",
            List.of("仿人机器人"), Map.of("mentionCount", 1L), List.of("letter-1.txt"));
    private static final GraphExport.Node LETTER = new GraphExport.Node("Document:letter-1.txt", "Document",
            "甲乙市关于机器人产业的复函", List.of(), Map.of("fileName", "letter-1.txt", "sha256", "ab12", "characters", 812L),
            List.of("letter-1.txt"));
    /** A sentence with every character CSV and the array delimiter could trip over. */
    private static final String AWKWARD = "基金“重点投向”人形机器人, 具身智能; 以及 \"低空经济\"|\n第二行";
    private static final GraphExport.Edge TARGETS = new GraphExport.Edge(FUND.key(), INDUSTRY.key(), "TARGETS",
            Map.of("method", "rule:fund-focus", "confidence", 0.9),
            List.of(new GraphExport.EvidenceItem("letter-1.txt", AWKWARD, 10, 40),
                    new GraphExport.EvidenceItem("letter-1.txt", "该基金聚焦人形机器人。", 50, 61)));
    private static final GraphExport.Edge HOSTS = new GraphExport.Edge(CITY.key(), FUND.key(), "HOSTS",
            Map.of("method", "rule:hosts", "confidence", 0.8),
            List.of(new GraphExport.EvidenceItem("letter-1.txt", "基金落户甲乙市。", 70, 78)));
    private static final GraphDump DUMP = new GraphDump(
            new GraphExport(List.of(CITY, LETTER, FUND, INDUSTRY), List.of(HOSTS, TARGETS)),
            List.of(new GraphDump.MentionedIn(FUND.key(), LETTER.key(), 3),
                    new GraphDump.MentionedIn(CITY.key(), LETTER.key(), 7),
                    new GraphDump.MentionedIn(INDUSTRY.key(), LETTER.key(), 1)));

    @Test
    void node_and_relationship_files_have_the_headers_of_neo4j_admin_import() {
        Map<String, String> files = AdminImportCsv.files(DUMP);
        assertThat(files).containsOnlyKeys("nodes-City.csv", "nodes-Document.csv", "nodes-Fund.csv",
                "nodes-Industry.csv", "relationships-HOSTS.csv", "relationships-TARGETS.csv",
                "relationships-MENTIONED_IN.csv", AdminImportCsv.COMMAND_FILE);
        assertThat(files.get("nodes-Fund.csv")).startsWith("key:ID,:LABEL,name,aliases:string[],"
                + "established:string,mentionCount:long,sizeCny:double,sizeText:string\n");
        assertThat(files.get("nodes-Document.csv")).startsWith("key:ID,:LABEL,characters:long,fileName:string,sha256:string\n");
        assertThat(files.get("relationships-TARGETS.csv")).startsWith(":START_ID,:END_ID,:TYPE,confidence:double,"
                + "method:string,evidenceDocuments:string[],evidenceSentences:string[],evidenceStarts:long[],evidenceEnds:long[],"
                + "evidenceDates:string[]\n");
        assertThat(files.get("relationships-MENTIONED_IN.csv")).startsWith(":START_ID,:END_ID,:TYPE,count:long\n");
        assertThat(files.get("nodes-Fund.csv")).contains("\"Entity\u001FFund\"");
        assertThat(files.get(AdminImportCsv.COMMAND_FILE)).contains("--array-delimiter=U+001F")
                .contains("--nodes=nodes-City.csv").contains("--relationships=relationships-TARGETS.csv");
    }

    @Test
    void property_types_widen_to_fit_every_value() {
        assertThat(AdminImportCsv.types(List.of(Map.of("a", 1L, "b", 1L, "c", List.of("x")), Map.of("a", 2.5, "b", "two"))))
                .containsExactly(Map.entry("a", "double"), Map.entry("b", "string"), Map.entry("c", "string[]"));
    }

    @Test
    void neo4j_admin_imports_the_files_into_a_store_that_holds_the_same_graph(@TempDir Path work) throws Exception {
        Path csv = work.resolve("csv");
        AdminImportCsv.writeDirectory(AdminImportCsv.files(DUMP), csv);
        Path home = work.resolve("home");
        importFull(csv, home);
        DatabaseManagementService service = new DatabaseManagementServiceBuilder(home)
                .setConfig(BoltConnector.enabled, false)
                .setConfig(HttpConnector.enabled, false)
                .setConfig(HttpsConnector.enabled, false)
                .build();
        try (var tx = service.database("neo4j").beginTx()) {
            var fund = tx.execute("MATCH (f:Entity:Fund {key: $key}) RETURN f", Map.of("key", FUND.key()))
                    .<org.neo4j.graphdb.Node>columnAs("f").next();
            assertThat(fund.getAllProperties()).containsEntry("name", FUND.name()).containsEntry("sizeCny", 5.0E9)
                    .containsEntry("mentionCount", 3L).containsEntry("established", "2024-06");
            assertThat((String[]) fund.getProperty("aliases")).containsExactly("机器人基金", "智能\"机器人\"基金");
            var targets = tx.execute("MATCH (:Fund)-[r:TARGETS]->(:Industry {name: '人形机器人'}) RETURN r")
                    .<org.neo4j.graphdb.Relationship>columnAs("r").next();
            assertThat((String[]) targets.getProperty("evidenceSentences")).containsExactly(AWKWARD, "该基金聚焦人形机器人。");
            assertThat((long[]) targets.getProperty("evidenceStarts")).containsExactly(10L, 50L);
            assertThat(targets.getProperty("confidence")).isEqualTo(0.9);
            var mentions = tx.execute("MATCH (:Entity)-[m:MENTIONED_IN]->(:Document {fileName: 'letter-1.txt'}) "
                    + "RETURN count(m) AS n, sum(m.count) AS total").next();
            assertThat(mentions).containsEntry("n", 3L).containsEntry("total", 11L);
            assertThat(tx.execute("MATCH (:City)-[:HOSTS]->(:Fund) RETURN count(*) AS n").next()).containsEntry("n", 1L);
        } finally {
            service.shutdown();
        }
    }

    /** Runs {@code neo4j-admin database import full} in this JVM with the arguments the export prescribes. */
    static void importFull(Path csv, Path home) throws Exception {
        Files.createDirectories(home.resolve("conf"));
        List<String> command = new ArrayList<>(List.of("database", "import", "full"));
        command.addAll(AdminImportCsv.importArguments(csv));
        command.addAll(List.of("--max-off-heap-memory=256m", "--threads=2", "neo4j"));
        var output = new ByteArrayOutputStream();
        var print = new PrintStream(output, true, StandardCharsets.UTF_8);
        int exit = AdminTool.execute(new ExecutionContext(home, home.resolve("conf"), print, print, new DefaultFileSystemAbstraction()),
                command.toArray(String[]::new));
        assertThat(exit).as(output.toString(StandardCharsets.UTF_8)).isZero();
    }
}
