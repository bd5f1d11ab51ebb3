package org.industrykg.extract;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.industrykg.nlp.Sentence;

/**
 * A party that leads a joint undertaking partners each party it leads ({@code rule:lead-partners}):
 * 由A牵头，联合B、C…; A牵头，会同B…; 牵头单位为A，参与单位为B、C; 由A牵头，B、C等14家单位共同发起. The parties
 * led are the list right after the connector, or right after 牵头， when 等 or 共同 closes it.
 */
final class LeadPartnersPass implements RelationPass {

    private static final Set<EntityLabel> PARTIES = EnumSet.of(EntityLabel.Enterprise, EntityLabel.ResearchInstitute,
            EntityLabel.Platform, EntityLabel.Association, EntityLabel.GovernmentAgency, EntityLabel.Park);
    /** What stands between the lead and 牵头: nothing, or its abbreviation in brackets. */
    private static final Pattern LEADS = Pattern.compile("^(?:[（(][^（()）]{0,30}[）)])?(?:共同)?牵头");
    /** 牵头单位为A: the lead written after its role. */
    private static final Pattern LEAD_ROLE = Pattern.compile("牵头(?:单位|企业|方)(?:为|是|：|:)\\s*$");
    /** From the end of the lead to the first party led: the connector. */
    private static final Pattern CONNECTOR = Pattern.compile(
            "^(?:[（(][^（()）]{0,30}[）)])?(?:牵头)?[，,；;]?\\s*(?:并|共同)?(?:联合|会同|联同|携手|协同|参与单位(?:为|是|包括|：|:)|参与方(?:为|是|：|:)|合作单位(?:为|是|：|:))\\s*$");
    /** 由A牵头，B、C等…共同发起: the parties right after the comma, closed by 等 or 共同. */
    private static final Pattern BARE_AFTER = Pattern.compile("^(?:[（(][^（()）]{0,30}[）)])?牵头[，,]\\s*$");
    private static final Pattern CLOSED_LIST = Pattern.compile("^(?:[（(][^（()）]{0,30}[）)])?(?:等|共同)");

    @Override
    public String name() {
        return "rule:lead-partners";
    }

    @Override
    public void find(RelationContext doc, List<ExtractedRelation> out) {
        for (Sentence sentence : doc.sentences) {
            List<Mention> here = doc.in(sentence);
            String text = sentence.text();
            for (int i = 0; i + 1 < here.size(); i++) {
                Mention lead = here.get(i);
                if (!PARTIES.contains(lead.label())) {
                    continue;
                }
                int end = lead.end() - sentence.begin();
                boolean leads = LEADS.matcher(text.substring(end)).lookingAt()
                        || LEAD_ROLE.matcher(text.substring(0, lead.begin() - sentence.begin())).find();
                if (!leads) {
                    continue;
                }
                Mention first = here.get(i + 1);
                String gap = text.substring(end, first.begin() - sentence.begin());
                if (!PARTIES.contains(first.label())) {
                    continue;
                }
                List<Mention> led = ListGroups.joinedFrom(text, sentence.begin(), here, i + 1, m -> PARTIES.contains(m.label()));
                Mention last = led.get(led.size() - 1);
                boolean connected = CONNECTOR.matcher(gap).matches() || BARE_AFTER.matcher(gap).matches()
                        && CLOSED_LIST.matcher(text.substring(last.end() - sentence.begin())).lookingAt();
                if (connected) {
                    for (Mention party : led) {
                        doc.link(out, RelationType.PARTNERS_WITH, lead, party, name(), 0.6, sentence, Map.of());
                    }
                }
            }
        }
    }
}
