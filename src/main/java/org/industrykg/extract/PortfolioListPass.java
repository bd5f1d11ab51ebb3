package org.industrykg.extract;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.industrykg.nlp.Sentence;

/**
 * The firms an investor says it invested in, counted and then listed (基金已完成对两家企业的投资，分别是A和B; 累计投资
 * 企业12家，包括A、B等): the investor, the fund or investing firm named last before the count in the sentence, FUNDS each
 * firm of the list ({@code rule:portfolio-list}). The list runs to the end of its clause.
 */
final class PortfolioListPass implements RelationPass {

    /** A count of invested firms, then the word that opens their list. */
    private static final Pattern COUNTED = Pattern.compile("(?:投资(?:了)?|对)[^，。；,;]{0,6}?[0-9０-９一二三四五六七八九十两]+[余多]?(?:家|个)"
            + "[^，。；,;]{0,6}?(?:企业|公司|项目)(?:的投资)?[，,]?(?:分别是|分别为|包括|涵盖)[：:]?"
            + "|投资(?:了)?(?:企业|公司|项目)[0-9０-９一二三四五六七八九十两]+[余多]?(?:家|个)[，,]?(?:分别是|分别为|包括|涵盖)[：:]?");
    /** The end of the list's clause. */
    private static final Pattern CLAUSE_END = Pattern.compile("[，。；,;]");

    @Override
    public String name() {
        return "rule:portfolio-list";
    }

    @Override
    public void find(RelationContext doc, List<ExtractedRelation> out) {
        for (Sentence sentence : doc.sentences) {
            String text = sentence.text();
            Matcher counted = COUNTED.matcher(text);
            while (counted.find()) {
                int from = sentence.begin() + counted.start();
                int listStart = sentence.begin() + counted.end();
                Matcher end = CLAUSE_END.matcher(text);
                int listEnd = sentence.begin() + (end.find(counted.end()) ? end.start() : text.length());
                List<Mention> here = doc.in(sentence);
                Mention investor = null;
                for (Mention m : here) {
                    if (m.end() <= from && RelationContext.invests(m)) {
                        investor = m;
                    }
                }
                if (investor == null) {
                    continue;
                }
                for (Mention firm : here) {
                    if (firm.begin() >= listStart && firm.end() <= listEnd && firm.label() == EntityLabel.Enterprise) {
                        doc.link(out, RelationType.FUNDS, investor, firm, name(), 0.7, sentence, Map.of());
                    }
                }
            }
        }
    }
}
