package org.industrykg.extract;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.industrykg.nlp.Sentence;

/**
 * The items of a list that a line introduces as an organisation's partners (X介绍了其供应链伙伴：, X与首批合作伙伴签署
 * 协议：, X的主要客户包括：), one item a line after a bullet or a number (● 减速器：甲有限公司；▶ 乙大学：…): the first
 * organisation of each item is X's partner ({@code rule:partner-list}, PARTNERS_WITH). The list ends at the first line
 * that is not an item.
 */
final class PartnerListPass implements RelationPass {

    /** What the introducing line calls the items: partners, suppliers, customers. */
    private static final Pattern PARTNER_NOUN = Pattern.compile("伙伴|合作方|合作单位|合作企业|合作机构|供应商|供货商|配套商|配套企业|客户");
    /** The end of an introducing line: a colon, perhaps after 如下 or 包括. */
    private static final Pattern INTRODUCES = Pattern.compile("[：:]\\s*$");
    /** The start of an item: a bullet, or a number with its mark (1．, 2、, （3）). */
    private static final Pattern ITEM = Pattern.compile("^\\s*(?:[●•▶►▷■□◆◇○◎★☆→√✔\\-—*·]|[0-9０-９]{1,2}\\s*[.．、)）]|[（(][0-9０-９一二三四五六七八九十]{1,2}[）)]|[①-⑳])");
    private static final Set<EntityLabel> OWNERS = EnumSet.of(EntityLabel.Enterprise, EntityLabel.ResearchInstitute);
    private static final Set<EntityLabel> PARTNERS = EnumSet.of(EntityLabel.Enterprise, EntityLabel.ResearchInstitute,
            EntityLabel.Platform, EntityLabel.Association);
    /** The longest introducing line. */
    private static final int INTRO_LENGTH = 80;

    @Override
    public String name() {
        return "rule:partner-list";
    }

    @Override
    public void find(RelationContext doc, List<ExtractedRelation> out) {
        List<Sentence> sentences = doc.sentences;
        for (int i = 0; i + 1 < sentences.size(); i++) {
            Sentence intro = sentences.get(i);
            String text = intro.text().strip();
            if (text.length() > INTRO_LENGTH || !INTRODUCES.matcher(text).find() || !PARTNER_NOUN.matcher(text).find()) {
                continue;
            }
            Mention owner = doc.in(intro).stream().filter(m -> OWNERS.contains(m.label())).findFirst().orElse(null);
            if (owner == null) {
                continue;
            }
            for (int j = i + 1; j < sentences.size() && ITEM.matcher(sentences.get(j).text()).lookingAt(); j++) {
                Sentence item = sentences.get(j);
                doc.in(item).stream().filter(m -> PARTNERS.contains(m.label())).findFirst()
                        .ifPresent(partner -> doc.link(out, RelationType.PARTNERS_WITH, owner, partner, name(), 0.7, item, Map.of()));
            }
        }
    }
}
