package org.industrykg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.industrykg.nlp.Sentence;

/**
 * The trigger rules of {@code extract/relations.rules} between two mentions of one clause; each
 * edge carries the name of the rule that fitted ({@code rule:founded}, {@code rule:hosts-landed}…).
 */
final class TriggerPass implements RelationPass {

    private static final int MAX_GAP = 60;
    private static final int TAIL = 20;
    /** 分别 between two lists: their members pair up in order (also read by VerbClausePass). */
    static final String RESPECTIVELY = "分别";
    private static final Pattern JOINED = Pattern.compile("^(?:和|与|及|以及|、)$");

    private final RelationRules rules;

    TriggerPass(RelationRules rules) {
        this.rules = rules;
    }

    @Override
    public String name() {
        return "rule:relations.rules";
    }

    /** What stands between a place and the organisation it describes: 企业, 的龙头企业, 高新技术企业. */
    private static final Pattern DESCRIPTOR = Pattern.compile("^(?:的)?[^，。；、的]{0,6}?(?:企业|公司)$");
    /** What may stand between a verb and its object: 了, a count (一家, 首个). */
    private static final Pattern OBJECT_AFTER_VERB = Pattern.compile("^(?:了)?(?:[一首两三]?[家个所座支只])?$");

    @Override
    public void find(RelationContext doc, List<ExtractedRelation> out) {
        for (Sentence sentence : doc.sentences) {
            triggered(doc, sentence, doc.in(sentence), out);
        }
    }

    private void triggered(RelationContext doc, Sentence sentence, List<Mention> mentions, List<ExtractedRelation> out) {
        String text = sentence.text();
        List<List<Mention>> groups = ListGroups.of(sentence, mentions);
        for (int i = 0; i < mentions.size(); i++) {
            for (int j = i + 1; j < mentions.size(); j++) {
                Mention a = mentions.get(i);
                Mention b = mentions.get(j);
                if (b.begin() - a.end() > MAX_GAP) {
                    break;
                }
                if (b.begin() < a.end()) {
                    continue; // overlapping names state nothing about each other
                }
                String gap = masked(text, sentence.begin(), a, b, mentions, i, j);
                if (gap.contains("；") || gap.contains(";")) {
                    break;
                }
                if (qualifiesNext(b, mentions, j) || describesNext(text, sentence.begin(), mentions, j)) {
                    continue;
                }
                int tailEnd = Math.min(text.length(), b.end() - sentence.begin() + TAIL);
                String tail = clause(text.substring(b.end() - sentence.begin(), tailEnd));
                boolean respectively = gap.contains(RESPECTIVELY);
                List<Mention> left = ListGroups.ending(groups, a);
                List<Mention> right = ListGroups.starting(groups, b);
                if (respectively && (j > i + 1 || left.size() != right.size() || left.size() == 1 && joinedBefore(text, sentence.begin(), mentions, i))) {
                    continue; // A、B和C分别落户X、Y和Z: the verb clause pairs them in order (VerbClausePass)
                }
                boolean whereA = (a.label() == EntityLabel.City || a.label() == EntityLabel.Park) // 在P, 依托P: where, not who
                        && VerbClausePass.PLACE_LEAD.matcher(text.substring(0, a.begin() - sentence.begin())).find();
                boolean builtTogether = coFounding(gap);
                boolean strayAcross = WITH_CLAUSE.matcher(gap).find() && !opensClause(text, a.begin() - sentence.begin())
                        && !gap.startsWith("等") && !respectively; // 成立A、B等，并分别与C、D合作: the list the clause ends with goes on
                for (RelationRules.Rule rule : rules.rules()) {
                    if (strayAcross && rule.type() == RelationType.PARTNERS_WITH) {
                        continue; // A总部位于P，主要客户为D，与B签署…: the clause before 与 goes on about A, not P or D
                    }
                    if (whereA && rule.type() == RelationType.PARTNERS_WITH) {
                        continue; // 双方将在深圳市南山区共建X: where they build it, no partner of it
                    }
                    if (rule.type() == RelationType.HOSTS && !rule.reverse() && builtTogether) {
                        continue; // A区与B镇共同建设的X: they founded it together (VerbClausePass), neither is said to hold it
                    }
                    if (rule.type() == RelationType.FOUNDED && !rule.reverse() && RECEIVER_CLAUSE.matcher(gap).find()
                            && MONEY_AFTER.matcher(tail).find()) {
                        continue; // S向Y在P设立的Z拨付…: Y set Z up, S only pays it
                    }
                    if (rule.fits(a, b, gap, tail)) {
                        if (!nearerObject(rule, gap, a.end(), right, mentions, i, j) && !verbHasObject(rule, text, sentence.begin(), b, mentions, j)) {
                            link(doc, rule, left, right, respectively, sentence, out);
                        }
                        break;
                    }
                }
            }
        }
    }

    /** A comma clause that opens with 与 (…，并与B签署): its subject is the clause's topic, not the name before the comma. */
    private static final Pattern WITH_CLAUSE = Pattern.compile("[，,](?:并|且|同时|还|也|已|将|目前|此外)?(?:与|和|同|跟)[^，,]*$");

    /** Whether the mention at {@code at} opens its comma clause (only a list marker or spaces before it, or a 的 phrase that describes it). */
    private static boolean opensClause(String text, int at) {
        int start = at;
        while (start > 0 && "，,。；;：:\n".indexOf(text.charAt(start - 1)) < 0) {
            start--;
        }
        String before = text.substring(start, at);
        return MentionFinder.LINE_LEAD.matcher(before).matches() || before.endsWith("的"); // 位于P的A，与B…: A heads its clause
    }

    /**
     * The text between a and b with the names of the organisations between them blanked out (same length): a
     * trigger word inside another name (某某产业投资集团) is none (A与某某产业投资集团（下称“B”）签署…: no FUNDS).
     */
    private static String masked(String text, int base, Mention a, Mention b, List<Mention> mentions, int i, int j) {
        String gap = text.substring(a.end() - base, b.begin() - base);
        StringBuilder out = null;
        for (int k = i + 1; k < j; k++) {
            Mention m = mentions.get(k);
            if (m.label() == EntityLabel.Industry || m.label() == EntityLabel.City || m.begin() < a.end() || m.end() > b.begin()) {
                continue;
            }
            if (out == null) {
                out = new StringBuilder(gap);
            }
            for (int c = m.begin() - a.end(); c < m.end() - a.end(); c++) {
                out.setCharAt(c, NAME_MASK);
            }
        }
        return out == null ? gap : out.toString();
    }

    /** A receiver brought in by a preposition before the verb (S向Y…设立的Z): the verb's subject is Y, not S. */
    private static final Pattern RECEIVER_CLAUSE = Pattern.compile("[向对给]〇");
    /** Money handed over after the organisation the receiver's clause describes (…拨付运营补助). */
    private static final Pattern MONEY_AFTER = Pattern.compile("拨付|投入|注入|支付|补助|资助|奖励|经费|资金");

    /** What stands for a character of a name in a masked gap (no rule's word contains it). */
    private static final char NAME_MASK = '〇';

    /**
     * Whether the trigger's object is another mention: one the rule could also link that stands after the
     * trigger word and before B, outside B's list (A与B共建的C设在P: C is what was built, not P).
     */
    /** Words after an organisation that make the next one its own (A旗下B, A下属B): A names whose B is, and is no party itself. */
    private static final List<String> OWNER_OF = List.of("旗下", "下属");

    private static boolean nearerObject(RelationRules.Rule rule, String gap, int gapBegin, List<Mention> right,
                                        List<Mention> mentions, int i, int j) {
        int trigger = -1;
        for (String word : rule.between()) {
            int at = gap.lastIndexOf(word);
            if (at >= 0) {
                trigger = Math.max(trigger, gapBegin + at + word.length());
            }
        }
        if (trigger < 0) {
            return false;
        }
        for (int k = i + 1; k < j; k++) {
            Mention m = mentions.get(k);
            boolean owner = OWNER_OF.stream().anyMatch(w -> gap.startsWith(w, m.end() - gapBegin)); // 由A旗下B管理: B manages
            if (m.begin() >= trigger && rule.to().contains(m.label()) && !right.contains(m) && !qualifiesNext(m, mentions, k) && !owner) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the verb after B that a rule needs (X在P设立…) takes an organisation of its own (X在P设立了Y): then Y,
     * not X, is what stands in P.
     */
    private static boolean verbHasObject(RelationRules.Rule rule, String text, int base, Mention b, List<Mention> mentions, int j) {
        if (rule.type() != RelationType.HOSTS || rule.after().isEmpty() || j + 1 >= mentions.size()) {
            return false;
        }
        Mention next = mentions.get(j + 1);
        if (!next.label().isOrganisation() || next.label() == EntityLabel.Policy) {
            return false;
        }
        String between = text.substring(b.end() - base, Math.max(b.end() - base, next.begin() - base));
        for (String verb : rule.after()) {
            int at = between.indexOf(verb);
            if (at >= 0 && OBJECT_AFTER_VERB.matcher(between.substring(at + verb.length())).matches()) {
                return true;
            }
        }
        return false;
    }

    /** Whether a gap holds a verb of building together (共建, 共同建设, 合作共建). */
    private static boolean coFounding(String gap) {
        VerbLexicon lexicon = VerbLexicon.shared();
        for (int i = 0; i < gap.length(); i++) {
            VerbLexicon.Hit hit = lexicon.at(gap, i, gap.length());
            if (hit != null && hit.classes().contains(VerbLexicon.VerbClass.COFOUND)) {
                return true;
            }
        }
        return false;
    }

    /** Whether mention i ends a list joined by a conjunction (A和B) that {@link ListGroups} keeps apart. */
    private static boolean joinedBefore(String text, int base, List<Mention> mentions, int i) {
        if (i == 0) {
            return false;
        }
        Mention before = mentions.get(i - 1);
        Mention m = mentions.get(i);
        return before.end() <= m.begin() && before.label() == m.label()
                && JOINED.matcher(text.substring(before.end() - base, m.begin() - base)).matches();
    }

    /**
     * Whether mention j is a place or park that describes the organisation after it (某开发区企业X, 宝安区的企业X):
     * the organisation is the party, not the place.
     */
    private static boolean describesNext(String text, int base, List<Mention> mentions, int j) {
        Mention b = mentions.get(j);
        if (b.label() != EntityLabel.City && b.label() != EntityLabel.Park || j + 1 >= mentions.size()
                || mentions.get(j + 1).begin() < b.end()) {
            return false;
        }
        return DESCRIPTOR.matcher(text.substring(b.end() - base, mentions.get(j + 1).begin() - base)).matches();
    }

    /** A place written right before another mention (株洲市 in 株洲市天元区) qualifies it and is no party of its own. */
    static boolean qualifiesNext(Mention b, List<Mention> mentions, int j) {
        return b.label() == EntityLabel.City && j + 1 < mentions.size() && mentions.get(j + 1).begin() == b.end();
    }

    /** The mentions that can be parties: those no place qualifies (某市某镇 is the town, not also the city). */
    static List<Mention> unqualified(List<Mention> mentions) {
        List<Mention> kept = new ArrayList<>();
        for (int j = 0; j < mentions.size(); j++) {
            if (!qualifiesNext(mentions.get(j), mentions, j)) {
                kept.add(mentions.get(j));
            }
        }
        return kept;
    }

    /**
     * Applies a fitting rule to the lists its two mentions stand in (A、B与C合作 links A and B with
     * C); with 分别 and lists of one length, members pair up in order.
     */
    private static void link(RelationContext doc, RelationRules.Rule rule, List<Mention> left, List<Mention> right,
                             boolean respectively, Sentence sentence, List<ExtractedRelation> out) {
        boolean pairwise = respectively && left.size() == right.size() && left.size() > 1;
        for (int x = 0; x < left.size(); x++) {
            for (int y = 0; y < right.size(); y++) {
                if (pairwise && x != y) {
                    continue;
                }
                Resolver.Entity ea = doc.entityOf.get(left.get(x));
                Resolver.Entity eb = doc.entityOf.get(right.get(y));
                if (ea == null || eb == null || ea == eb || !rule.from().contains(left.get(x).label())
                        || !rule.to().contains(right.get(y).label())
                        || RelationContext.denied(rule.type(), rule.method(), left.get(x), right.get(y), sentence)) {
                    continue;
                }
                Resolver.Entity source = rule.reverse() ? eb : ea;
                Resolver.Entity target = rule.reverse() ? ea : eb;
                out.add(new ExtractedRelation(rule.type(), source.key(), target.key(), rule.method(),
                        rule.confidence(), doc.evidence(sentence), java.util.Map.of()));
            }
        }
    }

    private static String clause(String tail) {
        int stop = tail.length();
        for (String mark : List.of("；", "。", "，")) {
            int at = tail.indexOf(mark);
            if (at >= 0) {
                stop = Math.min(stop, at);
            }
        }
        return tail.substring(0, stop);
    }
}
