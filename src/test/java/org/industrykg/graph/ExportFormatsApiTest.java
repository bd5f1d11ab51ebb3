package org.industrykg.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import com.fasterxml.jackson.databind.JsonNode;
import org.industrykg.EmbeddedApiTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.w3c.dom.Element;

/**
 * {@code GET /api/export?format=graphml|csv} over the seeds in the embedded database: the GraphML
 * parses as GraphML with every node and edge of the JSON export, and the CSV files go through
 * Neo4j's own {@code neo4j-admin database import full}, run in this JVM, into a fresh store that
 * then holds as many nodes of each label and relationships of each type as the database they
 * came from.
 */
class ExportFormatsApiTest extends EmbeddedApiTest {

    /** Per label, the nodes of the graph (not the technical GraphVersion node, which no export carries). */
    private static final String COUNTS_PER_LABEL =
            "MATCH (n) WHERE NOT n:GraphVersion UNWIND labels(n) AS label RETURN label AS name, count(*) AS count";
    private static final String COUNTS_PER_TYPE = "MATCH ()-[r]->() RETURN type(r) AS name, count(*) AS count";

    @Autowired
    private GraphExporter exporter;

    private byte[] download(String format, String mediaType, String fileName) {
        var response = http.getForEntity("/api/export?format={format}", byte[].class, format);
        assertThat(response.getStatusCode()).as(new String(response.getBody(), StandardCharsets.UTF_8))
                .isEqualTo(HttpStatus.OK);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.parseMediaType(mediaType));
        assertThat(response.getHeaders().getContentDisposition().getFilename()).isEqualTo(fileName);
        return response.getBody();
    }

    private Map<String, Long> counts(String query) {
        return reader.read(client -> {
            Map<String, Long> counts = new TreeMap<>();
            client.query(query).fetch().all()
                    .forEach(row -> counts.put((String) row.get("name"), ((Number) row.get("count")).longValue()));
            return counts;
        });
    }

    private static Map<String, Long> counts(GraphDatabaseService db, String query) {
        try (var tx = db.beginTx()) {
            Map<String, Long> counts = new TreeMap<>();
            tx.execute(query).forEachRemaining(row -> counts.put((String) row.get("name"), (Long) row.get("count")));
            return counts;
        }
    }

    @Test
    void graphml_export_holds_every_node_and_edge_of_the_json_export() throws Exception {
        JsonNode json = this.json.readTree(http.getForEntity("/api/export", String.class).getBody());
        Element graph = GraphmlWriterTest.assertGraphml(GraphmlWriterTest.parse(
                download("graphml", "application/graphml+xml", "graph.graphml")));
        var nodes = graph.getElementsByTagNameNS(GraphmlWriter.NAMESPACE, "node");
        var edges = graph.getElementsByTagNameNS(GraphmlWriter.NAMESPACE, "edge");
        assertThat(nodes.getLength()).isEqualTo(json.get("nodes").size());
        assertThat(edges.getLength()).isEqualTo(json.get("edges").size());
        boolean found = false;
        for (int i = 0; i < nodes.getLength(); i++) {
            var data = GraphmlWriterTest.data((Element) nodes.item(i));
            found |= data.get("key").equals("GovernmentAgency:中山市工业和信息化局")
                    && data.get("label").equals("GovernmentAgency") && data.get("name").equals("中山市工业和信息化局");
        }
        assertThat(found).as("the agency of the first seed letter is a node with its label, name and key").isTrue();
    }

    @Test
    void csv_export_imports_with_neo4j_admin_into_a_store_with_the_same_counts(@TempDir Path work) throws Exception {
        Map<String, Long> labels = counts(COUNTS_PER_LABEL);
        Map<String, Long> types = counts(COUNTS_PER_TYPE);
        Path csv = unzip(download("csv", "application/zip", "graph-csv.zip"), work.resolve("csv"));
        Path written = work.resolve("written");
        exporter.writeCsv(written);
        assertThat(contents(written)).as("the ZIP and the directory hold the same files").isEqualTo(contents(csv));

        Path home = work.resolve("neo4j-home");
        AdminImportCsvTest.importFull(csv, home);
        var service = new DatabaseManagementServiceBuilder(home)
                .setConfig(BoltConnector.enabled, false)
                .setConfig(HttpConnector.enabled, false)
                .setConfig(HttpsConnector.enabled, false)
                .build();
        try {
            GraphDatabaseService imported = service.database("neo4j");
            assertThat(labels).containsKeys("Entity", "Document", "GovernmentAgency");
            assertThat(types).containsKeys("MENTIONED_IN", "PART_OF");
            assertThat(counts(imported, COUNTS_PER_LABEL)).isEqualTo(labels);
            assertThat(counts(imported, COUNTS_PER_TYPE)).isEqualTo(types);
        } finally {
            service.shutdown();
        }
    }

    @Test
    void an_unknown_format_is_a_bad_request_naming_the_parameter() throws IOException {
        var response = http.getForEntity("/api/export?format={format}", String.class, "xlsx");
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(json.readTree(response.getBody()).get("detail").asText())
                .contains("'format'").contains("json, graphml, csv").contains("xlsx");
    }

    private static Map<String, String> contents(Path directory) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> list = Files.list(directory)) {
            for (Path file : list.toList()) {
                files.put(file.getFileName().toString(), Files.readString(file));
            }
        }
        return files;
    }

    private static Path unzip(byte[] zip, Path directory) throws IOException {
        Files.createDirectories(directory);
        try (var in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                Path file = directory.resolve(entry.getName()).normalize();
                assertThat(file.getParent()).isEqualTo(directory);
                Files.copy(in, file);
            }
        }
        return directory;
    }
}
