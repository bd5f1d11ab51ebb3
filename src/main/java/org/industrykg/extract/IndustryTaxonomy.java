package org.industrykg.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.industrykg.nlp.Sentence;

/**
 * The curated industry taxonomy of {@code extract/industries.txt}: terms, their aliases and
 * their broader industry (Industry PART_OF Industry).
 */
public final class IndustryTaxonomy {

    private final Map<String, String> canonical = new LinkedHashMap<>();
    private final Map<String, String> broader = new LinkedHashMap<>();
    private final int longest;

    private IndustryTaxonomy(List<String> lines) {
        for (String line : lines) {
            String term = line;
            String[] aliases = {};
            int eq = line.indexOf('=');
            if (eq >= 0) {
                term = line.substring(0, eq).strip();
                aliases = line.substring(eq + 1).split("\\|");
            }
            int gt = term.indexOf('>');
            if (gt >= 0) {
                broader.put(term.substring(0, gt).strip(), term.substring(gt + 1).strip());
                term = term.substring(0, gt).strip();
            }
            canonical.put(term, term);
            for (String alias : aliases) {
                canonical.putIfAbsent(alias.strip(), term);
            }
        }
        broader.values().forEach(b -> canonical.putIfAbsent(b, b));
        longest = canonical.keySet().stream().mapToInt(String::length).max().orElse(1);
    }

    public static IndustryTaxonomy load(String resource) {
        return new IndustryTaxonomy(Resources.lines(resource));
    }

    /** The canonical term a surface form names, or null. */
    public String term(String text) {
        return canonical.get(text);
    }

    /** The resource a taxonomy edge is traced to (its evidence), since no document sentence states it. */
    public static final String SOURCE = "taxonomy:extract/industries.txt";

    /** Evidence for a taxonomy edge: the taxonomy line that states it. */
    static Evidence evidence(String term, String broader) {
        return new Evidence(SOURCE, term + " > " + broader, 0, 0);
    }

    /** The broader industry of a term, or null. */
    public String broaderOf(String term) {
        return broader.get(term);
    }

    public Map<String, String> broaderMap() {
        return broader;
    }

    /** Canonical terms named inside a text (longest match first, no overlaps). */
    public List<String> termsIn(String text) {
        List<String> terms = new ArrayList<>();
        for (LongestMatch.Span span : spans(text)) {
            String term = canonical.get(text.substring(span.begin(), span.end()));
            if (!terms.contains(term)) {
                terms.add(term);
            }
        }
        return terms;
    }

    /** Industry mentions of a sentence, longest match first at each position. Latin aliases need word edges. */
    public List<Mention> find(Sentence sentence) {
        List<Mention> found = new ArrayList<>();
        for (LongestMatch.Span span : spans(sentence.text())) {
            found.add(new Mention(EntityLabel.Industry, sentence.text().substring(span.begin(), span.end()),
                    sentence.begin() + span.begin(), sentence.begin() + span.end(), sentence.index(), "rule:industry-taxonomy"));
        }
        return found;
    }

    private List<LongestMatch.Span> spans(String text) {
        return LongestMatch.scan(text, longest,
                (begin, end) -> canonical.containsKey(text.substring(begin, end)) && latinEdges(text, begin, end));
    }

    private static boolean latinEdges(String text, int begin, int end) {
        boolean before = begin > 0 && isLatin(text.charAt(begin - 1)) && isLatin(text.charAt(begin));
        boolean after = end < text.length() && isLatin(text.charAt(end)) && isLatin(text.charAt(end - 1));
        return !before && !after;
    }

    private static boolean isLatin(char c) {
        return c < 128 && Character.isLetterOrDigit(c);
    }
}
