package org.industrykg.extract;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.industrykg.nlp.Sentence;

/**
 * The manager of a fund's announcement written under a heading ((一)普通合伙人、执行事务合伙人暨基金管理人, then
 * 名称：X on a line of its own): X MANAGES the fund the text is about, the one it names most
 * ({@code rule:manager-heading}).
 */
final class PartyHeadingPass implements RelationPass {

    /** A heading that announces the manager: it ends with 基金管理人 or 管理人. */
    private static final Pattern MANAGER_HEADING = Pattern.compile("管理人[：:]?$");
    /** The line that names the party under such a heading. */
    private static final Pattern NAME_LINE = Pattern.compile("^(?:名称|企业名称|机构名称|管理人名称)[：:]");
    /** How long a heading may be, and how many lines after it the 名称 line may come. */
    private static final int HEADING_LENGTH = 30;
    private static final int REACH = 2;

    @Override
    public String name() {
        return "rule:manager-heading";
    }

    @Override
    public void find(RelationContext doc, List<ExtractedRelation> out) {
        Resolver.Entity fund = ReferringWords.ownEntity(doc, "基金");
        if (fund == null) {
            return;
        }
        List<Sentence> sentences = doc.sentences;
        for (int i = 0; i < sentences.size(); i++) {
            String heading = sentences.get(i).text().strip();
            if (heading.length() > HEADING_LENGTH || !MANAGER_HEADING.matcher(heading).find()
                    || doc.in(sentences.get(i)).stream().anyMatch(m -> m.label().isOrganisation())) {
                continue;
            }
            for (int j = i + 1; j < Math.min(sentences.size(), i + 1 + REACH); j++) {
                Sentence line = sentences.get(j);
                if (!NAME_LINE.matcher(line.text().strip()).lookingAt()) {
                    continue;
                }
                Mention manager = doc.in(line).stream().filter(m -> m.label() == EntityLabel.Enterprise).findFirst().orElse(null);
                Resolver.Entity entity = manager == null ? null : doc.entityOf.get(manager);
                if (entity != null && entity != fund) {
                    out.add(new ExtractedRelation(RelationType.MANAGES, entity.key(), fund.key(), name(), 0.7,
                            doc.evidence(line), Map.of()));
                }
                break;
            }
        }
    }
}
