package org.industrykg.extract;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.industrykg.nlp.Sentence;

/**
 * The parties an agreement names together and then calls by one word (甲方、乙方、丙方（以下合称“三方”）, A与B（以下简称
 * “双方”）) work with one another: each PARTNERS_WITH each ({@code rule:agreement-parties}); what 三方 or 双方 build
 * together (三方在某区共同建设某某中心) each party declared on its own line (甲方：…) FOUNDED. The letters 甲方, 乙方 stand for
 * the parties their own lines declared ({@link ReferringWords}).
 */
final class AgreementPartiesPass implements RelationPass {

    /** The word for all of them, in the bracket right after the list. */
    private static final Pattern ALL_OF_THEM = Pattern.compile(
            "^\\s*[（(](?:以下|下文)?(?:合称|统称|简称|称)(?:为)?[“\"‘「]?(?:双方|三方|四方|各方|协议各方|合作各方|合作方|签约各方)[”\"’」]?[）)]");

    /** A dispute between the parties. */
    private static final Pattern DISPUTE = Pattern.compile("纠纷|诉至|起诉|诉讼|仲裁|原告|被告");

    @Override
    public String name() {
        return "rule:agreement-parties";
    }

    /** All the parties as a subject that builds something together (三方共同建设, 双方在中山共建, 各方联合设立). */
    private static final Pattern ALL_BUILD = Pattern.compile("(?:双方|三方|四方|各方)(?:将|拟|同意|一致同意)?(?:在[^，。；]{2,12}?)?(?:共同|联合|合作)?"
            + "(?:建设|共建|设立|发起设立|组建|成立|打造)");
    private static final java.util.Set<EntityLabel> BUILT = java.util.EnumSet.of(EntityLabel.Platform, EntityLabel.ResearchInstitute,
            EntityLabel.Park, EntityLabel.Fund, EntityLabel.Association);

    @Override
    public void find(RelationContext doc, List<ExtractedRelation> out) {
        builtTogether(doc, out);
        for (Sentence sentence : doc.sentences) {
            List<Mention> here = doc.in(sentence);
            for (List<Mention> group : ListGroups.of(sentence, here)) {
                List<Mention> parties = group.stream().filter(m -> m.label().isOrganisation()).toList();
                if (parties.size() < 2) {
                    continue;
                }
                Mention last = group.get(group.size() - 1);
                if (!ALL_OF_THEM.matcher(sentence.text().substring(last.end() - sentence.begin())).lookingAt()
                        || DISPUTE.matcher(sentence.text()).find()) { // 双方因合同纠纷诉至本院: opponents, not partners
                    continue;
                }
                for (int i = 0; i < parties.size(); i++) {
                    for (int j = i + 1; j < parties.size(); j++) {
                        doc.link(out, RelationType.PARTNERS_WITH, parties.get(i), parties.get(j), name(), 0.7, sentence, Map.of());
                    }
                }
            }
        }
    }

    /**
     * What all the declared parties build together (三方在某区共同建设某某创新中心): each party FOUNDED the organisation named
     * right after the verb.
     */
    private void builtTogether(RelationContext doc, List<ExtractedRelation> out) {
        java.util.Collection<Resolver.Entity> parties = ReferringWords.parties(doc).values();
        if (parties.size() < 2) {
            return;
        }
        for (Sentence sentence : doc.sentences) {
            java.util.regex.Matcher all = ALL_BUILD.matcher(sentence.text());
            while (all.find()) {
                int after = sentence.begin() + all.end();
                doc.in(sentence).stream().filter(m -> m.begin() == after && BUILT.contains(m.label())).findFirst().ifPresent(built -> {
                    for (Resolver.Entity party : parties) {
                        if (party != doc.entityOf.get(built)) {
                            out.add(new ExtractedRelation(RelationType.FOUNDED, party.key(), doc.key(built), name(), 0.7,
                                    doc.evidence(sentence), Map.of()));
                        }
                    }
                });
            }
        }
    }
}
