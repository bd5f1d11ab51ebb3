package org.industrykg.extract;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.industrykg.nlp.Sentence;

/**
 * A sentence that opens with the place it is about (在某某镇，某某产业园一期已完成建设): the
 * organisation right after that opening is in the place ({@code rule:place-topic}).
 */
final class PlaceTopicPass implements RelationPass {

    /** 在P， or 在P方面，: nothing but the place between 在 and the comma. */
    private static final Pattern OPENING = Pattern.compile("^[在于]$");
    private static final Pattern AFTER_PLACE = Pattern.compile("^(?:方面)?[，,]$");
    private static final Set<EntityLabel> HOSTED = EnumSet.of(EntityLabel.Park, EntityLabel.Enterprise,
            EntityLabel.ResearchInstitute, EntityLabel.Platform, EntityLabel.Association, EntityLabel.Fund);
    private static final int GAP = 2;

    @Override
    public String name() {
        return "rule:place-topic";
    }

    @Override
    public void find(RelationContext doc, List<ExtractedRelation> out) {
        for (Sentence sentence : doc.sentences) {
            List<Mention> here = doc.in(sentence);
            if (here.size() < 2) {
                continue;
            }
            Mention place = here.get(0);
            Mention first = here.get(1);
            String text = sentence.text();
            int base = sentence.begin();
            int afterComma = text.indexOf('，', place.end() - base);
            boolean opens = place.label() == EntityLabel.City
                    && OPENING.matcher(text.substring(0, place.begin() - base)).matches()
                    && afterComma >= 0 && AFTER_PLACE.matcher(text.substring(place.end() - base, afterComma + 1)).matches();
            if (opens && HOSTED.contains(first.label()) && first.begin() - base - (afterComma + 1) <= GAP
                    && !ReferringWords.refers(first)) {
                out.add(doc.edge(RelationType.HOSTS, place, first, name(), 0.6, sentence));
            }
        }
    }
}
