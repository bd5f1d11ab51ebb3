package org.industrykg.extract;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.industrykg.nlp.Sentence;

/**
 * Entries of a directory: an organisation followed by its products or place in brackets, or by a colon or a dash
 * and a description (——甲乙人形：双足人形机器人整机, ・丙丁伺服（高雄）：伺服马达、关节驱动器, 戊己精密（RV减速器、
 * 谐波减速器）). The industries of the bracket, else of the description, are the organisation's
 * ({@code rule:directory-entry}), unless the description is a project's title (…产业化项目: what a grant
 * funds); a place in the bracket hosts it ({@code rule:directory-place}); under a heading of
 * firms that sign or settle (签约企业名单), or in a text that opens with firms settling, the park the text is about
 * hosts them ({@code rule:directory-settled}).
 */
final class DirectoryPass implements RelationPass {

    private static final Set<EntityLabel> ENTRIES = EnumSet.of(EntityLabel.Enterprise, EntityLabel.ResearchInstitute,
            EntityLabel.Platform);

    /** A description that is the title of a project (…研发及产业化项目, …改造工程), up to its first comma or bracket. */
    private static final Pattern PROJECT = Pattern.compile("^[：:]?[^，,；;。（(]{2,60}?(?:项目|工程|课题)(?:[（(，,；;。]|$)");

    /** A bracket right after the name, and the colon or dash that may follow it (某某科技——灵巧手产线). */
    private static final Pattern AFTER_NAME = Pattern.compile("^(?:[（(]([^（）()]{1,40})[）)])?([：:]|\\s*(?:——|—|--|－－)\\s*)?");

    @Override
    public String name() {
        return "rule:directory-entry";
    }

    /** Words of firms settling or signing, which make a text that opens with them one about its park's new firms. */
    private static final Pattern SETTLING = Pattern.compile("入驻|签约|落户|入园|落地");
    private static final int OPENING_SENTENCES = 3;
    /** How long a directory line may be: an entry and its description, not a paragraph. */
    private static final int LIST_LINE = 60;
    /** A heading over a list of firms that settle or sign (签约企业名单, 新入驻企业, 落户项目). */
    private static final Pattern SETTLED_LIST = Pattern.compile("(?:签约|入驻|落户|引进|入园|落地|招引)[^，。；]{0,6}(?:企业|项目|名单)");
    /** A heading over firms that have not settled (尚未签约企业, 签约未入驻企业, 拟引进企业, 意向企业). */
    private static final Pattern NOT_SETTLED = Pattern.compile("未|拟|待|意向|在谈|洽谈|退出|迁出");
    /** A description that says the firm is gone or stopped (已于2025年迁出, 已停止生产, 取消入驻). */
    private static final Pattern GONE = Pattern.compile("迁出|停止|取消|退出|注销|搬离");

    @Override
    public void find(RelationContext doc, List<ExtractedRelation> out) {
        Mention topicPark = topicPark(doc);
        boolean[] block = MentionFinder.colonBlocks(doc.sentences);
        // a text that opens with firms settling into its park (8家企业集体入驻某园) lists them under any heading
        boolean settlingText = doc.sentences.stream().limit(OPENING_SENTENCES).anyMatch(s -> SETTLING.matcher(s.text()).find());
        boolean settledList = false;
        for (Sentence sentence : doc.sentences) {
            List<Mention> here = doc.in(sentence);
            String text = sentence.text();
            boolean anyLineEntry = false;
            for (int i = 0; i < here.size(); i++) {
                Mention entry = here.get(i);
                if (!ENTRIES.contains(entry.label())) {
                    continue;
                }
                int end = entry.end() - sentence.begin();
                Matcher after = AFTER_NAME.matcher(text.substring(end));
                if (!after.lookingAt() || after.group(1) == null && after.group(2) == null) {
                    continue;
                }
                boolean lineEntry = MentionFinder.LINE_LEAD.matcher(text.substring(0, entry.begin() - sentence.begin())).matches();
                anyLineEntry |= lineEntry;
                boolean listLine = !text.endsWith("。") && text.length() <= LIST_LINE;
                String rest = text.substring(end);
                if (lineEntry && listLine && (settledList || settlingText) && topicPark != null && entry.label() == EntityLabel.Enterprise
                        && !GONE.matcher(rest).find()) { // ——已于2025年迁出: no longer there
                    doc.link(out, RelationType.HOSTS, topicPark, entry, "rule:directory-settled", 0.6, sentence, Map.of());
                }
                int bracketEnd = sentence.begin() + end + (after.group(1) == null ? 0 : after.group(1).length() + 2);
                List<Mention> inBracket = here.stream().filter(m -> m.begin() > entry.end() && m.end() < bracketEnd).toList();
                boolean placeOnly = !inBracket.isEmpty() && inBracket.stream().allMatch(m -> m.label() == EntityLabel.City)
                        && inBracket.stream().mapToInt(m -> m.end() - m.begin()).sum() == after.group(1).length(); // as written: （龙岗）
                if (after.group(1) != null && placeOnly) { // （中山市三角镇） is read as 中山市 and 三角镇: the town is the place
                    doc.link(out, RelationType.HOSTS, inBracket.get(inBracket.size() - 1), entry, "rule:directory-place", 0.7,
                            sentence, Map.of());
                }
                List<Mention> products = products(inBracket);
                if (products.isEmpty() && lineEntry && after.group(2) != null) {
                    // the description after the colon: its industries, up to the next entry of the line
                    Mention next = here.stream().skip(i + 1).filter(m -> ENTRIES.contains(m.label())).findFirst().orElse(null);
                    int stop = next == null ? sentence.end() : next.begin();
                    products = here.stream().filter(m -> m.label() == EntityLabel.Industry && m.begin() >= bracketEnd
                            && m.end() <= stop).toList();
                    String description = stop <= bracketEnd ? ""
                            : sentence.text().substring(bracketEnd - sentence.begin(), stop - sentence.begin());
                    if (PROJECT.matcher(description).lookingAt() || GONE.matcher(description).find()) {
                        products = List.of(); // 某公司：人形机器人灵巧手研制项目，拟支持…: what is funded; ——已停止生产…: no more
                    }
                }
                for (Mention product : products) {
                    doc.link(out, RelationType.IN_INDUSTRY, entry, product, name(), 0.7, sentence, Map.of());
                }
            }
            if (!anyLineEntry && !block[sentence.index()]) {
                settledList = SETTLED_LIST.matcher(text).find() && !NOT_SETTLED.matcher(text).find();
            }
        }
    }

    /** The park a text is about: the park named most often, at least twice, the first named of equals; or null. */
    private static Mention topicPark(RelationContext doc) {
        Map<Resolver.Entity, Long> counts = doc.mentions.stream().filter(m -> m.label() == EntityLabel.Park && doc.entityOf.get(m) != null)
                .collect(Collectors.groupingBy(doc.entityOf::get, LinkedHashMap::new, Collectors.counting())); // document order: max keeps the first
        Resolver.Entity best = counts.entrySet().stream().filter(e -> e.getValue() >= 2)
                .max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
        return best == null ? null : doc.mentions.stream().filter(m -> doc.entityOf.get(m) == best).findFirst().orElse(null);
    }

    /** The industries of a bracket that holds nothing else (RV减速器、谐波减速器), or none. */
    private static List<Mention> products(List<Mention> inBracket) {
        if (inBracket.isEmpty() || inBracket.stream().anyMatch(m -> m.label() != EntityLabel.Industry)) {
            return List.of();
        }
        return inBracket;
    }
}
