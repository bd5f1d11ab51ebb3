package org.industrykg.graph;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.industrykg.extract.EntityLabel;
import org.neo4j.driver.Record;
import org.springframework.data.neo4j.core.Neo4jClient;
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
    /** The entity lists its first this many documents; {@link #documents} gives the others, page by page. */
    public static final int DOCUMENTS_PAGE = 1000;

    private final GraphReader reader;

    public EntityQueries(GraphReader reader) {
        this.reader = reader;
    }

    /** A search result; {@code score} orders the hits, higher is better. */
    public record SearchHit(String key, String label, String name, List<String> aliases, double score) {
    }

    /**
     * An entity as in the export format, with every edge that touches it: {@code documents} are the
     * first {@link #DOCUMENTS_PAGE} in file-name order, {@code documentCount} how many there are.
     */
    public record EntityDetails(String key, String label, String name, List<String> aliases,
                                Map<String, Object> properties, List<String> documents, long documentCount,
                                List<EntityEdge> edges) {
    }

    /** A page of an entity's documents in file-name order, from {@code offset}, and how many there are. */
    public record DocumentPage(String key, long documentCount, int offset, List<String> documents) {
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

    /** The entity of a key with its first documents and its edges, or empty if there is none. */
    public Optional<EntityDetails> details(String key) {
        return reader.read(client -> documentPage(client, key, 0, DOCUMENTS_PAGE).map(page -> {
            GraphExport.Node node = page.node();
            var edges = client.query(ENTITIES.query("entity-edges"))
                    .bindAll(Map.of("key", key, "limit", MAX_EDGES))
                    .fetchAs(EntityEdge.class).mappedBy((types, row) -> edge(row)).all();
            return new EntityDetails(node.key(), node.label(), node.name(), node.aliases(), node.properties(),
                    page.documents(), node.documentCount(), List.copyOf(edges));
        }));
    }

    /** At most {@code limit} of the entity's documents in file-name order from {@code offset}, or empty if there is no such entity. */
    public Optional<DocumentPage> documents(String key, int offset, int limit) {
        return reader.read(client -> documentPage(client, key, offset, limit)
                .map(page -> new DocumentPage(key, page.node().documentCount(), offset, page.documents())));
    }

    /** An entity (without documents, with their count) and a page of its documents in file-name order. */
    private record NodeAndDocuments(GraphExport.Node node, List<String> documents) {
    }

    private static Optional<NodeAndDocuments> documentPage(Neo4jClient client, String key, int offset, int limit) {
        return Subgraph.nodes(client, List.of(key), 0).stream().findFirst().map(node -> new NodeAndDocuments(node,
                List.copyOf(client.query(ENTITIES.query("entity-documents"))
                        .bindAll(Map.of("key", key, "offset", offset, "limit", limit))
                        .fetchAs(String.class).mappedBy((types, row) -> row.get("fileName").asString()).all())));
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
