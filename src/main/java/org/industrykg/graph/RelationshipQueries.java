package org.industrykg.graph;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;

import org.industrykg.extract.EntityLabel;
import org.neo4j.driver.Record;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/**
 * Question 1 of DESIGN.md §7: the paths of length one or two that connect entities of two labels,
 * such as enterprises and research institutes ({@code cypher/relationships.cypher}).
 */
@Component
public class RelationshipQueries {

    private static final CypherFile RELATIONSHIPS = CypherFile.load("relationships.cypher");
    /**
     * How many paths a question asks for when it names no limit (also the most it may name): the whole answer of a
     * region's documents (sixteen give some 280 pairs).
     */
    public static final int DEFAULT_LIMIT = 1000;
    /**
     * The labels of the node in the middle of a two-edge path, in the order they are asked for: a path through an
     * organisation says more about who works with whom than one through a park, and that more than one through a
     * place, an industry, an agency or a policy.
     */
    public static final List<List<String>> VIAS = List.of(
            List.of(EntityLabel.Enterprise.name(), EntityLabel.ResearchInstitute.name(), EntityLabel.Fund.name(),
                    EntityLabel.Platform.name(), EntityLabel.Association.name()),
            List.of(EntityLabel.Park.name()),
            List.of(EntityLabel.City.name(), EntityLabel.Industry.name(), EntityLabel.GovernmentAgency.name(),
                    EntityLabel.Policy.name()));

    private final GraphReader reader;

    public RelationshipQueries(GraphReader reader) {
        this.reader = reader;
    }

    /**
     * A path from an entity of one label to an entity of the other.
     *
     * @param via      the node in the middle of a two-edge path, null for a direct edge
     * @param path     the relationship types along the path
     * @param evidence the evidence of every edge of the path
     * @param edges    the edges of the path with their directions and each one's own evidence
     */
    public record Relationship(EntityRef from, EntityRef to, EntityRef via, List<String> path,
                               List<GraphExport.EvidenceItem> evidence, List<GraphExport.Edge> edges) {
    }

    /**
     * The paths between entities of the two labels, direct ones first, at most {@code limit}.
     *
     * @param key when not null, one end must be the entity of this key
     */
    public List<Relationship> relationships(EntityLabel from, EntityLabel to, String key, int limit) {
        var params = GraphReader.params("from", from.name(), "to", to.name(), "key", key, "limit", limit);
        return reader.read(client -> List.copyOf(ask(params, key, limit, (statement, p) -> List.copyOf(query(client, statement, p)),
                path -> path.from().key() + " " + path.to().key())));
    }

    /**
     * Runs the statements of the answer in their order with {@code run} until {@code limit} rows: the direct edges,
     * then the two-edge paths group by group of {@link #VIAS}, each skipping the pairs ({@code pair}: 'fromKey toKey')
     * answered before. The service runs them through Spring's client, the query bench through the bare driver.
     */
    public static <T> List<T> ask(Map<String, Object> params, String key, int limit,
                                  BiFunction<String, Map<String, Object>, List<T>> run, Function<T, String> pair) {
        List<T> rows = new ArrayList<>(run.apply(statements(key)[0], params));
        for (List<String> vias : VIAS) {
            if (rows.size() >= limit) {
                break;
            }
            params.put("limit", limit - rows.size());
            params.put("vias", vias);
            params.put("seen", rows.stream().map(pair).distinct().toList());
            rows.addAll(run.apply(statements(key)[1], params));
        }
        return rows;
    }

    /**
     * The statements that answer, in turn (direct edges, then two-edge paths): from the entity of the
     * key, or walking the {@code from} label in key order when there is none.
     */
    private static String[] statements(String key) {
        return key == null
                ? new String[] {RELATIONSHIPS.query("direct"), RELATIONSHIPS.query("two-step")}
                : new String[] {RELATIONSHIPS.query("direct-of"), RELATIONSHIPS.query("two-step-of")};
    }

    private static Collection<Relationship> query(Neo4jClient client, String statement, Map<String, Object> params) {
        return client.query(statement).bindAll(params).fetchAs(Relationship.class)
                .mappedBy((types, row) -> relationship(row)).all();
    }

    private static Relationship relationship(Record row) {
        List<GraphExport.Edge> edges = row.get("steps").asList(GraphRows::edge);
        var evidence = edges.stream().flatMap(edge -> edge.evidence().stream()).toList();
        return new Relationship(GraphRows.ref(row.get("from")), GraphRows.ref(row.get("to")),
                GraphRows.ref(row.get("via")), GraphRows.strings(row.get("path")), evidence, edges);
    }
}
