package org.industrykg.extract;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.industrykg.nlp.Sentence;

/**
 * A place written as the owner of an organisation hosts it: P内的A, P内的A、B等高校, P的A, 位于P的A,
 * P本地的A, P的专精特新企业A, P半导体企业A, P属国企A ({@code rule:place-of}).
 */
final class PlaceOfPass implements RelationPass {

    private static final Pattern OF = Pattern.compile("^(?:内|里|中|本地|本土|当地)?的$|^(?:内|里)$"
            + "|^(?:的)?[^，。；、的]{0,10}?(?:企业|公司|高校|院校|院所|国企)[“\"]?$");
    private static final Set<EntityLabel> HOSTED = EnumSet.of(EntityLabel.Enterprise, EntityLabel.ResearchInstitute,
            EntityLabel.Park, EntityLabel.Platform, EntityLabel.Association, EntityLabel.Fund);

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
                if (place.label() != EntityLabel.City && place.label() != EntityLabel.Park || first.begin() < place.end()) {
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
}
