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
 * A supplier and its customer are partners ({@code rule:supply}, PARTNERS_WITH), however the text puts it:
 * <ul>
 *   <li>X（的产品）已向A、B等整机企业批量供货, 为A配套, 给A供货: the customers between 向 and the verb;</li>
 *   <li>X的产品已批量供应A和B, 长期配套国内厂商A, 供货给A: the customers after the verb;</li>
 *   <li>C的关节电机主要由X配套 (or 供应, 提供): the supplier after 由, the owner of the part its customer, and a
 *   later clause of the sentence with no owner of its own, 减速器则来自X, 采购自X, has the same customer;</li>
 *   <li>X的产品已进入A、B的供应链;</li>
 *   <li>X是C的本地供应商 (配套企业), C是X的第一个客户, X的客户包括A和B;</li>
 *   <li>C采购X的产品 (订购, 购买).</li>
 * </ul>
 * A clause that names no owner before its verb (产品已批量供应A) is about the organisation its sentence named
 * last before it, else the one the sentence before opens with. The supplier of a part written as an industry
 * (C的谐波减速器由X供应) is in that industry.
 */
final class SupplyPass implements RelationPass {

    private static final String ADVERB = "(?:已|已经|将|还|也|则|均|都|目前|现已|长期|稳定|主要|优先|批量|小批量|大批量|规模化|独家|开始|正式|率先|逐步|陆续|成功|持续|同时|并|一直)*";
    /** Supplying as a verb; not the nouns 供应链, 供应商, 配套企业, 配套资金. */
    private static final Pattern VERB = Pattern.compile("(?:供货|供应|配套|供给)(?!链|商|体系|能力|保障|企业|厂商|厂家|项目|产能|产业|资金|政策|设施|服务|建设|资助|奖励|补助|协议|合同|环境|不足|紧张|稳定)");
    /** The customers between 向 and the verb: A向B供货. */
    private static final Pattern TO = Pattern.compile("(?:向|给|为)");
    /** What may follow the customers before the verb: 等整机企业, 等客户, then adverbs. */
    private static final Pattern AFTER_CUSTOMERS = Pattern.compile("^(?:等[\\p{IsHan}0-9]{0,10}?(?:企业|厂商|厂家|客户|公司|单位))?" + ADVERB + "$");
    /** Between the verb and its first customer: 给, a descriptor (国内协作机器人厂商). */
    private static final Pattern BEFORE_CUSTOMER = Pattern.compile("^(?:给|于)?[^，。；、,;]{0,12}$");
    /** Between 由X and the verb of a passive: 由X供应, 由X负责配套. */
    private static final Pattern PASSIVE_VERB = Pattern.compile(ADVERB + "(?:负责)?(供货|供应|配套|供给|提供|生产|代工)");
    /** Where a part comes from: 来自X, 采购自X. */
    private static final Pattern SOURCE = Pattern.compile("(?:来自|采购自|采购于|购自|外购自|均来自|全部来自)");
    private static final Pattern BEFORE_SOURCE = Pattern.compile("^[^，。；,;]{0,20}$");
    /** What a part is when no industry names it: 产品, 零部件. */
    private static final Pattern PART = Pattern.compile("产品|部件|零件|模组|组件|元器件|器件|材料|配件");
    /** 进入A、B的供应链. */
    private static final Pattern INTO = Pattern.compile("进入");
    private static final Pattern CHAIN_AFTER = Pattern.compile("^(?:等[^，。；,;]{0,10}?)?的(?:供应链|供应体系|采购体系|配套体系|合格供应商名录)");
    /** X是C的（第一批本地）供应商, C是X的第一个客户. */
    private static final Pattern IS = Pattern.compile("(?:是|为|系|成为|成了)$");
    private static final Pattern ROLE_AFTER = Pattern.compile("^(?:最早|最大|重要|核心|主要|长期|首家|第一家)?的[^，。；,;]{0,12}?(?:客户|供应商|配套企业|配套商|配套厂商|配套厂|供应企业)");
    /** C采购X的产品, C已订购X的机器人: the buyer and the maker. */
    private static final Pattern BUYS = Pattern.compile("^" + ADVERB + "(?:采购|采购了|订购|订购了|购买|购买了|选购|批量采购)$");
    /** C的客户包括A和B, X的第一个客户是C. */
    private static final Pattern ROLE_NAMES = Pattern.compile("^的[^，。；,;]{0,10}?(?:客户|供应商)(?:主要)?(?:是|为|包括|有|还有|涵盖)[^，。；,;]{0,14}$");
    /** Between an owner and its verb or part: （以下简称“X”）的产品已. */
    private static final Pattern OWNER_GAP = Pattern.compile("^(?:[（(][^（()）]{0,40}[）)])?(?:的)?[^，。；、,;]{0,16}$");
    /** Nothing between: a list that starts right where it is looked for. */
    private static final Pattern ADJACENT = Pattern.compile("^$");
    private static final Pattern CLAUSE = Pattern.compile("[^，。；！？,;!?]+");
    private static final Set<EntityLabel> PARTIES = EnumSet.of(EntityLabel.Enterprise, EntityLabel.ResearchInstitute);
    private static final int LEAD_WITHOUT_OWNER = 16;

    @Override
    public String name() {
        return "rule:supply";
    }

    @Override
    public void find(RelationContext doc, List<ExtractedRelation> out) {
        for (Sentence sentence : doc.sentences) {
            List<Mention> here = doc.in(sentence);
            if (here.stream().noneMatch(m -> PARTIES.contains(m.label()))) {
                continue;
            }
            String text = sentence.text();
            Mention owner = null;
            Matcher clause = CLAUSE.matcher(text);
            while (clause.find()) {
                int from = clause.start();
                int to = clause.end();
                List<Mention> in = here.stream().filter(m -> m.begin() - sentence.begin() >= from
                        && m.end() - sentence.begin() <= to).toList();
                Mention carried = owner;
                owner = clause(doc, sentence, here, in, from, to, carried, out);
            }
        }
    }

    /** Reads one clause; returns the owner a later clause with none of its own carries on. */
    private Mention clause(RelationContext doc, Sentence sentence, List<Mention> here, List<Mention> in, int from, int to,
                           Mention carried, List<ExtractedRelation> out) {
        String text = sentence.text();
        int base = sentence.begin();
        Mention owner = carried;
        int passiveEnd = from;
        for (Mention m : in) {
            int at = m.begin() - base;
            if (!PARTIES.contains(m.label()) || at <= from || text.charAt(at - 1) != '由') {
                continue;
            }
            List<Mention> by = listAfter(text, base, in, at, ADJACENT);
            Matcher passive = PASSIVE_VERB.matcher(text).region(by.get(by.size() - 1).end() - base, to);
            boolean part = hasPart(text, base, in, from, at);
            if (passive.lookingAt() && (part || VERB.matcher(passive.group(1)).matches())) {
                Mention customer = ownerBefore(doc, sentence, here, in, from, at - 1, carried);
                supply(doc, sentence, by, customer, industries(in, customer, by.get(0)), out);
                owner = customer == null ? owner : customer;
                passiveEnd = passive.end();
            }
        }
        Matcher verb = VERB.matcher(text).region(passiveEnd, to);
        while (verb.find()) {
            int v = verb.start();
            List<Mention> customers = customersBetween(text, base, in, from, v);
            int leadEnd = customers.isEmpty() ? v : customers.get(0).begin() - base - 1;
            if (customers.isEmpty()) {
                customers = listAfter(text, base, in, verb.end(), BEFORE_CUSTOMER);
            }
            Mention supplier = customers.isEmpty() ? null : ownerBefore(doc, sentence, here, in, from, leadEnd, carried);
            if (supplier != null) {
                for (Mention customer : customers) {
                    link(doc, sentence, supplier, customer, out);
                }
                owner = supplier;
            }
        }
        Matcher source = SOURCE.matcher(text).region(from, to);
        if (source.find()) {
            List<Mention> suppliers = listAfter(text, base, in, source.end(), BEFORE_SOURCE);
            boolean part = hasPart(text, base, in, from, source.start());
            Mention customer = ownerBefore(doc, sentence, here, in, from, source.start(), carried);
            if (!suppliers.isEmpty() && part && customer != null) {
                supply(doc, sentence, suppliers, customer, industries(in, null, suppliers.get(0)), out);
                owner = customer;
            }
        }
        Matcher into = INTO.matcher(text).region(from, to);
        while (into.find()) {
            List<Mention> customers = listAfter(text, base, in, into.end(), ADJACENT);
            if (customers.isEmpty()
                    || !CHAIN_AFTER.matcher(text.substring(customers.get(customers.size() - 1).end() - base, to)).lookingAt()) {
                continue;
            }
            List<Mention> suppliers = listBefore(text, base, in, from, into.start());
            if (suppliers.isEmpty()) {
                Mention one = ownerBefore(doc, sentence, here, in, from, into.start(), carried);
                suppliers = one == null ? List.of() : List.of(one);
            }
            for (Mention supplier : suppliers) {
                for (Mention customer : customers) {
                    link(doc, sentence, supplier, customer, out);
                }
            }
        }
        roles(doc, sentence, in, from, to, out);
        return owner;
    }

    /** X是C的供应商, C是X的客户, X的客户包括A和B. */
    private void roles(RelationContext doc, Sentence sentence, List<Mention> in, int from, int to, List<ExtractedRelation> out) {
        String text = sentence.text();
        int base = sentence.begin();
        for (int i = 0; i < in.size(); i++) {
            Mention b = in.get(i);
            if (!PARTIES.contains(b.label())) {
                continue;
            }
            String after = text.substring(b.end() - base, to);
            String before = text.substring(from, b.begin() - base);
            Matcher is = IS.matcher(before);
            if (is.find() && ROLE_AFTER.matcher(after).lookingAt()) {
                for (Mention a : listBefore(text, base, in, from, from + is.start())) {
                    link(doc, sentence, a, b, out);
                }
            }
            for (int j = i + 1; j < in.size(); j++) {
                Mention a = in.get(j);
                String between = text.substring(b.end() - base, a.begin() - base);
                if (j == i + 1 && PARTIES.contains(a.label()) && BUYS.matcher(between).matches()
                        && text.startsWith("的", a.end() - base)) {
                    link(doc, sentence, a, b, out);
                    break;
                }
                if (PARTIES.contains(a.label()) && ROLE_NAMES.matcher(between).matches()) {
                    for (Mention listed : listAfter(text, base, in, a.begin() - base, ADJACENT)) {
                        link(doc, sentence, b, listed, out);
                    }
                    break;
                }
            }
        }
    }

    /** Whether the text of a clause before {@code end} names a part: an industry, 产品, 零部件. */
    private static boolean hasPart(String text, int base, List<Mention> in, int from, int end) {
        return PART.matcher(text.substring(from, end)).find()
                || in.stream().anyMatch(m -> m.label() == EntityLabel.Industry && m.end() - base <= end);
    }

    /** The customers of A向B、C等企业供货: the list between the last 向 (给, 为) of the clause and the verb. */
    private static List<Mention> customersBetween(String text, int base, List<Mention> in, int from, int verbAt) {
        List<Mention> before = in.stream().filter(m -> m.end() - base <= verbAt && m.label() != EntityLabel.Industry
                && !(m.label() == EntityLabel.City && text.lastIndexOf('等', m.begin() - base) > from)).toList(); // 等深圳整机企业
        if (before.isEmpty()) {
            return List.of();
        }
        Mention last = before.get(before.size() - 1);
        if (!PARTIES.contains(last.label()) || !AFTER_CUSTOMERS.matcher(text.substring(last.end() - base, verbAt)).matches()) {
            return List.of();
        }
        List<Mention> list = listBefore(text, base, in, from, last.end() - base);
        int first = list.get(0).begin() - base;
        return first > from && TO.matcher(text.substring(first - 1, first)).matches() ? list : List.of();
    }

    /** The parties listed from the first one within the gap after {@code at}. */
    private static List<Mention> listAfter(String text, int base, List<Mention> in, int at, Pattern gap) {
        for (int i = 0; i < in.size(); i++) {
            Mention m = in.get(i);
            if (m.begin() - base < at) {
                continue;
            }
            if (!PARTIES.contains(m.label())) {
                if (m.label() == EntityLabel.Industry || m.label() == EntityLabel.City || m.label() == EntityLabel.Park) {
                    continue; // a descriptor: 国内协作机器人厂商, 在某开发区设厂的
                }
                return List.of();
            }
            if (!gap.matcher(text.substring(at, m.begin() - base)).matches()) {
                return List.of();
            }
            return ListGroups.joinedFrom(text, base, in, i, x -> PARTIES.contains(x.label()));
        }
        return List.of();
    }

    /** The parties listed right before {@code end} (A和B的供应链: A and B). */
    private static List<Mention> listBefore(String text, int base, List<Mention> in, int from, int end) {
        List<Mention> list = new ArrayList<>();
        for (int i = in.size() - 1; i >= 0; i--) {
            Mention m = in.get(i);
            if (m.end() - base > end) {
                continue;
            }
            if (list.isEmpty() && m.label() == EntityLabel.Industry) {
                continue; // the part between the owner and the verb: X的关节模组
            }
            String gap = text.substring(m.end() - base, list.isEmpty() ? end : list.get(0).begin() - base);
            boolean joined = list.isEmpty() ? OWNER_GAP.matcher(gap).matches() : ListGroups.JOIN.matcher(gap).matches();
            if (!PARTIES.contains(m.label()) || m.begin() - base < from || !joined) {
                break;
            }
            list.add(0, m);
        }
        return list;
    }

    /**
     * Whose part or product a clause speaks of before {@code end}: the party named last before it with only its
     * part between (X的产品, X（以下简称“Y”）的关节模组), else, when the lead is short and names no one, the owner an
     * earlier clause carried, the party the sentence named last before the clause, or the one the sentence before
     * opens with.
     */
    private static Mention ownerBefore(RelationContext doc, Sentence sentence, List<Mention> here, List<Mention> in, int from,
                                       int end, Mention carried) {
        String text = sentence.text();
        int base = sentence.begin();
        List<Mention> named = listBefore(text, base, in, from, end);
        if (!named.isEmpty()) {
            return named.get(named.size() - 1);
        }
        boolean namesOne = in.stream().anyMatch(m -> m.end() - base <= end && m.label() != EntityLabel.Industry);
        if (namesOne || end - from > LEAD_WITHOUT_OWNER) {
            return null;
        }
        if (carried != null) {
            return carried;
        }
        Mention last = null;
        for (Mention m : here) {
            if (PARTIES.contains(m.label()) && m.end() - base <= from
                    && (last == null || !VerbClausePass.WITH.matcher(text.substring(last.end() - base, m.begin() - base)).matches())) {
                last = m; // A与B合作研发…，已向C供货: A supplies, B was its partner
            }
        }
        if (last != null) {
            return last;
        }
        if (sentence.index() == 0) {
            return null;
        }
        Mention opening = doc.opening(doc.sentences.get(sentence.index() - 1));
        return opening != null && PARTIES.contains(opening.label()) ? opening : null;
    }

    /** The industries written between a part's owner and its supplier (C的谐波减速器由X供应). */
    private static List<Mention> industries(List<Mention> in, Mention owner, Mention supplier) {
        int from = owner == null || owner.sentence() != supplier.sentence() ? -1 : owner.end();
        return in.stream().filter(m -> m.label() == EntityLabel.Industry && m.begin() >= from && m.end() <= supplier.begin()).toList();
    }

    private void supply(RelationContext doc, Sentence sentence, List<Mention> suppliers, Mention customer, List<Mention> parts,
                        List<ExtractedRelation> out) {
        for (Mention supplier : suppliers) {
            if (customer != null) {
                link(doc, sentence, supplier, customer, out);
            }
            for (Mention part : parts) {
                doc.link(out, RelationType.IN_INDUSTRY, supplier, part, name(), 0.6, sentence, Map.of());
            }
        }
    }

    private void link(RelationContext doc, Sentence sentence, Mention supplier, Mention customer, List<ExtractedRelation> out) {
        if (PARTIES.contains(supplier.label()) && PARTIES.contains(customer.label())) {
            doc.link(out, RelationType.PARTNERS_WITH, supplier, customer, name(), 0.6, sentence, Map.of());
        }
    }
}
