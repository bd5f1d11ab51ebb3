package org.industrykg.web;

import java.util.List;
import java.util.Set;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import org.industrykg.extract.EntityLabel;
import org.industrykg.graph.EntityQueries;
import org.industrykg.graph.EntityRef;
import org.industrykg.graph.FundQueries;
import org.industrykg.graph.FundQueries.FundMatch;
import org.industrykg.graph.LinkQueries;
import org.industrykg.graph.LinkQueries.LinkGraph;
import org.industrykg.graph.RelationshipQueries;
import org.industrykg.graph.RelationshipQueries.Relationship;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The three questions of DESIGN.md §7. */
@RestController
@RequestMapping("/api")
@Tag(name = "Questions", description = "The three questions the graph exists to answer (DESIGN.md §7)")
class QuestionController {

    private final EntityQueries entities;
    private final FundQueries funds;
    private final LinkQueries links;
    private final RelationshipQueries relationships;

    QuestionController(EntityQueries entities, FundQueries funds, LinkQueries links, RelationshipQueries relationships) {
        this.entities = entities;
        this.funds = funds;
        this.links = links;
        this.relationships = relationships;
    }

    @Operation(summary = "Paths of length 1 or 2 between entities of two labels, with evidence",
            description = "In any direction, through any one entity in the middle; direct edges first.")
    @GetMapping("/relationships")
    List<Relationship> relationships(
            @Parameter(description = "Label of one end", example = "Enterprise") @RequestParam EntityLabel from,
            @Parameter(description = "Label of the other end", example = "ResearchInstitute") @RequestParam EntityLabel to,
            @Parameter(description = "Key of an entity of either label that one end must be")
            @RequestParam(required = false) @Size(min = 1, max = TextParam.MAX_LENGTH, message = "must be 1 to {max} characters long") String key,
            @Parameter(description = "Most paths to return (1 to 1000; by default 1000, the whole answer of a region's documents)")
            @RequestParam(defaultValue = "" + RelationshipQueries.DEFAULT_LIMIT) @Min(1) @Max(RelationshipQueries.DEFAULT_LIMIT) int limit) {
        if (key != null) {
            EntityRef end = Lookups.entity(entities, "key", key);
            if (!Set.of(from.name(), to.name()).contains(end.label())) {
                throw new IllegalArgumentException("Parameter 'key' names an entity of label " + end.label()
                        + ", not " + from + " or " + to);
            }
        }
        return relationships.relationships(from, to, key, limit);
    }

    @Operation(summary = "Funds whose TARGETS reach an industry, largest first",
            description = "match is direct, narrower (the fund targets a part of the industry) or broader (a field the "
                    + "industry is part of); via is the industry path. Unknown sizes come last.")
    @GetMapping("/funds")
    List<FundMatch> funds(
            @Parameter(description = "Name or alias of an Industry", example = "人形机器人") @RequestParam @TextParam String industry,
            @Parameter(description = "Most funds to return (1 to 500)") @RequestParam(defaultValue = "200") @Min(1) @Max(500) int limit) {
        return funds.funds(industry.strip(), limit)
                .orElseThrow(() -> NotFoundException.of("industry named", "industry", industry));
    }

    @Operation(summary = "Every edge between an entity of or in city a and one of or in city b",
            description = "Of or in a city: the City, the places PART_OF it, what they HOST, their agencies, and "
                    + "entities named after it. groupA and groupB say which nodes of the answer belong to which city.")
    @GetMapping("/links")
    LinkGraph links(
            @Parameter(description = "Name or alias of a City", example = "深圳市") @RequestParam @TextParam String a,
            @Parameter(description = "Name or alias of another City", example = "中山市") @RequestParam @TextParam String b,
            @Parameter(description = "Most edges to return (1 to 2000)") @RequestParam(defaultValue = "500") @Min(1) @Max(2000) int limit) {
        LinkQueries.Answer answer = links.links(a.strip(), b.strip(), limit);
        if (answer.a() == null) {
            throw NotFoundException.of("city named", "a", a);
        }
        if (answer.b() == null) {
            throw NotFoundException.of("city named", "b", b);
        }
        if (answer.a().equals(answer.b())) {
            throw new IllegalArgumentException("Parameters 'a' and 'b' must name two different cities");
        }
        return answer.graph();
    }
}
