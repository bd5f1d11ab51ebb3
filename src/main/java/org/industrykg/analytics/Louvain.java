package org.industrykg.analytics;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.jgrapht.Graph;

/**
 * Communities by the Louvain method (Blondel, Guillaume, Lambiotte, Lefebvre 2008), written here
 * because JGraphT 1.5.3 has none: each node moves to the neighbouring community that raises
 * modularity most until no move helps, then every community becomes one node of a smaller graph
 * and the same runs again, until nothing changes. Nodes are visited in the order the graph gives
 * them and ties keep the current community, so the same graph always gives the same answer.
 */
public final class Louvain {

    /** A modularity gain below this is no gain (rounding). */
    private static final double EPSILON = 1e-12;

    private Louvain() {
    }

    /**
     * The communities of an undirected graph, each a set of vertices, largest first; an isolated
     * vertex is a community of its own.
     */
    public static <V, E> List<Set<V>> communities(Graph<V, E> graph) {
        List<V> vertices = new ArrayList<>(graph.vertexSet());
        Map<V, Integer> index = new HashMap<>();
        vertices.forEach(v -> index.put(v, index.size()));
        Level level = new Level(vertices.size());
        for (E edge : graph.edgeSet()) {
            int a = index.get(graph.getEdgeSource(edge));
            int b = index.get(graph.getEdgeTarget(edge));
            level.add(a, b, graph.getEdgeWeight(edge));
        }
        int[] communityOf = new int[vertices.size()];
        for (int i = 0; i < communityOf.length; i++) {
            communityOf[i] = i;
        }
        while (true) {
            int[] moved = level.localMoves();
            int count = renumber(moved);
            for (int i = 0; i < communityOf.length; i++) {
                communityOf[i] = moved[communityOf[i]];
            }
            if (count == level.size()) {
                break;
            }
            level = level.aggregate(moved, count);
        }
        Map<Integer, Set<V>> groups = new TreeMap<>();
        for (int i = 0; i < communityOf.length; i++) {
            groups.computeIfAbsent(communityOf[i], c -> new LinkedHashSet<>()).add(vertices.get(i));
        }
        List<Set<V>> result = new ArrayList<>(groups.values());
        result.sort((x, y) -> Integer.compare(y.size(), x.size()));
        return result;
    }

    /** Numbers the communities of {@code assignment} 0, 1, … in order of first use; returns how many. */
    private static int renumber(int[] assignment) {
        Map<Integer, Integer> numbers = new LinkedHashMap<>();
        for (int i = 0; i < assignment.length; i++) {
            assignment[i] = numbers.computeIfAbsent(assignment[i], c -> numbers.size());
        }
        return numbers.size();
    }

    /** One level of the method: a weighted undirected graph whose nodes may carry loops. */
    private static final class Level {
        private final List<Map<Integer, Double>> neighbours = new ArrayList<>();
        private final double[] loops;
        private double totalWeight;

        Level(int size) {
            for (int i = 0; i < size; i++) {
                neighbours.add(new HashMap<>());
            }
            loops = new double[size];
        }

        int size() {
            return loops.length;
        }

        void add(int a, int b, double weight) {
            if (a == b) {
                loops[a] += weight;
            } else {
                neighbours.get(a).merge(b, weight, Double::sum);
                neighbours.get(b).merge(a, weight, Double::sum);
            }
            totalWeight += weight;
        }

        /** Weighted degree, a loop counting twice. */
        private double degree(int node) {
            double sum = 2 * loops[node];
            for (double w : neighbours.get(node).values()) {
                sum += w;
            }
            return sum;
        }

        /** Moves nodes between communities while modularity rises; the community of each node. */
        int[] localMoves() {
            int n = size();
            int[] community = new int[n];
            double[] degree = new double[n];
            double[] communityDegree = new double[n];
            for (int i = 0; i < n; i++) {
                community[i] = i;
                degree[i] = degree(i);
                communityDegree[i] = degree[i];
            }
            double twiceTotal = 2 * totalWeight;
            if (twiceTotal == 0) {
                return community;
            }
            boolean improved = true;
            while (improved) {
                improved = false;
                for (int node = 0; node < n; node++) {
                    int current = community[node];
                    Map<Integer, Double> weightTo = new TreeMap<>();
                    neighbours.get(node).forEach((other, w) -> weightTo.merge(community[other], w, Double::sum));
                    communityDegree[current] -= degree[node];
                    int best = current;
                    double bestGain = gain(weightTo.getOrDefault(current, 0.0), communityDegree[current], degree[node], twiceTotal);
                    for (Map.Entry<Integer, Double> candidate : weightTo.entrySet()) {
                        double g = gain(candidate.getValue(), communityDegree[candidate.getKey()], degree[node], twiceTotal);
                        if (g > bestGain + EPSILON) {
                            best = candidate.getKey();
                            bestGain = g;
                        }
                    }
                    communityDegree[best] += degree[node];
                    if (best != current) {
                        community[node] = best;
                        improved = true;
                    }
                }
            }
            return community;
        }

        /** The modularity gain of putting a node into a community (up to a factor common to all). */
        private static double gain(double weightToCommunity, double communityDegree, double nodeDegree, double twiceTotal) {
            return weightToCommunity - communityDegree * nodeDegree / twiceTotal;
        }

        /** The graph of the communities: one node each, weights summed, inner weights as loops. */
        Level aggregate(int[] community, int count) {
            Level next = new Level(count);
            for (int a = 0; a < size(); a++) {
                next.add(community[a], community[a], loops[a]);
                for (Map.Entry<Integer, Double> edge : neighbours.get(a).entrySet()) {
                    if (a < edge.getKey()) {
                        next.add(community[a], community[edge.getKey()], edge.getValue());
                    }
                }
            }
            return next;
        }
    }
}
