package org.industrykg.extract;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.industrykg.nlp.Sentence;

/**
 * The organisers of an event listed under a heading of their own (主办单位, then one organisation per line): they hold
 * it together, so each PARTNERS_WITH the others ({@code rule:organiser-list}). Co-hosts and supporters (承办, 协办, 支持单位)
 * play other parts and are not read.
 */
final class OrganiserListPass implements RelationPass {

    private static final Pattern HEADING = Pattern.compile("^\\s*(?:联合|共同)?主办(?:单位|方|机构)?\\s*[：:]?\\s*$");
    private static final Set<EntityLabel> ORGANISERS = EnumSet.of(EntityLabel.GovernmentAgency, EntityLabel.Association,
            EntityLabel.Enterprise, EntityLabel.ResearchInstitute, EntityLabel.Platform);
    private static final double CONFIDENCE = 0.7;

    @Override
    public String name() {
        return "rule:organiser-list";
    }

    @Override
    public void find(RelationContext doc, List<ExtractedRelation> out) {
        for (int i = 0; i < doc.sentences.size(); i++) {
            if (!HEADING.matcher(doc.sentences.get(i).text()).matches()) {
                continue;
            }
            List<Mention> organisers = new ArrayList<>();
            for (int j = i + 1; j < doc.sentences.size(); j++) {
                Mention alone = alone(doc, doc.sentences.get(j));
                if (alone == null) {
                    break;
                }
                organisers.add(alone);
            }
            for (int a = 0; a < organisers.size(); a++) {
                for (int b = a + 1; b < organisers.size(); b++) {
                    Mention second = organisers.get(b);
                    doc.link(out, RelationType.PARTNERS_WITH, organisers.get(a), second, name(), CONFIDENCE,
                            doc.sentenceOf(second), Map.of());
                }
            }
        }
    }

    /** The organisation a line holds and nothing else (　某某区人民政府), or null. */
    private static Mention alone(RelationContext doc, Sentence line) {
        List<Mention> here = doc.in(line).stream().filter(m -> m.label() != EntityLabel.Industry).toList();
        return here.size() == 1 && ORGANISERS.contains(here.get(0).label()) && line.text().strip().equals(here.get(0).text())
                ? here.get(0) : null;
    }
}
