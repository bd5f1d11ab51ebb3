package org.industrykg.extract;

import java.util.List;
import java.util.Map;

/**
 * Industries named inside a fund's or policy's name are its targets, inside a park's or
 * institute's name its industry ({@code rule:industry-in-name}).
 */
final class IndustryInNamePass implements RelationPass {

    private final IndustryTaxonomy industries;

    IndustryInNamePass(IndustryTaxonomy industries) {
        this.industries = industries;
    }

    @Override
    public String name() {
        return "rule:industry-in-name";
    }

    @Override
    public void find(RelationContext doc, List<ExtractedRelation> out) {
        for (Mention mention : doc.mentions) {
            RelationType type = switch (mention.label()) {
                case Fund, Policy -> RelationType.TARGETS;
                case Park, ResearchInstitute -> RelationType.IN_INDUSTRY;
                default -> null;
            };
            Resolver.Entity entity = doc.entityOf.get(mention);
            if (type == null || entity == null) {
                continue;
            }
            for (String term : industries.termsIn(mention.text())) {
                Resolver.Entity industry = doc.resolution.industry(term);
                out.add(new ExtractedRelation(type, entity.key(), industry.key(), name(), 0.7,
                        doc.evidence(doc.sentenceOf(mention)), Map.of()));
            }
        }
    }
}
