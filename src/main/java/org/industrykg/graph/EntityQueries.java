package org.industrykg.graph;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.industrykg.extract.EntityLabel;
import org.neo4j.driver.Record;
import org.springframework.stereotype.Component;

/**
 * Finding entities: ranked search over names and aliases ({@code cypher/search.cypher}) and one
 * entity with its documents and edges ({@code cypher/entities.cypher}).
 */
@Component
public class EntityQueries {

    private static final CypherFile SEARCH = CypherFile.load("search.cypher");
    private static final CypherFile ENTITIES = CypherFile.load("entities.cypher");
    /** At most this many edges are listed for one entity. */
    static final int MAX_EDGES = 2000;

    private final GraphReader reader;

    public EntityQueries(GraphReader reader) {
        this.reader = reader;
    }

    /** A search result; {@code score} orders the hits, higher is better. */
    public record SearchHit(String key, String label, String name, List<String> aliases, double score) {
    }

    /** An entity as in the export format, with every edge that touches it. */
    public record EntityDetails(String key, String label, String name, List<String> aliases,
                                Map<String, Object> properties, List<String> documents, List<EntityEdge> edges) {
    }

    /** An edge of an entity: {@code direction} is {@code out} when the entity is its source. */
    public record EntityEdge(String source, String target, String type, String direction, EntityRef other,
                             Map<String, Object> properties, List<GraphExport.EvidenceItem> evidence) {
    }

    /**
     * Entities whose names or aliases match the text, best first.
     *
     * @param label only entities of this label, or null for all
     */
    public List<SearchHit> search(String text, EntityLabel label, int limit) {
        String section = FullTextQuery.isSingleCharacter(text) ? "search-contains" : "search";
        var params = GraphReader.params("query", FullTextQuery.of(text), "text", text,
                "label", label == null ? null : label.name(), "limit", limit);
        return reader.read(client -> List.copyOf(client.query(SEARCH.query(section)).bindAll(params)
                .fetchAs(SearchHit.class).mappedBy((types, row) -> hit(row)).all()));
    }

    /** The entity of a key with its documents and edges, or empty if there is none. */
    public Optional<EntityDetails> details(String key) {
        return reader.read(client -> client.query(ENTITIES.query("entity")).bindAll(Map.of("key", key))
                .fetchAs(GraphExport.Node.class).mappedBy((types, row) -> GraphRows.node(row)).first()
                .map(node -> {
                    var edges = client.query(ENTITIES.query("entity-edges"))
                            .bindAll(Map.of("key", key, "limit", MAX_EDGES))
                            .fetchAs(EntityEdge.class).mappedBy((types, row) -> edge(row)).all();
                    return new EntityDetails(node.key(), node.label(), node.name(), node.aliases(),
                            node.properties(), node.documents(), List.copyOf(edges));
                }));
    }

    /** The key, label and name of an entity, or empty if no entity has the key. */
    public Optional<EntityRef> ref(String key) {
        return reader.read(client -> client.query(ENTITIES.query("entity-ref")).bindAll(Map.of("key", key))
                .fetchAs(EntityRef.class).mappedBy((types, row) -> GraphRows.ref(row)).first());
    }

    private static SearchHit hit(Record row) {
        return new SearchHit(row.get("key").asString(), row.get("label").asString(), row.get("name").asString(""),
                GraphRows.strings(row.get("aliases")), row.get("score").asDouble());
    }

    private static EntityEdge edge(Record row) {
        GraphExport.Edge edge = GraphRows.edge(row);
        return new EntityEdge(edge.source(), edge.target(), edge.type(), row.get("direction").asString(),
                GraphRows.ref(row.get("other")), edge.properties(), edge.evidence());
    }
}
