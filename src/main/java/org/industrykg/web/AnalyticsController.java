package org.industrykg.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.industrykg.analytics.Centrality;
import org.industrykg.analytics.NetworkAnalytics;
import org.industrykg.extract.EntityLabel;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Who matters in the network: centrality and communities of the organisation graph. */
@RestController
@RequestMapping("/api/analytics")
@Tag(name = "Analytics", description = "Centrality and communities of the organisation graph (JGraphT)")
class AnalyticsController {

    private final NetworkAnalytics analytics;

    AnalyticsController(NetworkAnalytics analytics) {
        this.analytics = analytics;
    }

    @Operation(summary = "The most central organisations of a label",
            description = "Scores are computed over the whole organisation graph (every organisation label; two "
                    + "organisations are linked when any relationship joins them), then the organisations of the "
                    + "label are ranked. pagerank (default) sums to 1 over all organisations; degree counts linked "
                    + "organisations; betweenness is normalised to 0..1.")
    @GetMapping("/central")
    NetworkAnalytics.Ranking central(
            @Parameter(description = "An organisation label; all organisations when absent", example = "ResearchInstitute")
            @RequestParam(required = false) EntityLabel label,
            @Parameter(description = "pagerank, degree or betweenness") @RequestParam(defaultValue = "pagerank") String metric,
            @Parameter(description = "Most organisations to return (1 to 1000)") @RequestParam(defaultValue = "20") @Min(1) @Max(1000) int limit) {
        return analytics.central(label, Centrality.parse(metric, "Parameter 'metric'"), limit);
    }

    @Operation(summary = "Communities of the organisation graph (Louvain)",
            description = "Each organisation belongs to one community; communities smaller than minSize are left out. "
                    + "modularity says how much denser the communities are inside than between them.")
    @GetMapping("/communities")
    NetworkAnalytics.Communities communities(
            @Parameter(description = "Smallest community to list (1 to 1000)") @RequestParam(defaultValue = "2") @Min(1) @Max(1000) int minSize) {
        return analytics.communities(minSize);
    }
}
