package org.industrykg.graph;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Result;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.TransactionContext;
import org.springframework.stereotype.Component;

/**
 * Writes {@code graph.json} (docs/design.md) as it reads it: the nodes in pages of key order, then
 * the edges that start at them, page by page, each row from the driver's result cursor straight to a
 * Jackson {@link JsonGenerator}, all in one read transaction. Memory stays at one page whatever the
 * size of the graph. A request may ask for one page ({@code limit} nodes after the key {@code after},
 * with the edges that start at them) and for the documents' texts, which are otherwise left out.
 */
@Component
public class GraphJsonStream {

    private static final CypherFile EXPORT = CypherFile.load("export.cypher");
    /** Nodes per statement. */
    static final int PAGE = 1_000;
    /** The most nodes one request may ask for with {@code limit}. */
    public static final int MAX_LIMIT = 100_000;

    private final Driver driver;
    private final ObjectMapper json;

    public GraphJsonStream(Driver driver, ObjectMapper json) {
        this.driver = driver;
        this.json = json;
    }

    /**
     * What to write.
     *
     * @param texts with each document's text in its {@code properties.text}
     * @param limit at most this many nodes (and the edges that start at them), then {@code next}; null for all
     * @param after only nodes whose key sorts after this one (the {@code next} of the page before); null for the first
     */
    public record Request(boolean texts, Integer limit, String after) {

        public static final Request WHOLE_GRAPH = new Request(false, null, null);
    }

    /** What was written; {@code next} is the key to ask for the next page with, null on the last page. */
    public record Written(long nodes, long edges, String next) {
    }

    /** Writes the graph (or the page) to the stream, which is left open. */
    public Written write(Request request, OutputStream out, boolean indent) throws IOException {
        try (JsonGenerator generator = json.createGenerator(out);
             var session = driver.session(SessionConfig.builder().withDefaultAccessMode(AccessMode.READ).build())) {
            generator.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            if (indent) {
                generator.useDefaultPrettyPrinter();
            }
            return session.executeRead(tx -> {
                try {
                    return write(tx, request, generator);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private static Written write(TransactionContext tx, Request request, JsonGenerator out) throws IOException {
        String from = request.after() == null ? "" : request.after();
        long wanted = request.limit() == null ? Long.MAX_VALUE : request.limit();
        out.writeStartObject();
        out.writeNumberField("formatVersion", GraphExport.FORMAT_VERSION);
        out.writeArrayFieldStart("nodes");
        long nodes = 0;
        String last = from;
        for (List<String> keys = keys(tx, from, wanted); !keys.isEmpty(); keys = keys(tx, last, wanted - nodes)) {
            Result rows = tx.run(EXPORT.query("page-nodes"), Map.of("keys", keys, "texts", request.texts()));
            while (rows.hasNext()) {
                Record row = rows.next();
                GraphExport.Node node = GraphRows.node(row);
                if (!row.get("text").isNull()) {
                    node.properties().put("text", row.get("text").asString());
                }
                out.writeObject(node);
            }
            nodes += keys.size();
            last = keys.get(keys.size() - 1);
            out.flush();
        }
        out.writeEndArray();
        out.writeArrayFieldStart("edges");
        long edges = 0;
        String edgesFrom = from;
        for (long left = nodes; left > 0; ) {
            List<String> keys = keys(tx, edgesFrom, left);
            if (keys.isEmpty()) {
                break;
            }
            Result rows = tx.run(EXPORT.query("page-edges"), Map.of("keys", keys));
            while (rows.hasNext()) {
                out.writeObject(GraphRows.edge(rows.next()));
                edges++;
            }
            left -= keys.size();
            edgesFrom = keys.get(keys.size() - 1);
            out.flush();
        }
        out.writeEndArray();
        String next = null;
        if (request.limit() != null) {
            next = nodes == wanted && !keys(tx, last, 1).isEmpty() ? last : null;
            out.writeStringField("next", next);
        }
        out.writeEndObject();
        out.flush();
        return new Written(nodes, edges, next);
    }

    /** The keys of the next page (at most {@link #PAGE}, at most {@code wanted}) after a key. */
    private static List<String> keys(TransactionContext tx, String after, long wanted) {
        if (wanted <= 0) {
            return List.of();
        }
        return tx.run(EXPORT.query("page-keys"), Map.of("after", after, "limit", (int) Math.min(PAGE, wanted)))
                .list(row -> row.get("key").asString());
    }
}
