package org.industrykg.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.industrykg.extract.EntityLabel;
import org.industrykg.graph.EntityRef;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.SimpleGraph;
import org.junit.jupiter.api.Test;

/** Centrality and communities on small graphs whose answers are known by hand. */
class NetworkAnalyticsTest {

    /**
     * Two triangles of enterprises, {a1 a2 a3} and {b1 b2 b3}, joined through one research
     * institute R linked to a1 and b1, and a fund F hanging off R.
     */
    static OrganisationGraph bridge() {
        List<EntityRef> nodes = new ArrayList<>();
        for (String name : List.of("a1", "a2", "a3", "b1", "b2", "b3")) {
            nodes.add(new EntityRef("Enterprise:" + name, "Enterprise", name));
        }
        nodes.add(new EntityRef("ResearchInstitute:R", "ResearchInstitute", "R"));
        nodes.add(new EntityRef("Fund:F", "Fund", "F"));
        List<OrganisationGraph.Link> links = new ArrayList<>();
        for (String side : List.of("a", "b")) {
            links.add(link("Enterprise:" + side + "1", "Enterprise:" + side + "2"));
            links.add(link("Enterprise:" + side + "2", "Enterprise:" + side + "3"));
            links.add(link("Enterprise:" + side + "3", "Enterprise:" + side + "1"));
            links.add(link("ResearchInstitute:R", "Enterprise:" + side + "1"));
        }
        links.add(link("Fund:F", "ResearchInstitute:R"));
        return new OrganisationGraph(nodes, links);
    }

    private static OrganisationGraph.Link link(String a, String b) {
        return new OrganisationGraph.Link(a, b);
    }

    @Test
    void the_bridge_between_two_groups_has_the_highest_betweenness() {
        var ranking = NetworkAnalytics.rank(bridge(), null, Centrality.BETWEENNESS, 3);
        assertThat(ranking.ranking()).extracting(NetworkAnalytics.Ranked::key)
                .containsExactly("ResearchInstitute:R", "Enterprise:a1", "Enterprise:b1");
        // R lies on every shortest path between {a*} and {b*} (9 pairs) and between F and the six (6):
        // 15 of the 21 pairs of the other seven nodes.
        assertThat(ranking.ranking().get(0).score()).isCloseTo(15.0 / 21, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(ranking.organisations()).isEqualTo(8);
        assertThat(ranking.links()).isEqualTo(9);
    }

    @Test
    void degree_counts_linked_organisations_and_ties_go_by_key() {
        var ranking = NetworkAnalytics.rank(bridge(), null, Centrality.DEGREE, 8);
        assertThat(ranking.ranking()).extracting(NetworkAnalytics.Ranked::key).startsWith(
                "Enterprise:a1", "Enterprise:b1", "ResearchInstitute:R");
        assertThat(ranking.ranking().get(0).score()).isEqualTo(3.0);
        assertThat(ranking.ranking()).last().extracting(NetworkAnalytics.Ranked::key).isEqualTo("Fund:F");
    }

    @Test
    void pagerank_favours_the_hubs_and_sums_to_one() {
        var all = NetworkAnalytics.rank(bridge(), null, Centrality.PAGERANK, 100);
        assertThat(all.ranking().stream().mapToDouble(NetworkAnalytics.Ranked::score).sum())
                .isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-6));
        assertThat(all.ranking().get(0).key()).isIn("Enterprise:a1", "Enterprise:b1", "ResearchInstitute:R");
        assertThat(all.ranking()).last().extracting(NetworkAnalytics.Ranked::key).isEqualTo("Fund:F");
    }

    @Test
    void a_label_ranks_only_its_organisations_over_the_whole_graph() {
        var institutes = NetworkAnalytics.rank(bridge(), EntityLabel.ResearchInstitute, Centrality.DEGREE, 20);
        assertThat(institutes.ranking()).singleElement().satisfies(r -> {
            assertThat(r.key()).isEqualTo("ResearchInstitute:R");
            assertThat(r.rank()).isEqualTo(1);
            assertThat(r.degree()).isEqualTo(3);
        });
        assertThat(institutes.label()).isEqualTo("ResearchInstitute");
    }

    @Test
    void louvain_splits_two_cliques_joined_by_one_edge() {
        Graph<String, DefaultEdge> graph = new SimpleGraph<>(DefaultEdge.class);
        List<String> left = List.of("l1", "l2", "l3", "l4");
        List<String> right = List.of("r1", "r2", "r3", "r4");
        for (List<String> clique : List.of(left, right)) {
            clique.forEach(graph::addVertex);
            for (int i = 0; i < clique.size(); i++) {
                for (int j = i + 1; j < clique.size(); j++) {
                    graph.addEdge(clique.get(i), clique.get(j));
                }
            }
        }
        graph.addEdge("l1", "r1");
        graph.addVertex("alone");
        assertThat(Louvain.communities(graph)).containsExactlyInAnyOrder(
                Set.copyOf(left), Set.copyOf(right), Set.of("alone"));
    }

    @Test
    void louvain_finds_the_two_triangles_and_the_bridge_with_its_fund() {
        // Q of {a*} {b*} {R F}: 7/9 - 2 (7/18)^2 - (4/18)^2 = 138/324, more than any split that puts R
        // with a triangle (5/9 + 3/9 - (11/18)^2 - (7/18)^2 = 118/324).
        var communities = NetworkAnalytics.communities(bridge(), 2);
        assertThat(communities.algorithm()).isEqualTo("louvain");
        List<Set<String>> keys = communities.communities().stream()
                .map(c -> Set.copyOf(c.members().stream().map(EntityRef::key).toList())).toList();
        assertThat(keys).containsExactly(
                Set.of("Enterprise:a1", "Enterprise:a2", "Enterprise:a3"),
                Set.of("Enterprise:b1", "Enterprise:b2", "Enterprise:b3"),
                Set.of("ResearchInstitute:R", "Fund:F"));
        assertThat(communities.communities()).extracting(NetworkAnalytics.Community::id).containsExactly(0, 1, 2);
        assertThat(communities.modularity()).isCloseTo(138.0 / 324, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(NetworkAnalytics.communities(bridge(), 3).communities()).hasSize(2);
    }

    @Test
    void an_empty_graph_has_no_communities_and_no_ranking() {
        var empty = new OrganisationGraph(List.of(), List.of());
        assertThat(NetworkAnalytics.communities(empty, 1).communities()).isEmpty();
        assertThat(NetworkAnalytics.rank(empty, null, Centrality.PAGERANK, 5).ranking()).isEmpty();
    }

    @Test
    void an_unknown_metric_is_refused_naming_the_parameter() {
        assertThatThrownBy(() -> Centrality.parse("closeness", "Parameter 'metric'"))
                .hasMessage("Parameter 'metric' must be one of pagerank, degree, betweenness (got 'closeness')");
        assertThat(Centrality.parse(" PageRank ", "m")).isEqualTo(Centrality.PAGERANK);
    }
}
