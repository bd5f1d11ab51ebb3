package org.industrykg.extract;

import java.util.Map;

/**
 * Names of organisations already in the graph (canonical names and aliases, from earlier
 * documents), so a later document's short mention (星翼航空) resolves to the entity (湖南星翼航空科技有限公司)
 * even when that document never writes the full name. Built from the graph, never from a hand list.
 *
 * @param names surface form -> the entity it names
 */
public record KnownNames(Map<String, Known> names) {

    /** The label and canonical name a surface form refers to. */
    public record Known(EntityLabel label, String canonical) {
    }

    public static final KnownNames NONE = new KnownNames(Map.of());

    /** Shortest surface form used for matching: shorter ones are too ambiguous. */
    public static final int MIN_LENGTH = 3;

    public Known get(String surface) {
        return names.get(surface);
    }
}
