package org.industrykg.extract;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.industrykg.nlp.Sentence;

/**
 * Facts about a fund from the sentence that names it: size (100亿元, 百亿元, 不低于5亿元, 超50亿元),
 * the month it was set up (2023年12月), and whether it is planned or established. Amounts and dates
 * that CoreNLP's numeric model tags MONEY and DATE are preferred; patterns normalise them.
 */
public final class FundFacts {

    private static final Pattern AMOUNT = Pattern.compile(
            "((?:首期|一期)(?:规模|出资|募资)?(?:为|达)?)?\\s*(不低于|不少于|超过|超|逾|约|近|达|总规模为?|规模为?|目标规模为?)?\\s*"
            + "([0-9]+(?:\\.[0-9]+)?|[一二两三四五六七八九十百千]+)\\s*(万亿|亿|万)元");
    private static final Pattern MONTH = Pattern.compile("((?:19|20)[0-9]{2})年([0-9]{1,2})月(?:([0-9]{1,2})日)?");
    private static final Pattern PLANNED = Pattern.compile("筹备|筹划|谋划设立|拟设立|拟成立|探索设立|计划设立|计划成立|计划组建|将设立|将成立|将组建|引导设立|筹建|拟");
    private static final Pattern ESTABLISHED = Pattern.compile("成立|设立|落地|注册|揭牌|签约|启动");

    private FundFacts() {
    }

    /** Size, date and status for a fund named in this sentence; absent facts are left out. */
    public static Map<String, Object> of(Sentence sentence) {
        Map<String, Object> facts = new LinkedHashMap<>();
        String text = sentence.text();
        MatchResult total = tagged(AMOUNT, sentence, "MONEY", false);
        MatchResult firstClose = tagged(AMOUNT, sentence, "MONEY", true);
        MatchResult amount = total != null ? total : firstClose;
        if (amount != null) {
            BigDecimal value = yuan(amount);
            if (value != null) {
                facts.put("sizeCny", value.longValue());
                facts.put("sizeText", amount.group().strip());
                String qualifier = amount == firstClose ? "first-close" : qualifier(amount.group(2));
                if (qualifier != null) {
                    facts.put("sizeQualifier", qualifier);
                }
            }
            BigDecimal first = total != null && firstClose != null ? yuan(firstClose) : null;
            if (first != null) {
                facts.put("firstCloseCny", first.longValue());
            }
        }
        MatchResult month = tagged(MONTH, sentence, "DATE");
        if (month != null) {
            facts.put("established", String.format("%s-%02d", month.group(1), Integer.parseInt(month.group(2))));
        }
        if (PLANNED.matcher(text).find()) {
            facts.put("status", "planned");
        } else if (ESTABLISHED.matcher(text).find()) {
            facts.put("status", "established");
        }
        return facts;
    }

    /** An amount in yuan, or null when its number cannot be read. */
    private static BigDecimal yuan(MatchResult amount) {
        BigDecimal value = number(amount.group(3));
        if (value == null) {
            return null;
        }
        BigDecimal unit = switch (amount.group(4)) {
            case "万亿" -> new BigDecimal("1000000000000");
            case "亿" -> new BigDecimal("100000000");
            default -> new BigDecimal("10000");
        };
        return value.multiply(unit);
    }

    private static MatchResult tagged(Pattern pattern, Sentence sentence, String tag) {
        return tagged(pattern, sentence, tag, null);
    }

    /**
     * The first match that CoreNLP's numeric model also tagged (MONEY, DATE), else the first match:
     * the model picks among several candidates, the pattern normalises and catches what it mistags.
     * With {@code firstClose} set, only amounts written as a first close (首期10亿元) or only others.
     */
    private static MatchResult tagged(Pattern pattern, Sentence sentence, String tag, Boolean firstClose) {
        Matcher m = pattern.matcher(sentence.text());
        MatchResult first = null;
        while (m.find()) {
            MatchResult match = m.toMatchResult();
            if (firstClose != null && firstClose != (match.group(1) != null)) {
                continue;
            }
            if (first == null) {
                first = match;
            }
            int begin = sentence.begin() + match.start();
            int end = sentence.begin() + match.end();
            if (sentence.tokens().stream().anyMatch(t -> tag.equals(t.ner()) && t.begin() < end && begin < t.end())) {
                return match;
            }
        }
        return first;
    }

    private static String qualifier(String word) {
        if (word == null) {
            return null;
        }
        if (word.startsWith("不低于") || word.startsWith("不少于") || word.startsWith("超") || word.startsWith("逾")) {
            return "at-least";
        }
        if (word.startsWith("约") || word.startsWith("近")) {
            return "approx";
        }
        return null;
    }

    /** Arabic or Chinese numerals (百 -> 100, 五十 -> 50). */
    static BigDecimal number(String text) {
        if (text.matches("[0-9.]+")) {
            return new BigDecimal(text);
        }
        long total = 0;
        long digit = 0;
        for (char c : text.toCharArray()) {
            int d = "零一二三四五六七八九".indexOf(c);
            if (c == '两') {
                d = 2;
            }
            if (d >= 0) {
                digit = d;
            } else {
                long unit = c == '十' ? 10 : c == '百' ? 100 : c == '千' ? 1000 : 0;
                if (unit == 0) {
                    return null;
                }
                total += (digit == 0 ? 1 : digit) * unit;
                digit = 0;
            }
        }
        return BigDecimal.valueOf(total + digit);
    }
}
