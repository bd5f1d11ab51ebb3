package org.industrykg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.industrykg.nlp.Sentence;

/**
 * A fund or policy and the industries of a sentence that states a focus (聚焦, 投向, 领域…), also
 * when the sentence refers back to it (该基金, 《措施》) or starts with the focus word right after
 * the sentence that named it ({@code rule:focus-sentence}). A policy the sentence only cites
 * (为贯彻落实《A》) is not its subject; in the text of a policy a notice issues, a focus stated
 * without a subject (聚焦…, 抢抓…, 对…企业) is that policy's.
 */
final class FocusSentencePass implements RelationPass {

    private static final Pattern FOCUS = Pattern.compile("聚焦|投向|投资|围绕|领域|方向|布局|瞄准|覆盖|包括|重点|专注|赛道|推动|培育|支持|发展|打造|加快|给予|奖励|扶持");
    private static final Pattern FOCUS_START = Pattern.compile("^(?:聚焦|重点|围绕|主要|投向|覆盖|瞄准|投资领域|投资方向)");
    private static final Pattern FUND_ANAPHOR = Pattern.compile("该基金|该母基金|这支基金|基金将|基金重点|基金主要|该基金群|基金矩阵");
    private static final Pattern POLICY_ANAPHOR = Pattern.compile("该政策|该方案|该计划|该措施|政策明确|政策提出");
    private static final int ANAPHOR_REACH = 3;
    /** Words that deny a focus before its industry, in the same clause (未来 is a time, 不低于 a share: neither denies). */
    private static final Pattern NEGATION = Pattern.compile("(?:暂|尚|并|还|从)?未(?!来)|(?:暂|并|还)?不(?:涉及|投资|投向|参与|布局|包括|包含|含|考虑|单设)|没有|暂无");
    /** Words that cite a policy rather than state what it does (为贯彻落实《A》, 根据《B》). */
    private static final Pattern CITING = Pattern.compile("贯彻|落实|根据|依据|按照|对照|参照|依照|对标|遵照");
    /** What a fund that puts money into another does right after its name (出资6亿元, 作为有限合伙人认缴). */
    private static final Pattern INVESTING = Pattern.compile("(?:[（(][^）)]{0,30}[）)])?(?:等)?(?:作为有限合伙人|共同|参与|拟|将|已)*(?:出资|认缴|跟投|领投)");
    /** A focus the text of an issued policy states in its own voice (抢抓…窗口期, 聚焦…, 对…企业, 支持…企业). */
    private static final Pattern OWN_FOCUS = Pattern.compile("聚焦|抢抓|重点|围绕|瞄准|培育|做强|纳入|^对|^(?:支持|鼓励)|^第[一二三四五六七八九十百]+条\\s*对");

    @Override
    public String name() {
        return "rule:focus-sentence";
    }

    @Override
    public void find(RelationContext doc, List<ExtractedRelation> out) {
        Mention lastFund = null;
        Mention lastPolicy = null;
        List<Mention> previous = List.of();
        Mention own = doc.issuedPolicy();
        for (Sentence sentence : doc.sentences) {
            List<Mention> here = doc.in(sentence);
            List<Mention> subjects = new ArrayList<>();
            for (Mention m : here) {
                if (m.label() == EntityLabel.Fund && !investing(sentence, m) || m.label() == EntityLabel.Policy && !cited(sentence, m)) {
                    subjects.add(m);
                }
            }
            if (subjects.isEmpty() && own != null && sentence.index() > own.sentence()
                    && OWN_FOCUS.matcher(sentence.text()).find()) {
                subjects.add(own);
            }
            if (subjects.isEmpty() && FOCUS_START.matcher(sentence.text()).find()) {
                for (Mention m : previous) {
                    if (m.label() == EntityLabel.Fund || m.label() == EntityLabel.Policy) {
                        subjects.add(m);
                    }
                }
            }
            if (subjects.isEmpty()) {
                if (lastFund != null && sentence.index() - lastFund.sentence() <= ANAPHOR_REACH
                        && FUND_ANAPHOR.matcher(sentence.text()).find()) {
                    subjects.add(lastFund);
                }
                if (lastPolicy != null && sentence.index() - lastPolicy.sentence() <= ANAPHOR_REACH
                        && POLICY_ANAPHOR.matcher(sentence.text()).find()) {
                    subjects.add(lastPolicy);
                }
            }
            if (FOCUS.matcher(sentence.text()).find()) {
                for (Mention subject : subjects) {
                    for (Mention m : here) {
                        boolean after = subject.sentence() != sentence.index() || m.begin() > subject.end();
                        if (m.label() == EntityLabel.Industry && after && nextSubject(subjects, subject, m) && !negated(sentence, m)) {
                            out.add(doc.edge(RelationType.TARGETS, subject, m, name(), 0.6, sentence));
                        }
                    }
                }
            }
            previous = here;
            for (Mention m : here) {
                if (m.label() == EntityLabel.Fund) {
                    lastFund = m;
                } else if (m.label() == EntityLabel.Policy) {
                    lastPolicy = m;
                }
            }
        }
    }

    /** Whether a fund puts money into another one here (某引导基金出资6亿元): a partner, not what the sentence is about. */
    private static boolean investing(Sentence sentence, Mention fund) {
        return INVESTING.matcher(sentence.text().substring(fund.end() - sentence.begin())).lookingAt();
    }

    /** Whether a policy is cited in its clause (为贯彻落实…《A》以及《B》，…) rather than its subject. */
    private static boolean cited(Sentence sentence, Mention policy) {
        return CITING.matcher(clauseBefore(sentence, policy)).find();
    }

    /** Whether the clause says the industry is not a focus (暂未单设机器人方向, 不投资房地产, 尚未涉及…). */
    private static boolean negated(Sentence sentence, Mention industry) {
        return NEGATION.matcher(clauseBefore(sentence, industry)).find();
    }

    /** The text of a mention's clause before it: from the last ，；。 before it. */
    private static String clauseBefore(Sentence sentence, Mention m) {
        String before = sentence.text().substring(0, m.begin() - sentence.begin());
        int clause = Math.max(Math.max(before.lastIndexOf('，'), before.lastIndexOf('；')), before.lastIndexOf('。'));
        return before.substring(clause + 1);
    }

    /** An industry belongs to the nearest subject before it, not to every subject of the sentence. */
    private static boolean nextSubject(List<Mention> subjects, Mention subject, Mention industry) {
        for (Mention other : subjects) {
            if (other != subject && other.sentence() == industry.sentence() && other.begin() > subject.begin()
                    && other.end() < industry.begin()) {
                return false;
            }
        }
        return true;
    }
}
