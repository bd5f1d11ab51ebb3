package org.industrykg.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Resolves mentions to canonical entities (DESIGN.md §4): places to their official names,
 * city-relative names (市工信局, 财政局) to the issuing city's bodies, province-relative ones (省科技厅)
 * to the province named last before them, declared abbreviations
 * (（以下简称“X”）) and implicit ones (中南装院 after its full name) to the full name, short names of
 * enterprises derived from their legal names. The canonical name is the longest full form; every
 * surface form is kept as an alias.
 */
public final class Resolver {

    private static final Pattern DECLARED_ABBREVIATION =
            Pattern.compile("^[（(](?:以下)?(?:简称|下称)[“\"《]([^”\"》]{1,16})[”\"》][）)]");
    /** Titles this short (《方案》) only mean something through a declared abbreviation. */
    private static final int MIN_TITLE = 4;
    private static final Pattern LEGAL_SUFFIX = Pattern.compile("(股份有限公司|有限责任公司|集团有限公司|有限公司|集团)$");
    private static final List<String> DESCRIPTOR_TAILS = List.of("电子科技", "智能装备", "信息科技", "教育科技", "科技", "电子",
            "装备", "技术", "信息", "教育", "实业", "控股", "发展", "投资", "医疗", "生物", "智能");
    private static final Set<EntityLabel> CITY_RELATIVE = Set.of(EntityLabel.GovernmentAgency);

    private final PlaceMatcher places;
    private final IndustryTaxonomy industries;

    public Resolver(PlaceMatcher places, IndustryTaxonomy industries) {
        this.places = places;
        this.industries = industries;
    }

    /** A canonical entity under construction. */
    static final class Entity {
        final EntityLabel label;
        String name;
        final Set<String> aliases = new LinkedHashSet<>();
        int mentions;
        final Map<String, Object> properties = new LinkedHashMap<>();

        Entity(EntityLabel label, String name) {
            this.label = label;
            this.name = name;
        }

        String key() {
            return ExtractedEntity.keyOf(label, name);
        }
    }

    /** The outcome: the entities and, for each mention, the entity it refers to. */
    public record Resolution(List<Entity> entities, Map<Mention, Entity> entityOf, Divisions.Division issuingCity) {

        /** The entity with this canonical name or alias, or null. */
        public Entity named(String name) {
            for (Entity e : entities) {
                if (e.name.equals(name) || e.aliases.contains(name)) {
                    return e;
                }
            }
            return null;
        }

        /** The City entity of a division, added (as mentioned once, inside a name) when absent. */
        Entity city(Divisions.Division division) {
            for (Entity e : entities) {
                if (e.label == EntityLabel.City && e.name.equals(division.name())) {
                    return e;
                }
            }
            Entity city = new Entity(EntityLabel.City, division.name());
            city.aliases.add(division.name());
            city.mentions = 1;
            city.properties.put("level", division.level());
            city.properties.put("code", division.code());
            entities.add(city);
            return city;
        }

        /** The Industry entity of a taxonomy term, added (as mentioned once, inside a name) when absent. */
        Entity industry(String term) {
            for (Entity e : entities) {
                if (e.label == EntityLabel.Industry && e.name.equals(term)) {
                    return e;
                }
            }
            Entity industry = new Entity(EntityLabel.Industry, term);
            industry.aliases.add(term);
            industry.mentions = 1;
            entities.add(industry);
            return industry;
        }
    }

    public Resolution resolve(String text, String issuer, List<Mention> mentions) {
        return resolve(text, issuer, mentions, KnownNames.NONE);
    }

    public Resolution resolve(String text, String issuer, List<Mention> mentions, KnownNames known) {
        Divisions.Division city = issuingCity(issuer, mentions);
        Map<String, Entity> byKey = new LinkedHashMap<>();
        Map<Mention, Entity> entityOf = new LinkedHashMap<>();
        Map<String, Entity> declared = new HashMap<>();
        Divisions.Division province = city == null ? null : provinceOf(city);
        for (Mention mention : mentions) {
            if (mention.label() == EntityLabel.City) {
                Divisions.Division d = places.division(mention.text());
                if (d != null && d.level().equals("province")) {
                    province = d;
                }
            }
            Entity abbreviated = declared.get(mention.text());
            if (abbreviated != null && abbreviated.label == mention.label()) {
                abbreviated.mentions++;
                entityOf.put(mention, abbreviated);
                continue;
            }
            if (mention.label() == EntityLabel.Policy && mention.text().length() < MIN_TITLE) {
                continue;
            }
            KnownNames.Known graphName = known.get(mention.text());
            String canonical = graphName != null && graphName.label() == mention.label()
                    ? graphName.canonical() : canonicalName(mention, city, province);
            Entity entity = byKey.computeIfAbsent(ExtractedEntity.keyOf(mention.label(), canonical),
                    k -> new Entity(mention.label(), canonical));
            entity.aliases.add(mention.text());
            if (mention.surface() != null) {
                entity.aliases.add(mention.surface());
            }
            entity.mentions++;
            entityOf.put(mention, entity);
            if (mention.label() == EntityLabel.City) {
                Divisions.Division d = places.division(mention.text());
                entity.properties.put("level", d.level());
                entity.properties.put("code", d.code());
            }
            String alias = declaredAlias(text, mention);
            if (alias != null) {
                entity.aliases.add(alias);
                declared.put(alias, entity);
            }
        }
        mergeImplicitAbbreviations(byKey, entityOf);
        enterpriseShortNames(text, byKey, entityOf, mentions);
        return new Resolution(new ArrayList<>(byKey.values()), entityOf, city);
    }

    private Divisions.Division issuingCity(String issuer, List<Mention> mentions) {
        if (issuer != null) {
            for (int len = Math.min(12, issuer.length()); len >= 2; len--) {
                Divisions.Division d = places.division(issuer.substring(0, len));
                if (d != null) {
                    return d;
                }
            }
        }
        return null;
    }

    private static Divisions.Division provinceOf(Divisions.Division d) {
        while (d.parent() != null) {
            d = d.parent();
        }
        return d;
    }

    String canonicalName(Mention mention, Divisions.Division city, Divisions.Division province) {
        String text = mention.text();
        if (mention.label() == EntityLabel.City) {
            Divisions.Division d = places.division(text);
            return d == null ? text : d.name();
        }
        if (mention.label() == EntityLabel.Industry) {
            String term = industries.term(text);
            return term == null ? text : term;
        }
        if (text.startsWith("省") && province != null && CITY_RELATIVE.contains(mention.label())) {
            return province.name() + text.substring(1);
        }
        if (city == null) {
            return text;
        }
        if (text.startsWith("市") && !startsWithPlace(text)) {
            return city.name() + text.substring(1);
        }
        if (CITY_RELATIVE.contains(mention.label()) && !startsWithPlace(text)) {
            return city.name() + text;
        }
        return text;
    }

    private boolean startsWithPlace(String text) {
        for (int len = Math.min(12, text.length() - 1); len >= 2; len--) {
            if (places.division(text.substring(0, len)) != null) {
                return true;
            }
        }
        return text.startsWith("国家") || text.startsWith("中国") || text.startsWith("中华");
    }

    /** The X of （以下简称“X”） or （以下简称《X》） right after a mention; later mentions of X refer to it. */
    private static String declaredAlias(String text, Mention mention) {
        int from = mention.end() + (text.startsWith("》", mention.end()) ? 1 : 0);
        Matcher m = DECLARED_ABBREVIATION.matcher(text.substring(from, Math.min(text.length(), from + 24)));
        return m.find() ? m.group(1) : null;
    }

    private static int countOutside(String text, String needle, List<Mention> mentions) {
        int count = 0;
        for (int i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + needle.length())) {
            int at = i;
            if (mentions.stream().noneMatch(m -> m.begin() <= at && at < m.end())) {
                count++;
            }
        }
        return count;
    }

    /** A short name whose characters appear in order in a longer name of the same label and end alike refers to it. */
    private static void mergeImplicitAbbreviations(Map<String, Entity> byKey, Map<Mention, Entity> entityOf) {
        List<Entity> entities = new ArrayList<>(byKey.values());
        for (Entity shortOne : entities) {
            if (shortOne.label == EntityLabel.City || shortOne.label == EntityLabel.Industry
                    || shortOne.label == EntityLabel.Policy || shortOne.name.length() > 6) {
                continue;
            }
            Entity full = null;
            for (Entity candidate : entities) {
                if (candidate != shortOne && candidate.label == shortOne.label
                        && candidate.name.length() > shortOne.name.length()
                        && isAbbreviationOf(shortOne.name, candidate.name)
                        && (full == null || candidate.name.length() > full.name.length())) {
                    full = candidate;
                }
            }
            if (full != null) {
                full.aliases.addAll(shortOne.aliases);
                full.mentions += shortOne.mentions;
                byKey.remove(shortOne.key());
                Entity target = full;
                entityOf.replaceAll((m, e) -> e == shortOne ? target : e);
            }
        }
    }

    static boolean isAbbreviationOf(String shortName, String fullName) {
        if (shortName.charAt(shortName.length() - 1) != fullName.charAt(fullName.length() - 1)) {
            return false;
        }
        int j = 0;
        for (int i = 0; i < fullName.length() && j < shortName.length(); i++) {
            if (fullName.charAt(i) == shortName.charAt(j)) {
                j++;
            }
        }
        return j == shortName.length();
    }

    /**
     * 湖南星翼航空科技有限公司 -> 星翼航空科技 / 星翼航空: a derived short name that is an entity of its own
     * merges into the legal name; one used elsewhere in the text becomes an alias with its count.
     */
    private void enterpriseShortNames(String text, Map<String, Entity> byKey, Map<Mention, Entity> entityOf,
                                      List<Mention> mentions) {
        for (Entity entity : List.copyOf(byKey.values())) {
            if (entity.label != EntityLabel.Enterprise || !LEGAL_SUFFIX.matcher(entity.name).find()) {
                continue;
            }
            List<String> forms = shortNames(entity.name);
            for (String shortName : forms) {
                Entity own = byKey.remove(ExtractedEntity.keyOf(EntityLabel.Enterprise, shortName));
                if (own != null && own != entity) {
                    entity.aliases.addAll(own.aliases);
                    entity.mentions += own.mentions;
                    entityOf.replaceAll((m, e) -> e == own ? entity : e);
                }
            }
            for (String shortName : forms) {
                int count = countOutside(text, shortName, mentions);
                if (count > 0) {
                    entity.aliases.add(shortName);
                    entity.mentions += count;
                    break;
                }
            }
        }
    }

    List<String> shortNames(String legalName) {
        String core = LEGAL_SUFFIX.matcher(legalName).replaceFirst("");
        core = core.replaceAll("[（(][^）)]*[）)]", "");
        for (int len = Math.min(12, core.length() - 2); len >= 2; len--) {
            if (places.division(core.substring(0, len)) != null) {
                core = core.substring(len);
                break;
            }
        }
        List<String> forms = new ArrayList<>();
        String current = core;
        boolean trimmed = true;
        while (trimmed && current.length() >= 2) {
            forms.add(current);
            trimmed = false;
            for (String tail : DESCRIPTOR_TAILS) {
                if (current.endsWith(tail) && current.length() - tail.length() >= 2) {
                    current = current.substring(0, current.length() - tail.length());
                    trimmed = true;
                    break;
                }
            }
        }
        forms.remove(legalName);
        return forms.stream().filter(f -> f.length() >= 3 || forms.size() == 1).toList();
    }
}
