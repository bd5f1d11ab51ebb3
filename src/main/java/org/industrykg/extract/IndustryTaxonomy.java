package org.industrykg.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.industrykg.nlp.Sentence;

/**
 * The curated industry taxonomy of {@code extract/industries.txt}: terms, their aliases and
 * their broader industry (Industry PART_OF Industry); with the cues of
 * {@code extract/industry.cues} it also finds industries the taxonomy does not list, by the frames
 * that name them ({@link IndustryFrames}), and places them under the taxonomy by their head noun.
 */
public final class IndustryTaxonomy {

    private final Map<String, String> canonical = new LinkedHashMap<>();
    private final Map<String, List<String>> broader = new LinkedHashMap<>();
    private final int longest;
    /** The lengths of the terms by their first character. */
    private final LongestMatch.Lengths lengths;
    private final IndustryCues cues;
    private final IndustryFrames frames;

    private IndustryTaxonomy(List<String> lines, IndustryCues cues, PlaceMatcher places) {
        Map<String, String> variants = new LinkedHashMap<>();
        for (String line : lines) {
            if (line.startsWith("~")) { // ~ VARIANT = STANDARD: a regional way of writing part of every term
                String[] pair = line.substring(1).split("=");
                variants.put(pair[0].strip(), pair[1].strip());
                continue;
            }
            String term = line;
            String[] aliases = {};
            int eq = line.indexOf('=');
            if (eq >= 0) {
                term = line.substring(0, eq).strip();
                aliases = line.substring(eq + 1).split("\\|");
            }
            int gt = term.indexOf('>');
            if (gt >= 0) {
                broader.put(term.substring(0, gt).strip(), Arrays.stream(term.substring(gt + 1).split(",")).map(String::strip).toList());
                term = term.substring(0, gt).strip();
            }
            canonical.put(term, term);
            for (String alias : aliases) {
                canonical.putIfAbsent(alias.strip(), term);
            }
        }
        broader.values().forEach(terms -> terms.forEach(b -> canonical.putIfAbsent(b, b)));
        variants.forEach((variant, standard) -> new ArrayList<>(canonical.keySet()).stream()
                .filter(form -> form.contains(standard))
                .forEach(form -> canonical.putIfAbsent(form.replace(standard, variant), canonical.get(form))));
        longest = canonical.keySet().stream().mapToInt(String::length).max().orElse(1);
        lengths = new LongestMatch.Lengths(canonical.keySet());
        this.cues = cues;
        this.frames = new IndustryFrames(cues, this, places);
    }

    /** The cue file read next to every taxonomy. */
    public static final String CUES = "extract/industry.cues";

    public static IndustryTaxonomy load(String resource) {
        return new IndustryTaxonomy(Resources.lines(resource), IndustryCues.load(CUES), new PlaceMatcher(Divisions.shared()));
    }

    /** The field an item of a table's field column names, without its tail (整机, 产品), or null when it names none. */
    public String cellField(String item) {
        return frames.cellField(item);
    }

    /** The field a compound names (采摘机器人: a head with modifiers the taxonomy does not list), or null. */
    public String compoundField(String text) {
        return frames.compoundField(text);
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

    /**
     * The broader industry of a term, or null: the taxonomy's first, else for a compound outside it the
     * term of its technology-field head (谐波减速器 -> 减速器, 高端金属材料 -> 新材料).
     */
    public String broaderOf(String term) {
        List<String> all = allBroaderOf(term);
        return all.isEmpty() ? null : all.get(0);
    }

    /**
     * Every broader industry of a term: those the taxonomy lists (人形机器人 is both an intelligent robot and
     * embodied intelligence), else the one of its technology-field head.
     */
    public List<String> allBroaderOf(String term) {
        List<String> stated = broader.get(term);
        if (stated != null || canonical.containsKey(term)) {
            return stated == null ? List.of() : stated;
        }
        String head = cues.headOf(term);
        String headTerm = head == null ? null : cues.heads().get(head);
        return headTerm == null ? List.of() : List.of(headTerm);
    }

    /** How many terms the taxonomy lists right under {@code term} (机器人: 工业机器人, 服务机器人, …). */
    public int narrowerCount(String term) {
        int count = 0;
        for (List<String> terms : broader.values()) {
            count += terms.contains(term) ? 1 : 0;
        }
        return count;
    }

    /** The text without the terms named inside it (协作机器人专项基金 -> 专项基金). */
    public String withoutTerms(String text) {
        StringBuilder rest = new StringBuilder();
        int at = 0;
        for (LongestMatch.Span span : spans(text)) {
            rest.append(text, at, span.begin());
            at = span.end();
        }
        return rest.append(text.substring(at)).toString();
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

    /**
     * Industry mentions of a sentence: taxonomy terms (longest match first at each position; Latin
     * aliases need word edges) and the fields that enumeration, focus and maker frames name, the
     * longer one winning where they overlap (精密减速器 over 减速器).
     */
    public List<Mention> find(Sentence sentence) {
        List<Mention> found = new ArrayList<>();
        for (LongestMatch.Span span : spans(sentence.text())) {
            if (!insideBroadCategory(sentence.text(), span)) {
                found.add(new Mention(EntityLabel.Industry, sentence.text().substring(span.begin(), span.end()),
                        sentence.begin() + span.begin(), sentence.begin() + span.end(), sentence.index(), "rule:industry-taxonomy"));
            }
        }
        for (Mention framed : frames.find(sentence)) {
            if (found.stream().noneMatch(m -> m.begin() == framed.begin() && m.end() == framed.end())) {
                found.add(framed);
            }
        }
        return MentionFinder.withoutOverlaps(found);
    }

    /** 先进制造 in 先进制造业: a term that a broad category or generic word (cue file) continues is not named. */
    private boolean insideBroadCategory(String text, LongestMatch.Span span) {
        String term = text.substring(span.begin(), span.end());
        return cues.generic().stream().anyMatch(g -> g.length() > term.length() && g.startsWith(term)
                && text.startsWith(g, span.begin()));
    }

    private List<LongestMatch.Span> spans(String text) {
        return LongestMatch.scan(text, longest, lengths,
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
