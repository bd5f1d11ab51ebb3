package org.industrykg.extract;

import java.util.List;
import java.util.regex.Pattern;

import org.industrykg.nlp.Sentence;

/** A（B下属企业）: B founded its subsidiary A ({@code rule:subsidiary}). */
final class SubsidiaryPass implements RelationPass {

    private static final Pattern SUBSIDIARY = Pattern.compile("^(?:下属|旗下|控股|全资|所属)");

    @Override
    public String name() {
        return "rule:subsidiary";
    }

    @Override
    public void find(RelationContext doc, List<ExtractedRelation> out) {
        for (Sentence sentence : doc.sentences) {
            List<Mention> here = doc.in(sentence);
            String text = sentence.text();
            for (int i = 0; i + 1 < here.size(); i++) {
                Mention child = here.get(i);
                Mention parent = here.get(i + 1);
                String between = text.substring(child.end() - sentence.begin(), parent.begin() - sentence.begin());
                String after = text.substring(parent.end() - sentence.begin(), Math.min(text.length(), parent.end() - sentence.begin() + 4));
                if (child.label().isOrganisation() && parent.label().isOrganisation()
                        && (between.equals("（") || between.equals("(")) && SUBSIDIARY.matcher(after).find()) {
                    out.add(doc.edge(RelationType.FOUNDED, parent, child, name(), 0.7, sentence));
                }
            }
        }
    }
}
