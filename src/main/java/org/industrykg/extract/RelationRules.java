package org.industrykg.extract;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** The trigger rules of {@code extract/relations.rules}. */
public final class RelationRules {

    /** One named trigger rule; see the rules file for the meaning of each part. */
    public record Rule(String name, RelationType type, boolean reverse, Set<EntityLabel> from, Set<EntityLabel> to,
                       List<String> between, List<String> after, List<String> unless, int maxGap, boolean acrossComma,
                       double confidence) {

        public String method() {
            return "rule:" + name;
        }

        boolean fits(Mention a, Mention b, String gap, String tail) {
            return from.contains(a.label()) && to.contains(b.label()) && gap.length() <= maxGap
                    && gap.indexOf('\t') < 0 // two cells of a table's row: the table's header says what ties them
                    && (acrossComma || !CLAUSE_COMMA.matcher(gap).find())
                    && (between.isEmpty() || between.stream().anyMatch(word -> asVerb(gap, word)))
                    && (after.isEmpty() || after.stream().anyMatch(tail::contains))
                    && unless.stream().noneMatch(tail::contains);
        }
    }

    /** A comma between clauses, not the one that groups a number's digits (3,200万元). */
    static final Pattern CLAUSE_COMMA = Pattern.compile("(?<![0-9])[，,]|[，,](?![0-9]{3}(?![0-9]))");

    /** Nouns of an event that a verb before them only names (成立大会, 揭牌仪式): the verb states no relation there. */
    static final Pattern EVENT_NOUN = Pattern.compile("^(?:大会|仪式|典礼|庆典|暨|发布会|活动)");

    /** Whether the gap holds the word other than as the name of an event (联盟成立大会在某园举行 founds nothing). */
    /** The signs that pair two names (甲 × 乙) unless a number follows them. */
    private static final Set<String> TIMES = Set.of("×", "✕", "╳");

    static boolean asVerb(String gap, String word) {
        for (int at = gap.indexOf(word); at >= 0; at = gap.indexOf(word, at + 1)) {
            if (TIMES.contains(word) && gap.substring(at + word.length()).matches("^\\s*[0-9].*")) {
                continue; // 某某科技×2、某大学×3: a count, no pairing
            }
            if (!EVENT_NOUN.matcher(gap.substring(at + word.length())).lookingAt()) {
                return true;
            }
        }
        return false;
    }

    private final List<Rule> rules;

    private RelationRules(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    public List<Rule> rules() {
        return rules;
    }

    public static RelationRules load(String resource) {
        List<Rule> rules = new ArrayList<>();
        Builder current = null;
        for (String line : Resources.lines(resource)) {
            String[] w = line.split("\\s+");
            List<String> rest = List.of(w).subList(1, w.length);
            switch (w[0]) {
                case "rule" -> {
                    if (current != null) {
                        rules.add(current.build());
                    }
                    RelationType type = w.length > 2 ? RelationType.parse(w[2]) : null;
                    if (type == null) {
                        throw new IllegalArgumentException(resource + ": expected 'rule NAME TYPE [reverse]': " + line);
                    }
                    current = new Builder(w[1], type, w.length > 3 && w[3].equals("reverse"));
                }
                case "from" -> current.from.addAll(labels(resource, rest));
                case "to" -> current.to.addAll(labels(resource, rest));
                case "between" -> current.between.addAll(rest);
                case "after" -> current.after.addAll(rest);
                case "unless" -> current.unless.addAll(rest);
                case "confidence" -> current.confidence = Double.parseDouble(w[1]);
                case "gap" -> current.maxGap = Integer.parseInt(w[1]);
                case "across-comma" -> current.acrossComma = true;
                default -> throw new IllegalArgumentException(resource + ": unknown directive: " + line);
            }
        }
        if (current != null) {
            rules.add(current.build());
        }
        return new RelationRules(rules);
    }

    private static List<EntityLabel> labels(String resource, List<String> names) {
        List<EntityLabel> labels = new ArrayList<>();
        for (String name : names) {
            EntityLabel label = EntityLabel.parse(name);
            if (label == null) {
                throw new IllegalArgumentException(resource + ": unknown label " + name);
            }
            labels.add(label);
        }
        return labels;
    }

    private static final class Builder {
        final String name;
        final RelationType type;
        final boolean reverse;
        final Set<EntityLabel> from = EnumSet.noneOf(EntityLabel.class);
        final Set<EntityLabel> to = EnumSet.noneOf(EntityLabel.class);
        final List<String> between = new ArrayList<>();
        final List<String> after = new ArrayList<>();
        final List<String> unless = new ArrayList<>();
        double confidence = 0.5;
        int maxGap = Integer.MAX_VALUE;
        boolean acrossComma;

        Builder(String name, RelationType type, boolean reverse) {
            this.name = name;
            this.type = type;
            this.reverse = reverse;
        }

        Rule build() {
            return new Rule(name, type, reverse, Set.copyOf(from), Set.copyOf(to), List.copyOf(between), List.copyOf(after), List.copyOf(unless), maxGap, acrossComma, confidence);
        }
    }
}
