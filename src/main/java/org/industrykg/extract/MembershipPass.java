package org.industrykg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.industrykg.nlp.Sentence;

/**
 * The members an association or alliance names by their office are its partners ({@code rule:membership},
 * PARTNERS_WITH): X为理事长单位, X、Y是某联盟的副理事长单位, X为某商会会员企业, 副会长单位为A、B和C, 副理事长单位：A、B, 成员单位包括A和B, 首批成员单位68家，包括A、B. The association is
 * the one the sentence opens with, else the one the clause names, else the last one named in the sentence or the few before.
 * Bodies named as its guiding or backing office (A、B作为指导单位出席, 指导单位：A) SUPPORT it.
 */
final class MembershipPass implements RelationPass {

    /** An office held by a member organisation: 理事长单位, 副会长单位, 常务理事单位, 成员单位. */
    private static final String OFFICE = "(?:副?理事长|副?会长|常务理事|理事|副?主席|监事长|监事|秘书长|成员|会员|发起)单位";
    /** Members before the office: X、Y为（某联盟的）副理事长单位. */
    private static final Pattern HOLD = Pattern.compile("^(?:等[^，。；,;为是]{0,12}?)?(?:分别|均|也|还|则|同时)?(?:为|是|担任|当选(?:为)?|成为)"
            + "(?:(?:[^，。；,;]{0,24}?(?:的|会|联盟))?(?:首批|第一批|第二批|新一届|新一批)?" + OFFICE
            + "|[^，。；,;]{2,24}?(?:会|联盟)的?(?:会员|成员)企业)"); // X为某商会会员企业: the association named before the word
    /** Members after the office: 副会长单位为A、B和C, 副理事长单位：A、B (a line of a list of offices). */
    private static final Pattern OFFICE_THEN = Pattern.compile(OFFICE
            + "(?:[0-9０-９一二三四五六七八九十百余多]+[家个])?(?:[，,]?(?:分别)?(?:为|是|包括|有|涵盖)|[：:])$");

    /** Between two lists of members of different kinds: 等整机和部件企业，以及. */
    private static final Pattern MORE_KINDS = Pattern.compile("^等[^，。；,;]{0,16}[，,]?(?:以及|及|和|还有)$");


    /** An office of a body that guides or backs an association (指导单位, 支持单位, 业务主管单位). */
    private static final String GUIDE = "(?:指导|支持|业务主管|主管)单位";
    /** Bodies before the office: A、B作为指导单位出席, A为（联盟的）指导单位. */
    private static final Pattern GUIDE_HOLD = Pattern.compile("^(?:分别|均|也|还|则|同时)?(?:为|是|担任|作为)(?:[^，。；,;]{0,24}?的)?" + GUIDE);
    /** Bodies after the office: 指导单位：A、B, 指导单位为A和B. */
    private static final Pattern GUIDE_THEN = Pattern.compile(GUIDE + "(?:[，,]?(?:分别)?(?:为|是|包括|有)|[：:])$");

    @Override
    public String name() {
        return "rule:membership";
    }

    @Override
    public void find(RelationContext doc, List<ExtractedRelation> out) {
        for (Sentence sentence : doc.sentences) {
            offices(doc, sentence, MembershipPass::member, HOLD, OFFICE_THEN, RelationType.PARTNERS_WITH, out);
            offices(doc, sentence, m -> m.label() == EntityLabel.GovernmentAgency, GUIDE_HOLD, GUIDE_THEN,
                    RelationType.SUPPORTS, out);
        }
        rosters(doc, out);
    }

    /**
     * The heading of a roster, one member a line below it (附件：某某联盟发起单位名单, 某某协会首批会员单位名录（排名不分先后）): the
     * association it names, and whether its members founded it (发起) or joined it.
     */
    private static final Pattern ROSTER = Pattern.compile("(?:首批|第一批|第二批)?(?:(发起|创始)(?:成员)?单位|发起人|(?:成员|会员|理事)单位)"
            + "(?:名单|名录|一览表?|列表)[^。；;]{0,20}$");
    /** A roster heading with no members under it (（略）) or members leaving (拟清退, 取消…会员资格). */
    private static final Pattern NOT_LISTED = Pattern.compile("[（(]略[）)]|清退|除名|取消|撤销|退出|不予|未通过|不同意|未予|拒绝");
    /** A line between groups of a roster: a group's heading (一、企业（12家）, （二）高校) or a bracketed note (（排名不分先后）). */
    private static final Pattern GROUP = Pattern.compile("^(?:[一二三四五六七八九十]{1,3}[、．.]|[（(][^）)]{1,16}[）)]$|[（(][一二三四五六七八九十]{1,3}[）)])");
    /** The longest roster heading: a title line, not a sentence of prose. */
    private static final int ROSTER_HEADING = 40;
    /** The longest line of {@link #GROUP} between a roster's members. */
    private static final int GROUP_HEADING = 20;

    /**
     * Each member a roster lists on its own line (1. 某某科技有限公司) FOUNDED the association its heading names when the
     * heading calls them its founders (发起单位), else PARTNERS_WITH it ({@code rule:roster}); the list runs through
     * group headings and notes and ends at the first longer line that names no member alone.
     */
    private static void rosters(RelationContext doc, List<ExtractedRelation> out) {
        List<Sentence> lines = doc.sentences;
        for (int i = 0; i < lines.size(); i++) {
            Sentence heading = lines.get(i);
            String text = heading.text().strip();
            Matcher roster = ROSTER.matcher(text);
            if (text.length() > ROSTER_HEADING || !roster.find()) {
                continue;
            }
            if (NOT_LISTED.matcher(text).find()) {
                continue; // 名单（略）, 拟清退会员单位名单: no members below it, or members no more
            }
            int office = heading.begin() + heading.text().indexOf(text) + roster.start();
            Mention association = doc.in(heading).stream().filter(m -> m.label() == EntityLabel.Association && m.end() <= office)
                    .reduce((a, b) -> b).orElse(null);
            if (association == null) {
                association = titledAssociation(doc, i);
            }
            if (association == null) {
                continue;
            }
            RelationType type = roster.group(1) != null || roster.group(0).contains("发起人") ? RelationType.FOUNDED
                    : RelationType.PARTNERS_WITH;
            for (int j = i + 1; j < lines.size(); j++) {
                Sentence line = lines.get(j);
                List<Mention> here = doc.in(line).stream().filter(m -> m.label().isOrganisation()).toList();
                String item = line.text().strip();
                Mention row = rowMember(line, here);
                if (here.size() == 1 && RelationContext.namesOnly(line, here.get(0)) || row != null) {
                    Mention named = row != null ? row : here.get(0);
                    if (member(named)) {
                        doc.link(out, type, named, association, "rule:roster", 0.6, line, Map.of());
                    }
                } else if (here.stream().allMatch(ReferringWords::refers) && ROW_HEADER.matcher(item).find() && j <= i + 2) {
                    continue; // 序号　单位名称　单位类别　所在地: the header of the roster's table
                } else if (RelationContext.FIELD_LABEL.matcher(item).lookingAt() && !NUMBERED.matcher(item).lookingAt()) {
                    continue; // 所在地：某某区 or 推荐单位：某某局 under a member: its card, read by the table pass
                } else if (!here.isEmpty() || item.length() > GROUP_HEADING || !GROUP.matcher(item).find()) {
                    break; // a signature, a date, the next annex (附件2：指导单位), credits (特别鸣谢): the roster is over
                }
            }
        }
    }

    /** A table row of a roster: its number, then the member's name as the first cell (12　某某有限公司　企业　某某区). */
    private static final Pattern ROW_LEAD = Pattern.compile("^[\\s　]*[0-9０-９]{1,3}(?:[.、．]|[\\s　|｜\\t])[\\s　|｜\\t]*");
    /** What ends a row's first cell: a run of spaces, a bar or a tab. */
    private static final Pattern CELL_END = Pattern.compile("^(?:[\\s　]{2,}|[|｜\\t]|\\s*$)");
    /** A header row of a roster's table (序号　单位名称　单位类别). */
    private static final Pattern ROW_HEADER = Pattern.compile("名称|序号");

    /** The member a table row of a roster names in its first cell, or null when the line is no such row. */
    private static Mention rowMember(Sentence line, List<Mention> here) {
        Matcher lead = ROW_LEAD.matcher(line.text());
        if (here.isEmpty() || !lead.lookingAt()) {
            return null;
        }
        Mention first = here.get(0);
        int at = first.begin() - line.begin();
        return at == lead.end() && CELL_END.matcher(line.text().substring(first.end() - line.begin())).lookingAt() ? first : null;
    }

    /** A line that opens with an item's number (1. , 2、, （3）): a roster's next member, not a field of the one above. */
    private static final Pattern NUMBERED = Pattern.compile("^" + RelationContext.ITEM_NUMBER);
    /** How far into a text its title runs: the association a roster's heading leaves unnamed is the one the title names. */
    private static final int TITLE_LINES = 3;

    /**
     * The association that issues a text whose roster heading names none (某某协会 / 关于拟接纳新会员单位的公示 …
     * 拟接纳新会员单位名单): the only association of the title's lines, which stand before the heading; else null.
     */
    private static Mention titledAssociation(RelationContext doc, int headingLine) {
        List<Mention> titled = new ArrayList<>();
        for (int k = 0; k < Math.min(TITLE_LINES, headingLine); k++) {
            doc.in(doc.sentences.get(k)).stream().filter(m -> m.label() == EntityLabel.Association).forEach(titled::add);
        }
        return titled.stream().map(Mention::text).distinct().count() == 1 ? titled.get(0) : null;
    }

    /**
     * The holders of an office the sentence names before (X、Y为…单位) or after it (…单位：X、Y) and the
     * association whose office it is: each holder PARTNERS_WITH (members) or SUPPORTS (guiding bodies) it.
     */
    private void offices(RelationContext doc, Sentence sentence, Predicate<Mention> holder, Pattern hold, Pattern then,
                         RelationType type, List<ExtractedRelation> out) {
        List<Mention> here = doc.in(sentence);
        String text = sentence.text();
        int base = sentence.begin();
        for (int i = 0; i < here.size(); i++) {
            Mention first = here.get(i);
            if (!holder.test(first)) {
                continue;
            }
            List<Mention> members = new ArrayList<>(ListGroups.joinedFrom(text, base, here, i, holder));
            Mention last = members.get(members.size() - 1);
            int next = here.indexOf(last) + 1;
            while (next < here.size() && holder.test(here.get(next)) // A、B等企业，以及C等科研机构: a second kind of member
                    && MORE_KINDS.matcher(text.substring(last.end() - base, here.get(next).begin() - base)).matches()) {
                List<Mention> more = ListGroups.joinedFrom(text, base, here, next, holder);
                members.addAll(more);
                last = more.get(more.size() - 1);
                next = here.indexOf(last) + 1;
            }
            Matcher held = hold.matcher(text.substring(last.end() - base));
            boolean after = then.matcher(text.substring(0, first.begin() - base)).find();
            if (held.lookingAt() || after) {
                int end = held.lookingAt() ? last.end() - base + held.end() : first.begin() - base;
                Mention topic = founded(doc, sentence, doc.opening(sentence)); // 联盟由A和B共同发起，首批成员单位包括…: the alliance's
                Mention association = topic != null && topic.label() == EntityLabel.Association && topic.end() <= base + end
                        ? topic : ReferringWords.antecedent(doc, sentence, base + end, e -> e.label == EntityLabel.Association);
                for (Mention m : association == null ? List.<Mention>of() : members) {
                    doc.link(out, type, m, association, name(), 0.6, sentence, Map.of());
                }
                i = here.indexOf(last);
            }
        }
    }

    /** What a founding verb right after the opening founded (A联合B发起成立某联盟，首批成员…: the alliance), else the opening. */
    private static Mention founded(RelationContext doc, Sentence sentence, Mention opening) {
        if (opening == null || opening.label() != EntityLabel.Association) {
            return opening;
        }
        String text = sentence.text();
        int base = sentence.begin();
        for (Mention m : doc.in(sentence)) {
            if (m.label() == EntityLabel.Association && m.begin() >= opening.end()
                    && FOUNDING_BEFORE.matcher(text.substring(opening.end() - base, m.begin() - base)).find()) {
                return m;
            }
        }
        return opening;
    }

    /** A founding verb right before an association (…发起成立某联盟, …共同组建某协会). */
    private static final Pattern FOUNDING_BEFORE = Pattern.compile("(?:发起成立|成立|组建|发起设立|设立)了?$");

    private static boolean member(Mention m) {
        return m.label() == EntityLabel.Enterprise || m.label() == EntityLabel.ResearchInstitute
                || m.label() == EntityLabel.Platform;
    }
}
