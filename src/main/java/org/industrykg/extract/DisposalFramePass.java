package org.industrykg.extract;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.industrykg.nlp.Sentence;

/**
 * Fields written as what an organisation makes of them, before the verb that says so
 * ({@code rule:disposal-frame}): S把A和B作为主导产业, S将A、B列为重点突破方向, S已将A列为重点培育的未来产业之一.
 * S is the organisation nearest before 把/将 in the sentence; a park, firm or institute is IN_INDUSTRY
 * each field, a policy or fund TARGETS it.
 */
final class DisposalFramePass implements RelationPass {

    /** 把 or 将, the fields, then the verb of making them something and what they are made (产业, 方向, 增长点). */
    private static final Pattern FRAME = Pattern.compile(
            "(?:把|将)([^，。；]{2,60}?)(?:作为|列为|列入|确定为|确立为|定位为)([^，。；]{0,16}?)(?:产业|方向|领域|增长点|赛道)");
    private static final Set<EntityLabel> FIELDED = EnumSet.of(EntityLabel.Park, EntityLabel.Enterprise,
            EntityLabel.ResearchInstitute);
    private static final Set<EntityLabel> TARGETING = EnumSet.of(EntityLabel.Policy, EntityLabel.Fund);

    @Override
    public String name() {
        return "rule:disposal-frame";
    }

    @Override
    public void find(RelationContext doc, List<ExtractedRelation> out) {
        for (Sentence sentence : doc.sentences) {
            List<Mention> here = doc.in(sentence);
            Matcher frame = FRAME.matcher(sentence.text());
            while (frame.find()) {
                int from = sentence.begin() + frame.start(1);
                int to = sentence.begin() + frame.end(1);
                List<Mention> fields = here.stream()
                        .filter(m -> m.label() == EntityLabel.Industry && m.begin() >= from && m.end() <= to).toList();
                Mention subject = null;
                for (Mention m : here) {
                    if (m.end() <= sentence.begin() + frame.start() && (FIELDED.contains(m.label()) || TARGETING.contains(m.label()))) {
                        subject = m;
                    }
                }
                if (subject == null || fields.isEmpty()) {
                    continue;
                }
                RelationType type = TARGETING.contains(subject.label()) ? RelationType.TARGETS : RelationType.IN_INDUSTRY;
                for (Mention field : fields) {
                    doc.link(out, type, subject, field, name(), 0.6, sentence, java.util.Map.of());
                }
            }
        }
    }
}
