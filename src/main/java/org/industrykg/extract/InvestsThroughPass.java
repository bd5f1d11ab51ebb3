package org.industrykg.extract;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.industrykg.nlp.Sentence;

/**
 * An investment made through another company (核准A经由B，以美金500万元增资C; A通过其全资子公司B出资设立C): the
 * vehicle B and the investor A both put money into C or set it up ({@code rule:invests-through}), FUNDS for a verb of
 * funding and FOUNDED for one of founding: the first such verb after B in the sentence with an organisation right
 * after it (在某镇设立C: the place stands before the verb, and so does an amount, 以美金500万元增资C).
 */
final class InvestsThroughPass implements RelationPass {

    private static final Set<EntityLabel> PARTIES = EnumSet.of(EntityLabel.Enterprise, EntityLabel.Fund);
    /** Between A and B: through, and the words that name B as A's own (其大陆子公司, 其全资子公司). */
    private static final Pattern THROUGH = Pattern.compile(
            "(?:[（(][^（）()]{0,40}[）)])?[\\s　]*(?:经由|通过|透过)(?:其)?(?:在)?(?:大陆|境外|境内|香港|全资|控股|下属|旗下)?(?:子公司|控股公司|投资主体|平台)?[\\s　]*");
    /** How far after B the verb may stand. */
    private static final int REACH = 40;

    @Override
    public String name() {
        return "rule:invests-through";
    }

    @Override
    public void find(RelationContext doc, List<ExtractedRelation> out) {
        VerbLexicon verbs = VerbLexicon.shared();
        for (Sentence sentence : doc.sentences) {
            List<Mention> here = doc.in(sentence);
            String text = sentence.text();
            for (Mention investor : here) {
                Matcher through = THROUGH.matcher(text).region(investor.end() - sentence.begin(), text.length());
                if (!PARTIES.contains(investor.label()) || !through.lookingAt()) {
                    continue;
                }
                int vehicleAt = sentence.begin() + through.end();
                Mention vehicle = here.stream().filter(m -> m.begin() == vehicleAt).findFirst().orElse(null);
                if (vehicle == null || vehicle.label() != EntityLabel.Enterprise) {
                    continue;
                }
                int from = vehicle.end() - sentence.begin();
                int limit = Math.min(text.length(), from + REACH);
                for (int at = from; at < limit; at++) {
                    if ("。；;".indexOf(text.charAt(at)) >= 0) {
                        break;
                    }
                    VerbLexicon.Hit hit = verbs.at(text, at, text.length());
                    if (hit == null) {
                        continue;
                    }
                    RelationType type = hit.classes().contains(VerbLexicon.VerbClass.FUND) ? RelationType.FUNDS
                            : hit.classes().contains(VerbLexicon.VerbClass.FOUND) ? RelationType.FOUNDED : null;
                    Mention target = type == null ? null : objectAfter(here, sentence, hit.end());
                    if (target != null && target != vehicle && target.label() == EntityLabel.Enterprise) {
                        doc.link(out, type, investor, target, name(), 0.7, sentence, Map.of());
                        doc.link(out, type, vehicle, target, name(), 0.7, sentence, Map.of());
                        break;
                    }
                    at = hit.end() - 1;
                }
            }
        }
    }

    /** The organisation right after the verb, or null. */
    private static Mention objectAfter(List<Mention> here, Sentence sentence, int verbEnd) {
        for (Mention m : here) {
            if (m.begin() - sentence.begin() >= verbEnd) {
                return m.begin() - sentence.begin() == verbEnd && m.label().isOrganisation() ? m : null;
            }
        }
        return null;
    }
}
