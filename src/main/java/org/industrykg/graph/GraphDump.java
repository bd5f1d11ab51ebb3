package org.industrykg.graph;

import java.util.List;

/**
 * The whole graph as the file exports (GraphML, CSV for {@code neo4j-admin database import}) write
 * it: the §6 export, and the MENTIONED_IN edges that the §6 format folds into each node's
 * {@code documents}, here with their mention counts.
 */
public record GraphDump(GraphExport graph, List<MentionedIn> mentions) {

    /** An entity mentioned {@code count} times in a document; both ends are node keys. */
    public record MentionedIn(String entity, String document, long count) {
    }
}
