package org.industrykg.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import jakarta.servlet.http.HttpServletResponse;
import org.industrykg.graph.ExportFormat;
import org.industrykg.graph.GraphExporter;
import org.industrykg.graph.GraphJsonStream;
import org.industrykg.graph.GraphReader;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
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
    private final GraphJsonStream stream;

    GraphController(GraphReader reader, GraphExporter exporter, GraphJsonStream stream) {
        this.reader = reader;
        this.exporter = exporter;
        this.stream = stream;
    }

    @Operation(summary = "The whole graph: JSON in the export format of DESIGN.md §6, GraphML, or CSV for neo4j-admin",
            description = "format=json (default) is graph.json, streamed as it is read, without the documents' texts "
                    + "unless texts=true; limit (1 to " + GraphJsonStream.MAX_LIMIT + ") asks for one page: that many "
                    + "nodes in key order after the key `after`, the edges that start at them, and `next`, the key to "
                    + "pass as `after` for the next page (null on the last). graphml is GraphML with directed edges for "
                    + "Gephi and yEd; csv is a ZIP of the node and relationship files that `neo4j-admin database import "
                    + "full` reads, with import-command.txt giving the command.")
    @GetMapping("/export")
    void export(
            @Parameter(description = "json, graphml or csv") @RequestParam(defaultValue = "json") String format,
            @Parameter(description = "json: with each document's text") @RequestParam(defaultValue = "false") boolean texts,
            @Parameter(description = "json: at most this many nodes, then `next`") @RequestParam(required = false) Integer limit,
            @Parameter(description = "json: nodes whose key sorts after this one") @RequestParam(required = false) String after,
            HttpServletResponse response) throws IOException {
        ExportFormat exportFormat = ExportFormat.parse(format, "Parameter 'format'");
        if (limit != null && (limit < 1 || limit > GraphJsonStream.MAX_LIMIT)) {
            throw new IllegalArgumentException("Parameter 'limit' must be between 1 and " + GraphJsonStream.MAX_LIMIT
                    + ", not " + limit);
        }
        if (exportFormat != ExportFormat.JSON && (texts || limit != null || after != null)) {
            throw new IllegalArgumentException("Parameters 'texts', 'limit' and 'after' apply to format=json only");
        }
        if (exportFormat == ExportFormat.JSON) {
            response.setContentType(MediaType.APPLICATION_JSON_VALUE);
            response.setCharacterEncoding("UTF-8");
            stream.write(new GraphJsonStream.Request(texts, limit, after), response.getOutputStream(), false);
            return;
        }
        var body = new ByteArrayOutputStream();
        exporter.write(exportFormat, body);
        response.setContentType(exportFormat.mediaType());
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename(exportFormat.fileName()).build().toString());
        response.getOutputStream().write(body.toByteArray());
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
