package org.industrykg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.industrykg.nlp.Sentence;

/**
 * What every {@link RelationPass} reads of one document: its sentences, its mentions indexed by
 * sentence once (instead of each pass filtering the document's mentions again), the resolution of
 * mentions to entities and the letter's issuer.
 */
final class RelationContext {

    final String fileName;
    final String issuer;
    final List<Sentence> sentences;
    final List<Mention> mentions;
    final Resolver.Resolution resolution;
    final Map<Mention, Resolver.Entity> entityOf;
    private final List<List<Mention>> bySentence;

    RelationContext(String fileName, String issuer, List<Sentence> sentences, List<Mention> mentions,
                    Resolver.Resolution resolution) {
        this.fileName = fileName;
        this.issuer = issuer;
        this.sentences = sentences;
        this.mentions = mentions;
        this.resolution = resolution;
        this.entityOf = resolution.entityOf();
        List<List<Mention>> index = new ArrayList<>();
        for (int i = 0; i < sentences.size(); i++) {
            index.add(new ArrayList<>());
        }
        for (Mention m : mentions) {
            if (m.sentence() >= 0 && m.sentence() < index.size()) {
                index.get(m.sentence()).add(m);
            }
        }
        this.bySentence = index.stream().map(List::copyOf).toList();
    }

    /**
     * This document with more mentions (words such as 我局 that stand for an entity without naming
     * it) mapped to their entities; the passes that read this copy see them like any mention.
     */
    RelationContext with(Map<Mention, Resolver.Entity> extra) {
        if (extra.isEmpty()) {
            return this;
        }
        List<Mention> all = new ArrayList<>(mentions);
        all.addAll(extra.keySet());
        all.sort(java.util.Comparator.comparingInt(Mention::begin).thenComparing(Mention::end, java.util.Comparator.reverseOrder()));
        Map<Mention, Resolver.Entity> entities = new java.util.HashMap<>(entityOf);
        entities.putAll(extra);
        return new RelationContext(fileName, issuer, sentences, all,
                new Resolver.Resolution(resolution.entities(), entities, resolution.issuingCity()));
    }

    /** The mentions of a sentence in document order. */
    List<Mention> in(Sentence sentence) {
        return sentence.index() < bySentence.size() ? bySentence.get(sentence.index()) : List.of();
    }

    Sentence sentenceOf(Mention m) {
        return sentences.get(m.sentence());
    }

    Evidence evidence(Sentence sentence) {
        return new Evidence(fileName, sentence.text(), sentence.begin(), sentence.end());
    }

    String key(Mention m) {
        return entityOf.get(m).key();
    }

    /** An edge between the entities of two mentions, stated by a sentence. */
    ExtractedRelation edge(RelationType type, Mention from, Mention to, String method, double confidence, Sentence sentence) {
        return new ExtractedRelation(type, key(from), key(to), method, confidence, evidence(sentence), Map.of());
    }
}
