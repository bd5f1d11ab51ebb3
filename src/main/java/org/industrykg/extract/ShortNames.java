package org.industrykg.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Short forms of registered company names, as texts write them after the full name: the name
 * without its place, legal form and bracketed place, then without generic trade words one by one
 * (深圳市某某精密科技有限公司 -> 某某精密科技 -> 某某精密), and the city's name with the trade name's two characters
 * (深圳某某).
 */
final class ShortNames {

    static final Pattern LEGAL_SUFFIX = Pattern.compile("(股份有限公司|有限责任公司|集团有限公司|有限公司|集团)$");
    private static final List<String> DESCRIPTOR_TAILS = List.of("电子科技", "智能装备", "信息科技", "教育科技", "科技", "电子",
            "装备", "技术", "信息", "教育", "实业", "控股", "发展", "投资", "医疗", "生物", "智能", "机械", "设备", "制造", "自动化",
            "新材料", "材料", "电器", "电气", "机电", "软件", "网络", "通信", "光电");

    /** Investment firms' trades and the two characters texts write for them (某某创业投资管理有限公司 -> 某某创投). */
    private static final Map<String, String> ABBREVIATED_TRADES = Map.of("创业投资管理", "创投", "创业投资", "创投",
            "产业投资发展", "产投", "产业投资", "产投");
    /** What a place's name ends with after the two characters a trade name may share with it (某某镇, 某某区). */
    private static final List<String> PLACE_ENDINGS = List.of("镇", "区", "县", "街道", "乡", "市", "新区");

    private final PlaceMatcher places;

    ShortNames(PlaceMatcher places) {
        this.places = places;
    }

    /**
     * The length of the longest place a name begins with (深圳市 of 深圳市某某科技), at most {@code longest} characters and
     * leaving two after it; 0 when it begins with none.
     */
    int leadingPlaceLength(String core, int longest) {
        for (int len = Math.min(longest, core.length() - 2); len >= 2; len--) {
            if (places.division(core.substring(0, len)) != null) {
                return len;
            }
        }
        return 0;
    }

    /** Whether the name ends in a legal form (有限公司, 集团…). */
    static boolean isLegalName(String name) {
        return LEGAL_SUFFIX.matcher(name).find();
    }

    /** The short forms of a legal name, longest first; forms under three characters only when nothing else is left. */
    List<String> of(String legalName) {
        String core = LEGAL_SUFFIX.matcher(legalName).replaceFirst("");
        core = core.replaceAll("[（(][^）)]*[）)]", "");
        String city = null;
        int placeLength = leadingPlaceLength(core, 12);
        if (placeLength > 0) {
            city = core.substring(0, placeLength).replaceFirst("(?<=^..)市$", "");
            core = core.substring(placeLength);
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
        for (Map.Entry<String, String> trade : ABBREVIATED_TRADES.entrySet()) {
            String owner = core.substring(0, Math.max(0, core.length() - trade.getKey().length()));
            if (core.endsWith(trade.getKey()) && owner.length() >= 2 && !forms.contains(owner + trade.getValue())) {
                forms.add(owner + trade.getValue());
            }
        }
        String brand = core.length() >= 4 ? core.substring(0, 2) : null;
        if (city != null && city.length() == 2 && brand != null && brand.codePoints().allMatch(Character::isIdeographic)
                && DESCRIPTOR_TAILS.stream().noneMatch(tail -> tail.startsWith(brand) || brand.startsWith(tail))
                && places.placeLengthAt(core, 0, core.length()) == 0 && places.placeLengthAt(city + brand, 0, 4) <= city.length()
                && PLACE_ENDINGS.stream().noneMatch(end -> places.division(brand + end) != null)) {
            // not when the trade name is a place's (中山某镇产业投资有限公司: 中山某镇 is the town, no firm; 深圳前海 is a zone)
            forms.add(city + brand); // 深圳市某某精密电子有限公司 -> 深圳某某: the city's name and the firm's trade name
        }
        forms.remove(legalName);
        return forms.stream().filter(f -> f.length() >= 3 || forms.size() == 1).toList();
    }

    /**
     * The short forms of a legal name among the registered names a text writes, in the order it first writes them: a
     * parent and its subsidiary share a brand (深圳某某精密科技有限公司, then 中山某某精密制造有限公司), and a form that
     * the name of either begins with (某某精密) is the one's named first, not the other's, even when only the other's
     * trade words give it (某某智能 from 中山某某智能制造有限公司 beside 深圳某某智能装备有限公司 named before it).
     * {@code formsOf} keeps each name's forms for the calls of one document, so that they are derived once.
     */
    List<String> ofAmong(String legalName, List<String> legalNames, Map<String, List<String>> formsOf) {
        int at = legalNames.indexOf(legalName);
        String core = core(legalName, formsOf);
        Set<String> forms = new LinkedHashSet<>(formsOf.computeIfAbsent(legalName, this::of));
        for (String later : at < 0 ? legalNames : legalNames.subList(at + 1, legalNames.size())) {
            formsOf.computeIfAbsent(later, this::of).stream()
                    .filter(form -> form.length() >= 3 && core.startsWith(form)).forEach(forms::add);
        }
        List<String> earlierCores = (at < 0 ? List.<String>of() : legalNames.subList(0, at)).stream()
                .map(earlier -> core(earlier, formsOf)).toList();
        return forms.stream().filter(form -> earlierCores.stream().noneMatch(c -> c.startsWith(form)))
                .filter(form -> legalNames.stream().noneMatch(other -> !other.equals(legalName) && other.startsWith(form))) // 深圳某某 beginning another name
                .toList();
    }

    /** The longest short form (the name without place and legal form), or the name itself. */
    private String core(String legalName, Map<String, List<String>> formsOf) {
        List<String> forms = formsOf.computeIfAbsent(legalName, this::of);
        return forms.isEmpty() ? legalName : forms.get(0);
    }
}
