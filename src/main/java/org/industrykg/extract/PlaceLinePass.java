package org.industrykg.extract;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.industrykg.nlp.Sentence;

/**
 * A line of a directory that opens with a place and a colon, then lists organisations (小榄镇：甲乙电机有限公司（无框
 * 力矩电机）、丙丁动力科技有限公司; 高新区：A、B): the place hosts each organisation of the list
 * ({@code rule:place-line}). Only organisations at the list's positions count: right after the colon, or after a
 * separator that follows the previous one (and its bracket); and the line must end with its list, so a dateline before
 * a sentence that goes on after the colon (深圳：A、B昨日签署协议) hosts nothing.
 */
final class PlaceLinePass implements RelationPass {

    private static final Set<EntityLabel> PLACES = EnumSet.of(EntityLabel.City, EntityLabel.Park);
    private static final Set<EntityLabel> LISTED = EnumSet.of(EntityLabel.Enterprise, EntityLabel.ResearchInstitute,
            EntityLabel.Platform);
    private static final Pattern COLON = Pattern.compile("[\\s　]*[：:][\\s　]*");
    /** What stands between two organisations of the list (after the first one's bracket): a separator. */
    private static final Pattern BETWEEN = Pattern.compile("[\\s　]*[、，,；;][\\s　]*");
    /** How the list may end (after the last one's bracket): 等 and a noun, a full stop. */
    private static final Pattern TAIL = Pattern.compile("(?:等[^，。；,;]{0,10})?[。；;]?[\\s　]*");

    /** Where the bracket that opens at {@code at} closes (just after it), or {@code at} when none opens there. */
    private static int bracketEnd(String text, int at) {
        if (at >= text.length() || "（(".indexOf(text.charAt(at)) < 0) {
            return at;
        }
        int depth = 0;
        for (int k = at; k < text.length(); k++) {
            char c = text.charAt(k);
            depth += c == '（' || c == '(' ? 1 : c == '）' || c == ')' ? -1 : 0;
            if (depth == 0) {
                return k + 1;
            }
        }
        return text.length();
    }

    @Override
    public String name() {
        return "rule:place-line";
    }

    @Override
    public void find(RelationContext doc, List<ExtractedRelation> out) {
        for (Sentence sentence : doc.sentences) {
            List<Mention> here = doc.in(sentence);
            if (here.isEmpty()) {
                continue;
            }
            String text = sentence.text();
            int base = sentence.begin();
            Mention place = here.get(0);
            if (!PLACES.contains(place.label()) || !MentionFinder.LINE_LEAD.matcher(text.substring(0, place.begin() - base)).matches()) {
                continue;
            }
            var colon = COLON.matcher(text).region(place.end() - base, text.length());
            if (!colon.lookingAt()) {
                continue;
            }
            List<Mention> listed = new ArrayList<>();
            int at = colon.end();
            int skip = at;
            for (Mention m : here.subList(1, here.size())) {
                if (m.begin() - base < skip) {
                    continue; // inside the previous organisation's bracket
                }
                String gap = text.substring(skip, m.begin() - base);
                boolean inList = listed.isEmpty() ? gap.isBlank() : BETWEEN.matcher(gap).matches();
                if (!inList) {
                    break;
                }
                if (!LISTED.contains(m.label())) {
                    break;
                }
                listed.add(m);
                at = m.end() - base;
                skip = bracketEnd(text, at);
            }
            if (listed.isEmpty() || !TAIL.matcher(text.substring(skip)).matches()) {
                continue;
            }
            for (Mention m : listed) {
                out.add(doc.edge(RelationType.HOSTS, place, m, name(), 0.6, sentence));
            }
        }
    }
}
