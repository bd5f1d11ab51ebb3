package org.industrykg.extract;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.industrykg.nlp.Sentence;

/**
 * 双方 (both sides) standing for the two parties just named together (A与B签署合作协议，双方将共建X；A和B…。双方合组X):
 * each of them FOUNDED what 双方 found or co-found in that clause ({@code rule:both-parties}). The parties are the last pair joined by 与, 和, 同 or 及 before
 * 双方 in its sentence, else in the sentence before.
 */
final class BothPartiesPass implements RelationPass {

    private static final Pattern BOTH = Pattern.compile("双方|两家单位|两家企业|两校|两者");
    private static final Pattern JOIN = Pattern.compile("^(?:与|和|同|及|跟|、)$");
    private static final Pattern CLAUSE_END = Pattern.compile("[。；;！？]");
    private static final Set<EntityLabel> PARTIES = EnumSet.of(EntityLabel.Enterprise, EntityLabel.ResearchInstitute,
            EntityLabel.GovernmentAgency, EntityLabel.Association, EntityLabel.Platform, EntityLabel.Park, EntityLabel.City);
    private static final Set<EntityLabel> FOUNDED = EnumSet.of(EntityLabel.ResearchInstitute, EntityLabel.Platform,
            EntityLabel.Park, EntityLabel.Enterprise, EntityLabel.Fund, EntityLabel.Association);

    private final VerbLexicon verbs;

    BothPartiesPass(VerbLexicon verbs) {
        this.verbs = verbs;
    }

    @Override
    public String name() {
        return "rule:both-parties";
    }

    @Override
    public void find(RelationContext doc, List<ExtractedRelation> out) {
        for (int s = 0; s < doc.sentences.size(); s++) {
            Sentence sentence = doc.sentences.get(s);
            String text = sentence.text();
            Matcher both = BOTH.matcher(text);
            while (both.find()) {
                int at = sentence.begin() + both.start();
                Mention[] pair = lastPair(doc, sentence, at);
                if (pair == null && s > 0) {
                    Sentence before = doc.sentences.get(s - 1);
                    pair = lastPair(doc, before, before.end());
                }
                if (pair == null) {
                    continue;
                }
                Matcher end = CLAUSE_END.matcher(text).region(both.end(), text.length());
                int clauseEnd = end.find() ? end.start() : text.length();
                founded(doc, sentence, both.end(), clauseEnd, pair, out);
            }
        }
    }

    /** The last two parties joined by a conjunction before offset {@code before} of the sentence, or null. */
    private static Mention[] lastPair(RelationContext doc, Sentence sentence, int before) {
        List<Mention> here = doc.in(sentence).stream().filter(m -> m.end() <= before).toList();
        for (int i = here.size() - 1; i > 0; i--) {
            Mention a = here.get(i - 1);
            Mention b = here.get(i);
            String gap = sentence.text().substring(a.end() - sentence.begin(), b.begin() - sentence.begin());
            if (PARTIES.contains(a.label()) && PARTIES.contains(b.label()) && JOIN.matcher(gap).matches()
                    && doc.entityOf.get(a) != null && doc.entityOf.get(b) != null && doc.entityOf.get(a) != doc.entityOf.get(b)) {
                return new Mention[] {a, b};
            }
        }
        return null;
    }

    /** The founding verb of the clause after 双方 and what it founds: each party FOUNDED it. */
    private void founded(RelationContext doc, Sentence sentence, int from, int to, Mention[] pair, List<ExtractedRelation> out) {
        String text = sentence.text();
        for (int c = from; c < to; c++) {
            VerbLexicon.Hit hit = verbs.at(text, c, to);
            if (hit == null || !hit.classes().contains(VerbLexicon.VerbClass.COFOUND) && !hit.classes().contains(VerbLexicon.VerbClass.FOUND)) {
                continue;
            }
            int verbEnd = sentence.begin() + hit.end();
            Mention object = doc.in(sentence).stream()
                    .filter(m -> m.begin() >= verbEnd && m.begin() - verbEnd <= 2 && m.end() <= sentence.begin() + to
                            && FOUNDED.contains(m.label()))
                    .findFirst().orElse(null);
            if (object == null) {
                return;
            }
            for (Mention party : pair) {
                doc.link(out, RelationType.FOUNDED, party, object, name(), 0.7, sentence, Map.of());
            }
            return;
        }
    }
}
