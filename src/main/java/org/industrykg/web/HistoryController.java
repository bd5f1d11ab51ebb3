package org.industrykg.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import org.industrykg.graph.EntityQueries;
import org.industrykg.graph.HistoryQueries;
import org.industrykg.graph.HistoryQueries.Conflict;
import org.industrykg.graph.HistoryQueries.TimelineFact;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Where documents disagree, and what the graph says of an entity over time. */
@RestController
@RequestMapping("/api")
@Tag(name = "History", description = "Conflicts between documents and an entity's timeline")
class HistoryController {

    private final HistoryQueries history;
    private final EntityQueries entities;

    HistoryController(HistoryQueries history, EntityQueries entities) {
        this.history = history;
        this.entities = entities;
    }

    @Operation(summary = "Facts on which documents disagree, each value with its document, date and sentence",
            description = "A fund's size (sizeCny), date (established), status or manager, and an entity's label "
                    + "(one name with two labels). With key, only the conflicts of that entity.")
    @GetMapping("/conflicts")
    List<Conflict> conflicts(
            @Parameter(description = "Only this entity's conflicts (its key, Label:name)", example = "Fund:示例市产业投资基金")
            @RequestParam(required = false) @Size(max = TextParam.MAX_LENGTH, message = TextParam.TOO_LONG) String key,
            @Parameter(description = "Most conflicts to return (1 to 1000)") @RequestParam(defaultValue = "200") @Min(1) @Max(1000) int limit) {
        return history.conflicts(key == null || key.isBlank() ? null : key.strip(), limit);
    }

    @Operation(summary = "An entity's facts by date: every sentence stating one of its edges, every stated property",
            description = "The date of a fact is the date of the document stating it (letter or publication date), "
                    + "else the date its sentence gives; undated facts come last.")
    @GetMapping("/timeline")
    List<TimelineFact> timeline(
            @Parameter(description = "The entity's key, Label:name", example = "City:中山市") @RequestParam @TextParam String key,
            @Parameter(description = "Most facts to return (1 to 2000)") @RequestParam(defaultValue = "500") @Min(1) @Max(2000) int limit) {
        String entity = key.strip();
        entities.ref(entity).orElseThrow(() -> NotFoundException.of("entity with key", "key", entity));
        return history.timeline(entity, limit);
    }
}
