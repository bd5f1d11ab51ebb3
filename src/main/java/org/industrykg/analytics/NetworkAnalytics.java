package org.industrykg.analytics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.industrykg.extract.EntityLabel;
import org.industrykg.graph.CypherFile;
import org.industrykg.graph.EntityRef;
import org.industrykg.graph.GraphReader;
import org.jgrapht.Graph;
import org.jgrapht.alg.clustering.UndirectedModularityMeasurer;
import org.jgrapht.graph.DefaultEdge;
import org.springframework.stereotype.Component;

/**
 * Centrality and communities over the organisation graph ({@link OrganisationGraph}), read with
 * {@code cypher/analytics.cypher} and computed in this JVM with JGraphT (and {@link Louvain}) on
 * each request: the graph of a region's documents has hundreds of organisations, not millions.
 */
@Component
public class NetworkAnalytics {

    private static final CypherFile CYPHER = CypherFile.load("analytics.cypher");

    /** The labels that count as organisations (everything but City, Industry and Policy). */
    public static final List<EntityLabel> ORGANISATIONS =
            Arrays.stream(EntityLabel.values()).filter(EntityLabel::isOrganisation).toList();

    private final GraphReader reader;

    public NetworkAnalytics(GraphReader reader) {
        this.reader = reader;
    }

    /** An organisation's place in a ranking: {@code rank} 1 is the most central. */
    public record Ranked(int rank, String key, String label, String name, double score, int degree) {
    }

    /** A ranking of organisations of one label (or all) by one measure, over the whole organisation graph. */
    public record Ranking(String metric, String label, int organisations, int links, List<Ranked> ranking) {
    }

    /** A community: its number (0 is the largest), its size and its members. */
    public record Community(int id, int size, List<EntityRef> members) {
    }

    /**
     * The communities of the organisation graph with the modularity of the split (−0.5 to 1; higher
     * means denser inside than between).
     */
    public record Communities(String algorithm, double modularity, int organisations, int links,
                              List<Community> communities) {
    }

    /** The organisation graph as it is in the store now. */
    public OrganisationGraph organisationGraph() {
        Map<String, Object> params = Map.of("labels", ORGANISATIONS.stream().map(Enum::name).toList());
        return reader.read(client -> new OrganisationGraph(
                client.query(CYPHER.query("organisations")).bindAll(params).fetchAs(EntityRef.class)
                        .mappedBy((types, row) -> new EntityRef(row.get("key").asString(), row.get("label").asString(),
                                row.get("name").asString(""))).all().stream().toList(),
                client.query(CYPHER.query("organisation-links")).bindAll(params).fetchAs(OrganisationGraph.Link.class)
                        .mappedBy((types, row) -> new OrganisationGraph.Link(row.get("source").asString(),
                                row.get("target").asString())).all().stream().toList()));
    }

    /**
     * The most central organisations, by the measure, of the label (all organisations when null).
     *
     * @throws IllegalArgumentException when the label is not an organisation's
     */
    public Ranking central(EntityLabel label, Centrality metric, int limit) {
        if (label != null && !label.isOrganisation()) {
            throw new IllegalArgumentException("Parameter 'label' must be an organisation label, one of "
                    + ORGANISATIONS + " (got '" + label + "')");
        }
        return rank(organisationGraph(), label, metric, limit);
    }

    /** Ranks the organisations of a graph: highest score first, ties by key. */
    public static Ranking rank(OrganisationGraph organisations, EntityLabel label, Centrality metric, int limit) {
        Graph<String, DefaultEdge> graph = organisations.toJGraphT();
        Map<String, Double> scores = metric.scores(graph);
        List<EntityRef> candidates = organisations.nodes().stream()
                .filter(node -> label == null || node.label().equals(label.name()))
                .sorted(Comparator.comparingDouble((EntityRef node) -> -scores.getOrDefault(node.key(), 0.0))
                        .thenComparing(EntityRef::key))
                .limit(limit).toList();
        List<Ranked> ranking = new ArrayList<>();
        for (EntityRef node : candidates) {
            ranking.add(new Ranked(ranking.size() + 1, node.key(), node.label(), node.name(),
                    scores.getOrDefault(node.key(), 0.0), graph.degreeOf(node.key())));
        }
        return new Ranking(metric.id(), label == null ? null : label.name(), graph.vertexSet().size(),
                graph.edgeSet().size(), ranking);
    }

    /** The Louvain communities of the organisation graph, largest first, without single organisations. */
    public Communities communities(int minSize) {
        return communities(organisationGraph(), minSize);
    }

    /** The Louvain communities of a graph with at least {@code minSize} members, largest first. */
    public static Communities communities(OrganisationGraph organisations, int minSize) {
        Graph<String, DefaultEdge> graph = organisations.toJGraphT();
        List<Set<String>> found = Louvain.communities(graph);
        double modularity = graph.edgeSet().isEmpty() ? 0 : new UndirectedModularityMeasurer<>(graph).modularity(found);
        Map<String, EntityRef> byKey = organisations.byKey();
        List<Community> communities = new ArrayList<>();
        for (Set<String> members : found) {
            if (members.size() >= minSize) {
                communities.add(new Community(communities.size(), members.size(),
                        members.stream().sorted().map(byKey::get).toList()));
            }
        }
        return new Communities("louvain", modularity, graph.vertexSet().size(), graph.edgeSet().size(), communities);
    }
}
