package org.industrykg.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.industrykg.graph.EntityQueries;
import org.industrykg.graph.GraphExport;
import org.industrykg.graph.SubgraphQueries;
import org.industrykg.graph.SubgraphQueries.PathGraph;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Subgraphs in the export format of DESIGN.md §6: the overview, around one entity and between two. */
@RestController
@RequestMapping("/api/graph")
@Tag(name = "Subgraphs", description = "Neighbourhoods and paths in the export format (DESIGN.md §6)")
class SubgraphController {

    private final EntityQueries entities;
    private final SubgraphQueries subgraphs;

    SubgraphController(EntityQueries entities, SubgraphQueries subgraphs) {
        this.entities = entities;
        this.subgraphs = subgraphs;
    }

    @Operation(summary = "The entities up to depth edges away from an entity, and the edges among them",
            description = "Document nodes and MENTIONED_IN are left out; nearer and better-known entities are kept first.")
    @GetMapping("/neighbourhood")
    GraphExport neighbourhood(
            @Parameter(description = "Key of the centre entity", example = "City:中山市") @RequestParam @TextParam String key,
            @Parameter(description = "How many edges away (1 to 3)") @RequestParam(defaultValue = "1") @Min(1) @Max(3) int depth,
            @Parameter(description = "Most nodes to return (1 to 500)") @RequestParam(defaultValue = "100") @Min(1) @Max(500) int limit) {
        Lookups.entity(entities, "key", key);
        return subgraphs.neighbourhood(key, depth, limit);
    }

    @Operation(summary = "The entities that documents mention most, the edges among them, and how many entities there are",
            description = "The web page's first view: bounded whatever the size of the graph (`entities` is the total, "
                    + "for \"showing N of M\"). Nodes and edges in the export format.")
    @GetMapping("/overview")
    SubgraphQueries.Overview overview(
            @Parameter(description = "How many entities (1 to 2000)") @RequestParam(defaultValue = "500") @Min(1) @Max(2000) int limit) {
        return subgraphs.overview(limit);
    }

    @Operation(summary = "All shortest paths between two entities",
            description = "Through entities only, never through documents; `paths` lists each path as node keys.")
    @GetMapping("/path")
    PathGraph path(
            @Parameter(description = "Key of one end", example = "Association:株洲市低空经济产业协会") @RequestParam @TextParam String from,
            @Parameter(description = "Key of the other end", example = "City:中山市") @RequestParam @TextParam String to,
            @Parameter(description = "Longest path, in edges (1 to 6)") @RequestParam(defaultValue = "4") @Min(1) @Max(6) int maxLength,
            @Parameter(description = "Most paths to return (1 to 100)") @RequestParam(defaultValue = "20") @Min(1) @Max(100) int limit) {
        if (from.equals(to)) {
            throw new IllegalArgumentException("Parameters 'from' and 'to' must name two different entities");
        }
        Lookups.entity(entities, "from", from);
        Lookups.entity(entities, "to", to);
        return subgraphs.paths(from, to, maxLength, limit);
    }
}
