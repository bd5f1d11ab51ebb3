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
 * <li>总部位于P, 位于P, 坐落于P, 注册于P, 落户P: P HOSTS it;</li>
 * <li>在P设有/建有/设立/布局…: P HOSTS it (its base there);</li>
 * <li>X孵化企业, X控股子公司, X全资子公司 opening the profile: X FOUNDED it;</li>
 * <li>获X、Y投资, 先后获X等投资: X and Y FUND it;</li>
 * <li>与X合作/共建/联合/携手…: it PARTNERS_WITH X.</li>
 * </ul>
 * A clause that names another organisation before its verb is that organisation's, not the entry's; a clause that
 * opens with a word for some other unit (研究院位于…) is not read.
 */
final class ProfileReader {

    private static final String METHOD = "rule:card-profile";
    private static final double CONFIDENCE = 0.7;
    /** The words a profile's clause may open with before its verb: none, or a word for the entry itself. */
    private static final String OWN = "(?:(?:公司|企业|该公司|该企业|本公司|其)?(?:总部|研发总部|生产基地|注册地)?)";
    private static final Pattern LOCATED = Pattern.compile("^" + OWN + "(?:位于|坐落于|坐落在|地处|注册于|注册在|落户于?|设在|设于)");
    private static final Pattern BASE = Pattern.compile("^(?:公司|企业|该公司|其)?(?:并|还|同时|已|另|目前|现)?(?:已)?在(.{2,24}?)(?:设有|建有|设立|布局|建设|拥有|投资建设|落地|成立)");
    private static final Pattern ORIGIN = Pattern.compile("^(.{2,40}?)(?:孵化企业|孵化的企业|孵化项目|衍生企业|控股子公司|全资子公司|控股企业)$");
    private static final Pattern FUNDED = Pattern.compile("获得?(?:了)?(.{2,80}?)(?:等)?(?:机构)?(?:的)?(?:联合)?(?:投资|注资|战略投资|天使轮投资|融资)$");
    private static final Pattern PARTNER = Pattern.compile("^" + OWN + "(?:并|还|目前|正|已|先后|长期|同时)*与(.{2,60}?)(?:合作|共建|联合|携手|签署|共同)");
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
        List<Mention> here = doc.in(s).stream()
                .filter(m -> m.begin() - s.begin() >= from && m.end() - s.begin() <= to && doc.entityOf.get(m) != doc.entityOf.get(entry))
                .toList();
        Matcher located = LOCATED.matcher(clause);
        if (located.find()) {
            int after = s.begin() + lead + located.end();
            places(doc, here, after).forEach(p -> doc.link(out, RelationType.HOSTS, p, entry, METHOD, CONFIDENCE, s, Map.of()));
            return;
        }
        Matcher base = BASE.matcher(clause);
        if (base.find()) {
            int after = s.begin() + lead + base.start(1);
            places(doc, here, after).forEach(p -> doc.link(out, RelationType.HOSTS, p, entry, METHOD, CONFIDENCE, s, Map.of()));
            return;
        }
        Matcher origin = ORIGIN.matcher(clause);
        if (first && origin.matches()) {
            int end = s.begin() + lead + origin.end(1);
            here.stream().filter(m -> FOUNDERS.contains(m.label()) && m.end() <= end).reduce((a, b) -> b)
                    .ifPresent(m -> doc.link(out, RelationType.FOUNDED, m, entry, METHOD, CONFIDENCE, s, Map.of()));
            return;
        }
        Matcher funded = FUNDED.matcher(clause);
        if (funded.find() && !opensWithOther(here, s, lead)) {
            int begin = s.begin() + lead + funded.start(1);
            int end = s.begin() + lead + funded.end(1);
            here.stream().filter(m -> INVESTORS.contains(m.label()) && m.begin() >= begin && m.end() <= end)
                    .forEach(m -> doc.link(out, RelationType.FUNDS, m, entry, METHOD, CONFIDENCE, s, Map.of()));
            return;
        }
        Matcher partner = PARTNER.matcher(clause);
        if (partner.find()) {
            int begin = s.begin() + lead + partner.start(1);
            int end = s.begin() + lead + partner.end(1);
            here.stream().filter(m -> PARTNERS.contains(m.label()) && m.begin() >= begin && m.end() <= end)
                    .forEach(m -> doc.link(out, RelationType.PARTNERS_WITH, entry, m, METHOD, CONFIDENCE, s, Map.of()));
        }
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
