package org.industrykg.extract;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.industrykg.nlp.Sentence;

/**
 * The parties of a signed project in a signing list, written as a field of their own between dashes, bars or tabs
 * (1．某某生产基地项目 — 甲有限公司与乙镇人民政府 — 20亿元): the two signed together, so they are partners
 * ({@code rule:signing-list}). Only in a text that speaks of signing (签约, 签署, 签订), and only when the field is
 * nothing but the two names and the word that joins them. A line that labels its names as the parties of a signing
 * (签约双方：甲有限公司、乙镇人民政府; 签约三方：A、B、C) makes each of them a partner of the others.
 */
final class SigningListPass implements RelationPass {

    /** What separates the fields of a list line: a dash with spaces round it, a bar or a tab. */
    private static final Pattern FIELD_SEPARATOR = Pattern.compile("\\s*[—–]{1,2}\\s*|\\s+-{1,2}\\s+|[|｜\\t]");
    /** Between the two parties of a field: a word that joins them, and nothing else. */
    private static final Pattern JOINED = Pattern.compile("^\\s*(?:与|和|同|及)\\s*$");
    private static final Pattern SIGNING = Pattern.compile("签约|签署|签订");
    /** The label of a line that lists the parties of one signing (签约双方：, 签约三方：, 协议各方：, 签约单位：). */
    private static final Pattern PARTIES_LABEL = Pattern.compile(
            "^[\\s　]*(?:签约|签署|协议|缔约|合作)(?:双方|三方|四方|各方|单位|主体|方)[：:]");
    /** What may stand between two parties of such a line: a list mark or a joining word. */
    private static final Pattern BETWEEN_PARTIES = Pattern.compile("^[\\s　]*(?:[、，,；;/]|与|和|及|同)?[\\s　]*$");

    @Override
    public String name() {
        return "rule:signing-list";
    }

    @Override
    public void find(RelationContext doc, List<ExtractedRelation> out) {
        if (doc.sentences.stream().noneMatch(s -> SIGNING.matcher(s.text()).find())) {
            return;
        }
        for (Sentence sentence : doc.sentences) {
            String text = sentence.text();
            if (parties(doc, sentence, out)) {
                continue;
            }
            Matcher separator = FIELD_SEPARATOR.matcher(text);
            int from = 0;
            boolean fields = false;
            while (from <= text.length()) {
                boolean found = separator.find(from) && separator.start() >= from;
                int to = found ? separator.start() : text.length();
                fields |= found;
                if (fields || from > 0) {
                    pair(doc, sentence, from, to, out);
                }
                if (!found) {
                    break;
                }
                from = separator.end();
            }
        }
    }

    /** The two organisations a field [from, to) of the line holds, joined by 与, as partners. */
    private void pair(RelationContext doc, Sentence sentence, int from, int to, List<ExtractedRelation> out) {
        String text = sentence.text();
        List<Mention> inField = doc.in(sentence).stream()
                .filter(m -> m.begin() - sentence.begin() >= from && m.end() - sentence.begin() <= to).toList();
        if (inField.size() != 2 || !inField.get(0).label().isOrganisation() || !inField.get(1).label().isOrganisation()) {
            return;
        }
        Mention a = inField.get(0);
        Mention b = inField.get(1);
        boolean whole = text.substring(from, a.begin() - sentence.begin()).isBlank()
                && text.substring(b.end() - sentence.begin(), to).isBlank()
                && JOINED.matcher(text.substring(a.end() - sentence.begin(), b.begin() - sentence.begin())).matches();
        if (whole && a.label() != EntityLabel.Policy && b.label() != EntityLabel.Policy) {
            doc.link(out, RelationType.PARTNERS_WITH, a, b, name(), 0.7, sentence, java.util.Map.of());
        }
    }

    /**
     * The parties a labelled line lists (签约双方：A、B。), each a partner of the others, when the line holds nothing
     * but the organisations and the marks between them. Returns whether the line was such a line.
     */
    private boolean parties(RelationContext doc, Sentence sentence, List<ExtractedRelation> out) {
        String text = sentence.text();
        Matcher label = PARTIES_LABEL.matcher(text);
        if (!label.find()) {
            return false;
        }
        List<Mention> named = doc.in(sentence).stream().filter(m -> m.begin() - sentence.begin() >= label.end()).toList();
        int at = label.end();
        for (Mention m : named) {
            if (!m.label().isOrganisation() || m.label() == EntityLabel.Policy
                    || !BETWEEN_PARTIES.matcher(text.substring(at, Math.max(at, m.begin() - sentence.begin()))).matches()) {
                return true;
            }
            at = m.end() - sentence.begin();
        }
        if (named.size() < 2 || !text.substring(at).strip().matches("[。；;.]?")) {
            return true;
        }
        for (int i = 0; i < named.size(); i++) {
            for (int j = i + 1; j < named.size(); j++) {
                doc.link(out, RelationType.PARTNERS_WITH, named.get(i), named.get(j), name(), 0.7, sentence, java.util.Map.of());
            }
        }
        return true;
    }
}
