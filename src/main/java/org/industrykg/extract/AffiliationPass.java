package org.industrykg.extract;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.industrykg.nlp.Sentence;

/**
 * An affiliation or address written as a paper's or a letter's byline writes it: an organisation, a comma, its
 * province and city, then a postcode (某某大学 智能制造学院，广东 中山 528400; 某某科技有限公司，深圳 518000): the city,
 * the last place before the postcode, hosts the organisation ({@code rule:affiliation-postcode}). The six digits
 * make it an address, so no place written in passing before a number counts.
 */
final class AffiliationPass implements RelationPass {

    private static final Set<EntityLabel> HOSTED = EnumSet.of(EntityLabel.Enterprise, EntityLabel.ResearchInstitute,
            EntityLabel.Platform, EntityLabel.Association);
    /** After the organisation (and a department or school of it): a comma, places, a postcode and the end of the entry. */
    private static final Pattern BYLINE = Pattern.compile(
            "^[\\p{IsHan}]{0,16}?[\\s　]*[，,][\\s　]*([\\p{IsHan}\\s　]{2,14}?)[\\s　]*([1-8][0-9]{5})(?![0-9])");

    @Override
    public String name() {
        return "rule:affiliation-postcode";
    }

    @Override
    public void find(RelationContext doc, List<ExtractedRelation> out) {
        for (Sentence sentence : doc.sentences) {
            List<Mention> here = doc.in(sentence);
            String text = sentence.text();
            for (Mention org : here) {
                if (!HOSTED.contains(org.label())) {
                    continue;
                }
                Matcher byline = BYLINE.matcher(text.substring(org.end() - sentence.begin()));
                if (!byline.lookingAt()) {
                    continue;
                }
                int placesFrom = org.end() + byline.start(1);
                int placesTo = org.end() + byline.end(1);
                Mention city = null;
                for (Mention m : here) {
                    if (m.label() == EntityLabel.City && m.begin() >= placesFrom && m.end() <= placesTo) {
                        city = m;
                    } else if (m.begin() >= org.end() && m.begin() < placesTo && m.label() != EntityLabel.City) {
                        city = null; // another organisation between: not this one's byline
                        break;
                    }
                }
                if (city != null) {
                    doc.link(out, RelationType.HOSTS, city, org, name(), 0.7, sentence, Map.of());
                }
            }
        }
    }
}
