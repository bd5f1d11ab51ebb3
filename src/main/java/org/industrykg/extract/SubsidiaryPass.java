package org.industrykg.extract;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.industrykg.nlp.Sentence;

/**
 * A company and its subsidiary: B founded A ({@code rule:subsidiary}) when the text says A（B下属企业）,
 * A是B的全资子公司, A是B（于2023年）在P设立的全资子公司, A系B全资控股的…, B下属的A / B旗下A / B全资子公司A /
 * B以全资子公司A为主体 / B通过其子公司A, or B设立全资子公司A (also 在P设立,
 * 附属公司, 分公司); the project company of an investment (X…投资建设某基地，项目公司Y) is X's. The sub-funds a fund's
 * text lists after 组建…子基金： are PART_OF the fund named before it ({@code rule:sub-fund-list}); a fund that is
 * another's sub-fund (A系B的子基金, A作为B的专项子基金) is PART_OF it and funded by it ({@code rule:sub-fund}).
 */
final class SubsidiaryPass implements RelationPass {

    private static final Pattern SUBSIDIARY = Pattern.compile("^(?:下属|旗下|控股|全资|所属)");
    /** Between A and B in A是B的全资子公司, A作为B的子基金. */
    private static final Pattern IS_OF = Pattern.compile("^[，,]?(?:是|为|系|作为|属于)$");
    /** After B in A系B的子基金, A为B出资设立的专项子基金 (not 子基金管理人). */
    private static final Pattern SUB_FUND_AFTER = Pattern.compile("^(?:的|旗下的|下设的|参股的|出资(?:设立)?的|投资的)?[\\p{IsHan}]{0,6}?子基金(?!管理)");
    /** After B in A是B的全资子公司. */
    private static final String CHILD = "(?:的)?(?:全资|控股)?(?:子公司|附属公司|分公司|生产基地|制造基地|生产主体)"
            + "(?!的|配套|供应|合作|客户|设备|企业|项目)"; // …生产基地的设备供应商, …生产基地配套企业: not the child
    private static final Pattern CHILD_AFTER = Pattern.compile(
            "^(?:(?:于)?(?:19|20)\\d{2}年(?:\\d{1,2}月)?)?(?:(?:在[\\p{IsHan}]{2,12}?)?(?:设立|成立|注册|投资设立)的)?(?:" + CHILD + ")|^(?:全资|绝对)?控股的|^全资(?:设立|持有)?的|^独资(?:设立)?的");
    /** Between B and A in B全资子公司A, B的控股子公司A, B以全资子公司A为主体投资, B通过其子公司A. */
    private static final Pattern CHILD_BETWEEN = Pattern.compile("^(?:以|通过|由)?(?:其)?" + CHILD + "$");
    /** Between B and A in B下属的A, B旗下的A. */
    private static final Pattern UNDER = Pattern.compile("^(?:下属|旗下|所属)(?:的)?$");
    /** Right before A in B设立全资子公司A, B在P新设了一家控股子公司A. */
    private static final Pattern SET_UP_CHILD = Pattern.compile(
            "(?:设立|成立|组建|新设|注册)(?:了)?(?:一家)?(?:全资|控股)?(?:子公司|附属公司|分公司)$");
    /** Right before the company an investment set up for its project: 项目公司, 项目公司为, 项目实施主体, 项目主体. */
    private static final Pattern PROJECT_COMPANY = Pattern.compile("(?:项目公司|项目(?:实施|运营|落地|建设)?主体)(?:为|是|：|:)?$");
    /** What opens a list of sub-funds: 依托母基金组建专项子基金：, 下设三支子基金，分别为. */
    private static final Pattern SUB_FUNDS = Pattern.compile("(?:组建|设立|下设|设有|发起设立)[^，。；：:]{0,8}子基金(?:[：:]|[，,]?(?:分别为|包括))");
    /** What a sentence may hold between the parent and 设立…子公司: a place, an adverb; no clause break. */
    private static final Pattern NO_BREAK = Pattern.compile("[，。；：,;:]");

    /**
     * The project company of an investment (某区企业X…投资20亿元建设某基地，项目公司Y今年投产): the first
     * enterprise the sentence names FOUNDED Y.
     */
    private void projectCompany(RelationContext doc, Sentence sentence, List<Mention> here, List<ExtractedRelation> out) {
        Mention investor = here.stream().filter(m -> m.label() == EntityLabel.Enterprise).findFirst().orElse(null);
        if (investor == null) {
            return;
        }
        for (Mention child : here) {
            String before = sentence.text().substring(0, child.begin() - sentence.begin());
            if (child.label() == EntityLabel.Enterprise && PROJECT_COMPANY.matcher(before).find()) {
                doc.link(out, RelationType.FOUNDED, investor, child, name(), 0.6, sentence, Map.of());
            }
        }
    }

    /**
     * Subsidiaries written without their parent (公司总部及全资子公司A、B, 控股子公司为A) in the text of a company that
     * declares itself 公司 or 发行人: that company FOUNDED each firm listed right after the word. A parent written right
     * before the word (B全资子公司A) is read by the pairs above instead.
     */
    private void ownChildren(RelationContext doc, Sentence sentence, List<Mention> here, List<ExtractedRelation> out) {
        String text = sentence.text();
        Matcher word = OWN_CHILDREN.matcher(text);
        Mention company = null;
        while (word.find()) {
            int opens = sentence.begin() + word.start();
            company = company != null ? company : doc.declaredCompany();
            Mention own = company;
            boolean parentBefore = here.stream().anyMatch(m -> m.end() <= opens && m.label().isOrganisation() && !ReferringWords.refers(m)
                    && (own == null || !doc.key(m).equals(doc.key(own)))
                    && !CLAUSE_BREAK.matcher(text.substring(m.end() - sentence.begin(), word.start())).find()); // 某公司于2020年设立全资子公司Y
            if (parentBefore || company == null) {
                continue;
            }
            int at = word.end();
            for (Mention m : here) {
                int begin = m.begin() - sentence.begin();
                if (begin < at) {
                    continue;
                }
                if (!LIST_GAP.matcher(text.substring(at, begin)).matches() || m.label() != EntityLabel.Enterprise) {
                    break;
                }
                if (!doc.key(m).equals(doc.key(company))) {
                    out.add(doc.edge(RelationType.FOUNDED, company, m, name(), 0.7, sentence));
                }
                at = m.end() - sentence.begin();
            }
        }
    }

    /**
     * An owner written in the bracket after a firm (中山甲乙有限公司（3月注册，甲乙智能全资）, A（B持股100%）, A（由B出资设立）,
     * A（母公司：B））: the owner FOUNDED the firm.
     */
    private void bracketedOwners(RelationContext doc, Sentence sentence, List<Mention> here, List<ExtractedRelation> out) {
        String text = sentence.text();
        for (Mention child : here) {
            int open = child.end() - sentence.begin();
            if (child.label() != EntityLabel.Enterprise || open >= text.length() || text.charAt(open) != '（' && text.charAt(open) != '(') {
                continue;
            }
            int close = text.indexOf(text.charAt(open) == '（' ? '）' : ')', open);
            if (close < 0) {
                continue;
            }
            for (Mention owner : here) {
                int at = owner.begin() - sentence.begin();
                if (at <= open || owner.end() - sentence.begin() > close || !owner.label().isOrganisation()
                        || doc.key(owner).equals(doc.key(child))) {
                    continue;
                }
                String before = text.substring(open + 1, at);
                String after = text.substring(owner.end() - sentence.begin(), close);
                if (OWNS.matcher(after).lookingAt() && !JOINT.matcher(before).find() || PARENT_FIELD.matcher(before).matches()) {
                    out.add(doc.edge(RelationType.FOUNDED, owner, child, name(), 0.7, sentence));
                }
            }
        }
    }

    /** Where a parent set its subsidiary up, in what follows the parent (于2024年在P投资设立的全资子公司). */
    private static final Pattern SET_UP_IN = Pattern.compile("^(?:于)?(?:(?:19|20)\\d{2}年(?:\\d{1,2}月)?)?在([\\p{IsHan}]{2,12}?)(?:注册|投资)?(?:设立|成立|注册)的");

    /** A subsidiary set up in a place (A是B于2024年在P设立的全资子公司): P HOSTS A ({@code rule:subsidiary}). */
    private void placeOfChild(RelationContext doc, Sentence sentence, List<Mention> here, Mention child, int afterAt, String after,
                              List<ExtractedRelation> out) {
        Matcher in = SET_UP_IN.matcher(after);
        if (!in.find()) {
            return;
        }
        int from = afterAt + in.start(1);
        int to = afterAt + in.end(1);
        for (Mention place : here) {
            if (place.begin() == from && place.end() == to && (place.label() == EntityLabel.City || place.label() == EntityLabel.Park)) {
                out.add(doc.edge(RelationType.HOSTS, place, child, name(), 0.6, sentence));
            }
        }
    }

    /** What follows the owner in a firm's bracket: 全资, 持股100%, 控股, (由…)出资设立. */
    private static final Pattern OWNS = Pattern.compile("(?:全资|独资|绝对控股|控股|持股(?:100|[5-9][0-9])(?:\\.[0-9]+)?%|100%控股|(?:全资|出资|投资)?设立)");
    /** The owner named as a field of the bracket (A（母公司：B）, A（控股股东为B）). */
    private static final Pattern PARENT_FIELD = Pattern.compile("^(?:母公司|控股母公司|控股股东|母体企业|所属集团)(?:[：:]|为|是)\\s*$");
    /** Before the owner in a firm's bracket when it is not the owner alone (与B合资, B和C). */
    private static final Pattern JOINT = Pattern.compile("(?:与|和|同)$");

    /** The word before a company's own subsidiaries (全资子公司, 控股子公司为). */
    private static final Pattern OWN_CHILDREN = Pattern.compile("(?:全资|控股)(?:子公司|孙公司)(?:为|是|：|:|包括)?");
    /** A clause break between a firm and the word of subsidiaries: that firm is no parent written with it. */
    private static final Pattern CLAUSE_BREAK = Pattern.compile("[，。；,;]");
    /** Between two subsidiaries of a list. */
    private static final Pattern LIST_GAP = Pattern.compile("[、和及与,，]?");

    /**
     * The funds listed after 组建…子基金： (依托母基金组建专项子基金：A…；B…) are PART_OF the last fund written before
     * the list opens, the mother fund or the word that stands for it.
     */
    private static void subFunds(RelationContext doc, Sentence sentence, List<Mention> here, List<ExtractedRelation> out) {
        Matcher list = SUB_FUNDS.matcher(sentence.text());
        if (!list.find()) {
            return;
        }
        int opens = sentence.begin() + list.start();
        int listed = sentence.begin() + list.end();
        Mention parent = here.stream().filter(m -> m.label() == EntityLabel.Fund && m.end() <= opens).reduce((a, b) -> b).orElse(null);
        if (parent == null) {
            return;
        }
        for (Mention child : here) {
            if (child.label() == EntityLabel.Fund && child.begin() >= listed) {
                doc.link(out, RelationType.PART_OF, child, parent, "rule:sub-fund-list", 0.6, sentence, Map.of());
            }
        }
    }

    @Override
    public String name() {
        return "rule:subsidiary";
    }

    /** A line that opens a list of a company's subsidiaries (某公司下设三家子公司：, 控股子公司情况如下：). */
    private static final Pattern CHILD_LIST = Pattern.compile(
            "(?:下设|设有|拥有|共有|旗下有|下辖|的)[^，。；：:]{0,8}(?:全资|控股)?(?:子公司|附属公司|分公司)(?:情况)?(?:如下)?[：:]$");
    /** What opens an item of a list: a number, a bracketed number or a bullet. */
    private static final Pattern ITEM = Pattern.compile("^\\s*(?:" + RelationContext.ITEM_NUMBER + "|[•·●▪■◆–—-])");
    /** Right after a shareholder: its stake (持股68%, 持有其12%股权, 持股比例为9.5%). */
    private static final Pattern STAKE = Pattern.compile("^(?:持股|持有(?:其|公司|该公司|标的公司)?)(?:比例)?(?:为|约)?[0-9.]+%");
    /** Between a company and firms it holds, not holders of it (主要参股公司持股情况, 对外投资, 子公司): the stakes are its own. */
    private static final Pattern HOLDINGS = Pattern.compile("参股|控股公司|对外投资|子公司|投资企业|被投");
    /** Right after the company a stake is in: 甲持有乙38%股权. */
    private static final Pattern HELD = Pattern.compile("^[0-9.]+%(?:的)?(?:股权|股份)");
    /** Between a company and the first of its shareholders: the sentence speaks of who holds it. */
    private static final Pattern HOLDERS = Pattern.compile("股东|股权结构|股权比例|持股情况|出资结构");

    /**
     * The items of a list a company's line opens (某公司下设三家子公司： then 1. 甲有限公司，全资子公司，…): each item's company
     * ({@link #itemCompany}) is a subsidiary the company FOUNDED ({@code rule:subsidiary}). The list ends at the first line that is
     * no item.
     */
    private void childLists(RelationContext doc, List<ExtractedRelation> out) {
        List<Sentence> lines = doc.sentences;
        for (int i = 0; i + 1 < lines.size(); i++) {
            Sentence heading = lines.get(i);
            Matcher list = CHILD_LIST.matcher(heading.text().strip());
            if (!list.find() || NOT_CHILDREN.matcher(heading.text()).find()) {
                continue; // 不再是某公司的子公司：, 拟设立的子公司：: none of them is one now
            }
            int at = heading.begin() + heading.text().indexOf(heading.text().strip()) + list.start();
            Mention parent = doc.in(heading).stream()
                    .filter(m -> m.end() <= at && (m.label() == EntityLabel.Enterprise || m.label() == EntityLabel.ResearchInstitute))
                    .reduce((a, b) -> b).orElse(null);
            if (parent == null) {
                continue;
            }
            for (int j = i + 1; j < lines.size(); j++) {
                Sentence line = lines.get(j);
                if (line.begin() == lines.get(j - 1).end()) {
                    continue; // the rest of an item's line
                }
                Mention child = itemCompany(line, doc.in(line));
                if (!ITEM.matcher(line.text()).lookingAt() || child == null || child.label() != EntityLabel.Enterprise
                        && child.label() != EntityLabel.ResearchInstitute || doc.key(child).equals(doc.key(parent))) {
                    break;
                }
                out.add(doc.edge(RelationType.FOUNDED, parent, child, name(), 0.7, line));
            }
        }
    }

    /** Words that make a list of subsidiaries none of the company's now: ended, sold, planned. */
    private static final Pattern NOT_CHILDREN = Pattern.compile("不再|拟|筹|原|转让|终止|注销|退出|出售|剥离");

    /**
     * The company an item of a list of subsidiaries names: its last organisation before the item's first comma (1. 与某大学
     * 合资设立的某某研究院有限公司，…: the institute, not the university), or null.
     */
    private static Mention itemCompany(Sentence line, List<Mention> here) {
        Matcher comma = CLAUSE_BREAK.matcher(line.text());
        int end = line.begin() + (comma.find() ? comma.start() : line.text().length());
        return here.stream().filter(m -> m.end() <= end && m.label().isOrganisation()).reduce((a, b) -> b).orElse(null);
    }

    /**
     * Shareholders named with their stakes after the company whose holders the sentence lists (某公司现有股东三名：甲控股
     * 有限公司持股68%；乙基金持股12%): each FUNDS the company ({@code rule:shareholder}).
     */
    private static void shareholders(RelationContext doc, Sentence sentence, List<Mention> here, List<ExtractedRelation> out) {
        String text = sentence.text();
        Mention company = null;
        for (Mention holder : here) {
            if (!RelationContext.invests(holder) && holder.label() != EntityLabel.Enterprise) {
                continue;
            }
            int close = Resolver.declarationEnd(text, holder.end() - sentence.begin());
            int after = close >= 0 ? close : holder.end() - sentence.begin();
            if (!STAKE.matcher(text.substring(after)).lookingAt()) {
                continue;
            }
            if (company == null) {
                for (Mention m : here) {
                    if (m.end() > holder.begin() || m.label() != EntityLabel.Enterprise) {
                        continue;
                    }
                    String between = text.substring(m.end() - sentence.begin(), holder.begin() - sentence.begin());
                    if (!HOLDINGS.matcher(between).find()
                            && (HOLDERS.matcher(between).find() && !CLAUSE_BREAK.matcher(between).find() // not another clause's company
                            || HELD.matcher(text.substring(m.end() - sentence.begin())).lookingAt())) {
                        company = m; // the last company before the first holder with 股东 between them, or held in a clause before (甲持有乙38%股权，丙持股18%)
                    }
                }
            }
            if (company != null && !doc.key(company).equals(doc.key(holder))) {
                doc.link(out, RelationType.FUNDS, holder, company, "rule:shareholder", 0.6, sentence, Map.of());
            }
        }
    }

    @Override
    public void find(RelationContext doc, List<ExtractedRelation> out) {
        childLists(doc, out);
        for (Sentence sentence : doc.sentences) {
            List<Mention> here = doc.in(sentence);
            String text = sentence.text();
            for (int i = 0; i + 1 < here.size(); i++) {
                Mention child = here.get(i);
                int close = Resolver.declarationEnd(text, child.end() - sentence.begin());
                int from = close >= 0 ? close : child.end() - sentence.begin(); // A（以下简称“甲”）为…: the short name is A's, no party
                int next = i + 1;
                while (next < here.size() && here.get(next).begin() - sentence.begin() < from) {
                    next++;
                }
                if (next >= here.size()) {
                    continue;
                }
                Mention parent = here.get(next);
                String between = text.substring(from, parent.begin() - sentence.begin());
                int parentClose = Resolver.declarationEnd(text, parent.end() - sentence.begin());
                int afterFrom = parentClose >= 0 ? parentClose : parent.end() - sentence.begin(); // B（以下简称“乙”）于…设立的子公司
                String after = text.substring(afterFrom, Math.min(text.length(), afterFrom + 40));
                if (!child.label().isOrganisation() || !parent.label().isOrganisation()) {
                    continue;
                }
                if (child.label() == EntityLabel.Fund && parent.label() == EntityLabel.Fund && IS_OF.matcher(between).matches()
                        && SUB_FUND_AFTER.matcher(after).find()) { // A系B的子基金: part of B, with B's money
                    doc.link(out, RelationType.PART_OF, child, parent, "rule:sub-fund", 0.7, sentence, Map.of());
                    doc.link(out, RelationType.FUNDS, parent, child, "rule:sub-fund", 0.7, sentence, Map.of());
                    continue;
                }
                if ((between.equals("（") || between.equals("(")) && SUBSIDIARY.matcher(after).find()
                        || IS_OF.matcher(between).matches() && CHILD_AFTER.matcher(after).find()) {
                    out.add(doc.edge(RelationType.FOUNDED, parent, child, name(), 0.7, sentence));
                    placeOfChild(doc, sentence, here, child, sentence.begin() + afterFrom, after, out);
                } else if (UNDER.matcher(between).matches() || CHILD_BETWEEN.matcher(between).matches()) {
                    out.add(doc.edge(RelationType.FOUNDED, child, parent, name(), 0.7, sentence)); // B下属的A: here child is B
                }
            }
            bracketedOwners(doc, sentence, here, out);
            ownChildren(doc, sentence, here, out);
            shareholders(doc, sentence, here, out);
            projectCompany(doc, sentence, here, out);
            subFunds(doc, sentence, here, out);
            for (int i = 1; i < here.size(); i++) {
                Mention child = here.get(i);
                String before = text.substring(0, child.begin() - sentence.begin());
                Matcher setUp = SET_UP_CHILD.matcher(before);
                if (!child.label().isOrganisation() || !setUp.find()) {
                    continue;
                }
                for (int j = i - 1; j >= 0; j--) {
                    Mention parent = here.get(j);
                    if (parent.end() - sentence.begin() > setUp.start()) {
                        continue; // a mention inside what the clause says (a place in 设立…)
                    }
                    String gap = text.substring(parent.end() - sentence.begin(), setUp.start());
                    if (NO_BREAK.matcher(gap).find()) {
                        break;
                    }
                    if (parent.label() == EntityLabel.Enterprise || parent.label() == EntityLabel.ResearchInstitute) {
                        out.add(doc.edge(RelationType.FOUNDED, parent, child, name(), 0.7, sentence));
                        break;
                    }
                }
            }
        }
    }
}
