package org.industrykg.extract;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.industrykg.nlp.Sentence;

/**
 * The manager of a fund's announcement written under a heading ((一)普通合伙人、执行事务合伙人暨基金管理人, then
 * 名称：X on a line of its own): X MANAGES the fund the text is about, the one it names most
 * ({@code rule:manager-heading}). In the lines that describe a party (名称：X, or an item that is X alone, then
 * 企业类型：…, 控股股东：Y), Y owns X: Y FUNDS X ({@code rule:controlling-shareholder}).
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

    /** The field that names a party's owner (控股股东：某某集团有限公司，持股比例100%). */
    private static final Pattern OWNER_LINE = Pattern.compile("^(?:控股股东|第一大股东|唯一股东)(?:[：:]|为|是)");
    /** How many lines after its name a party's fields may come. */
    private static final int FIELDS = 10;

    @Override
    public void find(RelationContext doc, List<ExtractedRelation> out) {
        owners(doc, out);
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
    /** The owner a party's fields name (控股股东：Y under 名称：X or under the item 1．X) FUNDS that party. */
    private static void owners(RelationContext doc, List<ExtractedRelation> out) {
        Resolver.Entity party = null;
        int partyLine = -1;
        for (Sentence line : doc.sentences) {
            String text = line.text().strip();
            List<Mention> here = doc.in(line);
            Mention first = here.stream().filter(m -> m.label().isOrganisation()).findFirst().orElse(null);
            if (first != null && (NAME_LINE.matcher(text).lookingAt() || RelationContext.namesOnly(line, first))) {
                party = doc.entityOf.get(first);
                partyLine = line.index();
                continue;
            }
            if (party != null && line.index() - partyLine <= FIELDS && OWNER_LINE.matcher(text).lookingAt() && first != null) {
                Resolver.Entity owner = doc.entityOf.get(first);
                if (owner != null && owner != party && (owner.label == EntityLabel.Enterprise || owner.label == EntityLabel.GovernmentAgency)) {
                    out.add(new ExtractedRelation(RelationType.FUNDS, owner.key(), party.key(), "rule:controlling-shareholder", 0.7,
                            doc.evidence(line), Map.of()));
                }
            }
        }
    }
}
