package org.industrykg.extract;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** The verb classes of {@code extract/verbs.lex}: which words state which kind of relation. */
final class VerbLexicon {

    /** The ways of reading a clause; see the header of {@code verbs.lex}. */
    enum VerbClass {
        COOPERATE, COFOUND, FOUND, ORIGIN, FUND, INVESTORS, PORTFOLIO, MANAGERS, FOUNDERS, LOCATE, GATHER, MANAGE, ISSUE, SUPPORT, FOCUS;

        String method() {
            return "verb:" + name().toLowerCase(Locale.ROOT);
        }
    }

    /** A verb found in a text: its span and its classes. */
    record Hit(int begin, int end, String word, Set<VerbClass> classes) {
    }

    private final Map<String, Set<VerbClass>> classesOf;
    private final int longest;

    private VerbLexicon(Map<String, Set<VerbClass>> classesOf) {
        this.classesOf = Map.copyOf(classesOf);
        this.longest = classesOf.keySet().stream().mapToInt(String::length).max().orElse(0);
    }

    /** The lexicon of {@code extract/verbs.lex}. */
    static final String VERBS = "extract/verbs.lex";

    static VerbLexicon load(String resource) {
        return new VerbLexicon(Resources.classedWords(resource, VerbClass.class));
    }

    /** {@code extract/verbs.lex}, read once per process and shared (it is immutable). */
    static VerbLexicon shared() {
        return Shared.LEXICON;
    }

    private static final class Shared {
        static final VerbLexicon LEXICON = load(VERBS);
    }

    /** Whether a word is a verb of some class. */
    boolean knows(String word) {
        return classesOf.containsKey(word);
    }

    /**
     * The longest verb starting at {@code at} in {@code text} and ending by {@code limit}, or null; a verb of
     * founding that names an event (成立大会, 揭牌仪式) is none.
     */
    Hit at(String text, int at, int limit) {
        for (int len = Math.min(longest, limit - at); len >= 1; len--) {
            String word = text.substring(at, at + len);
            Set<VerbClass> classes = classesOf.get(word);
            if (classes != null) {
                boolean event = (classes.contains(VerbClass.FOUND) || classes.contains(VerbClass.COFOUND))
                        && RelationRules.EVENT_NOUN.matcher(text.substring(at + len)).lookingAt();
                return event ? null : new Hit(at, at + len, word, classes);
            }
        }
        return null;
    }
}
