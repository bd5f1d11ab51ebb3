package org.industrykg.extract;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Names of organisations already in the graph (canonical names and aliases, from earlier
 * documents), so a later document's short mention (星翼航空) resolves to the entity (湖南星翼航空科技有限公司)
 * even when that document never writes the full name. Built from the graph, never from a hand list. An alias that is
 * only a class noun or a role (研究院 or 管理人 declared as a short name) names its entity in its own text only
 * ({@link Builder#declare}), so {@link Builder#add} never carries it over to another document.
 *
 * @param names    surface form -> the entity it names
 * @param prefixes the first {@value #MIN_LENGTH} characters of every form of {@code names} (and maybe of
 *                 forms dropped since), so that a text position no name can start at costs one lookup
 */
public record KnownNames(Map<String, Known> names, Set<String> prefixes) {

    public KnownNames(Map<String, Known> names) {
        this(names, names.keySet().stream().filter(form -> form.length() >= MIN_LENGTH).map(KnownNames::prefix)
                .collect(Collectors.toUnmodifiableSet()));
    }

    /** The label and canonical name a surface form refers to. */
    public record Known(EntityLabel label, String canonical) {
    }

    public static final KnownNames NONE = new KnownNames(Map.of());

    /**
     * Forms that name a body relative to the text's own place (市工业和信息化局, 省科技厅, 区政府): they
     * mean another city's body in another city's letter, so they never carry over between documents; nor
     * does a zone's committee written without its zone (园区管委会).
     */
    private static final Pattern RELATIVE = Pattern.compile("^[市省区县镇](?!场|民)|" + Resolver.ZONE_COMMITTEE.pattern());

    /** Shortest surface form used for matching: shorter ones are too ambiguous. */
    public static final int MIN_LENGTH = 3;

    public Known get(String surface) {
        return names.get(surface);
    }

    /** Whether a name may start at {@code from} of the text: false when no name begins with the characters there. */
    public boolean mayStartAt(String text, int from) {
        return from + MIN_LENGTH <= text.length() && prefixes.contains(text.substring(from, from + MIN_LENGTH));
    }

    private static String prefix(String surface) {
        return surface.substring(0, MIN_LENGTH);
    }

    /**
     * Collects names: read once from the graph, then grown with each document's entities as a run
     * writes them, so the graph is not read again for every document. A surface form that names two
     * different entities is left out as ambiguous; cities and industries come from data, not here.
     * The names that are not ambiguous are kept up to date as names are added, so that handing them to
     * the next document costs nothing however many there are (a copy per document grew with the run).
     */
    public static final class Builder {
        /** Each form with the first entity it named. */
        private final Map<String, Known> names = new HashMap<>();
        /**
         * The forms of {@link #names} that no other entity also has; concurrent, as a document's rules
         * read it on their own thread.
         */
        private final Map<String, Known> unique = new ConcurrentHashMap<>();
        private final Set<String> prefixes = ConcurrentHashMap.newKeySet();
        /** Forms a text declared for one entity (（以下简称“某某”）): another entity's derived forms do not make them ambiguous. */
        private final Set<String> declared = new HashSet<>();
        private final KnownNames view = new KnownNames(Collections.unmodifiableMap(unique), Collections.unmodifiableSet(prefixes));

        public Builder add(EntityLabel label, String canonical, Collection<String> aliases) {
            if (label == EntityLabel.City || label == EntityLabel.Industry) {
                return this;
            }
            Known known = new Known(label, canonical);
            List<String> surfaces = new ArrayList<>(aliases);
            surfaces.add(canonical);
            for (String surface : surfaces) {
                if (surface.length() >= MIN_LENGTH && !RELATIVE.matcher(surface).find() && !declared.contains(surface)
                        && !ReferringWords.onlyAClass(surface)) {
                    Known previous = names.putIfAbsent(surface, known);
                    if (previous == null) {
                        prefixes.add(prefix(surface));
                        unique.put(surface, known);
                    } else if (!previous.equals(known)) {
                        unique.remove(surface);
                    }
                }
            }
            return this;
        }

        /**
         * A form the text declared for this entity (深圳市某某科技有限公司（以下简称“某某科技”）): it names this
         * entity even when another's short form is the same (中山某某科技有限公司).
         */
        public Builder declare(EntityLabel label, String canonical, String form) {
            boolean relative = label == EntityLabel.GovernmentAgency && RELATIVE.matcher(form).find(); // 市基金 declared is the fund
            if (form.length() >= MIN_LENGTH && !relative && declared.add(form)) {
                Known known = new Known(label, canonical);
                names.put(form, known);
                unique.put(form, known);
                prefixes.add(prefix(form));
            }
            return this;
        }

        public Builder addAll(List<ExtractedEntity> entities) {
            entities.forEach(e -> add(e.label(), e.name(), e.aliases()));
            return this;
        }

        /**
         * The names collected so far, without the ambiguous ones: a read-only view, which names added
         * later extend (a run hands it to a document, and adds that document's names once its rules are done).
         */
        public KnownNames build() {
            return view;
        }
    }
}
