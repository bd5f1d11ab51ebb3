package org.industrykg.extract;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.industrykg.nlp.Sentence;

/**
 * The last pass but one (only {@link SameBrandPass} runs after it): {@link PairModel} reads every pair
 * of mentions of a sentence, with the edges the rules made between the two as features, and a pair no
 * rule linked gets the edge the model gives it
 * when it is sure enough ({@code model:pair}). (Dropping the rules' edges the model finds unlikely was
 * measured and not kept; see docs/evaluation.md.) With the system property
 * {@code kg.pairs.dump} set to a file, every candidate pair (rule-linked or not) is appended to it as
 * one JSON line with its features (those the model reads, the rules' edges among them) and its
 * entities' names, which is what the model is trained from.
 */
final class PairModelPass implements RelationPass {

    static final String METHOD = "model:pair";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final PairModel model;
    private final VerbLexicon verbs;
    private final Path dump;

    PairModelPass(PairModel model, VerbLexicon verbs) {
        this.model = model;
        this.verbs = verbs;
        String file = System.getProperty("kg.pairs.dump");
        this.dump = file == null || file.isBlank() ? null : Path.of(file);
    }

    @Override
    public String name() {
        return METHOD;
    }

    @Override
    public void find(RelationContext doc, List<ExtractedRelation> out) {
        if (model == null && dump == null) {
            return;
        }
        Map<String, List<ExtractedRelation>> ruled = new HashMap<>();
        for (ExtractedRelation r : out) {
            ruled.computeIfAbsent(pairKey(r.source(), r.target()), k -> new ArrayList<>()).add(r);
        }
        StringBuilder lines = dump == null ? null : new StringBuilder();
        Set<String> seen = new HashSet<>();
        List<ExtractedRelation> added = new ArrayList<>();
        for (Sentence sentence : doc.sentences) {
            List<Mention> mentions = doc.in(sentence);
            for (int i = 0; i < mentions.size(); i++) {
                Mention first = mentions.get(i);
                Resolver.Entity a = doc.entityOf.get(first);
                if (a == null) {
                    continue;
                }
                for (int j = i + 1; j < mentions.size(); j++) {
                    Mention second = mentions.get(j);
                    Resolver.Entity b = doc.entityOf.get(second);
                    if (b == null || a == b || first.overlaps(second)) {
                        continue;
                    }
                    if (second.begin() - first.end() > PairFeatures.MAX_DISTANCE) {
                        break;
                    }
                    if (!seen.add(sentence.index() + "\u0000" + a.key() + "\u0000" + b.key())) {
                        continue;
                    }
                    List<ExtractedRelation> rules = ruled.getOrDefault(pairKey(a.key(), b.key()), List.of());
                    Set<String> features = new LinkedHashSet<>(PairFeatures.of(doc, sentence, first, second, verbs));
                    List<String> ruleClasses = new ArrayList<>();
                    for (ExtractedRelation r : rules) {
                        String c = PairModel.className(r.type(), r.source().equals(a.key()));
                        ruleClasses.add(c + "@" + r.method());
                        features.add("rule:" + c);
                        features.add("rule:" + c + "|" + r.method());
                    }
                    if (rules.isEmpty()) {
                        features.add("rule:none");
                    }
                    if (lines != null) {
                        lines.append(line(doc, sentence, a, b, String.join(" ", ruleClasses), features)).append('\n');
                    }
                    if (model != null && rules.isEmpty() && !respectively(sentence, first, second)) {
                        PairModel.Prediction best = model.predict(features);
                        if (best != null && best.probability() >= model.add) {
                            Mention source = best.forward() ? first : second;
                            Mention target = best.forward() ? second : first;
                            if (best.type().allows(source.label(), target.label())) {
                                doc.link(added, best.type(), source, target, METHOD, best.probability(), sentence, Map.of());
                            }
                        }
                    }
                }
            }
        }
        if (lines != null && !lines.isEmpty()) {
            write(lines.toString());
        }
        out.addAll(added);
    }

    /**
     * Whether 分别 stands between the two: the rules pair such lists member by member (A、B分别与C、D签约), so
     * every other pair across it is wrong by construction, which words between cannot tell the model.
     */
    private static boolean respectively(Sentence sentence, Mention first, Mention second) {
        return sentence.text().substring(first.end() - sentence.begin(), second.begin() - sentence.begin())
                .contains(TriggerPass.RESPECTIVELY);
    }

    /** The two entities of an edge, in either order. */
    private static String pairKey(String x, String y) {
        return x.compareTo(y) < 0 ? x + "\u0000" + y : y + "\u0000" + x;
    }

    private static String line(RelationContext doc, Sentence sentence, Resolver.Entity a, Resolver.Entity b,
                               String rule, Set<String> features) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("doc", doc.fileName);
        row.put("s", sentence.index());
        row.put("a", entity(a));
        row.put("b", entity(b));
        row.put("rule", rule);
        row.put("f", features);
        try {
            return JSON.writeValueAsString(row);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, Object> entity(Resolver.Entity e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("label", e.label.name());
        m.put("name", e.name);
        m.put("aliases", List.copyOf(e.aliases));
        return m;
    }

    /** Appends to the dump; extraction threads share one file, so one writer at a time. */
    private void write(String text) {
        synchronized (PairModelPass.class) {
            try {
                Files.writeString(dump, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot append candidate pairs to " + dump, e);
            }
        }
    }
}
