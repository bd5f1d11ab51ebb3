package org.industrykg.extract;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.industrykg.nlp.Sentence;

/**
 * A place written as the owner of an organisation hosts it: P内的A, P内的A、B等高校, P的A, 位于P的A,
 * P本地的A, P的专精特新企业A, P半导体企业A, P属国企A ({@code rule:place-of}); and a city firms come from: A、B等9个项目来自P,
 * A来自P.
 */
final class PlaceOfPass implements RelationPass {

    private static final Pattern OF = Pattern.compile("^(?:内|里|中|本地|本土|当地)?的$|^(?:内|里)$"
            + "|^(?:的)?[^，。；、的]{0,10}?(?:企业|公司|高校|院校|院所|国企)[“\"]?$");
    private static final Set<EntityLabel> HOSTED = EnumSet.of(EntityLabel.Enterprise, EntityLabel.ResearchInstitute,
            EntityLabel.Park, EntityLabel.Platform, EntityLabel.Association, EntityLabel.Fund);

    /** Between firms and the place they come from (A、B等9个项目来自P, 投资方A来自P); the list's last item may be no name. */
    private static final Pattern FROM = Pattern.compile(
            "^(?:、[^，。；、]{2,8}?){0,3}(?:等[^，。；、]{0,8}?(?:项目|企业|公司|家|个))?(?:均|都|也|则|同样)?来自$");

    @Override
    public String name() {
        return "rule:place-of";
    }

    @Override
    public void find(RelationContext doc, List<ExtractedRelation> out) {
        for (Sentence sentence : doc.sentences) {
            List<Mention> here = doc.in(sentence);
            List<List<Mention>> groups = ListGroups.of(sentence, here);
            for (int i = 0; i + 1 < here.size(); i++) {
                Mention place = here.get(i);
                Mention first = here.get(i + 1);
                if (first.begin() < place.end()) {
                    continue;
                }
                if (!place.label().isPlace()) {
                    String gap = sentence.text().substring(place.end() - sentence.begin(), first.begin() - sentence.begin());
                    comesFrom(doc, sentence, groups, place, first, gap, out);
                    continue;
                }
                String gap = sentence.text().substring(place.end() - sentence.begin(), first.begin() - sentence.begin());
                if (!OF.matcher(gap).matches()) {
                    continue;
                }
                for (Mention member : ListGroups.starting(groups, first)) {
                    if (HOSTED.contains(member.label()) && doc.entityOf.get(member) != doc.entityOf.get(place)) {
                        out.add(doc.edge(RelationType.HOSTS, place, member, name(), 0.6, sentence));
                    }
                }
            }
        }
    }

    /**
     * Firms written right before 来自 and a place (甲乙机器人、丙丁精密等9个项目来自深圳, 戊己生物来自广州): the place
     * hosts each of them, and each of the list they close.
     */
    private void comesFrom(RelationContext doc, Sentence sentence, List<List<Mention>> groups, Mention last, Mention place,
                           String gap, List<ExtractedRelation> out) {
        int after = place.end() - sentence.begin();
        if (place.label() != EntityLabel.City || !FROM.matcher(gap).matches() || sentence.text().startsWith("的", after)) {
            return; // 甲公司来自深圳的订单: where the orders come from
        }
        for (Mention member : ListGroups.ending(groups, last)) {
            if (HOSTED.contains(member.label()) && member.label() != EntityLabel.Park) {
                out.add(doc.edge(RelationType.HOSTS, place, member, name(), 0.6, sentence));
            }
        }
    }
}
