package org.industrykg.extract;

import java.util.ArrayList;
import java.util.List;

import org.industrykg.nlp.Sentence;

/**
 * Links resolved mentions with typed edges, each with the sentence that states it, by running
 * one {@link RelationPass} per relation family over a shared {@link RelationContext} (the
 * document's mentions indexed by sentence once). The order is fixed: trigger rules, structure
 * from names and data, then the sentence patterns.
 */
public final class RelationFinder {

    private final List<RelationPass> passes;

    public RelationFinder(RelationRules rules, IndustryTaxonomy industries, PlaceMatcher places) {
        this.passes = List.of(
                new TriggerPass(rules),
                new StructuralPass(industries, places, Divisions.shared()),
                new IndustryInNamePass(industries),
                new FocusSentencePass(),
                new IndustryEnumerationPass(),
                new IssuerSupportPass(),
                new FundPlacePass(places),
                new ListPlacePass(),
                new LocalZonePass(places),
                new CoFounderPass(),
                new LeadPartnersPass(),
                new SubsidiaryPass(),
                new InvestsThroughPass(),
                new PartyHeadingPass(),
                new AgreementPartiesPass(),
                new SupplyPass(),
                new ProductLinePass(),
                new PartnerListPass(),
                new PortfolioListPass(),
                new MembershipPass(),
                new SigningListPass(),
                new OrganiserListPass(),
                new ZonePartsPass(),
                new CityPairPass(),
                new IndustryDescriptorPass(),
                new PlaceOfPass(),
                new DirectoryPass(),
                new PlaceLinePass(),
                new AffiliationPass(),
                new SupportFramePass(),
                new DisposalFramePass(),
                new PlaceTopicPass(),
                new VerbClausePass(VerbLexicon.shared()),
                TablePass.load("extract/table-columns.lex"),
                new PairModelPass(PairModel.load("extract/pair-model.tsv"), VerbLexicon.shared()),
                new SameBrandPass(places));
    }

    /** The names of the passes in the order they run. */
    public List<String> passNames() {
        return passes.stream().map(RelationPass::name).toList();
    }

    public List<ExtractedRelation> find(String fileName, String issuer, List<Sentence> sentences, List<Mention> mentions,
                                        Resolver.Resolution resolution) {
        RelationContext named = new RelationContext(fileName, issuer, sentences, mentions, resolution);
        RelationContext doc = named.with(ReferringWords.in(named));
        List<ExtractedRelation> relations = new ArrayList<>();
        for (RelationPass pass : passes) {
            pass.find(doc, relations);
        }
        return ProfileReader.overrule(relations);
    }
}
