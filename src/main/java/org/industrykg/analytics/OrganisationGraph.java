package org.industrykg.analytics;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.industrykg.graph.EntityRef;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.SimpleGraph;

/**
 * The organisations of the graph and the links between them, undirected and unweighted: two
 * organisations are linked when any relationship joins them, whatever its type or direction
 * (funding, hosting, partnership, founding and support all say that two bodies work together).
 *
 * @param nodes the organisations, sorted by key
 * @param links pairs of keys, each pair once
 */
public record OrganisationGraph(List<EntityRef> nodes, List<Link> links) {

    /** One undirected link between two organisations. */
    public record Link(String source, String target) {
    }

    public OrganisationGraph {
        nodes = List.copyOf(nodes);
        links = List.copyOf(links);
    }

    /** The organisations by key. */
    public Map<String, EntityRef> byKey() {
        return nodes.stream().collect(Collectors.toMap(EntityRef::key, Function.identity()));
    }

    /** The graph as JGraphT's simple undirected graph; links to unknown keys and loops are left out. */
    public Graph<String, DefaultEdge> toJGraphT() {
        Graph<String, DefaultEdge> graph = new SimpleGraph<>(DefaultEdge.class);
        nodes.forEach(node -> graph.addVertex(node.key()));
        for (Link link : links) {
            if (!link.source().equals(link.target()) && graph.containsVertex(link.source())
                    && graph.containsVertex(link.target())) {
                graph.addEdge(link.source(), link.target());
            }
        }
        return graph;
    }
}
