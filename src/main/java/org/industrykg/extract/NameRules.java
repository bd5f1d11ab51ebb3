package org.industrykg.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The suffix rules of {@code extract/names.rules}: each names a label, the suffixes its names
 * end with, words that are never names, and whether a name needs a specific anchor.
 */
public final class NameRules {

    /** One named rule. */
    public record Rule(String name, EntityLabel label, List<String> suffixes, Set<String> excluded, boolean specificAnchor,
                       Set<String> notBefore, boolean scanned) {
        public String method() {
            return "rule:" + name;
        }
    }

    /** A suffix with the rule it belongs to. */
    public record Suffix(String text, Rule rule) {
    }

    private final List<Rule> rules;
    /** The scanned suffixes by their last character, longest first (a name's end is tried only against these). */
    private final Map<Character, List<Suffix>> byLastCharacter;

    private NameRules(List<Rule> rules) {
        this.rules = List.copyOf(rules);
        List<Suffix> suffixes = new ArrayList<>();
        for (Rule rule : rules) {
            if (rule.scanned()) {
                rule.suffixes().forEach(s -> suffixes.add(new Suffix(s, rule)));
            }
        }
        suffixes.sort(Comparator.comparingInt((Suffix s) -> s.text().length()).reversed());
        Map<Character, List<Suffix>> byLast = new HashMap<>();
        for (Suffix suffix : suffixes) {
            byLast.computeIfAbsent(suffix.text().charAt(suffix.text().length() - 1), c -> new ArrayList<>()).add(suffix);
        }
        byLast.replaceAll((c, list) -> List.copyOf(list));
        this.byLastCharacter = Map.copyOf(byLast);
    }

    public static NameRules load(String resource) {
        return parse(resource, Resources.lines(resource));
    }

    static NameRules parse(String source, List<String> lines) {
        List<Rule> rules = new ArrayList<>();
        String name = null;
        EntityLabel label = null;
        List<String> suffixes = new ArrayList<>();
        Set<String> excluded = new LinkedHashSet<>();
        Set<String> notBefore = new LinkedHashSet<>();
        boolean specific = false;
        boolean scanned = true;
        for (String line : lines) {
            String[] words = line.split("\\s+");
            switch (words[0]) {
                case "rule" -> {
                    if (name != null) {
                        rules.add(new Rule(name, label, List.copyOf(suffixes), Set.copyOf(excluded), specific, Set.copyOf(notBefore), scanned));
                    }
                    if (words.length != 3 || EntityLabel.parse(words[2]) == null) {
                        throw new IllegalArgumentException(source + ": expected 'rule NAME LABEL' with an ontology label: " + line);
                    }
                    name = words[1];
                    label = EntityLabel.parse(words[2]);
                    suffixes.clear();
                    excluded.clear();
                    notBefore.clear();
                    specific = false;
                    scanned = true;
                }
                case "suffix" -> suffixes.addAll(List.of(words).subList(1, words.length));
                case "exclude" -> excluded.addAll(List.of(words).subList(1, words.length));
                case "anchor" -> specific = words.length > 1 && words[1].equals("specific");
                case "not-before" -> notBefore.addAll(List.of(words).subList(1, words.length));
                case "found-in" -> scanned = words.length > 1 && words[1].equals("text");
                default -> throw new IllegalArgumentException(source + ": unknown directive: " + line);
            }
        }
        if (name != null) {
            rules.add(new Rule(name, label, List.copyOf(suffixes), Set.copyOf(excluded), specific, Set.copyOf(notBefore), scanned));
        }
        return new NameRules(rules);
    }

    public List<Rule> rules() {
        return rules;
    }

    /** The rule of that name; fails when the rule file has none, since code relies on it. */
    public Rule rule(String name) {
        return rules.stream().filter(r -> r.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalStateException("names.rules has no rule " + name));
    }

    /** The suffix of {@code rule} that ends {@code name}, longest first, or null. */
    public static String suffixOf(Rule rule, String name) {
        String best = null;
        for (String suffix : rule.suffixes()) {
            if (name.endsWith(suffix) && (best == null || suffix.length() > best.length())) {
                best = suffix;
            }
        }
        return best;
    }

    /** The longest suffix (of any rule) that {@code text} ends with at {@code end}, or null. */
    public Suffix suffixEndingAt(CharSequence text, int end) {
        if (end <= 0) {
            return null;
        }
        for (Suffix suffix : byLastCharacter.getOrDefault(text.charAt(end - 1), List.of())) {
            int start = end - suffix.text().length();
            if (start >= 0 && regionEquals(text, start, suffix.text())) {
                return suffix;
            }
        }
        return null;
    }

    /** Whether {@code text} holds {@code part} at {@code start} (without a copy: this runs at every token end). */
    private static boolean regionEquals(CharSequence text, int start, String part) {
        for (int i = 0; i < part.length(); i++) {
            if (text.charAt(start + i) != part.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** The rule whose longest suffix ends {@code name}, or null: used to type names found otherwise. */
    public Suffix classify(String name) {
        return suffixEndingAt(name, name.length());
    }
}
