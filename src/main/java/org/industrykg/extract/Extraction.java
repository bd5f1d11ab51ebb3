package org.industrykg.extract;

import java.util.List;

/** What the extractor found in one document. */
public record Extraction(List<ExtractedEntity> entities, List<ExtractedRelation> relations) {
}
