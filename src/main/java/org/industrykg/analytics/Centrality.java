package org.industrykg.analytics;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.jgrapht.Graph;
import org.jgrapht.alg.scoring.BetweennessCentrality;
import org.jgrapht.alg.scoring.PageRank;
import org.jgrapht.graph.DefaultEdge;

/** The centrality measures offered, each computed with JGraphT over the organisation graph. */
public enum Centrality {
    /** PageRank with damping 0.85; on the undirected graph every link counts both ways. The scores sum to 1. */
    PAGERANK {
        @Override
        Map<String, Double> scores(Graph<String, DefaultEdge> graph) {
            return new PageRank<>(graph).getScores();
        }
    },
    /** The number of organisations linked to one. */
    DEGREE {
        @Override
        Map<String, Double> scores(Graph<String, DefaultEdge> graph) {
            Map<String, Double> scores = new HashMap<>();
            graph.vertexSet().forEach(v -> scores.put(v, (double) graph.degreeOf(v)));
            return scores;
        }
    },
    /**
     * Brandes' betweenness, normalised to 0..1: the shortest paths through one organisation, summed
     * over the pairs of others (a pair with several shortest paths counts each by its share),
     * divided by the number of such pairs. JGraphT's own normalisation divides an undirected
     * graph's pair count by (n-1)(n-2), which tops out at 0.5; this divides by (n-1)(n-2)/2.
     */
    BETWEENNESS {
        @Override
        Map<String, Double> scores(Graph<String, DefaultEdge> graph) {
            int n = graph.vertexSet().size();
            double pairs = n > 2 ? (n - 1) * (n - 2) / 2.0 : 1;
            Map<String, Double> scores = new HashMap<>();
            new BetweennessCentrality<>(graph, false).getScores().forEach((v, s) -> scores.put(v, s / pairs));
            return scores;
        }
    };

    abstract Map<String, Double> scores(Graph<String, DefaultEdge> graph);

    /** The name used in requests: pagerank, degree, betweenness. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The measure of a name, ignoring case. */
    public static Centrality parse(String name, String parameter) {
        for (Centrality metric : values()) {
            if (metric.id().equalsIgnoreCase(name.strip())) {
                return metric;
            }
        }
        throw new IllegalArgumentException(parameter + " must be one of "
                + Arrays.stream(values()).map(Centrality::id).collect(Collectors.joining(", "))
                + " (got '" + name + "')");
    }
}
