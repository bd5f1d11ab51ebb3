package org.industrykg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Short forms of registered company names, as texts write them after the full name: the name
 * without its place, legal form and bracketed place, then without generic trade words one by one
 * (深圳市某某精密科技有限公司 -> 某某精密科技 -> 某某精密).
 */
final class ShortNames {

    static final Pattern LEGAL_SUFFIX = Pattern.compile("(股份有限公司|有限责任公司|集团有限公司|有限公司|集团)$");
    private static final List<String> DESCRIPTOR_TAILS = List.of("电子科技", "智能装备", "信息科技", "教育科技", "科技", "电子",
            "装备", "技术", "信息", "教育", "实业", "控股", "发展", "投资", "医疗", "生物", "智能", "机械", "设备", "制造", "自动化",
            "新材料", "材料", "电器", "电气", "机电", "软件", "网络", "通信", "光电");

    private final PlaceMatcher places;

    ShortNames(PlaceMatcher places) {
        this.places = places;
    }

    /** Whether the name ends in a legal form (有限公司, 集团…). */
    static boolean isLegalName(String name) {
        return LEGAL_SUFFIX.matcher(name).find();
    }

    /** The short forms of a legal name, longest first; forms under three characters only when nothing else is left. */
    List<String> of(String legalName) {
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

    /**
     * The short forms of a legal name that no other legal name of the text begins with once its place is off: a parent
     * and its subsidiary share a brand (深圳某某智能装备有限公司, 中山某某智能制造有限公司), so 某某智能, derived from the
     * second only, may be either.
     */
    List<String> ofAmong(String legalName, java.util.Collection<String> legalNames) {
        List<String> cores = legalNames.stream().filter(other -> !other.equals(legalName))
                .map(this::of).filter(forms -> !forms.isEmpty()).map(forms -> forms.get(0)).toList();
        return of(legalName).stream().filter(form -> cores.stream().noneMatch(core -> core.startsWith(form))).toList();
    }
}
