package org.industrykg.extract;

import java.util.List;
import java.util.Optional;

import org.industrykg.ingest.MetadataParser;
import org.industrykg.ingest.TextNormaliser;

/** Runs the real extractor (real CoreNLP models, built once per test JVM) on a text written in a test. */
final class Extracted {

    private static final RuleBasedExtractor EXTRACTOR = new RuleBasedExtractor();

    final Extraction extraction;

    private Extracted(Extraction extraction) {
        this.extraction = extraction;
    }

    static Extracted from(String raw) {
        return from(raw, KnownNames.NONE);
    }

    static Extracted from(String raw, KnownNames known) {
        String text = new TextNormaliser().normalise(raw).text();
        var metadata = new MetadataParser().parse(text);
        return new Extracted(EXTRACTOR.extract(new DocumentExtractor.DocumentInput("test.txt", text,
                metadata.issuer(), metadata.title(), known)));
    }

    Optional<ExtractedEntity> entity(String name) {
        return extraction.entities().stream()
                .filter(e -> e.name().equals(name) || e.aliases().contains(name)).findFirst();
    }

    EntityLabel label(String name) {
        return entity(name).map(ExtractedEntity::label).orElse(null);
    }

    List<String> names(EntityLabel label) {
        return extraction.entities().stream().filter(e -> e.label() == label).map(ExtractedEntity::name).toList();
    }

    List<String> allNames() {
        return extraction.entities().stream().map(ExtractedEntity::name).toList();
    }

    /** The relation of this type between the two names; fails when there is none. */
    ExtractedRelation relation(RelationType type, String source, String target) {
        return extraction.relations().stream().filter(r -> r.type() == type
                && r.source().endsWith(":" + source) && r.target().endsWith(":" + target)).findFirst().orElseThrow();
    }

    /** Whether the two names are PARTNERS_WITH, in either direction. */
    boolean partners(String a, String b) {
        return hasRelation(RelationType.PARTNERS_WITH, a, b) || hasRelation(RelationType.PARTNERS_WITH, b, a);
    }

    boolean hasRelation(RelationType type, String source, String target) {
        return extraction.relations().stream().anyMatch(r -> r.type() == type
                && r.source().endsWith(":" + source) && r.target().endsWith(":" + target));
    }

    /** Whether a rule (not the pair model's guess) found the relation of this type between the two names. */
    boolean hasRuleRelation(RelationType type, String source, String target) {
        return extraction.relations().stream().anyMatch(r -> r.type() == type && !r.method().startsWith("model:")
                && r.source().endsWith(":" + source) && r.target().endsWith(":" + target));
    }
}
