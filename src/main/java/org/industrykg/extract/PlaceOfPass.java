package org.industrykg.extract;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.industrykg.nlp.Sentence;

/**
 * A place written as the owner of an organisation hosts it: P内的A, P内的A、B等高校, P的A, 位于P的A
 * ({@code rule:place-of}).
 */
final class PlaceOfPass implements RelationPass {

    private static final Pattern OF = Pattern.compile("^(?:内|里|中)?的$|^(?:内|里)$|^(?:的)?(?:企业|公司|龙头企业|高校|院校|院所|科研院所)$");
    /** A list closed by its members' place: A、B等(12家)P企业, A、B等在P高校. */
    private static final Pattern LIST_BEFORE_PLACE = Pattern.compile("^等(?:[0-9一二两三四五六七八九十百多余]+(?:家|所|个))?(?:在|落户|位于)?$");
    private static final Pattern MEMBERS_NOUN = Pattern.compile("^(?:的)?(?:[\\p{IsHan}]{0,4}?)(?:企业|公司|高校|院校|院所|厂商)");
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
            for (int i = 0; i < here.size(); i++) {
                if (here.get(i).label() == EntityLabel.City) {
                    hostsListBefore(doc, sentence, here, groups, i, out);
                }
            }
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

    /** A、B、C等12家P企业: the place P hosts every member of the list before it. */
    private void hostsListBefore(RelationContext doc, Sentence sentence, List<Mention> here, List<List<Mention>> groups,
                                 int placeIndex, List<ExtractedRelation> out) {
        Mention place = here.get(placeIndex);
        if (placeIndex == 0) {
            return;
        }
        Mention last = here.get(placeIndex - 1);
        if (last.end() > place.begin()) {
            return;
        }
        String before = sentence.text().substring(last.end() - sentence.begin(), place.begin() - sentence.begin());
        String after = sentence.text().substring(place.end() - sentence.begin());
        if (!LIST_BEFORE_PLACE.matcher(before).matches() || !MEMBERS_NOUN.matcher(after).find()) {
            return;
        }
        for (Mention member : ListGroups.ending(groups, last)) {
            if (HOSTED.contains(member.label()) && doc.entityOf.get(member) != doc.entityOf.get(place)) {
                out.add(doc.edge(RelationType.HOSTS, place, member, name(), 0.6, sentence));
            }
        }
    }
}
