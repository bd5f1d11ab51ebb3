package org.industrykg.extract;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.industrykg.nlp.Sentence;

/**
 * The profile field of a card (企业简介：…, 机构简介：…, 基本情况：… under 展商：某某有限公司 or 企业名称：…) speaks of the
 * card's entry without naming it: its clauses have no subject, or 公司, 该公司 or 其 for one. Clause by clause
 * ({@code rule:card-profile}), with the entry as subject:
 * <ul>
 * <li>总部位于P, 位于P, 坐落于P, 注册于P, 落户P, 扎根P, 总部在P, 从Q迁至P: P HOSTS it;</li>
 * <li>在P设有/建有/设立/布局/设厂…, also after a date (2025年在P设厂): P HOSTS it (its base there);</li>
 * <li>P伺服电机企业, P精密注塑件供应商, P小家电龙头之一: P HOSTS it;</li>
 * <li>由X孵化, 由X投资设立: X FOUNDED it;</li>
 * <li>主营X, 专攻X, 研产X, P伺服电机企业: it is IN_INDUSTRY X;</li>
 * <li>获X…支持/扶持/补贴: X SUPPORTS it;</li>
 * <li>X孵化企业, X控股子公司, X全资子公司 opening the profile: X FOUNDED it;</li>
 * <li>获X、Y投资, 先后获X等投资, 由X领投, Y跟投: X and Y FUND it;</li>
 * <li>与X合作/共建/联合/携手/签订…, 牵手X, 为X配套/提供…: it PARTNERS_WITH X; what it builds with X (与X共建Y) it FOUNDED.</li>
 * </ul>
 * A clause that names another organisation before its verb is that organisation's, not the entry's; a clause that
 * opens with a word for some other unit (研究院位于…) is not read.
 */
final class ProfileReader {

    private static final String METHOD = "rule:card-profile";
    private static final double CONFIDENCE = 0.7;
    /** The words a profile's clause may open with before its verb: none, or a word for the entry itself. */
    private static final String OWN = "(?:(?:公司|企业|该公司|该企业|本公司|其)?(?:总部|研发总部|生产基地|注册地)?)";
    /** A date a profile's clause may open with (2024年在某镇设厂, 近年迁至…). */
    private static final String WHEN = "(?:\\d{4}年(?:\\d{1,2}月)?(?:\\d{1,2}日)?|今年|去年|近年|目前|现)?";
    private static final Pattern LOCATED = Pattern.compile("^" + WHEN + "(?:" + OWN
            + "(?:位于|坐落于|坐落在|地处|注册于|注册在|落户于?|设在|设于|扎根于?|扎根在|立足于?)"
            + "|(?:公司|企业|该公司|其)?(?:总部|研发总部|生产基地|注册地)(?:设)?在"
            + "|(?:整体)?(?:从|由|自)\\p{IsHan}{2,16}?(?:迁至|迁入|搬迁至|搬至|迁往))");
    private static final Pattern BASE = Pattern.compile("^" + WHEN + "(?:公司|企业|该公司|其)?(?:并|还|同时|已|另|目前|现)?(?:已)?在(.{2,24}?)"
            + "(?:设有|建有|设立|布局|建设|拥有|投资建设|落地|成立|设厂|建厂|投产|扩产)");
    /** A clause that describes the entry by its place and trade (某镇伺服电机企业, 某区工业软件供应商, 某镇小家电龙头之一). */
    private static final Pattern DESCRIBED = Pattern.compile("^(?:是|系|为)?(?:一家)?(\\p{IsHan}{2,18}?)"
            + "(?:企业|厂商|厂家|供应商|制造商|生产商|研发商|开发商|提供商|方案商|集成商|服务商|运营商|龙头|龙头企业|初创企业|公司)(?:之一)?$");
    /** A clause that says what the entry makes or does (主营X, 专攻X, 研产X, 产品为X, 聚焦X): the fields it names are its own. */
    private static final Pattern TRADE = Pattern.compile("^" + WHEN + OWN + "(?:主要)?(?:主营|从事|专注于?|专攻|专业从事|研产|研发生产|研发和生产|研发、生产|生产|产品为|主要产品为|聚焦于?|深耕)");
    /** An entry founded or incubated by another (由某研究院孵化, 由某集团投资设立). */
    private static final Pattern FOUNDED_BY = Pattern.compile("^(?:系|是)?由(.{2,40}?)(?:孵化|投资设立|出资设立|设立|创办|发起设立|孵化成立)");
    private static final Pattern ORIGIN = Pattern.compile("^(.{2,40}?)(?:孵化企业|孵化的企业|孵化项目|衍生企业|控股子公司|全资子公司|控股企业)$");
    private static final Pattern FUNDED = Pattern.compile("获得?(?:了)?(.{2,80}?)(?:等)?(?:机构)?(?:的)?(?:联合)?(?:投资|注资|战略投资|天使轮投资|融资)$");
    private static final Pattern PARTNER = Pattern.compile("^" + WHEN + OWN + "(?:并|还|目前|正|已|先后|长期|同时)*与(.{2,60}?)(合作|共建|联合|携手|签署|签订|签有|签约|共同|合资|洽谈)");
    /** Who leads or joins the entry's round (由X领投, Y跟投, 天使轮由X独家注资): they fund it. */
    private static final Pattern ROUND = Pattern.compile("^(?:\\p{IsHan}{0,4}轮)?(?:由|获)?(.{2,80})(?:领投|跟投|参投|追投|加注|独家注资|独家投资|联合领投)");
    /** Support the entry received (获某区管委会首批场景开放支持, 获某镇人民政府技改扶持): the body gives it. */
    private static final Pattern SUPPORTED = Pattern.compile("获(?:得)?(.{2,50})(?:支持|扶持|补贴|奖励|资助)");
    private static final Set<EntityLabel> SUPPORTERS = EnumSet.of(EntityLabel.GovernmentAgency, EntityLabel.Policy);
    /** The entry joins hands with a partner named after the verb (牵手某某公司，合作开发…). */
    private static final Pattern JOINS = Pattern.compile("^" + WHEN + OWN + "(?:已|还|并|先后)?(?:牵手|携手|联手)(.{2,60})$");
    /** The entry supplies a client (为某某配套, 为某某提供运控软件, 向某某供货). */
    private static final Pattern SUPPLIES = Pattern.compile("^(?:主要|长期|已)?(?:为|向)(.{2,40}?)(?:配套|提供|供应|供货|代工)");
    /** The entry commissions or licenses a partner (委托某大学开展…, 授权某公司使用…). */
    private static final Pattern COMMISSIONS = Pattern.compile("^" + WHEN + OWN + "(?:已|还|并|先后)?(?:委托|授权|许可)(.{2,40}?)"
            + "(?:开展|进行|研发|开发|研制|承担|提供|实施|测试|检测|设计|使用)");
    /** The entry holds a partner's licence (获某大学授权…专利, 获得某研究院独家许可). */
    private static final Pattern LICENSED = Pattern.compile("^" + WHEN + OWN + "(?:已|还|并|先后)?获(?:得)?(.{2,40}?)(?:独家)?(?:授权|许可)");
    /** A subsidiary the entry set up (在某镇设立全资子公司X, 成立控股子公司X): it founded X. */
    private static final Pattern SUBSIDIARY = Pattern.compile("(?:设立|成立|组建|注册成立|注册)(?:了)?(?:一家)?(?:全资|控股)?子公司(.{2,40})");

    /** What the entry builds with its partner (与某大学共建某联合实验室, 联合组建某中心): it founded that too. */
    private static final Pattern BUILT = Pattern.compile("^(?:共建|联合组建|共同组建|联合成立|共同成立|联合建设|共同建设|合作共建)");
    /** What the entry built with a partner ({@code rule:card-profile-built}): the entry is its founder, no parent of the entry. */
    private static final String BUILT_METHOD = "rule:card-profile-built";
    private static final Set<EntityLabel> BUILT_UNITS = EnumSet.of(EntityLabel.ResearchInstitute, EntityLabel.Platform, EntityLabel.Park);
    private static final Set<EntityLabel> HOSTS = EnumSet.of(EntityLabel.City, EntityLabel.Park);
    private static final Set<EntityLabel> PARTNERS = EnumSet.of(EntityLabel.Enterprise, EntityLabel.ResearchInstitute,
            EntityLabel.Platform, EntityLabel.Association);
    private static final Set<EntityLabel> FOUNDERS = EnumSet.of(EntityLabel.Enterprise, EntityLabel.ResearchInstitute,
            EntityLabel.GovernmentAgency);
    private static final Set<EntityLabel> INVESTORS = EnumSet.of(EntityLabel.Fund, EntityLabel.Enterprise);
    private static final Pattern CLAUSE_END = Pattern.compile("[，。；,;]");
    /** A clause that says a tie has ended or never began (已终止, 解除, 退出, 迁出, 不再, 未, 注销). */
    private static final Pattern ENDED = Pattern.compile("终止|解除|退出|迁出|不再|注销|尚未|未能|未与|未在|停止");

    private ProfileReader() {
    }

    /**
     * Reads the profile that starts at {@code valueStart} (a document offset) in {@code sentence} and runs on through the
     * sentences of the same line, with {@code entry} as the subject of its clauses.
     */
    static void read(RelationContext doc, Sentence sentence, int valueStart, Mention entry, List<ExtractedRelation> out) {
        read(doc, sentence, valueStart, Integer.MAX_VALUE, entry, out);
    }

    /** Reads the profile between {@code valueStart} and {@code valueEnd} (document offsets): a table's cell of it. */
    static void read(RelationContext doc, Sentence sentence, int valueStart, int valueEnd, Mention entry, List<ExtractedRelation> out) {
        boolean first = true;
        for (Sentence s : line(doc, sentence)) {
            String text = s.text();
            int from = Math.max(0, valueStart - s.begin());
            int until = Math.max(0, Math.min(text.length(), valueEnd - s.begin()));
            Matcher end = CLAUSE_END.matcher(text);
            int clauseStart = from;
            while (clauseStart < until) {
                int clauseEnd = Math.min(until, end.find(clauseStart) ? end.start() : text.length());
                clause(doc, s, clauseStart, clauseEnd, entry, first, out);
                first = false;
                clauseStart = clauseEnd + 1;
            }
        }
    }

    /** The sentence and those after it on the same line (no line break between them). */
    private static List<Sentence> line(RelationContext doc, Sentence sentence) {
        List<Sentence> line = new ArrayList<>(List.of(sentence));
        int i = doc.sentences.indexOf(sentence);
        while (i + 1 < doc.sentences.size() && doc.sentences.get(i + 1).begin() == doc.sentences.get(i).end()) {
            line.add(doc.sentences.get(++i));
        }
        return line;
    }

    private static void clause(RelationContext doc, Sentence s, int from, int to, Mention entry, boolean first,
                               List<ExtractedRelation> out) {
        String clause = s.text().substring(from, to).strip();
        if (ENDED.matcher(clause).find()) {
            return; // 与某某的合作已终止, 已迁出, 不再担任…: a tie no more
        }
        int lead = from + (s.text().substring(from, to).length() - s.text().substring(from, to).stripLeading().length());
        Matcher item = RelationContext.FIELD_ITEM.matcher(clause);
        if (item.lookingAt()) { // （1）与某大学共建…: an item of a list of the entry's doings
            String rest = clause.substring(item.end());
            lead += item.end() + rest.length() - rest.stripLeading().length();
            clause = rest.stripLeading();
        }
        List<Mention> here = doc.in(s).stream()
                .filter(m -> m.begin() - s.begin() >= from && m.end() - s.begin() <= to && doc.entityOf.get(m) != doc.entityOf.get(entry))
                .toList();
        if (TRADE.matcher(clause).find() || DESCRIBED.matcher(clause).matches()) { // 主营X, P伺服电机企业: its fields
            doc.in(s).stream().filter(m -> m.label() == EntityLabel.Industry && m.begin() - s.begin() >= from && m.end() - s.begin() <= to)
                    .forEach(m -> doc.link(out, RelationType.IN_INDUSTRY, entry, m, METHOD, CONFIDENCE, s, Map.of()));
        }
        Matcher child = SUBSIDIARY.matcher(clause);
        if (child.find()) { // 2024年在某镇设立全资子公司X: the entry founded X, which is where the clause says
            int at = s.begin() + lead + child.start(1);
            Mention made = here.stream().filter(m -> m.label() == EntityLabel.Enterprise && m.begin() >= at).findFirst().orElse(null);
            if (made != null) {
                doc.link(out, RelationType.FOUNDED, entry, made, METHOD, CONFIDENCE, s, Map.of());
                int verbAt = s.begin() + lead + child.start();
                TriggerPass.unqualified(here.stream().filter(m -> HOSTS.contains(m.label()) && m.end() <= verbAt).toList())
                        .forEach(p -> doc.link(out, RelationType.HOSTS, p, made, METHOD, CONFIDENCE, s, Map.of()));
                return;
            }
        }
        for (Pattern placing : List.of(LOCATED, BASE, DESCRIBED)) { // 位于P, 在P设厂, P伺服电机企业: the place right after
            Matcher m = placing.matcher(clause);
            if (placing == DESCRIBED ? m.matches() : m.find()) {
                int after = s.begin() + lead + (placing == LOCATED ? m.end() : m.start(1));
                List<Mention> found = places(doc, here, after);
                found.forEach(p -> doc.link(out, RelationType.HOSTS, p, entry, METHOD, CONFIDENCE, s, Map.of()));
                if (placing != DESCRIBED || !found.isEmpty()) {
                    return; // a description without a place (某大学孵化企业) may say who founded it
                }
            }
        }
        if (parties(doc, s, lead, clause, FOUNDED_BY, here, FOUNDERS, RelationType.FOUNDED, entry, false, out)) {
            return;
        }
        Matcher origin = ORIGIN.matcher(clause);
        if (first && origin.matches()) {
            int end = s.begin() + lead + origin.end(1);
            here.stream().filter(m -> FOUNDERS.contains(m.label()) && m.end() <= end).reduce((a, b) -> b)
                    .ifPresent(m -> doc.link(out, RelationType.FOUNDED, m, entry, METHOD, CONFIDENCE, s, Map.of()));
            return;
        }
        if (!opensWithOther(here, s, lead) && parties(doc, s, lead, clause, FUNDED, here, INVESTORS, RelationType.FUNDS, entry, false, out)
                || parties(doc, s, lead, clause, ROUND, here, INVESTORS, RelationType.FUNDS, entry, false, out)
                || parties(doc, s, lead, clause, SUPPORTED, here, SUPPORTERS, RelationType.SUPPORTS, entry, false, out)
                || parties(doc, s, lead, clause, JOINS, here, PARTNERS, RelationType.PARTNERS_WITH, entry, true, out)
                || parties(doc, s, lead, clause, SUPPLIES, here, PARTNERS, RelationType.PARTNERS_WITH, entry, true, out)
                || parties(doc, s, lead, clause, COMMISSIONS, here, PARTNERS, RelationType.PARTNERS_WITH, entry, true, out)
                || parties(doc, s, lead, clause, LICENSED, here, PARTNERS, RelationType.PARTNERS_WITH, entry, true, out)) {
            return;
        }
        Matcher partner = PARTNER.matcher(clause);
        if (parties(doc, s, lead, clause, PARTNER, here, PARTNERS, RelationType.PARTNERS_WITH, entry, true, out) && partner.find()
                && BUILT.matcher(clause.substring(partner.start(2))).lookingAt()) { // 与X共建Y: it built Y too
            int end = s.begin() + lead + partner.end(1);
            here.stream().filter(m -> BUILT_UNITS.contains(m.label()) && m.begin() >= end).findFirst()
                    .ifPresent(m -> doc.link(out, RelationType.FOUNDED, entry, m, BUILT_METHOD, CONFIDENCE, s, Map.of()));
        }
    }

    /**
     * When the pattern finds its group 1 in the clause, links the entry with the organisations of the given labels
     * written there (the entry first when {@code entryFirst}) and returns true.
     */
    private static boolean parties(RelationContext doc, Sentence s, int lead, String clause, Pattern pattern, List<Mention> here,
                                   Set<EntityLabel> labels, RelationType type, Mention entry, boolean entryFirst,
                                   List<ExtractedRelation> out) {
        Matcher m = pattern.matcher(clause);
        if (!m.find()) {
            return false;
        }
        int begin = s.begin() + lead + m.start(1);
        int end = s.begin() + lead + m.end(1);
        here.stream().filter(x -> labels.contains(x.label()) && x.begin() >= begin && x.end() <= end)
                .forEach(x -> doc.link(out, type, entryFirst ? entry : x, entryFirst ? x : entry, METHOD, CONFIDENCE, s, Map.of()));
        return true;
    }

    /**
     * The edges without those that other passes read into a card's profile against it: in a sentence where the profile
     * places its entry, the same place hosts no other organisation, and the parent that describes the entry
     * (某某公司控股子公司，位于P) is not placed by that sentence.
     */
    static List<ExtractedRelation> overrule(List<ExtractedRelation> relations) {
        List<ExtractedRelation> profile = relations.stream().filter(r -> r.method().equals(METHOD)).toList();
        if (profile.isEmpty()) {
            return relations;
        }
        List<ExtractedRelation> kept = new ArrayList<>();
        for (ExtractedRelation r : relations) {
            boolean against = !r.method().equals(METHOD) && profile.stream().anyMatch(p -> sameSentence(p, r)
                    && (p.type() == RelationType.HOSTS && r.type() == RelationType.HOSTS && p.source().equals(r.source())
                            && !p.target().equals(r.target())
                        || p.type() == RelationType.FOUNDED && r.type() == RelationType.HOSTS && r.target().equals(p.source())));
            if (!against) {
                kept.add(r);
            }
        }
        return kept;
    }

    private static boolean sameSentence(ExtractedRelation a, ExtractedRelation b) {
        return a.evidence() != null && b.evidence() != null && a.evidence().start() == b.evidence().start()
                && a.evidence().end() == b.evidence().end();
    }

    /** Whether the clause opens with another organisation, whose the clause then is. */
    private static boolean opensWithOther(List<Mention> here, Sentence s, int lead) {
        return here.stream().anyMatch(m -> m.begin() - s.begin() <= lead + 1 && m.label() != EntityLabel.Industry
                && m.label() != EntityLabel.City);
    }

    /**
     * The places written right after the verb: the first run of cities and parks, the most specific of a city written
     * before its own district (深圳市南山区) or park.
     */
    private static List<Mention> places(RelationContext doc, List<Mention> here, int after) {
        List<Mention> run = new ArrayList<>();
        int at = after;
        for (Mention m : here) {
            if (m.begin() < after) {
                continue;
            }
            if (!HOSTS.contains(m.label()) || m.begin() != at) {
                break;
            }
            run.add(m);
            at = m.end();
        }
        return run.isEmpty() ? run : List.of(run.get(run.size() - 1));
    }
}
