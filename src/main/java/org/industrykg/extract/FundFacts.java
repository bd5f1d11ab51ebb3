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
            "(不低于|不少于|超过|超|逾|约|近|达|总规模为?|规模为?|目标规模为?)?\\s*([0-9]+(?:\\.[0-9]+)?|[一二两三四五六七八九十百千]+)\\s*(万亿|亿|万)元");
    private static final Pattern MONTH = Pattern.compile("((?:19|20)[0-9]{2})年([0-9]{1,2})月(?:([0-9]{1,2})日)?");
    private static final Pattern PLANNED = Pattern.compile("筹备|拟设立|拟成立|探索设立|计划设立|将设立|筹建|拟");
    private static final Pattern ESTABLISHED = Pattern.compile("成立|设立|落地|注册|揭牌|签约|启动");

    private FundFacts() {
    }

    /** Size, date and status for a fund named in this sentence; absent facts are left out. */
    public static Map<String, Object> of(Sentence sentence) {
        Map<String, Object> facts = new LinkedHashMap<>();
        String text = sentence.text();
        MatchResult amount = tagged(AMOUNT, sentence, "MONEY");
        if (amount != null) {
            BigDecimal value = number(amount.group(2));
            if (value != null) {
                BigDecimal unit = switch (amount.group(3)) {
                    case "万亿" -> new BigDecimal("1000000000000");
                    case "亿" -> new BigDecimal("100000000");
                    default -> new BigDecimal("10000");
                };
                facts.put("sizeCny", value.multiply(unit).longValue());
                facts.put("sizeText", amount.group().strip());
                String qualifier = qualifier(amount.group(1));
                if (qualifier != null) {
                    facts.put("sizeQualifier", qualifier);
                }
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

    /**
     * The first match that CoreNLP's numeric model also tagged (MONEY, DATE), else the first match:
     * the model picks among several candidates, the pattern normalises and catches what it mistags.
     */
    private static MatchResult tagged(Pattern pattern, Sentence sentence, String tag) {
        Matcher m = pattern.matcher(sentence.text());
        MatchResult first = null;
        while (m.find()) {
            MatchResult match = m.toMatchResult();
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
