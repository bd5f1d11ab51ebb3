package org.industrykg.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.industrykg.nlp.Sentence;
import org.industrykg.nlp.Token;

/**
 * The features of two mentions of one sentence, in text order, for {@link PairModel}: their labels,
 * how far apart they are and how many mentions stand between, the words between them (another
 * mention stands as its label, so no name becomes a feature), the verb classes of {@code verbs.lex}
 * between them, and the word on either side. Most features also come conjoined with the label pair,
 * so that 与 between two firms and 与 between a city and a fund weigh differently.
 */
final class PairFeatures {

    /** Mentions further apart than this are not a candidate pair. */
    static final int MAX_DISTANCE = 80;

    private PairFeatures() {
    }

    static List<String> of(RelationContext doc, Sentence sentence, Mention first, Mention second, VerbLexicon verbs) {
        List<Mention> inSentence = doc.in(sentence);
        String pair = first.label().name() + ">" + second.label().name();
        Set<String> features = new LinkedHashSet<>();
        features.add("bias");
        features.add("lp:" + pair);
        int gap = Math.max(0, second.begin() - first.end());
        String distance = gap == 0 ? "0" : gap <= 2 ? "1-2" : gap <= 6 ? "3-6" : gap <= 15 ? "7-15" : gap <= 30 ? "16-30" : "31+";
        features.add("d:" + distance);
        features.add(pair + "|d:" + distance);
        int between = 0;
        for (Mention m : inSentence) {
            if (m.begin() >= first.end() && m.end() <= second.begin()) {
                between++;
            }
        }
        String betweenCount = between >= 3 ? "3+" : String.valueOf(between);
        features.add("nb:" + betweenCount);
        features.add(pair + "|nb:" + betweenCount);
        if (inSentence.indexOf(first) == 0 || first == RelationContext.opening(sentence, inSentence)) {
            features.add(pair + "|first-opens");
        }
        List<String> words = wordsBetween(sentence, inSentence, first.end(), second.begin());
        if (words.isEmpty()) {
            features.add(pair + "|adjacent");
        } else if (words.size() == 1) {
            features.add(pair + "|only:" + words.get(0));
        }
        for (String word : words) {
            features.add("w:" + word);
            features.add(pair + "|w:" + word);
        }
        String text = sentence.text();
        int from = first.end() - sentence.begin();
        int to = second.begin() - sentence.begin();
        for (int at = Math.max(0, from); at < Math.min(to, text.length()); at++) {
            VerbLexicon.Hit hit = verbs.at(text, at, Math.min(to, text.length()));
            if (hit != null) {
                for (VerbLexicon.VerbClass c : hit.classes()) {
                    features.add("vc:" + c.name());
                    features.add(pair + "|vc:" + c.name());
                }
                at = hit.end() - 1;
            }
        }
        features.add(pair + "|l:" + side(sentence, inSentence, first.begin(), true));
        features.add(pair + "|r:" + side(sentence, inSentence, second.end(), false));
        return new ArrayList<>(features);
    }

    /** The tokens between two offsets, a mention's tokens replaced by its label once. */
    private static List<String> wordsBetween(Sentence sentence, List<Mention> mentions, int from, int to) {
        List<String> words = new ArrayList<>();
        Mention last = null;
        for (Token t : sentence.tokens()) {
            if (t.begin() < from || t.end() > to) {
                continue;
            }
            Mention in = covering(mentions, t.begin(), t.end());
            if (in != null) {
                if (in != last) {
                    words.add("<" + in.label().name() + ">");
                }
                last = in;
                continue;
            }
            last = null;
            words.add(clean(t.word()));
        }
        return words;
    }

    /** The token next to an offset on one side, or a mention's label, or the sentence's edge. */
    private static String side(Sentence sentence, List<Mention> mentions, int offset, boolean before) {
        Token near = null;
        for (Token t : sentence.tokens()) {
            if (before && t.end() <= offset) {
                near = t; // the last one before
            } else if (!before && t.begin() >= offset) {
                near = t; // the first one after
                break;
            }
        }
        if (near == null) {
            return "^";
        }
        Mention in = covering(mentions, near.begin(), near.end());
        return in != null ? "<" + in.label().name() + ">" : clean(near.word());
    }

    private static Mention covering(List<Mention> mentions, int begin, int end) {
        for (Mention m : mentions) {
            if (m.begin() < end && begin < m.end()) {
                return m;
            }
        }
        return null;
    }

    /** Digits become 0, so amounts and years are one feature; tabs and separators cannot break the model file. */
    private static String clean(String word) {
        return word.replaceAll("[0-9０-９]+", "0").replaceAll("[\\s#|]", "_");
    }
}
