package org.industrykg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.industrykg.nlp.Sentence;

/**
 * 该中心由A、B及C三方共建: each of a list after 由 and before a founding verb founded the thing the
 * sentence is about (the organisation before 由, or the one 该中心 refers back to), and the
 * organisations among them are partners ({@code rule:co-founders}); A（B下属企业） is handled by
 * {@link SubsidiaryPass}.
 */
final class CoFounderPass implements RelationPass {

    private static final Pattern FOUNDING_AFTER_LIST = Pattern.compile("^(?:[一二两三四五六七八九十多]方|等|共同|联合)*(?:共建|组建|成立|设立|发起|创办|建设|共同建设)");
    private static final Pattern ANAPHORIC_ORGANISATION = Pattern.compile("该(?:中心|平台|研究院|基地|园区|基金|联盟|协会|机构)");
    private static final Pattern PARTY_SEPARATOR = Pattern.compile("^(?:、|及|和|与|以及)$");
    private static final Pattern LEADING_PARENTHESIS = Pattern.compile("^[（(][^（()）]{0,30}[）)]");

    @Override
    public String name() {
        return "rule:co-founders";
    }

    @Override
    public void find(RelationContext doc, List<ExtractedRelation> out) {
        Mention lastCreated = null;
        for (Sentence sentence : doc.sentences) {
            List<Mention> here = doc.in(sentence);
            String text = sentence.text();
            for (int i = 0; i < here.size(); i++) {
                Mention first = here.get(i);
                int at = first.begin() - sentence.begin();
                if (at < 1 || text.charAt(at - 1) != '由') {
                    continue;
                }
                List<Mention> group = foundersFrom(sentence, here, i);
                Mention last = group.get(group.size() - 1);
                String after = withoutParenthesis(text.substring(last.end() - sentence.begin()));
                if (!FOUNDING_AFTER_LIST.matcher(after).find()) {
                    continue;
                }
                Mention created = null;
                for (Mention m : here) {
                    if (m.end() <= first.begin() && m.label().isOrganisation()) {
                        created = m;
                    }
                }
                if (created == null && lastCreated != null && sentence.index() - lastCreated.sentence() <= 2
                        && ANAPHORIC_ORGANISATION.matcher(text.substring(0, at)).find()) {
                    created = lastCreated;
                }
                if (created != null) {
                    foundedBy(doc, sentence, created, group, out);
                }
            }
            for (Mention m : here) {
                if (m.label().isOrganisation() && m.label() != EntityLabel.GovernmentAgency && m.label() != EntityLabel.Enterprise) {
                    lastCreated = m;
                }
            }
        }
    }

    /** The list of parties after 由: mentions joined by 、 及 和 与, a parenthesis after a member skipped. */
    private static List<Mention> foundersFrom(Sentence sentence, List<Mention> here, int first) {
        List<Mention> group = new ArrayList<>(List.of(here.get(first)));
        int end = here.get(first).end();
        for (int j = first + 1; j < here.size(); j++) {
            Mention next = here.get(j);
            if (next.begin() < end) {
                continue;
            }
            String gap = withoutParenthesis(sentence.text().substring(end - sentence.begin(), next.begin() - sentence.begin()));
            if (gap.startsWith("（") || gap.startsWith("(")) {
                continue;
            }
            if (!PARTY_SEPARATOR.matcher(gap).matches()) {
                break;
            }
            group.add(next);
            end = next.end();
        }
        return group;
    }

    /** The text without a leading parenthesis (（长沙国投集团下属企业）). */
    static String withoutParenthesis(String text) {
        Matcher m = LEADING_PARENTHESIS.matcher(text);
        return m.find() ? text.substring(m.end()) : text;
    }

    private static void foundedBy(RelationContext doc, Sentence sentence, Mention created, List<Mention> founders,
                                  List<ExtractedRelation> out) {
        Map<Mention, Resolver.Entity> entityOf = doc.entityOf;
        Evidence evidence = doc.evidence(sentence);
        for (Mention founder : founders) {
            if (entityOf.get(founder) != entityOf.get(created)) {
                out.add(new ExtractedRelation(RelationType.FOUNDED, entityOf.get(founder).key(), entityOf.get(created).key(),
                        "rule:co-founders", 0.7, evidence, Map.of()));
            }
            for (Mention other : founders) {
                if (other.begin() > founder.begin() && founder.label().isOrganisation() && other.label().isOrganisation()) {
                    out.add(new ExtractedRelation(RelationType.PARTNERS_WITH, entityOf.get(founder).key(),
                            entityOf.get(other).key(), "rule:co-founders", 0.6, evidence, Map.of()));
                }
            }
        }
    }
}
