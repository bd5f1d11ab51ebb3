package org.industrykg.curation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.industrykg.extract.Divisions;
import org.industrykg.extract.PlaceMatcher;
import org.industrykg.ingest.TextNormaliser;

/**
 * Likely duplicates among entities of one label, for a person to accept as merges
 * ({@code ./kg curate --suggest}): names that are the same once the script (Traditional or
 * Simplified), a bracketed part, a legal suffix or a leading place name that only one of them has
 * is set aside (株洲市科学技术局 and 湘潭市科学技术局 are two bureaus); a name that
 * is another entity's alias; and a name that abbreviates another (its characters in order, from
 * the same first to the same last character, such as 中科院 and 中国科学院; or the core of a company's
 * legal name, as texts shorten 深圳市某某精密科技有限公司 to 某某精密). The longer name stays, as the
 * canonical name is the longest full form (docs/design.md).
 */
public final class DuplicateFinder {

    /** The legal forms of company names (as the extractor's short-name rule strips them). */
    private static final Pattern LEGAL_SUFFIX = Pattern.compile("(股份有限公司|有限责任公司|集团有限公司|有限公司|集团)$");
    private static final Pattern BRACKETS = Pattern.compile("[（(][^（）()]*[）)]");
    /** Shortest stem worth comparing: shorter ones (科技, 大学) name nothing. */
    private static final int MIN_STEM = 3;

    private final PlaceMatcher places;
    private final TextNormaliser normaliser = new TextNormaliser();

    public DuplicateFinder(PlaceMatcher places) {
        this.places = places;
    }

    public DuplicateFinder() {
        this(new PlaceMatcher(Divisions.shared()));
    }

    /** An entity as the finder sees it. */
    public record Candidate(String key, String label, String name, List<String> aliases, long mentions) {
    }

    /** A suggested merge and why: {@code from} goes into {@code into}. */
    public record Suggestion(Candidate from, Candidate into, List<String> reasons) {

        /** The merge as a curation operation, its reasons as the note. */
        public CurationOp operation() {
            return new CurationOp(CurationOp.Kind.MERGE, from.key(), into.key(), null, null, null, null, null, null,
                    "suggested: " + String.join(", ", reasons), null, null);
        }
    }

    /**
     * Labels whose names come from curated data (the division tables, the industry taxonomy), where
     * a name inside another is a narrower place or term (智能机器人, 智能移动机器人), not a duplicate.
     */
    private static final List<String> FROM_DATA = List.of("City", "Industry");

    /** The suggestions over all the entities, by label and then by the key that stays. */
    public List<Suggestion> suggest(List<Candidate> entities) {
        Map<String, List<Candidate>> byLabel = entities.stream().filter(e -> !FROM_DATA.contains(e.label()))
                .collect(Collectors.groupingBy(Candidate::label, LinkedHashMap::new, Collectors.toList()));
        List<Suggestion> suggestions = new ArrayList<>();
        for (List<Candidate> group : byLabel.values()) {
            List<Candidate> sorted = group.stream().sorted(Comparator.comparing(Candidate::key)).toList();
            for (int i = 0; i < sorted.size(); i++) {
                for (int j = i + 1; j < sorted.size(); j++) {
                    pair(sorted.get(i), sorted.get(j)).ifPresent(suggestions::add);
                }
            }
        }
        suggestions.sort(Comparator.comparing((Suggestion s) -> s.into().label()).thenComparing(s -> s.into().key())
                .thenComparing(s -> s.from().key()));
        return suggestions;
    }

    private Optional<Suggestion> pair(Candidate a, Candidate b) {
        List<String> reasons = reasons(a, b);
        if (reasons.isEmpty()) {
            return Optional.empty();
        }
        boolean aStays = a.name().length() != b.name().length() ? a.name().length() > b.name().length()
                : a.mentions() != b.mentions() ? a.mentions() > b.mentions() : a.key().compareTo(b.key()) < 0;
        return Optional.of(aStays ? new Suggestion(b, a, reasons) : new Suggestion(a, b, reasons));
    }

    /** Why two entities of one label look like one, or nothing. */
    List<String> reasons(Candidate a, Candidate b) {
        if (a.aliases().contains(b.name()) || b.aliases().contains(a.name())) {
            return List.of("one's name is the other's alias");
        }
        Forms x = forms(a.name());
        Forms y = forms(b.name());
        boolean onePlaceMore = x.withoutLegal().endsWith(y.withoutLegal()) || y.withoutLegal().endsWith(x.withoutLegal());
        if (x.stem().length() >= MIN_STEM && x.stem().equals(y.stem()) && onePlaceMore) {
            // A step is a reason when the names still differ before it and it changes one of them.
            List<String> reasons = new ArrayList<>();
            List<String> xs = x.steps(a.name());
            List<String> ys = y.steps(b.name());
            for (int k = 1; k < xs.size() && !xs.get(k - 1).equals(ys.get(k - 1)); k++) {
                if (!xs.get(k - 1).equals(xs.get(k)) || !ys.get(k - 1).equals(ys.get(k))) {
                    reasons.add(Forms.STEPS.get(k - 1));
                }
            }
            return reasons;
        }
        Candidate shorter = a.name().length() <= b.name().length() ? a : b;
        Candidate longer = shorter == a ? b : a;
        if (abbreviates(shorter.name(), longer.name())) {
            return List.of("abbreviation");
        }
        Forms longForms = shorter == a ? y : x;
        if (!longForms.withoutLegal().equals(longForms.unbracketed()) && shorter.name().length() >= MIN_STEM
                && !LEGAL_SUFFIX.matcher(shorter.name()).find() && longForms.stem().startsWith(shorter.name())) {
            return List.of("short form of a legal name");
        }
        return List.of();
    }

    /** The characters of the short name in order in the long one, first and last characters matching. */
    static boolean abbreviates(String shortName, String longName) {
        if (shortName.length() < 2 || shortName.length() >= longName.length()
                || shortName.charAt(0) != longName.charAt(0)
                || shortName.charAt(shortName.length() - 1) != longName.charAt(longName.length() - 1)) {
            return false;
        }
        int at = 0;
        for (int i = 0; i < shortName.length(); i++) {
            at = longName.indexOf(shortName.charAt(i), at);
            if (at < 0) {
                return false;
            }
            at++;
        }
        return true;
    }

    /** A name in Simplified characters, then without brackets, then without legal suffix, then without leading places. */
    record Forms(String simplified, String unbracketed, String withoutLegal, String stem) {

        /** What each step sets aside, as a suggestion's reason. */
        static final List<String> STEPS = List.of("script", "brackets", "legal suffix", "place prefix");

        /** The name as written, then the forms in order. */
        List<String> steps(String written) {
            return List.of(written, simplified, unbracketed, withoutLegal, stem);
        }
    }

    Forms forms(String name) {
        String simplified = normaliser.normalise(name).text().strip();
        String unbracketed = BRACKETS.matcher(simplified).replaceAll("");
        String withoutLegal = LEGAL_SUFFIX.matcher(unbracketed).replaceFirst("");
        String stem = withoutLegal;
        for (int length; stem.length() > 2 && (length = places.placeLengthAt(stem, 0, stem.length() - 2)) > 0; ) {
            stem = stem.substring(length);
        }
        return new Forms(simplified, unbracketed, withoutLegal, stem);
    }
}
