package org.industrykg.extract;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The word lists of {@code extract/industry.cues} that {@link IndustryFrames} reads: type nouns,
 * focus triggers, generic words, non-field endings, tails and technology-field heads. The file's
 * header documents the format.
 *
 * @param heads a head noun and the term a compound ending in it is PART_OF (the head itself when
 *              the line names no term)
 */
record IndustryCues(Set<String> typeNouns, Set<String> singleTypeNouns, Set<String> typeModifiers,
                    Set<String> focusTriggers, Set<String> boundaries, Set<String> generic,
                    Set<String> nonFieldEndings, Set<String> tails, Set<String> makerNouns,
                    Map<String, String> heads) {

    private static final List<String> SECTIONS = List.of("type-nouns", "single-type-nouns", "type-modifiers",
            "focus-triggers", "boundaries", "generic", "non-field-endings", "tails", "maker-nouns", "heads");

    static IndustryCues load(String resource) {
        Map<String, Set<String>> words = new HashMap<>();
        Map<String, String> heads = new LinkedHashMap<>();
        String section = null;
        for (String line : Resources.lines(resource)) {
            if (line.startsWith("[") && line.endsWith("]")) {
                section = line.substring(1, line.length() - 1).strip();
                if (!SECTIONS.contains(section)) {
                    throw new IllegalStateException(resource + ": unknown section [" + section + "], expected one of " + SECTIONS);
                }
                words.putIfAbsent(section, new LinkedHashSet<>());
                continue;
            }
            if (section == null) {
                throw new IllegalStateException(resource + ": words before the first [section]: " + line);
            }
            if (section.equals("heads")) {
                int gt = line.indexOf('>');
                String head = (gt >= 0 ? line.substring(0, gt) : line).strip();
                heads.put(head, gt >= 0 ? line.substring(gt + 1).strip() : head);
            } else {
                words.get(section).addAll(List.of(line.split("\\s+")));
            }
        }
        for (String name : SECTIONS) {
            if (!name.equals("heads") && !words.containsKey(name)) {
                throw new IllegalStateException(resource + ": section [" + name + "] is missing");
            }
        }
        return new IndustryCues(words.get("type-nouns"), words.get("single-type-nouns"), words.get("type-modifiers"),
                words.get("focus-triggers"), words.get("boundaries"), words.get("generic"),
                words.get("non-field-endings"), words.get("tails"), words.get("maker-nouns"), heads);
    }

    /** The longest head a text ends with (shorter than the text itself), or null. */
    String headOf(String text) {
        String best = null;
        for (String head : heads.keySet()) {
            if (text.length() > head.length() && text.endsWith(head) && (best == null || head.length() > best.length())) {
                best = head;
            }
        }
        return best;
    }
}
