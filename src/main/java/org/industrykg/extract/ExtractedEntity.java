package org.industrykg.extract;

import java.util.Map;
import java.util.Set;

/**
 * A canonical entity found in one document.
 *
 * @param mentionCount how often the document mentions it (0 for an entity implied by data, such
 *                     as the province of a district that is mentioned)
 * @param properties   label-specific properties (Fund: sizeCny, sizeText, established, status;
 *                     City: level, code)
 * @param factEvidence the sentence that states the properties read from the text (a fund's size,
 *                     date, status), or null when none is
 */
public record ExtractedEntity(EntityLabel label, String name, Set<String> aliases, int mentionCount,
                              Map<String, Object> properties, Evidence factEvidence) {

    public String key() {
        return keyOf(label, name);
    }

    public static String keyOf(EntityLabel label, String name) {
        return label.name() + ":" + name;
    }
}
