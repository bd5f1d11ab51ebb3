package org.industrykg.extract;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.industrykg.nlp.Sentence;

/**
 * Support written as a frame around the supported organisation rather than as 支持 before it
 * ({@code rule:support-frame}), the supporter a government body, policy or platform:
 * <ul>
 *   <li>S对X给予…奖励/补助/资助/支持: S SUPPORTS X (S the supporter before 对 in the sentence, else the
 *   policy a notice issues);</li>
 *   <li>X获得/得到/获 S…资助/支持/补助/奖励: S SUPPORTS X;</li>
 *   <li>在S的支持下，X…: S SUPPORTS X, the organisation the clause after it opens with;</li>
 *   <li>X是S支持的…: S SUPPORTS X.</li>
 * </ul>
 */
final class SupportFramePass implements RelationPass {

    private static final Set<EntityLabel> SUPPORTERS = EnumSet.of(EntityLabel.GovernmentAgency, EntityLabel.Policy,
            EntityLabel.Platform);
    private static final Set<EntityLabel> SUPPORTED = EnumSet.of(EntityLabel.Enterprise, EntityLabel.ResearchInstitute,
            EntityLabel.Platform, EntityLabel.Park, EntityLabel.Association);
    private static final String AID = "(?:奖励|补助|补贴|资助|支持|扶持|奖补|资金支持|经费支持)";
    /** 对X给予…奖励: what stands between the supported and the aid. */
    private static final Pattern GIVEN = Pattern.compile("^(?:[、和及与]|等[^，。；]{0,24}?)*[，,]?给予[^，。；]{0,16}?" + AID);
    private static final Pattern LIST_GAP = Pattern.compile("^[、和及与]$");
    /** X获得S…资助: what stands between the supported and the supporter, and after the supporter. */
    private static final Pattern RECEIVED = Pattern.compile("^(?:获得了?|得到了?|获|获批)$");
    private static final Pattern RECEIVED_AID = Pattern.compile("^[^，。；]{0,14}?" + AID);
    private static final Pattern UNDER = Pattern.compile("^的(?:大力)?(?:支持|资助|扶持)下[，,]?$");
    private static final Pattern BACKED_BY = Pattern.compile("^是$");
    private static final Pattern BACKING = Pattern.compile("^(?:重点)?(?:支持|资助|扶持)的");

    @Override
    public String name() {
        return "rule:support-frame";
    }

    @Override
    public void find(RelationContext doc, List<ExtractedRelation> out) {
        Mention issued = doc.issuedPolicy();
        for (Sentence sentence : doc.sentences) {
            List<Mention> here = doc.in(sentence);
            String text = sentence.text();
            for (int i = 0; i < here.size(); i++) {
                Mention m = here.get(i);
                int end = m.end() - sentence.begin();
                int begin = m.begin() - sentence.begin();
                int last = i; // 对A、B和C等…给予: the whole list is given it
                while (last + 1 < here.size() && SUPPORTED.contains(here.get(last + 1).label()) && LIST_GAP.matcher(
                        text.substring(here.get(last).end() - sentence.begin(), here.get(last + 1).begin() - sentence.begin())).matches()) {
                    last++;
                }
                if (SUPPORTED.contains(m.label()) && begin > 0 && text.charAt(begin - 1) == '对'
                        && GIVEN.matcher(text.substring(here.get(last).end() - sentence.begin())).lookingAt()) {
                    Mention supporter = lastBefore(here, i, SUPPORTERS);
                    if (supporter == null && issued != null && issued.begin() < m.begin()) {
                        supporter = issued; // 第二条 对X给予奖励: in the text of a policy a notice issues, the policy's
                    }
                    for (int k = i; k <= last && supporter != null; k++) {
                        doc.link(out, RelationType.SUPPORTS, supporter, here.get(k), name(), 0.6, sentence, Map.of());
                    }
                }
                if (SUPPORTERS.contains(m.label()) && begin > 0 && text.charAt(begin - 1) == '在' && i + 1 < here.size()) {
                    Mention next = here.get(i + 1);
                    String between = text.substring(end, next.begin() - sentence.begin());
                    if (SUPPORTED.contains(next.label()) && UNDER.matcher(between).matches()) {
                        doc.link(out, RelationType.SUPPORTS, m, next, name(), 0.6, sentence, Map.of());
                    }
                }
                if (SUPPORTERS.contains(m.label()) && i > 0) {
                    Mention before = here.get(i - 1);
                    String gap = text.substring(before.end() - sentence.begin(), begin);
                    if (SUPPORTED.contains(before.label()) && RECEIVED.matcher(gap).matches()
                            && RECEIVED_AID.matcher(text.substring(end)).lookingAt()) {
                        doc.link(out, RelationType.SUPPORTS, m, before, name(), 0.6, sentence, Map.of());
                    }
                    if (SUPPORTED.contains(before.label()) && BACKED_BY.matcher(gap).matches()
                            && BACKING.matcher(text.substring(end)).lookingAt()) {
                        doc.link(out, RelationType.SUPPORTS, m, before, name(), 0.6, sentence, Map.of());
                    }
                }
            }
        }
    }

    /** The last mention of these labels before index {@code i}, or null. */
    private static Mention lastBefore(List<Mention> here, int i, Set<EntityLabel> labels) {
        for (int k = i - 1; k >= 0; k--) {
            if (labels.contains(here.get(k).label())) {
                return here.get(k);
            }
        }
        return null;
    }
}
