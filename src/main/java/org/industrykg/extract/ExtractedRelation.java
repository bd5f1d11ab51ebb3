package org.industrykg.extract;

import java.util.Map;

/**
 * A typed, directed edge between two entity keys with the sentence that states it.
 *
 * @param method     the name of the rule (or model) that produced it, e.g. {@code rule:fund-focus}
 * @param confidence 0..1
 * @param properties extra properties such as {@code amountCny}
 */
public record ExtractedRelation(RelationType type, String source, String target, String method,
                                double confidence, Evidence evidence, Map<String, Object> properties) {

    /** The same relation with a symmetric type's endpoints in canonical (sorted) order. */
    public ExtractedRelation canonical() {
        if (type.isSymmetric() && source.compareTo(target) > 0) {
            return new ExtractedRelation(type, target, source, method, confidence, evidence, properties);
        }
        return this;
    }
}
