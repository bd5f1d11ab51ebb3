package org.industrykg.web;

import java.util.List;

import org.industrykg.graph.GraphExport;
import org.industrykg.graph.GraphReader;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The whole graph, its statistics and its documents. */
@RestController
@RequestMapping("/api")
class GraphController {

    private final GraphReader reader;

    GraphController(GraphReader reader) {
        this.reader = reader;
    }

    /** The whole graph in the export format of DESIGN.md §6. */
    @GetMapping("/export")
    GraphExport export() {
        return reader.export();
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
