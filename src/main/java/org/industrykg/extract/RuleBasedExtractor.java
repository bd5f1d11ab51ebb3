package org.industrykg.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.industrykg.nlp.ChinesePipeline;
import org.industrykg.nlp.Sentence;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * The extractor: the CoreNLP Chinese pipeline, then mentions, resolution and relations, all
 * driven by the rule and data files under {@code src/main/resources/extract}. Made when a document
 * first needs extracting (loading the divisions and rules takes a while), never for a run whose
 * files are all unchanged.
 */
@Component
@Lazy
public class RuleBasedExtractor implements DocumentExtractor {

    private final MentionFinder mentions;
    private final Resolver resolver;
    private final RelationFinder relations;

    public RuleBasedExtractor() {
        PlaceMatcher places = new PlaceMatcher(Divisions.shared());
        IndustryTaxonomy industries = IndustryTaxonomy.load("extract/industries.txt");
        this.mentions = new MentionFinder(NameRules.load("extract/names.rules"),
                Resources.words("extract/name-stopwords.txt"), Resources.words("extract/generic-phrases.txt"),
                places, industries);
        this.resolver = new Resolver(places, industries);
        this.relations = new RelationFinder(RelationRules.load("extract/relations.rules"), industries, places);
    }

    @Override
    public void warmUp() {
        ChinesePipeline.shared().warmUp();
    }

    @Override
    public List<Sentence> annotate(String text) {
        return ChinesePipeline.shared().annotate(text);
    }

    @Override
    public Extraction extract(DocumentInput document, List<Sentence> sentences) {
        List<Mention> found = mentions.find(sentences, document.known());
        Resolver.Resolution resolution = resolver.resolve(document.text(), document.issuer(), found, document.known());
        Map<Resolver.Entity, Evidence> factEvidence = new HashMap<>();
        for (Mention mention : found) {
            if (mention.label() == EntityLabel.Fund) {
                Resolver.Entity fund = resolution.entityOf().get(mention);
                Sentence sentence = sentences.get(mention.sentence());
                Map<String, Object> facts = FundFacts.of(sentence);
                if (!facts.isEmpty()) {
                    facts.forEach(fund.properties::putIfAbsent);
                    factEvidence.putIfAbsent(fund, new Evidence(document.fileName(), sentence.text(), sentence.begin(),
                            sentence.end()));
                }
            }
        }
        addWrittenForms(document, found, resolution);
        List<ExtractedRelation> edges = relations.find(document.fileName(), document.issuer(), sentences, found, resolution);
        List<ExtractedEntity> entities = new ArrayList<>();
        for (Resolver.Entity e : resolution.entities()) {
            entities.add(new ExtractedEntity(e.label, e.name, e.aliases, e.mentions, Map.copyOf(e.properties),
                    factEvidence.get(e)));
        }
        return new Extraction(entities, edges);
    }

    /** A name the document wrote in Traditional characters is an alias of its Simplified entity (DESIGN.md §4). */
    private static void addWrittenForms(DocumentInput document, List<Mention> found, Resolver.Resolution resolution) {
        for (Mention mention : found) {
            Resolver.Entity entity = resolution.entityOf().get(mention);
            String written = document.written().substring(mention.begin(), mention.end());
            if (entity != null && !written.equals(document.text().substring(mention.begin(), mention.end()))) {
                entity.aliases.add(written);
            }
        }
    }
}
