package org.industrykg.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.industrykg.extract.EntityLabel;
import org.industrykg.graph.EntityQueries;
import org.industrykg.graph.EntityQueries.DocumentPage;
import org.industrykg.graph.EntityQueries.EntityDetails;
import org.industrykg.graph.EntityQueries.SearchHit;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Finding entities by name or alias, and one entity with everything the graph says of it. */
@RestController
@RequestMapping("/api")
@Tag(name = "Entities", description = "Search and entity details")
class EntityController {

    private final EntityQueries entities;

    EntityController(EntityQueries entities) {
        this.entities = entities;
    }

    @Operation(summary = "Ranked full-text search over entity names and aliases",
            description = "Chinese text is matched by character bigrams (cjk analyzer); a one-character query "
                    + "matches names and aliases that contain it. The text is never Lucene or Cypher syntax.")
    @GetMapping("/search")
    List<SearchHit> search(
            @Parameter(description = "Text to look for", example = "中山") @RequestParam @TextParam String q,
            @Parameter(description = "Only entities of this ontology label") @RequestParam(required = false) EntityLabel label,
            @Parameter(description = "Most hits to return (1 to 100)") @RequestParam(defaultValue = "20") @Min(1) @Max(100) int limit) {
        return entities.search(q.strip(), label, limit);
    }

    @Operation(summary = "An entity: properties, aliases, documents and every edge in both directions with evidence",
            description = "documents are the first " + EntityQueries.DOCUMENTS_PAGE + " in file-name order and "
                    + "documentCount how many there are; /api/entities/{key}/documents pages through the rest.")
    @GetMapping("/entities/{key}")
    EntityDetails entity(
            @Parameter(description = "The entity's key, Label:name", example = "GovernmentAgency:株洲市工业和信息化局")
            @PathVariable @TextParam String key) {
        return entities.details(key).orElseThrow(() -> NotFoundException.of("entity with key", "key", key));
    }

    @Operation(summary = "A page of the documents that mention an entity, in file-name order, and how many there are")
    @GetMapping("/entities/{key}/documents")
    DocumentPage documents(
            @Parameter(description = "The entity's key, Label:name", example = "City:中山市")
            @PathVariable @TextParam String key,
            @Parameter(description = "How many documents to skip (0 or more)") @RequestParam(defaultValue = "0") @Min(0) int offset,
            @Parameter(description = "Most documents to return (1 to " + EntityQueries.DOCUMENTS_PAGE + ")")
            @RequestParam(defaultValue = "" + EntityQueries.DOCUMENTS_PAGE) @Min(1) @Max(EntityQueries.DOCUMENTS_PAGE) int limit) {
        return entities.documents(key, offset, limit).orElseThrow(() -> NotFoundException.of("entity with key", "key", key));
    }
}
