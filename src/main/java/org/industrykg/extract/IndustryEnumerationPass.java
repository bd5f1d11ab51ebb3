package org.industrykg.extract;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.industrykg.nlp.Sentence;

/** X、Y等Z产业 and Z（X、Y…） make X and Y part of Z ({@code rule:industry-enumeration}). */
final class IndustryEnumerationPass implements RelationPass {

    private static final Pattern ENUMERATION_TAIL = Pattern.compile("^等(?:[^，。；、]{0,6}?)?(产业|领域|行业)");

    @Override
    public String name() {
        return "rule:industry-enumeration";
    }

    @Override
    public void find(RelationContext doc, List<ExtractedRelation> out) {
        for (Sentence sentence : doc.sentences) {
            List<Mention> here = doc.in(sentence);
            for (List<Mention> group : ListGroups.of(sentence, here)) {
                Mention last = group.get(group.size() - 1);
                if (last.label() != EntityLabel.Industry) {
                    continue;
                }
                Mention whole = enumerationHead(sentence, here, last);
                if (whole == null) {
                    continue;
                }
                for (Mention part : group) {
                    if (doc.entityOf.get(part) != doc.entityOf.get(whole)) {
                        out.add(doc.edge(RelationType.PART_OF, part, whole, name(), 0.7, sentence));
                    }
                }
            }
        }
    }

    /** Z of "X、Y等Z产业" or of "Z（X、Y）" for a list ending in {@code last}, or null. */
    private static Mention enumerationHead(Sentence sentence, List<Mention> here, Mention last) {
        String after = sentence.text().substring(last.end() - sentence.begin());
        if (after.startsWith("等")) {
            for (Mention m : here) {
                if (m.label() == EntityLabel.Industry && m.begin() > last.end()
                        && m.begin() - last.end() <= 3
                        && ENUMERATION_TAIL.matcher(after).find()) {
                    return m;
                }
            }
            return null;
        }
        if (after.startsWith("）") || after.startsWith(")")) {
            for (Mention m : here) {
                String between = m.end() <= last.begin()
                        ? sentence.text().substring(m.end() - sentence.begin(), last.begin() - sentence.begin()) : null;
                if (m.label() == EntityLabel.Industry && between != null && (between.startsWith("（") || between.startsWith("("))
                        && between.length() <= 40 && !between.contains("）") && !between.contains(")")) {
                    return m;
                }
            }
        }
        return null;
    }
}
