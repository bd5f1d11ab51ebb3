package org.industrykg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.industrykg.nlp.Sentence;
import org.industrykg.nlp.Token;

/**
 * Industries that are not in the taxonomy, recognised by the structure of the sentence that names
 * them (word lists in {@code extract/industry.cues}):
 * <ul>
 *   <li>{@code rule:industry-enumeration}: a typed list, A、B和C等(传统优势)产业 / 领域 / 方向 /
 *       关键部件, or a single field in 在X领域;</li>
 *   <li>{@code rule:industry-focus}: a list after a focus word, 聚焦 / 重点投向 / 主营 / 布局 A、B和C;
 *       a single item there only when it is a technology-field compound (X减速器, X传感器);</li>
 *   <li>{@code rule:industry-maker}: the fields of makers, A和B整机企业 / A和B的骨干厂商, only
 *       technology-field compounds;</li>
 *   <li>{@code rule:industry-bracket}: what an organisation makes, in a bracket right after its name that holds
 *       nothing but a list (甲乙电机有限公司（无框力矩电机、伺服电机）), only technology-field compounds and terms.</li>
 * </ul>
 * An item is a field when it is short (2–10 characters), made of content words, not a place, not a
 * name (公司, 研究院, 产业园, 基金…), not a generic word (企业, 项目, 技术) and not a broad category
 * (制造业). An item that only wraps a taxonomy term (人形机器人整机) is left to the taxonomy.
 */
final class IndustryFrames {

    static final String ENUMERATION = "rule:industry-enumeration";
    static final String FOCUS = "rule:industry-focus";
    static final String MAKER = "rule:industry-maker";
    static final String BRACKET = "rule:industry-bracket";

    private static final Set<String> SEPARATORS = Set.of("、", "和", "与", "及", "以及", "或");
    /** Parts of speech that never stand inside a field's name. */
    private static final Set<String> CLOSED = Set.of("PU", "P", "DEC", "DEG", "DER", "DEV", "PN", "VC", "LC", "AS",
            "SP", "MSP", "BA", "LB", "SB", "CS", "ETC", "CC", "DT", "IJ", "ON");
    /** Classifiers that, after a number, make a count (一批, 多个, 四大), not part of a name. */
    private static final Set<String> COUNTERS = Set.of("批", "个", "家", "项", "类", "种", "只", "支", "大", "条", "些");
    private static final Set<String> ETC = Set.of("等", "等等");
    private static final Set<String> OPEN = Set.of("（", "(");
    /** The words that open a bracket declaring a short name (（以下简称…）, （简称…）). */
    private static final Set<String> DECLARING = Set.of("以下", "以下简称", "下称", "简称", "以下称");
    private static final Set<String> CLOSE = Set.of("）", ")");
    /** Words that may stand before a single typed item: 在X领域, 于X方向. */
    private static final Set<String> SINGLE_LEAD = Set.of("在", "于", "对", "从");
    private static final Set<String> NOMINAL = Set.of("NN", "JJ", "NR");
    /** Punctuation inside a field's name (人工智能+, 5G-A). */
    private static final Set<String> GLUE = Set.of("+", "-", "·");
    /** Words after 产业 / 部件 that make it part of a name (产业园, 产业基地) rather than a list's type. */
    private static final Set<String> NAME_PARTS = Set.of("园", "园区", "基地", "协会", "联盟", "基金", "学院", "研究院",
            "示范区", "集聚区", "合作区", "公司");
    /** Words between a maker's fields and the maker noun: A和B(的)整机企业, 骨干厂商. */
    private static final Set<String> MAKER_MODIFIERS = Set.of("整机", "骨干", "龙头", "核心", "重点", "配套", "头部", "领军");
    /** Numbers and measure words between a focus word and its items (年产30万台X). */
    private static final Set<String> COUNTING = Set.of("CD", "M", "OD");
    /** Words between a focus word and its list: 专注于, 主营业务为, 主营业务：. */
    private static final Set<String> FOCUS_LEADS = Set.of("于", "在", "为", "：", ":", "是");
    /** A level word the segmenter leaves in front of an item (我|市 人工智能, 省 重大…). */
    private static final Set<String> ADMINISTRATIVE = Set.of("市", "省", "区", "县", "镇", "国家", "全国", "本");
    private static final int MIN_CHARS = 2;
    private static final int MAX_CHARS = 10;
    /** How long a first item may be before its left edge is known (tails and junk are cut after). */
    private static final int MAX_RAW_CHARS = 14;

    private final IndustryCues cues;
    private final IndustryTaxonomy taxonomy;
    private final PlaceMatcher places;

    IndustryFrames(IndustryCues cues, IndustryTaxonomy taxonomy, PlaceMatcher places) {
        this.cues = cues;
        this.taxonomy = taxonomy;
        this.places = places;
    }

    /** A run of tokens [first, last] of the sentence that a frame takes as one item. */
    private record Item(int first, int last) {
    }

    /** Industry mentions the frames find in a sentence (they may overlap taxonomy matches). */
    List<Mention> find(Sentence sentence) {
        List<Token> tokens = sentence.tokens();
        boolean[] triggerEnd = triggerEnds(sentence);
        List<Mention> found = new ArrayList<>();
        for (int t = 0; t < tokens.size(); t++) {
            String word = tokens.get(t).word();
            if (cues.typeNouns().contains(word)) {
                typed(sentence, t, triggerEnd, found);
            }
            if (cues.makerNouns().contains(word)) {
                makers(sentence, t, triggerEnd, found);
            }
            if (triggerEnd[t]) {
                focus(sentence, t, found);
            }
            if (OPEN.contains(word) && t > 0 && "ORGANIZATION".equals(tokens.get(t - 1).ner())) {
                bracketed(sentence, t, found);
            }
        }
        return found;
    }

    /** A、B和C等(modifiers)TYPE: the items before the type noun at {@code t}. */
    private void typed(Sentence sentence, int t, boolean[] triggerEnd, List<Mention> out) {
        List<Token> tokens = sentence.tokens();
        if (t + 1 < tokens.size() && namePart(tokens.get(t + 1).word())) {
            return;
        }
        int j = t - 1;
        int skipped = 0;
        while (j >= 0 && skipped < 3 && (cues.typeModifiers().contains(tokens.get(j).word()) || isCount(tokens, j))) {
            j -= isCount(tokens, j) && j > 0 && "CD".equals(tokens.get(j - 1).pos()) ? 2 : 1;
            skipped++;
        }
        boolean etc = j >= 0 && ETC.contains(tokens.get(j).word());
        if (etc) {
            j--;
        }
        if (!etc && skipped == 0 && modifiesNoun(tokens, t)) {
            return;
        }
        List<Item> items = itemsBefore(tokens, j, triggerEnd);
        if (items.isEmpty()) {
            return;
        }
        if (items.size() == 1 && !etc) {
            int before = items.get(0).first() - 1;
            boolean led = before >= 0 && (SINGLE_LEAD.contains(tokens.get(before).word()) || triggerEnd[before]);
            if (!led || !cues.singleTypeNouns().contains(tokens.get(t).word())) {
                return;
            }
        }
        for (Item item : items) {
            add(sentence, item, false, ENUMERATION, out);
        }
    }

    /** A和B(的)(整机|骨干)企业 / 厂商: technology-field compounds before a maker noun, never after 等. */
    private void makers(Sentence sentence, int t, boolean[] triggerEnd, List<Mention> out) {
        List<Token> tokens = sentence.tokens();
        int j = t - 1;
        for (int k = 0; k < 2 && j >= 0 && ("NN".equals(tokens.get(j).pos()) || "JJ".equals(tokens.get(j).pos()))
                && MAKER_MODIFIERS.contains(tokens.get(j).word()); k++) {
            j--;
        }
        if (j >= 0 && tokens.get(j).word().equals("的")) {
            j--;
        }
        for (Item item : itemsBefore(tokens, j, triggerEnd)) {
            add(sentence, item, true, MAKER, out);
        }
    }

    /** 聚焦 / 重点投向 / 主营 … A、B和C: the items right after the focus word ending at token {@code t}. */
    private void focus(Sentence sentence, int t, List<Mention> out) {
        List<Token> tokens = sentence.tokens();
        int i = t + 1;
        while (i < tokens.size() && (FOCUS_LEADS.contains(tokens.get(i).word())
                || cues.boundaries().contains(tokens.get(i).word()) && !tokens.get(i).pos().startsWith("N")
                || COUNTING.contains(tokens.get(i).pos()))) {
            i++; // 专注开发X, 聚焦研发X: the verb after the focus word is no part of the field
        }
        List<Item> items = new ArrayList<>();
        boolean resumed = false;
        while (i < tokens.size()) {
            int last = i - 1;
            int chars = 0;
            boolean cutByVerb = false;
            while (last + 1 < tokens.size() && itemToken(tokens.get(last + 1)) && chars < MAX_RAW_CHARS) {
                Token next = tokens.get(last + 1);
                boolean verbAfterNoun = next.pos().startsWith("V") && last >= i
                        && NOMINAL.contains(tokens.get(last).pos()) && chars >= MIN_CHARS
                        && verbEndsItem(tokens, last + 1) && !headedCompound(sentence, i, last + 1);
                boolean boundaryVerb = cues.boundaries().contains(next.word()) && !next.pos().startsWith("N");
                if (verbAfterNoun || boundaryVerb && last >= i) {
                    cutByVerb = verbAfterNoun && !boundaryVerb;
                    break;
                }
                chars += next.word().length();
                last++;
            }
            if (last < i) {
                break;
            }
            boolean listGoesOn = last + 2 < tokens.size() && SEPARATORS.contains(tokens.get(last + 1).word());
            if (resumed && !listGoesOn) {
                break; // 人形机器人一体化关节模组 alone: what follows the verb is no list of fields
            }
            resumed = false;
            items.add(new Item(i, last));
            if (listGoesOn) {
                i = last + 2;
            } else if (cutByVerb && items.size() == 1 && last + 2 < tokens.size() && NOMINAL.contains(tokens.get(last + 2).pos())) {
                // 主营人形机器人一体化关节模组、谐波减速器和…: a verb the tagger found inside the first item (一体化) does
                // not end the list when a list follows it
                i = last + 2;
                resumed = true;
            } else {
                break;
            }
        }
        boolean single = items.size() == 1;
        for (Item item : items) {
            add(sentence, item, single, FOCUS, out);
        }
    }

    /**
     * A（X、Y）, A（X）: the items of the bracket that opens at token {@code t} right after an organisation's name, when
     * it holds them and nothing else up to its end or a comma (精密减速器，在建); not 以下简称, a stock code or a place.
     */
    private void bracketed(Sentence sentence, int t, List<Mention> out) {
        List<Token> tokens = sentence.tokens();
        if (t + 1 < tokens.size() && DECLARING.contains(tokens.get(t + 1).word())) {
            return; // （以下简称某某电机）declares a short name
        }
        List<Item> items = new ArrayList<>();
        int i = t + 1;
        while (true) {
            int last = i - 1;
            while (last + 1 < tokens.size() && itemToken(tokens.get(last + 1))) {
                last++;
            }
            if (last < i || last + 1 >= tokens.size()) {
                return; // no item, or a bracket the sentence does not close
            }
            items.add(new Item(i, last));
            String next = tokens.get(last + 1).word();
            if (SEPARATORS.contains(next) && last + 2 < tokens.size()) {
                i = last + 2;
            } else if (CLOSE.contains(next) || next.equals("，") || next.equals(",")) {
                break;
            } else {
                return;
            }
        }
        for (Item item : items) {
            if (!"CD".equals(tokens.get(item.first()).pos())) { // 六轴机器人 would lose its number
                add(sentence, item, true, BRACKET, out);
            }
        }
    }

    /** The items of a list that ends with token {@code j}, in text order (empty if none). */
    private List<Item> itemsBefore(List<Token> tokens, int j, boolean[] triggerEnd) {
        List<Item> items = new ArrayList<>();
        while (j >= 0) {
            int first = j + 1;
            int chars = 0;
            while (first - 1 >= 0 && itemToken(tokens.get(first - 1)) && !cues.boundaries().contains(tokens.get(first - 1).word())
                    && !triggerEnd[first - 1] && !isCount(tokens, first - 1) && fitsBefore(tokens, first - 1, j)
                    && chars + tokens.get(first - 1).word().length() <= MAX_RAW_CHARS) {
                first--;
                chars += tokens.get(first).word().length();
            }
            if (first > j) {
                break;
            }
            items.add(0, new Item(first, j));
            if (first - 2 >= 0 && SEPARATORS.contains(tokens.get(first - 1).word())) {
                j = first - 2;
            } else {
                break;
            }
        }
        return items;
    }

    /**
     * Whether token {@code k} may begin an item ending at {@code last}: a verb only as the item's
     * last word (机器人运动控制, 自动驾驶), an adverb only before that verb, so 抢抓具身智能 and
     * 共建机器人 keep their verb out.
     */
    private static boolean fitsBefore(List<Token> tokens, int k, int last) {
        String pos = tokens.get(k).pos();
        if (pos.startsWith("V")) {
            return k == last;
        }
        if (pos.equals("AD")) {
            return k + 1 <= last && tokens.get(k + 1).pos().startsWith("V") && k + 1 == last;
        }
        return true;
    }

    /**
     * Whether the tokens from {@code first} through {@code verb} and on to the end of the list item make one
     * technology-field compound (无框/VE 力矩/VV 电机): the tagger's verb inside it ends nothing.
     */
    private boolean headedCompound(Sentence sentence, int first, int verb) {
        List<Token> tokens = sentence.tokens();
        int end = verb;
        while (end + 1 < tokens.size() && itemToken(tokens.get(end + 1)) && !tokens.get(end + 1).pos().equals("PU")) {
            end++;
        }
        String text = sentence.text().substring(tokens.get(first).begin() - sentence.begin(), tokens.get(end).end() - sentence.begin());
        return end > verb && compoundField(text) != null;
    }

    /** A verb after a noun ends a focus item unless the list goes on or closes right after it (车载显示、…). */
    private boolean verbEndsItem(List<Token> tokens, int verb) {
        if (verb + 1 >= tokens.size()) {
            return false;
        }
        Token after = tokens.get(verb + 1);
        boolean closes = SEPARATORS.contains(after.word()) || ETC.contains(after.word()) || after.pos().equals("PU")
                || cues.typeNouns().contains(after.word()) || after.pos().startsWith("V");
        return !closes;
    }

    /** Adds the item as a mention when it names a field; {@code compoundOnly} also needs a field head or taxonomy term. */
    private void add(Sentence sentence, Item item, boolean compoundOnly, String method, List<Mention> out) {
        List<Token> tokens = sentence.tokens();
        int first = item.first();
        int last = item.last();
        while (last > first && cues.tails().contains(tokens.get(last).word())) {
            last--;
        }
        while (first < last && (ADMINISTRATIVE.contains(tokens.get(first).word()) || cues.boundaries().contains(tokens.get(first).word())
                || "CD".equals(tokens.get(first).pos())
                || "OD".equals(tokens.get(first).pos()) && isCount(tokens, first + 1) || isCount(tokens, first))) {
            first++;
        }
        int begin = tokens.get(first).begin();
        int end = tokens.get(last).end();
        String text = sentence.text().substring(begin - sentence.begin(), end - sentence.begin());
        if (!isField(text, tokens.subList(first, last + 1), compoundOnly)) {
            return;
        }
        Mention mention = new Mention(EntityLabel.Industry, text, begin, end, sentence.index(), method);
        if (out.stream().noneMatch(m -> m.begin() == begin && m.end() == end)) {
            out.add(mention);
        }
    }

    private boolean isField(String text, List<Token> words, boolean compoundOnly) {
        if (taxonomy.term(text) != null) {
            return true;
        }
        if (text.length() < MIN_CHARS || text.length() > MAX_CHARS || cues.generic().contains(text)
                || cues.nonFieldEndings().stream().anyMatch(text::endsWith) || places.containsPlace(text)) {
            return false;
        }
        boolean noun = false;
        boolean allOrganisation = true;
        if ("VE".equals(words.get(0).pos()) && !(words.get(0).word().equals("无") && cues.headOf(text) != null)) {
            return false; // 有/VE 机器人; but 无框力矩电机, 无刷电机 are fields
        }
        for (Token token : words) {
            if (cues.nonFieldEndings().contains(token.word()) || "GPE".equals(token.ner()) || "PERSON".equals(token.ner()) || "NR".equals(token.pos()) && words.size() == 1) {
                return false;
            }
            noun |= token.pos().startsWith("N") || "JJ".equals(token.pos());
            allOrganisation &= "ORGANIZATION".equals(token.ner());
        }
        if (words.size() == 1 && "JJ".equals(words.get(0).pos())) {
            return false;
        }
        if (coveredByTerms(text)) {
            return false;
        }
        boolean compound = cues.headOf(text) != null || endsWithTerm(text);
        if (!noun || allOrganisation && !compound || compoundOnly && !compound) {
            return false;
        }
        // an item that only wraps taxonomy terms (人形机器人整机, 具身智能数据) is left to the taxonomy
        return compound || taxonomy.termsIn(text).isEmpty();
    }

    /**
     * The field an item of a table's field column names: the item without a tail word (人形机器人整机 -> 人形机器人),
     * when it is a taxonomy term or short, made of name characters, and no place, name or generic word.
     */
    String cellField(String item) {
        String text = item;
        for (String tail : cues.tails()) {
            if (text.endsWith(tail) && text.length() >= tail.length() + MIN_CHARS) {
                text = text.substring(0, text.length() - tail.length());
                break;
            }
        }
        if (taxonomy.term(text) != null) {
            return text;
        }
        boolean named = text.matches("[\\p{IsHan}A-Za-z0-9+·\\-]+") && !text.matches("[0-9].*");
        if (!named || text.length() < MIN_CHARS || text.length() > MAX_CHARS + 2 || cues.generic().contains(text)
                || cues.nonFieldEndings().stream().anyMatch(text::endsWith) || places.containsPlace(text)) {
            return null;
        }
        return text;
    }

    /** 人工智能与机器人产业科技项目: without 等 a type noun before another noun is part of a longer phrase. */
    private boolean modifiesNoun(List<Token> tokens, int t) {
        if (t + 1 >= tokens.size()) {
            return false;
        }
        Token next = tokens.get(t + 1);
        return next.pos().startsWith("N") && !cues.typeNouns().contains(next.word());
    }

    /** 产业 in 产业园, 部件 in 部件企业: the type noun starts a name or a company list, not a field list. */
    private boolean namePart(String next) {
        return cues.makerNouns().contains(next) || cues.nonFieldEndings().contains(next)
                || NAME_PARTS.contains(next);
    }

    /**
     * The field a compound names when it ends in a technology head and the taxonomy does not split
     * it into terms (采摘机器人, 碳化硅功率器件; not 人形机器人运动控制): the taxonomy's term for it, or the
     * compound itself; null when it is no such compound.
     */
    String compoundField(String text) {
        if (taxonomy.term(text) != null) {
            return taxonomy.term(text);
        }
        if (text.length() < MIN_CHARS + 1 || text.length() > MAX_CHARS || cues.generic().contains(text)
                || cues.headOf(text) == null || coveredByTerms(text) || places.containsPlace(text)
                || SEPARATORS.stream().anyMatch(text::contains)) {
            return null;
        }
        return text;
    }

    /** 机器人运动控制 = 机器人 + 运动控制: two or more taxonomy terms side by side are the taxonomy's to find. */
    private boolean coveredByTerms(String text) {
        int covered = 0;
        int terms = 0;
        for (int begin = 0; begin < text.length(); ) {
            int end = text.length();
            while (end > begin + 1 && taxonomy.term(text.substring(begin, end)) == null) {
                end--;
            }
            if (end == begin + 1) {
                return false;
            }
            terms++;
            covered = end;
            begin = end;
        }
        return terms >= 2 && covered == text.length();
    }

    private boolean endsWithTerm(String text) {
        for (int k = 1; k <= text.length() - MIN_CHARS; k++) {
            if (taxonomy.term(text.substring(k)) != null) {
                return true;
            }
        }
        return false;
    }

    private boolean itemToken(Token token) {
        String pos = token.pos();
        if (SEPARATORS.contains(token.word()) || ETC.contains(token.word()) || "GPE".equals(token.ner())) {
            return false;
        }
        if (pos.equals("PU")) {
            return GLUE.contains(token.word());
        }
        return !CLOSED.contains(pos) && !(pos.equals("VE") && !token.word().equals("无"));
    }

    /** A count such as 一批, 四大, 两个: a classifier after a number. */
    private static boolean isCount(List<Token> tokens, int j) {
        return j > 0 && j < tokens.size() && COUNTERS.contains(tokens.get(j).word())
                && ("CD".equals(tokens.get(j - 1).pos()) || tokens.get(j - 1).word().matches("[一二两三四五六七八九十多几数]+"));
    }

    /** For each token, whether a focus trigger ends with it (and begins at a token start). */
    private boolean[] triggerEnds(Sentence sentence) {
        List<Token> tokens = sentence.tokens();
        boolean[] ends = new boolean[tokens.size()];
        for (int a = 0; a < tokens.size(); a++) {
            StringBuilder text = new StringBuilder();
            for (int b = a; b < tokens.size() && b < a + 3; b++) {
                text.append(tokens.get(b).word());
                if (cues.focusTriggers().contains(text.toString())) {
                    ends[b] = true;
                }
            }
        }
        return ends;
    }
}
