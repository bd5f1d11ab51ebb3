package org.industrykg.extract;

import java.util.List;

/**
 * One family of relations, found over a whole document the way a CoreNLP annotator works over a
 * text: each pass has a name (the {@code method} its edges carry), reads the shared
 * {@link RelationContext} and adds its edges to {@code out}. {@link RelationFinder} runs the passes
 * in a fixed order; a new family plugs in as one more pass with its own test.
 */
interface RelationPass {

    /** The method its edges carry ({@code rule:co-founders}); a pass writing several names its family. */
    String name();

    void find(RelationContext doc, List<ExtractedRelation> out);
}
