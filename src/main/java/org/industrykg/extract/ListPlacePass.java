package org.industrykg.extract;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.industrykg.nlp.Sentence;

/**
 * A、B等长沙本土企业, A、B等12家株洲企业, A、B等深圳人形机器人整机企业, A、B等在湘高校: the place in the cue after a list of enterprises or
 * institutes hosts each of them ({@code rule:list-place}).
 */
final class ListPlacePass implements RelationPass {

    private static final Pattern LIST_PLACE_CUE = Pattern.compile("^等[^，。；、]{0,14}?(?:本土|本地|当地|辖区)?(?:企业|公司|厂商|高校|院校|院所)");
    private static final Set<EntityLabel> MEMBERS = EnumSet.of(EntityLabel.Enterprise, EntityLabel.ResearchInstitute);

    @Override
    public String name() {
        return "rule:list-place";
    }

    @Override
    public void find(RelationContext doc, List<ExtractedRelation> out) {
        for (Sentence sentence : doc.sentences) {
            List<Mention> here = doc.in(sentence);
            for (List<Mention> group : ListGroups.of(sentence, here)) {
                Mention last = group.get(group.size() - 1);
                if (!MEMBERS.contains(last.label())) {
                    continue;
                }
                Matcher cue = LIST_PLACE_CUE.matcher(sentence.text().substring(last.end() - sentence.begin()));
                if (!cue.find()) {
                    continue;
                }
                int cueEnd = last.end() + cue.end();
                Mention place = here.stream().filter(m -> m.label() == EntityLabel.City && m.begin() > last.end()
                        && m.end() <= cueEnd).findFirst().orElse(null);
                if (place == null) {
                    continue;
                }
                for (Mention member : group) {
                    out.add(doc.edge(RelationType.HOSTS, place, member, name(), 0.6, sentence));
                }
            }
        }
    }
}
