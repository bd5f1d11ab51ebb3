package org.industrykg.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import org.industrykg.graph.ExportFormat;
import org.industrykg.graph.GraphExporter;
import org.industrykg.graph.GraphReader;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The whole graph, its statistics and its documents. */
@RestController
@RequestMapping("/api")
class GraphController {

    private final GraphReader reader;
    private final GraphExporter exporter;

    GraphController(GraphReader reader, GraphExporter exporter) {
        this.reader = reader;
        this.exporter = exporter;
    }

    @Operation(summary = "The whole graph: JSON in the export format of DESIGN.md §6, GraphML, or CSV for neo4j-admin",
            description = "format=json (default) is graph.json; graphml is GraphML with directed edges for Gephi and "
                    + "yEd; csv is a ZIP of the node and relationship files that `neo4j-admin database import full` "
                    + "reads, with import-command.txt giving the command.")
    @GetMapping("/export")
    ResponseEntity<?> export(
            @Parameter(description = "json, graphml or csv") @RequestParam(defaultValue = "json") String format) throws IOException {
        ExportFormat exportFormat = ExportFormat.parse(format, "Parameter 'format'");
        if (exportFormat == ExportFormat.JSON) {
            return ResponseEntity.ok(reader.export());
        }
        var body = new ByteArrayOutputStream();
        exporter.write(exportFormat, body);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(exportFormat.mediaType()))
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(exportFormat.fileName()).build().toString())
                .body(body.toByteArray());
    }

    /** Counts per label and relationship type, documents, time of the last extraction. */
    @GetMapping("/stats")
    GraphReader.Stats stats() {
        return reader.stats();
    }

    /** The loaded documents with their letterhead facts. */
    @GetMapping("/documents")
    List<GraphReader.DocumentSummary> documents() {
        return reader.documents();
    }
}
