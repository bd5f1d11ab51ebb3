package org.industrykg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import org.industrykg.nlp.Sentence;

/**
 * Enumerations inside a sentence: mentions of one kind separated only by 、 (or 及, 以及) form a
 * list, so a relation stated for a list holds for each member.
 */
final class ListGroups {

    private static final Pattern SEPARATOR = Pattern.compile("^(?:、|及|以及|，|,)$");
    /** What joins the parties of one list: 、 和 与 及 以及. */
    static final Pattern JOIN = Pattern.compile("^(?:、|和|与|及|以及)$");

    private ListGroups() {
    }

    /**
     * The mentions joined to mention {@code i} by 、 和 与 及 以及, from it on, as long as {@code member} takes them
     * (A、B和C的供应链, 副会长单位为A、B和C).
     */
    static List<Mention> joinedFrom(String text, int base, List<Mention> mentions, int i, Predicate<Mention> member) {
        List<Mention> list = new ArrayList<>(List.of(mentions.get(i)));
        for (int j = i + 1; j < mentions.size(); j++) {
            Mention prev = list.get(list.size() - 1);
            Mention next = mentions.get(j);
            int prevEnd = itemEnd(text, base, prev);
            if (next.begin() - base < prevEnd && next.begin() >= prev.end()) {
                continue; // the short name a member declares in its bracket (A（以下简称“甲”）、B): no member of its own
            }
            if (!member.test(next) || next.begin() < prev.end()
                    || !JOIN.matcher(text.substring(prevEnd, next.begin() - base)).matches()) {
                break;
            }
            list.add(next);
        }
        return list;
    }

    static List<List<Mention>> of(Sentence sentence, List<Mention> mentions) {
        List<List<Mention>> groups = new ArrayList<>();
        List<Mention> current = new ArrayList<>();
        for (Mention mention : mentions) {
            if (!current.isEmpty()) {
                Mention last = current.get(current.size() - 1);
                int lastEnd = itemEnd(sentence.text(), sentence.begin(), last);
                if (mention.begin() - sentence.begin() < lastEnd && mention.begin() >= last.end()) {
                    continue; // a short name declared in the last member's bracket
                }
                String gap = mention.begin() - sentence.begin() < lastEnd ? "" // overlapping names: no list of both
                        : sentence.text().substring(lastEnd, mention.begin() - sentence.begin());
                boolean sameKind = kind(last) == kind(mention);
                boolean separated = SEPARATOR.matcher(gap).matches() && !(gap.equals("，") || gap.equals(","));
                if (!(sameKind && separated)) {
                    groups.add(current);
                    current = new ArrayList<>();
                }
            }
            current.add(mention);
        }
        if (!current.isEmpty()) {
            groups.add(current);
        }
        return groups;
    }

    /** Where a member ends in the text: after the bracket that declares its short name (A（以下简称“甲”）), if any. */
    static int itemEnd(String text, int base, Mention m) {
        int close = Resolver.declarationEnd(text, m.end() - base);
        return close >= 0 ? close : m.end() - base;
    }

    private static int kind(Mention m) {
        return switch (m.label()) {
            case Industry -> 0;
            case City -> 1;
            case Policy -> 2;
            default -> 3;
        };
    }

    /** The list a mention ends, or the mention alone when it is not the last member of its list. */
    static List<Mention> ending(List<List<Mention>> groups, Mention m) {
        for (List<Mention> g : groups) {
            if (g.get(g.size() - 1) == m) {
                return g;
            }
        }
        return List.of(m);
    }

    /** The list a mention starts, or the mention alone when it is not the first member of its list. */
    static List<Mention> starting(List<List<Mention>> groups, Mention m) {
        for (List<Mention> g : groups) {
            if (g.get(0) == m) {
                return g;
            }
        }
        return List.of(m);
    }
}
