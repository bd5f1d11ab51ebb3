package org.industrykg.extract;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.industrykg.nlp.Sentence;

/**
 * The parts of a zone ({@code rule:zone-parts}): a park or city made of parks HOSTS each of them, and a
 * city made of towns has them PART_OF it. Three ways of saying so:
 * <ul>
 * <li>Z下辖 / 包括 / 包含 / 涵盖 / 辖有 A、B和C(等N个园区): Z, the clause's subject, is made of A, B and C;</li>
 * <li>Z以A为核心，配套建设 / 布局 / 打造 B和C: the core A and the parts built beside it;</li>
 * <li>Z由A、B和C(等)(N个片区)组成 / 构成.</li>
 * </ul>
 * A park's parts are parks; a city's are cities (its towns) and parks (its zones).
 */
final class ZonePartsPass implements RelationPass {

    /** Between the zone and the list of its parts: adverbs, then a verb of containing. */
    private static final Pattern CONTAINS = Pattern.compile(
            "^(?:目前|现|现已|共|现有|主要|已|规划)*(?:下辖|辖有|辖|包括|包含|涵盖|囊括|分为|划分为)(?:了)?$");
    /** Between the zone and its core: 以A为核心. */
    private static final Pattern BY_CORE = Pattern.compile("^(?:[\\p{IsHan}]{0,6}?[，,])?(?:坚持|主要|着力)?以$");
    /** After the core, up to its parts: 为核心，配套建设 / 为龙头，联动发展. */
    private static final Pattern CORE_THEN = Pattern.compile(
            "^为(?:核心|核心区|龙头|主体|主阵地|引领|中心)[，,]?(?:同步|配套|联动|带动|统筹|整合|规划|加快)*"
                    + "(?:建设|布局|打造|发展|提升|推进|建成|建有)(?:了)?(?:包括)?$");
    /** Between 由 and the parts, and after them: Z由A、B和C三个片区组成. */
    private static final Pattern MADE_OF = Pattern.compile("^(?:等)?(?:[0-9一二三四五六七八九十两]+个)?(?:园区|片区|组团|功能区|板块|区块|部分)?(?:共同)?(?:组成|构成)");
    private static final Pattern MADE_OF_LEAD = Pattern.compile("^(?:目前|现|主要)*由$");

    @Override
    public String name() {
        return "rule:zone-parts";
    }

    @Override
    public void find(RelationContext doc, List<ExtractedRelation> out) {
        for (Sentence sentence : doc.sentences) {
            List<Mention> here = doc.in(sentence);
            String text = sentence.text();
            int base = sentence.begin();
            for (int i = 0; i + 1 < here.size(); i++) {
                Mention zone = here.get(i);
                if (!isWhole(zone)) {
                    continue;
                }
                Mention first = here.get(i + 1);
                String between = text.substring(zone.end() - base, first.begin() - base);
                List<Mention> listed = parts(text, base, here, i + 1, zone);
                if (CONTAINS.matcher(between).matches()
                        || MADE_OF_LEAD.matcher(between).matches() && MADE_OF.matcher(after(text, base, listed)).lookingAt()) {
                    link(doc, zone, listed, sentence, out);
                } else if (BY_CORE.matcher(between).matches()) {
                    List<Mention> core = listed;
                    if (core.isEmpty()) {
                        continue;
                    }
                    link(doc, zone, core, sentence, out);
                    int next = i + 1 + core.size();
                    if (next < here.size() && CORE_THEN.matcher(
                            text.substring(core.get(core.size() - 1).end() - base, here.get(next).begin() - base)).matches()) {
                        link(doc, zone, parts(text, base, here, next, zone), sentence, out);
                    }
                }
            }
        }
    }

    private static boolean isWhole(Mention m) {
        return m.label() == EntityLabel.Park || m.label() == EntityLabel.City;
    }

    /** The parts listed from mention {@code from} on: parks, or for a city also its towns. */
    private static List<Mention> parts(String text, int base, List<Mention> here, int from, Mention zone) {
        if (!isPart(zone, here.get(from))) {
            return List.of();
        }
        return ListGroups.joinedFrom(text, base, here, from, m -> isPart(zone, m));
    }

    private static boolean isPart(Mention zone, Mention part) {
        return part.label() == EntityLabel.Park || zone.label() == EntityLabel.City && part.label() == EntityLabel.City;
    }

    private static String after(String text, int base, List<Mention> parts) {
        return parts.isEmpty() ? "" : text.substring(parts.get(parts.size() - 1).end() - base);
    }

    private void link(RelationContext doc, Mention zone, List<Mention> parts, Sentence sentence, List<ExtractedRelation> out) {
        for (Mention part : parts) {
            if (doc.key(part).equals(doc.key(zone))) {
                continue;
            }
            if (part.label() == EntityLabel.Park) {
                out.add(doc.edge(RelationType.HOSTS, zone, part, name(), 0.7, sentence));
            } else {
                out.add(doc.edge(RelationType.PART_OF, part, zone, name(), 0.7, sentence));
            }
        }
    }
}
