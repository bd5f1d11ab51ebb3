package org.industrykg.extract;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
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
            Pattern.compile("^[（(](?:(?:(?:以下)?(?:简称|下称)[：:]?|(?=[“\"‘「『]))(?:[“\"《‘「『]([^”\"》’」』]{1,16})[”\"》’」』]"
                    + "(?:(?:或|、|，|,|及|[，,]?[^“”\"「」（）()]{0,14}?(?:统称|合称|简称|称为|称))?[“\"《‘「『]([^”\"》’」』]{1,16})[”\"》’」』])?(?:(?:或|、|，|,|及)?[“\"《‘「『][^”\"》’」』]{1,16}[”\"》’」』])*"
                    + "|([\\p{IsHan}A-Za-z0-9]{2,10}))|([\\p{IsHan}]{2,8}))[）)]");
    /**
     * Class nouns a text may declare as an entity's short name (（以下简称“公司”或“某某科技”）, （以下简称“合伙企业”）):
     * no name to look for, but the word standing alone means that entity (see {@link ReferringWords}).
     */
    static final Set<String> DECLARABLE_NOUNS = java.util.stream.Stream.concat(
            java.util.stream.Stream.of("集团", "本集团", "基金", "本基金", "合伙企业", "本合伙企业"),
            RelationContext.COMPANY_ROLES.stream()).collect(java.util.stream.Collectors.toUnmodifiableSet());
    /**
     * A line of a definitions table (释义) of a prospectus, annual report or announcement, up to the name it defines:
     * 发行人、公司、某某科技	指	深圳市某某科技股份有限公司. The forms before 指 are that name's, as if declared with
     * （以下简称“…”）; 指 stands between blanks (tab, ideographic or two spaces), as the table writes it.
     */
    private static final String DEFINITION = "^[\\s\u3000]*([^\\s\u3000、，。；：:指]{2,16}(?:[、/／][^\\s\u3000、，。；：:指]{2,16}){0,5})"
            + "(?:\t|[\\s\u3000]{2,}|\u3000)指(?:\t|[\\s\u3000]+)";
    private static final Pattern DEFINED_FORMS = Pattern.compile(DEFINITION + "$");
    private static final Pattern DEFINITION_HEAD = Pattern.compile(DEFINITION);
    /** Titles this short (《方案》) only mean something through a declared abbreviation. */
    private static final int MIN_TITLE = 4;
    private static final Set<EntityLabel> CITY_RELATIVE = Set.of(EntityLabel.GovernmentAgency);
    /** Ministries and central bodies keep their national level in a city's letter (某某部, 国家某某局). */
    private static final Pattern NATIONAL_BODY = Pattern.compile("(?:部|总局|署)$|^(?:国家|国务院|中共中央|中央|全国|中国)");
    private static final Pattern LOCALLY_WRITTEN = Pattern.compile("^[市区县镇]");
    /** The campus a school's name brackets after it (某某大学（某市）). */
    private static final Pattern CAMPUS = Pattern.compile("[（(][^（）()]*[）)]$");
    /** 厅 are provincial departments: 科学技术厅 in a city's letter is the province's. */
    private static final Pattern PROVINCIAL_BODY = Pattern.compile("厅$");
    /** 市政府, 省人民政府: the government of the city or province the text is about. */
    private static final Pattern CITY_SPEAKER = Pattern.compile("全市|我市|本市|市政府|市人民政府");
    private static final int OPENING = 4;
    /** 市政府, 省政府, 区政府, 县人民政府 written without a place: the government of the text's city, province or district. */
    private static final Pattern LOCAL_GOVERNMENT = Pattern.compile("^(市|省|区|县)(?:人民)?政府$");
    /** What follows a zone's name in its committee's name. */
    private static final Pattern COMMITTEE_TAIL = Pattern.compile("管委会|管理委员会");
    /** A government named with its place (某某市人民政府), by the level its place ends with. */
    private static final Pattern NAMED_GOVERNMENT = Pattern.compile("^\\p{IsHan}{2,12}?(市|省|区|县)人民政府$");

    private final PlaceMatcher places;
    private final IndustryTaxonomy industries;
    private final ShortNames shortNames;

    public Resolver(PlaceMatcher places, IndustryTaxonomy industries) {
        this.places = places;
        this.industries = industries;
        this.shortNames = new ShortNames(places);
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
                if (e.label == EntityLabel.City && (e.name.equals(division.fullName()) || e.name.equals(division.name()))) {
                    return e;
                }
            }
            Entity city = new Entity(EntityLabel.City, division.fullName());
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
        Divisions.Division city = issuingCity(issuer, mentions, text);
        Map<String, Entity> byKey = new LinkedHashMap<>();
        Map<Mention, Entity> entityOf = new LinkedHashMap<>();
        Map<String, Entity> declared = new HashMap<>();
        Divisions.Division province = city == null ? null : provinceOf(city);
        Map<String, Divisions.Division> written = places.writtenTowns(text);
        List<Divisions.Division> context = mentionedPlaces(mentions, city);
        Divisions.Division district = documentDistrict(issuerDistrict(issuer, city), mentions, context, written);
        String committee = namedCommittee(mentions);
        Map<String, String> governments = namedGovernments(mentions);
        Map<String, String> zones = namedZones(mentions);
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
            if (mention.label() == EntityLabel.Policy && mention.text().length() < MIN_TITLE
                    || collective(text, mention)) {
                continue;
            }
            KnownNames.Known graphName = known.get(mention.text());
            Divisions.Division place = mention.label() == EntityLabel.City ? placeOf(mention.text(), context, written) : null;
            boolean zoneCommittee = committee != null && mention.label() == EntityLabel.GovernmentAgency
                    && ZONE_COMMITTEE.matcher(mention.text()).matches(); // 园区管委会 in the notice of 某某产业园管理委员会
            String zoneBody = mention.label() == EntityLabel.GovernmentAgency ? ofDeclaredZone(mention.text(), declared) : null;
            Matcher zoneClass = ZONE_CLASS.matcher(mention.text());
            if (zoneBody == null && mention.label() == EntityLabel.GovernmentAgency && zoneClass.lookingAt()
                    && zones.containsKey(zoneClass.group(1))) { // 新区经济发展局 in a text about 某市某某新区
                zoneBody = zones.get(zoneClass.group(1)) + mention.text().substring(zoneClass.end());
            }
            String canonical = place != null ? place.fullName() : zoneCommittee ? committee : zoneBody != null ? zoneBody
                    : graphName != null && graphName.label() == mention.label()
                    ? graphName.canonical() : canonicalName(mention, city, province, district, context, written, governments);
            if (canonical == null) {
                continue;
            }
            Entity entity = byKey.computeIfAbsent(ExtractedEntity.keyOf(mention.label(), canonical),
                    k -> new Entity(mention.label(), canonical));
            entity.aliases.add(mention.text());
            if (mention.surface() != null) {
                entity.aliases.add(mention.surface());
            }
            entity.mentions++;
            entityOf.put(mention, entity);
            if (place != null) {
                entity.aliases.add(place.name());
                entity.properties.put("level", place.level());
                entity.properties.put("code", place.code());
            }
            for (String alias : declaredAliases(text, mention)) {
                if (places.division(alias) == null) { // 某某研究院（中山） names where it is, not a short form
                    entity.aliases.add(alias);
                    declared.put(alias, entity);
                }
            }
            if (mention.label() == EntityLabel.Park) {
                String unplaced = withoutLeadingPlace(canonical);
                if (unplaced != null) {
                    entity.aliases.add(unplaced); // 中山市某某新区 is 某某新区 too, the form its committee's name uses
                }
            }
        }
        mergeImplicitAbbreviations(byKey, entityOf);
        enterpriseShortNames(text, byKey, entityOf, mentions);
        return new Resolution(new ArrayList<>(byKey.values()), entityOf, city);
    }

    /** Names that begin with their city's short name (中山某某科技有限公司, 深圳某某基金), unlike a university named after a city. */
    private static final Set<EntityLabel> SHORT_CITY_NAMES = EnumSet.of(EntityLabel.Enterprise, EntityLabel.Fund, EntityLabel.Park);
    private static final Set<EntityLabel> ORGANISATION_NAMES = EnumSet.of(EntityLabel.Enterprise, EntityLabel.ResearchInstitute,
            EntityLabel.Park, EntityLabel.Platform, EntityLabel.Association, EntityLabel.Fund);

    /**
     * The provinces and cities the document names (and its issuer's city), then the cities its organisations' names
     * begin with: they settle which 某某区 or 某某镇 is meant.
     */
    private List<Divisions.Division> mentionedPlaces(List<Mention> mentions, Divisions.Division issuing) {
        List<Divisions.Division> context = new ArrayList<>();
        if (issuing != null) {
            context.add(issuing);
        }
        for (Mention mention : mentions) {
            Divisions.Division d = mention.label() == EntityLabel.City ? places.division(mention.text()) : null;
            Divisions.Division lead = mention.label() == EntityLabel.GovernmentAgency ? leadingPlace(mention.text()) : null;
            if (lead != null) { // 深圳市某区投资促进局 names its city in full: 深圳市
                d = isDistrict(lead) ? lead.parent() : lead;
            }
            for (Divisions.Division p = d != null && !d.level().equals("city") ? d.parent() : null; p != null; p = p.parent()) {
                if (p.level().equals("city") && writesCity(mention.text(), p)) {
                    d = p; // 深圳南山, 中山小榄: a district or town written after its city names the city too
                    break;
                }
            }
            if (d != null && (d.level().equals("city") || d.level().equals("province")) && !context.contains(d)) {
                context.add(d);
            }
        }
        for (Mention mention : mentions) { // last, the cities that firms' and institutes' names begin with (中山市某某科技有限公司)
            Divisions.Division lead = ORGANISATION_NAMES.contains(mention.label()) ? leadingPlace(mention.text()) : null;
            if (lead == null && SHORT_CITY_NAMES.contains(mention.label())) { // 中山某某科技有限公司, not a university named after a city
                for (int len = 2; lead == null && len <= 3 && len < mention.text().length(); len++) {
                    Divisions.Division city = places.division(mention.text().substring(0, len) + "市");
                    lead = city != null && city.level().equals("city") ? city : null;
                }
            }
            Divisions.Division d = lead != null && isDistrict(lead) ? lead.parent() : lead;
            if (d != null && d.level().equals("city") && !context.contains(d)) {
                context.add(d);
            }
        }
        return context;
    }

    /**
     * The city whose body wrote the document; without an issuer, the city a text that speaks of 全市,
     * 我市 or 市政府 names first in its opening sentences (a work report given to 某某市人民代表大会), itself or as the
     * first place of a body's or a policy's name there (《某某市…若干措施》政策解读).
     */
    private Divisions.Division issuingCity(String issuer, List<Mention> mentions, String text) {
        if (issuer != null) {
            for (int len = Math.min(12, issuer.length()); len >= 2; len--) {
                Divisions.Division d = places.division(issuer.substring(0, len));
                if (d != null) {
                    return d;
                }
            }
            return null;
        }
        if (!CITY_SPEAKER.matcher(text).find()) {
            return null;
        }
        for (Mention m : mentions) {
            Divisions.Division d = m.sentence() >= OPENING ? null
                    : m.label() == EntityLabel.City ? places.division(m.text())
                    : MentionFinder.SOURCE_LINE_METHOD.equals(m.method()) ? leadingDivision(m.text()) // 来源：某市发布
                    : m.label() == EntityLabel.GovernmentAgency || m.label() == EntityLabel.Policy
                    ? leadingDivision(m.text().replaceFirst("^《", "")) : null; // 《某市…若干措施》政策解读, 来源：某市某局
            if (d != null && d.level().equals("city")) {
                return d;
            }
        }
        return null;
    }

    /** The division a name starts with (湘潭发布 -> 湘潭市), or null. */
    private Divisions.Division leadingDivision(String name) {
        for (int len = Math.min(6, name.length() - 1); len >= 2; len--) {
            Divisions.Division d = places.division(name.substring(0, len));
            if (d != null) {
                return d;
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

    /** 各区人民政府, 各县人民政府: every body of a class, not one entity. */
    private static boolean collective(String text, Mention mention) {
        return mention.label() == EntityLabel.GovernmentAgency && mention.begin() > 0 && text.charAt(mention.begin() - 1) == '各'
                && LOCALLY_WRITTEN.matcher(mention.text()).find();
    }

    /**
     * The district or county an issuer is the body of when its name writes it after its city (杭州市某某区人民政府),
     * else the issuing city itself (which is a district only when the issuer names the district alone).
     */
    private Divisions.Division issuerDistrict(String issuer, Divisions.Division city) {
        if (issuer == null || city == null || isDistrict(city) || !issuer.startsWith(city.name())) {
            return city;
        }
        int length = places.placeLengthAt(issuer, city.name().length(), issuer.length());
        Divisions.Division inner = length == 0 ? null
                : places.division(issuer.substring(city.name().length(), city.name().length() + length), List.of(city));
        return inner != null && isDistrict(inner) && inner.within(city) ? inner : city;
    }

    /**
     * The district or county that 区…局 and 县…局 of the document stand for: the issuer's own, else the
     * one district the document names most (at least twice and more often than any other), else none.
     */
    private Divisions.Division documentDistrict(Divisions.Division issuing, List<Mention> mentions, List<Divisions.Division> context,
                                                Map<String, Divisions.Division> written) {
        if (issuing != null && isDistrict(issuing)) {
            return issuing;
        }
        Map<Divisions.Division, Integer> counts = new HashMap<>();
        for (Mention m : mentions) {
            Divisions.Division d = m.label() == EntityLabel.City ? placeOf(m.text(), context, written)
                    : m.label() == EntityLabel.GovernmentAgency ? leadingPlace(m.text()) : null;
            if (d != null && isDistrict(d)) {
                counts.merge(d, 1, Integer::sum);
            }
        }
        List<Map.Entry<Divisions.Division, Integer>> ranked = new ArrayList<>(counts.entrySet());
        ranked.sort(Map.Entry.<Divisions.Division, Integer>comparingByValue().reversed());
        boolean dominant = !ranked.isEmpty() && ranked.get(0).getValue() >= 2
                && (ranked.size() == 1 || ranked.get(0).getValue() > ranked.get(1).getValue());
        return dominant ? ranked.get(0).getKey() : null;
    }

    /** The place a body's name begins with when written in full (深圳市某区投资促进局 -> 某区), or null. */
    private Divisions.Division leadingPlace(String name) {
        for (int len = Math.min(12, name.length() - 1); len >= 3; len--) {
            Divisions.Division d = places.division(name.substring(0, len));
            if (d != null && !d.level().equals("town") && name.startsWith(d.fullName())) {
                return d;
            }
        }
        return null;
    }

    /** What is left of a park's name without its place that names no park in particular (经济开发区, 高新区). */
    private static final Pattern GENERIC_ZONE = Pattern.compile(
            "^(?:国家级?|省级?|市级?)?(?:经济技术|高新技术产业|高新技术|经济|高新|技术|工业|产业|科技|综合)*(?:开发区|新区|园区|产业园|工业园|科技园|试验区|示范区)$");

    /**
     * A park's name without the city, district, county or town written in full that it begins with (中山市某某新区), when
     * a particular name is left; else null.
     */
    private String withoutLeadingPlace(String name) {
        int lead = places.placeLengthAt(name, 0, name.length());
        String rest = lead > 0 && "市区县镇".indexOf(name.charAt(lead - 1)) >= 0 ? name.substring(lead) : ""; // 深圳湾… is no 深圳
        return rest.length() >= 4 && !GENERIC_ZONE.matcher(rest).matches() ? rest : null;
    }

    /** A zone's committee written without the zone's name (园区管委会, 管委会, 开发区管理委员会). */
    static final Pattern ZONE_COMMITTEE = Pattern.compile("^(?:本|该)?(?:园区|开发区|高新区|新区)?(?:管委会|管理委员会)$");

    /**
     * The one committee the text names with its zone (某某产业园管理委员会), which a committee written without
     * the zone's name stands for; null when the text names none or several.
     */
    private static String namedCommittee(List<Mention> mentions) {
        Set<String> named = new java.util.HashSet<>();
        for (Mention m : mentions) {
            if (m.label() == EntityLabel.GovernmentAgency && !ZONE_COMMITTEE.matcher(m.text()).matches()
                    && (m.text().endsWith("管理委员会") || m.text().endsWith("管委会"))) {
                named.add(m.text());
            }
        }
        return named.size() == 1 ? named.iterator().next() : null;
    }

    /**
     * A zone's committee named by the short name the text declared for the zone (某某开发区管委会 after 中山某某高技术产业开发区
     * （以下简称“某某开发区”）): the zone's full name with the rest (中山某某高技术产业开发区管委会), else null. Other bodies
     * keep the name they are written with (某某高新区投资促进局).
     */
    private static String ofDeclaredZone(String text, Map<String, Entity> declared) {
        for (int cut = text.length() - 2; cut >= 2; cut--) {
            Entity zone = declared.get(text.substring(0, cut));
            if (zone != null && zone.label == EntityLabel.Park && COMMITTEE_TAIL.matcher(text.substring(cut)).matches()) {
                return zone.name + text.substring(cut);
            }
        }
        return null;
    }

    /** A body named by its zone's class alone (新区经济发展局, 高新区管委会): whose it is, the text's one zone of that class says. */
    private static final List<String> ZONE_CLASSES = List.of("高新区", "新区", "开发区", "合作区", "自贸区");
    private static final Pattern ZONE_CLASS = Pattern.compile("^(" + String.join("|", ZONE_CLASSES) + ")(?=\\p{IsHan}{2})");

    /**
     * The one zone of each class (新区, 高新区, 开发区…) the text names, by class: its longest written name, when every
     * other name of that class is the end of it (中山某某新区 and 某某新区); a class with two zones is left out.
     */
    private static Map<String, String> namedZones(List<Mention> mentions) {
        Map<String, String> zones = new HashMap<>();
        Set<String> ambiguous = new HashSet<>();
        for (Mention m : mentions) {
            if (m.label() != EntityLabel.Park) {
                continue;
            }
            for (String zoneClass : ZONE_CLASSES) { // 高新区 before 新区, which ends it
                if (!m.text().endsWith(zoneClass) || m.text().length() < zoneClass.length() + 2) {
                    continue;
                }
                String known = zones.get(zoneClass);
                if (known == null || m.text().endsWith(known)) {
                    zones.put(zoneClass, m.text());
                } else if (!known.endsWith(m.text())) {
                    ambiguous.add(zoneClass);
                }
                break;
            }
        }
        ambiguous.forEach(zones::remove);
        return zones;
    }

    /**
     * The one government of each level (市, 区, 县, 省) the text names in full (某某市人民政府), by level; a level
     * with two or none is left out.
     */
    private static Map<String, String> namedGovernments(List<Mention> mentions) {
        Map<String, Set<String>> named = new HashMap<>();
        for (Mention m : mentions) {
            Matcher full = NAMED_GOVERNMENT.matcher(m.text());
            if (m.label() == EntityLabel.GovernmentAgency && full.matches()) {
                named.computeIfAbsent(full.group(1), k -> new LinkedHashSet<>()).add(m.text());
            }
        }
        Map<String, String> one = new HashMap<>();
        named.forEach((level, names) -> {
            if (names.size() == 1) {
                one.put(level, names.iterator().next());
            }
        });
        return one;
    }

    private static boolean isDistrict(Divisions.Division d) {
        return d.level().equals("district") || d.level().equals("county");
    }

    String canonicalName(Mention mention, Divisions.Division city, Divisions.Division province, Divisions.Division district,
                         List<Divisions.Division> context, Map<String, Divisions.Division> written, Map<String, String> governments) {
        String text = mention.text();
        if (mention.label() == EntityLabel.City) {
            Divisions.Division d = places.division(text);
            return d == null ? text : d.name();
        }
        if (mention.label() == EntityLabel.Industry) {
            String term = industries.term(text);
            return term == null ? text : term;
        }
        boolean relative = CITY_RELATIVE.contains(mention.label());
        Matcher government = LOCAL_GOVERNMENT.matcher(text);
        if (relative && government.matches()) {
            String which = government.group(1);
            Divisions.Division level = which.equals("省") ? province : which.equals("市") ? city : district;
            return level == null ? governments.get(which) // a news text: the one government of that level it names
                    : (which.equals("区") || which.equals("县") ? level.fullName() : level.name()) + "人民政府";
        }
        if (relative && !LOCALLY_WRITTEN.matcher(text).find() && NATIONAL_BODY.matcher(text).find()
                && places.placeLengthAt(text, 0, text.length() - 1) == 0) { // 某某区投资推广署 is the district's
            return text;
        }
        if ((text.startsWith("省") || relative && PROVINCIAL_BODY.matcher(text).find() && !startsWithPlace(text))
                && province != null && relative) {
            return province.name() + (text.startsWith("省") ? text.substring(1) : text);
        }
        if (relative && MentionFinder.stationedOffice(text)) {
            return text; // 某开发区驻深圳招商工作站: named by its own zone, not by the text's city
        }
        String local = relative ? withCityOfLocalPlace(text, context, written) : null;
        if (local != null) {
            return local;
        }
        if (relative && (text.startsWith("区") || text.startsWith("县")) && !startsWithPlace(text)) {
            return district == null ? null : district.fullName() + text.substring(1);
        }
        if (city == null) {
            return text;
        }
        if (text.startsWith("市") && !startsWithPlace(text)) {
            return city.name() + text.substring(1);
        }
        if (relative && !startsWithPlace(text)) {
            return city.name() + text;
        }
        return text;
    }

    /**
     * A body named after a town or district written without its city (雷打石镇人民政府 in a text about
     * 株洲市), or with its city but not its district, takes the place's full name (株洲市天元区雷打石镇人民政府),
     * as the place's own node does; else null.
     */
    private String withCityOfLocalPlace(String text, List<Divisions.Division> context, Map<String, Divisions.Division> written) {
        int length = places.placeLengthAt(text, 0, text.length() - 1);
        if (length == 0) {
            return null;
        }
        Divisions.Division place = placeOf(text.substring(0, length), context, written);
        int inner = place == null ? 0 : places.placeLengthAt(text, length, text.length() - 1);
        if (inner > 0) {
            // 株洲市雷打石镇人民政府: the city written before the town; the town within it is the place
            Divisions.Division local = places.division(text.substring(length, length + inner), List.of(place));
            if (local != null && local.within(place)) {
                String full = local.fullName();
                return full.length() > length + inner ? full + text.substring(length + inner) : null;
            }
        }
        if (place == null || !Set.of("town", "district", "county").contains(place.level())) {
            return null;
        }
        String full = place.fullName();
        return full.length() > length && full.endsWith(text.substring(0, length)) ? full + text.substring(length) : null;
    }

    /** Whether a place's name opens with its city's name or short name (深圳南山 for 深圳市). */
    private static boolean writesCity(String text, Divisions.Division city) {
        return text.startsWith(city.name()) || city.shortName() != null && city.shortName().length() >= 2 && text.startsWith(city.shortName());
    }

    /** The division a place name means in this text: the town it writes under a city (see {@link PlaceMatcher#writtenTowns}), else the data's choice. */
    private Divisions.Division placeOf(String name, List<Divisions.Division> context, Map<String, Divisions.Division> written) {
        Divisions.Division town = written.get(name);
        return town != null ? town : places.division(name, context);
    }

    private boolean startsWithPlace(String text) {
        return places.placeLengthAt(text, 0, text.length() - 1) > 0 || text.startsWith("国家") || text.startsWith("中国") || text.startsWith("中华");
    }

    /** The X of （以下简称“X”） or （以下简称《X》） right after a mention; later mentions of X refer to it. */
    private static List<String> declaredAliases(String text, Mention mention) {
        return declaredAliases(text, mention.begin(), mention.end());
    }

    /**
     * The short names a text declares for the name at {@code begin}..{@code end}: the X of （以下简称“X”） after it, or
     * the forms a definitions line writes before it (某某科技、某科	指	…), class nouns (公司, 发行人) left out.
     */
    static List<String> declaredAliases(String text, int begin, int end) {
        List<String> forms = new ArrayList<>(definedForms(text, begin, end).stream().filter(f -> !DECLARABLE_NOUNS.contains(f)).toList());
        String declared = declaredAlias(text, begin, end);
        if (declared != null && !forms.contains(declared)) {
            forms.add(declared);
        }
        return forms;
    }

    /** The class nouns (公司, 合伙企业, 发行人) a text declares for the name at {@code begin}..{@code end}, 本 left off. */
    static List<String> declaredNouns(String text, int begin, int end) {
        List<String> nouns = new ArrayList<>(definedForms(text, begin, end).stream().filter(DECLARABLE_NOUNS::contains)
                .map(f -> f.replaceFirst("^本", "")).distinct().toList());
        String declared = declaredNoun(text, end);
        if (declared != null && !nouns.contains(declared)) {
            nouns.add(declared);
        }
        String second = secondDeclaredNoun(text, end);
        if (second != null && !nouns.contains(second)) {
            nouns.add(second);
        }
        return nouns;
    }

    /** Whether {@code begin}..{@code end} of the text lies among the forms a definitions line writes before 指: a declaration, no mention. */
    static boolean isDefinedForm(String text, int begin, int end) {
        int lineStart = text.lastIndexOf('\n', begin - 1) + 1;
        int lineEnd = text.indexOf('\n', begin);
        Matcher m = DEFINITION_HEAD.matcher(text.substring(lineStart, lineEnd < 0 ? text.length() : lineEnd));
        return m.lookingAt() && begin - lineStart >= m.start(1) && end - lineStart <= m.end(1);
    }

    /**
     * The forms a definitions line (释义) writes before the name at {@code begin}..{@code end} of the text, or none; the
     * name must be the whole definition, up to the line's end or a clause about it (，系发行人全资子公司).
     */
    private static List<String> definedForms(String text, int begin, int end) {
        String line = text.substring(text.lastIndexOf('\n', begin - 1) + 1, begin);
        Matcher m = DEFINED_FORMS.matcher(line);
        return m.matches() && DEFINITION_END.matcher(text.substring(end)).lookingAt() ? List.of(m.group(1).split("[、/／]")) : List.of();
    }

    /** What may follow the name a definitions line defines. */
    private static final Pattern DEFINITION_END = Pattern.compile("[ \t\u3000]*(?:$|\n|\r|[，,；;（(。])");

    /** The X of （以下简称“X”） that follows the name at {@code begin}..{@code end} of the text (after a closing 》), or null. */
    private static String declaredAlias(String text, int begin, int end) {
        Matcher m = declaration(text, end);
        if (m == null) {
            return null;
        }
        if (m.group(4) != null) { // 某某科技大学（科大）: a bare bracket declares only a form taken from the name before it
            return abbreviates(m.group(4), text.substring(Math.max(begin, end - MAX_ABBREVIATED), end)) ? m.group(4) : null;
        }
        if (m.group(1) != null) { // （以下简称“X”）, （以下简称“公司”或“X”）: the form that is a name
            String name = DECLARABLE_NOUNS.contains(m.group(1)) ? m.group(2) : m.group(1);
            boolean worded = m.group().contains("简称") || m.group().contains("下称");
            if (name != null && !worded && !abbreviates(name, text.substring(Math.max(begin, end - MAX_ABBREVIATED), end))) {
                return null; // （「深圳某某」） declares a form of the name before it; another quoted word is no short name of it
            }
            return name == null || DECLARABLE_NOUNS.contains(name) ? null : name;
        }
        return m.group(3); // unquoted: （以下简称X）
    }

    /** The class noun (公司, 合伙企业) that （以下简称“…”） right after the name ending at {@code end} declares for it, or null. */
    private static String declaredNoun(String text, int end) {
        Matcher m = declaration(text, end);
        if (m == null) {
            return null;
        }
        for (int g = 1; g <= 2; g++) {
            if (m.group(g) != null && DECLARABLE_NOUNS.contains(m.group(g))) {
                return m.group(g).replaceFirst("^本", "");
            }
        }
        return null;
    }

    /** The second class noun of a declaration that gives two (（“本公司”，连同其附属公司统称“本集团”）), or null. */
    private static String secondDeclaredNoun(String text, int end) {
        Matcher m = declaration(text, end);
        return m == null || m.group(1) == null || m.group(2) == null || !DECLARABLE_NOUNS.contains(m.group(1))
                || !DECLARABLE_NOUNS.contains(m.group(2)) ? null : m.group(2).replaceFirst("^本", "");
    }

    /**
     * Where the bracket that declares a short name with 简称 or 下称 (（以下简称“X”）), or in quotes alone as announcements
     * write it (（“某某科技”）, （「深圳某某」）), right after the name ending at
     * {@code end} closes, or -1 when none follows (a bare bracket, 某某（某某集团全资子公司）, is no declaration here).
     */
    static int declarationEnd(String text, int end) {
        Matcher m = declaration(text, end);
        return m == null || m.group(4) != null ? -1 : end + (text.startsWith("》", end) ? 1 : 0) + m.end();
    }

    private static Matcher declaration(String text, int end) {
        int from = end + (text.startsWith("》", end) ? 1 : 0);
        Matcher m = DECLARED_ABBREVIATION.matcher(text.substring(from, Math.min(text.length(), from + 40)));
        return m.find() ? m : null;
    }

    /** How far back a bare bracket's short form may take its characters from. */
    private static final int MAX_ABBREVIATED = 20;

    /**
     * Whether every character of {@code form} occurs in {@code name}, in order, without being a short tail of it (某某大学（大学）);
     * a tail of four characters or more is the short name such a release uses (某市某某投资公司（某某投资公司））.
     */
    private static boolean abbreviates(String form, String name) {
        int at = 0;
        for (char c : form.toCharArray()) {
            at = name.indexOf(c, at) + 1;
            if (at == 0) {
                return false;
            }
        }
        return !name.endsWith(form) || form.length() >= MIN_TAIL_FORM && name.length() > form.length();
    }

    /** The shortest tail of a name that a bare bracket declares as its short name (某某投资公司 of 某市某某投资公司). */
    private static final int MIN_TAIL_FORM = 4;

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

    /**
     * A short name (written in at most six characters, 区科创局 however its place is filled in; a fund in
     * at most ten, as a headline writes it: 灵巧手产业基金 for 某市灵巧手产业投资基金) whose
     * characters appear in order in a longer name of the same label and end alike refers to it.
     */
    private static final int SHORT_NAME = 6;
    /** Whose short names are written with their place in front (某市甲乙开发区): zones and platforms. */
    private static final Set<EntityLabel> PLACED_SHORT_LABELS = Set.of(EntityLabel.Park, EntityLabel.Platform);
    private static final int SHORT_FUND_NAME = 10;

    private void mergeImplicitAbbreviations(Map<String, Entity> byKey, Map<Mention, Entity> entityOf) {
        List<Entity> entities = new ArrayList<>(byKey.values());
        for (Entity shortOne : entities) {
            if (shortOne.label == EntityLabel.City || shortOne.label == EntityLabel.Industry
                    || shortOne.label == EntityLabel.Policy) {
                continue;
            }
            boolean isShort = shortOne.aliases.stream().mapToInt(String::length).min().orElse(shortOne.name.length())
                    <= (shortOne.label == EntityLabel.Fund ? SHORT_FUND_NAME : SHORT_NAME);
            Entity full = isShort ? longestAbbreviated(shortOne, entities) : null;
            if (full == null) {
                full = placedShortName(shortOne, entities);
            }
            if (full == null) {
                full = brandOf(shortOne, entities);
            }
            if (full != null) {
                merge(shortOne, full, byKey, entityOf);
            }
        }
    }

    /** The longest name of the same label that a short name abbreviates, or null. */
    private Entity longestAbbreviated(Entity shortOne, List<Entity> entities) {
        Entity full = null;
        for (Entity candidate : entities) {
            if (candidate != shortOne && candidate.label == shortOne.label
                    && candidate.name.length() > shortOne.name.length()
                    && (isAbbreviationOf(shortOne.name, candidate.name) || brandAndTrade(shortOne, candidate))
                    && (!narrowerPlace(shortOne.name, candidate.name) || universityShortName(shortOne.name, candidate.name))
                    && !otherSchool(shortOne, candidate)
                    && (full == null || candidate.name.length() > full.name.length())) {
                full = candidate;
            }
        }
        return full;
    }

    /**
     * A firm's short name made of its brand and the last word of its trade, a word between left out (甲乙传动 for
     * 佛山甲乙精密传动有限公司): it abbreviates the legal name without its legal form and holds the brand's first
     * two characters as they are written there.
     */
    private static boolean brandAndTrade(Entity shortOne, Entity candidate) {
        if (shortOne.label != EntityLabel.Enterprise || shortOne.name.length() < 4) {
            return false;
        }
        String core = ShortNames.LEGAL_SUFFIX.matcher(candidate.name).replaceFirst("");
        return core.length() < candidate.name.length() && core.contains(shortOne.name.substring(0, 2))
                && isAbbreviationOf(shortOne.name, core);
    }

    /**
     * A firm written by its brand alone (乾坤、行健等整机企业 beside 深圳市乾坤人形机器人有限公司): the one enterprise of the
     * text whose name, after its place, begins with those two to four characters (a preposition glued to a list's first
     * item is cut where the list is read, MentionFinder.LIST_PREPOSITION). Null when none or more than one does.
     */
    private Entity brandOf(Entity shortOne, List<Entity> entities) {
        String brand = shortOne.name;
        if (shortOne.label != EntityLabel.Enterprise || brand.length() < 2 || brand.length() > 4
                || places.placeLengthAt(brand, 0, brand.length()) > 0) {
            return null;
        }
        Entity found = null;
        for (Entity candidate : entities) {
            if (candidate == shortOne || candidate.label != EntityLabel.Enterprise || candidate.name.length() <= brand.length() + 2) {
                continue;
            }
            int place = places.placeLengthAt(candidate.name, 0, candidate.name.length() - 1);
            if (candidate.name.startsWith(brand, place)) {
                if (found != null) {
                    return null;
                }
                found = candidate;
            }
        }
        return found;
    }

    private static void merge(Entity shortOne, Entity full, Map<String, Entity> byKey, Map<Mention, Entity> entityOf) {
        full.aliases.addAll(shortOne.aliases);
        full.mentions += shortOne.mentions;
        byKey.remove(shortOne.key());
        entityOf.replaceAll((m, e) -> e == shortOne ? full : e);
    }

    /**
     * The entity a short name with its place written before it stands for (洛阳甲乙开发区, 洛阳市甲乙开发区 for
     * 洛阳甲乙高技术产业开发区): a longer name of the same label that starts with the same place and whose rest the
     * short name's rest abbreviates; null when there is none or more than one.
     */
    private Entity placedShortName(Entity shortOne, List<Entity> entities) {
        Divisions.Division place = leadingDivision(shortOne.name);
        int placeLength = places.placeLengthAt(shortOne.name, 0, shortOne.name.length() - 1);
        String rest = shortOne.name.substring(placeLength);
        if (!PLACED_SHORT_LABELS.contains(shortOne.label) || place == null || placeLength == 0 || rest.length() < 2
                || rest.length() > SHORT_NAME) {
            return null;
        }
        Entity found = null;
        for (Entity candidate : entities) {
            int candidatePlace = places.placeLengthAt(candidate.name, 0, candidate.name.length() - 1);
            if (candidate == shortOne || candidate.label != shortOne.label || candidatePlace == 0
                    || !place.equals(leadingDivision(candidate.name))) {
                continue;
            }
            String candidateRest = candidate.name.substring(candidatePlace);
            if (candidateRest.length() > rest.length() && isAbbreviationOf(rest, candidateRest) && !narrowerPlace(rest, candidateRest)) {
                if (found != null && found != candidate) {
                    return null;
                }
                found = candidate;
            }
        }
        return found;
    }

    /** A school's name whole: a place and 大学 or 学院 (某市大学, 某市学院). */
    private static final Pattern PLACE_SCHOOL_END = Pattern.compile("(?:大学|学院)$");

    /**
     * Whether two schools of one place are two schools (某市大学, 某市技术大学, 某市职业技术大学): a name that opens with
     * its place and ends with 大学 or 学院 is written in full, so it stands for a longer one only when the longer one
     * contains it as written, not when words are left out between.
     */
    private boolean otherSchool(Entity shortOne, Entity candidate) {
        return shortOne.label == EntityLabel.ResearchInstitute && PLACE_SCHOOL_END.matcher(shortOne.name).find()
                && places.placeLengthAt(shortOne.name, 0, shortOne.name.length() - 2) > 0 && !candidate.name.contains(shortOne.name);
    }

    /** Whether the longer name names a narrower place where the shorter one goes on (株洲市人民政府, 株洲市天元区人民政府). */
    private boolean narrowerPlace(String shortName, String fullName) {
        int common = 0;
        while (common < shortName.length() && common < fullName.length() && shortName.charAt(common) == fullName.charAt(common)) {
            common++;
        }
        return common > 0 && (places.placeLengthAt(fullName, common, fullName.length()) > 0
                || places.placeLengthAt(fullName, common - 1, fullName.length()) > 1);
    }

    /**
     * Whether a short name takes its characters in order from a full name and ends as it does (中南装院 for
     * 湖南中南智能装备研究院). A university's short name ends in 大 (甲科大 for 甲乙科技大学, 丙工大 for 丙丁戊工业大学), or is
     * its name without 大学 or 学院 when that leaves four characters or more (甲乙理工 for 甲乙理工大学).
     */
    /** 丙工大 for 丙丁戊工业大学（某市）, 某技大 for 某某市技术大学: a university's short name abbreviates its place too. */
    private static boolean universityShortName(String shortName, String fullName) {
        return shortName.endsWith("大") && withoutCampus(fullName).endsWith("大学");
    }

    /** A school's name without the campus bracketed after it (某某大学（某市） -> 某某大学). */
    private static String withoutCampus(String fullName) {
        return CAMPUS.matcher(fullName).replaceFirst("");
    }

    /** 甲乙理工 for 甲乙理工大学 or 甲乙理工学院: a school's name without 大学 or 学院, of four characters or more. */
    static boolean isSchoolStem(String shortName, String fullName) {
        return shortName.length() >= 4 && (fullName.equals(shortName + "大学") || fullName.equals(shortName + "学院"));
    }

    static boolean isAbbreviationOf(String shortName, String fullName) {
        char last = shortName.charAt(shortName.length() - 1);
        boolean university = withoutCampus(fullName).endsWith("大学");
        if (isSchoolStem(shortName, fullName)) {
            return true;
        }
        if (last != fullName.charAt(fullName.length() - 1) && !(university && last == '大')) {
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
        List<String> legalNames = byKey.values().stream() // in the order the text first names them
                .filter(e -> e.label == EntityLabel.Enterprise && ShortNames.isLegalName(e.name)).map(e -> e.name).toList();
        Map<String, List<String>> formsOf = new HashMap<>();
        for (Entity entity : List.copyOf(byKey.values())) {
            if (entity.label != EntityLabel.Enterprise || !ShortNames.isLegalName(entity.name)) {
                continue;
            }
            List<String> forms = shortNames.ofAmong(entity.name, legalNames, formsOf);
            for (String shortName : forms) {
                Entity own = byKey.remove(ExtractedEntity.keyOf(EntityLabel.Enterprise, shortName));
                if (own != null && own != entity) {
                    entity.aliases.addAll(own.aliases);
                    entity.mentions += own.mentions;
                    entityOf.replaceAll((m, e) -> e == own ? entity : e);
                }
            }
            for (String shortName : forms) {
                boolean claimed = byKey.values().stream().anyMatch(other -> other != entity && other.aliases.contains(shortName));
                if (claimed) {
                    break; // 星城动力 declared for the parent is not also the subsidiary 星城动力（株洲）有限公司
                }
                int count = countOutside(text, shortName, mentions);
                if (count > 0) {
                    entity.aliases.add(shortName);
                    entity.mentions += count;
                    break;
                }
            }
        }
    }
}
