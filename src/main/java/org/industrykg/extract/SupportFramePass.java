package org.industrykg.extract;

import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.industrykg.nlp.Sentence;

/**
 * Support written as a frame around the supported organisation rather than as 支持 before it
 * ({@code rule:support-frame}), the supporter a government body, policy or platform. Aid that is money
 * (奖励, 补助, 资助, 经费) from a body, firm or fund is FUNDS instead, with its amount (DESIGN.md: money flows):
 * <ul>
 *   <li>S对X给予…奖励/补助/资助/支持: S SUPPORTS X (S the supporter before 对 in the sentence, else the
 *   policy a notice issues); also 对X，S按照…给予…, the supporter after the receiver's comma;</li>
 *   <li>X获得/得到/获 S…资助/支持/补助/奖励: S SUPPORTS X; X（2024年）获S投资, X获A与B联合投资: each FUNDS X;</li>
 *   <li>在S的支持下，X…: S SUPPORTS X, the organisation the clause after it opens with; X接受S的业务指导, X受S指导:
 *   S SUPPORTS X;</li>
 *   <li>X是S支持的…, X是S认定的…: S SUPPORTS X;</li>
 *   <li>S把X列入/纳入…, X（2024年）被/由/获S认定/批准…: S SUPPORTS X ({@code rule:recognised});</li>
 *   <li>S拨付/投入…经费 with no receiver, in a text with no issuer: S FUNDS what the text is about; S每年向Y投入研发经费
 *   and S参与Y的A轮融资: S FUNDS Y;</li>
 *   <li>X获资助500万元 with no giver named: the body named before it in the sentence, else the text's issuer, FUNDS X.</li>
 *   <li>An item of a list of grants (3．X：某某项目，资助500万元; X（某镇）— 某项目 — 500万元 under a heading
 *   that names the money): every body of the text's letterhead (its issuer and those beside it) FUNDS X, and a
 *   place the item puts in brackets on its own (某某项目（长安镇）) HOSTS X ({@code rule:grant-item-place}).</li>
 * </ul>
 */
final class SupportFramePass implements RelationPass {

    private static final Set<EntityLabel> SUPPORTERS = EnumSet.of(EntityLabel.GovernmentAgency, EntityLabel.Policy,
            EntityLabel.Platform);
    private static final Set<EntityLabel> SUPPORTED = EnumSet.of(EntityLabel.Enterprise, EntityLabel.ResearchInstitute,
            EntityLabel.Platform, EntityLabel.Park, EntityLabel.Association);
    private static final String AID = "(?:奖励|补助|补贴|资助|支持|扶持|奖补|资金支持|经费支持|经费)";
    /** Aid that is money handed over (补助, 资助, 经费): the giver FUNDS the receiver, as 出资 would say. */
    private static final Pattern MONEY = Pattern.compile("(?:奖励|补助|补贴|资助|奖补|经费)$");
    private static final Set<EntityLabel> PAYERS = EnumSet.of(EntityLabel.GovernmentAgency, EntityLabel.Enterprise,
            EntityLabel.Fund);
    /**
     * S按共建协议拨付运营经费3000万元, S投入研发经费: money handed over with no receiver in the clause (no 对X, 向X,
     * nor an organisation after S); in a text with no issuer, that is what the text is about.
     */
    private static final Pattern GRANT = Pattern.compile("^[^，。；]{0,16}?(?:拨付|给予|安排|下达|投入)[^，。；]{0,12}?(?:经费|资助|补助|补贴|资金)"
            + "|^(?:分别|各)?(?:出资|注资|投入)(?=[0-9一二三四五六七八九十两])"); // A和B分别出资1.5亿元
    /** 对X，S按照…给予…资助: the giver written after the receiver's comma, before 给予. */
    private static final Pattern GIVER_GAP = Pattern.compile("^[，,](?:[^，。；]{0,3})?$");
    private static final Pattern GIVEN_AFTER_GIVER = Pattern.compile("^[^，。；]{0,24}?给予[^，。；]{0,16}?" + AID);
    /** 对X给予…奖励: what stands between the supported and the aid. */
    private static final Pattern GIVEN = Pattern.compile("^(?:[、和及与]|等[^，。；]{0,24}?)*(?:的?[\\p{IsHan}]{1,6}?)?[，,]?给予[^，。；]{0,16}?" + AID);
    /** S给予X…支持, S在用地等方面给予了X大力支持: what stands between the giver and the receiver (no 对, which {@link #GIVEN} reads). */
    private static final Pattern GIVES_TO = Pattern.compile("^[^，。；对向为]{0,30}?给予了?$");
    private static final Pattern LIST_GAP = Pattern.compile("^[、和及与]$");
    /** X获得S…资助: what stands between the supported and the supporter, and after the supporter. */
    private static final Pattern RECEIVED = Pattern.compile("^(?:等[0-9一二三四五六七八九十两]{1,3}家(?:企业|单位|公司|机构)?)?" // A、B等6家获得了X的投资
            + "(?:[0-9]{4}年(?:[0-9]{1,2}月)?(?:[0-9]{1,2}日)?)?(?:还|也|又|已|先后|累计|共|均|都)?"
            + "(?:获得了?|得到了?|获|获批)$");
    private static final Pattern RECEIVED_AID = Pattern.compile("^[^，。；]{0,14}?" + AID);
    /** Before the organisation an item of a list opens with: its number, if any. */
    private static final Pattern ITEM_LEAD = Pattern.compile("^\\s*(?:" + RelationContext.ITEM_NUMBER + ")?\\s*$");
    /**
     * After it: a bracketed aside (运营单位：…) and the colon that opens what the item says, or the comma of an
     * item written as fields (（一）某某有限公司，某某项目，补助资金300万元).
     */
    private static final Pattern ITEM_COLON = Pattern.compile("(?:[（(][^（()）]*[）)])?(?:[：:，,\\t|｜]|—{1,2}|－|–|-)");
    /** The money an item grants: 资助500万元, 补助1,000万元, 奖励50万元, 拟支持600万元. */
    private static final Pattern ITEM_MONEY = Pattern.compile("(?:资助|补助|奖励|奖补|补贴|扶持|支持)(?:资金)?(?:金额)?[为：:]?\\s*[0-9][0-9,，.]*\\s*(?:万元|亿元|万|元)");
    /**
     * An amount alone in the last field of an item (某某有限公司—某某项目—500万元), which is a grant only in a list
     * whose heading names its column or kind of money ({@link #GRANT_COLUMN}).
     */
    private static final Pattern BARE_MONEY = Pattern.compile("(?:[\\t|｜，,]|—{1,2}|－|–|-)\\s*[0-9][0-9,.]*\\s*(?:万元|亿元)\\s*[。；;]?\\s*$");
    /** A heading of a list of grants: 拟支持项目名单（企业名称—项目名称—支持金额）, 资助资金分配表. */
    private static final Pattern GRANT_COLUMN = Pattern.compile("(?:支持|资助|补助|奖励|扶持|奖补)(?:资金|金额)");
    /** A bracket of an item that holds only where it is: （长安镇）, （某某高新区）. */
    private static final Pattern PLACE_BRACKET = Pattern.compile("[（(]([^（()）]{2,16})[）)]");
    private static final Set<EntityLabel> PLACES = EnumSet.of(EntityLabel.City, EntityLabel.Park);
    /**
     * X获资助500万元, X获得补助300万元, X、Y已获批首年厂房租金全额补贴: money received with no giver named, from the
     * body that issued the text.
     */
    private static final Pattern RECEIVED_MONEY = Pattern.compile(
            "^(?:还|也|已|均|分别|共|累计|拟)?(?:获得了?|获批|获|得到了?|享受)(?:[^，。；、]{0,12}?)(?:资助|补助|奖励|奖补|补贴)");
    /** Who money can go to in a frame around the receiver (向Y投入…经费, 参与Y的融资). */
    private static final Set<EntityLabel> FUNDED = EnumSet.of(EntityLabel.Enterprise, EntityLabel.ResearchInstitute,
            EntityLabel.Platform, EntityLabel.Fund);
    /** Between the payer and the receiver of 向Y投入: a time or frequency, then 向. */
    private static final Pattern TOWARDS = Pattern.compile("^(?![^，。；、]*(?:未|不|没有|停止|暂停|暂缓|放弃|取消|拒绝|曾计划|原计划))[^，。；、]{0,10}?向$");
    /** After the receiver: 投入 money (研发经费, 建设资金), perhaps 每年 before it. */
    private static final Pattern PUT_IN = Pattern.compile("^(?:每年|累计|计划|拟|将)?(?:投入|拨付|注入)[^，。；、]{0,10}?(?:经费|资金|补助|补贴)");
    /** Between the receiver of 向Y and the organisation a relative clause on it describes (向Y在P设立的Z拨付): Z receives. */
    private static final Pattern RELATIVE_RECEIVER = Pattern.compile("^[^，。；、]{0,16}?(?:设立|成立|建设|共建|组建|创办)的$");
    /**
     * What undoes a loan in its clause (申请 by the borrower, 终止, 取消, 被拒, 未获批准, 报道不实): no lender–borrower tie.
     */
    private static final String NOT_LENT = "未|不(?!超过|低于|少于|高于)|没有|停止|暂停|终止|取消|拒|申请|否认|拟";
    /** Between a lender and the firm it lends to: 为, 向 or 给 (S为X核定授信, S向X发放贷款). */
    private static final Pattern LENDS_TO = Pattern.compile("^(?![^，。；、]*(?:" + NOT_LENT + "))[^，。；、]{0,10}?(?:为|向|给)$");
    /**
     * After the borrower: the credit or loan (核定综合授信额度8亿元, 发放首笔贷款3000万元, 提供2亿元科技创新贷款). A loan is no
     * stake (DESIGN.md), so the lender and the borrower are partners, not investor and investee.
     */
    private static final Pattern LOAN = Pattern.compile("^(?![^，。；]*(?:" + NOT_LENT + "))[^，。；、]{0,16}?"
            + "(?:授信|贷款|信贷|融资租赁|保理)(?!系统|软件|平台|产品|业务系统)");
    /** Between the investor and the firm of a round: a date, then 参与 or 参投. */
    private static final Pattern JOINS = Pattern.compile(
            "^(?![^，。；、]*(?:未|不|没有|停止|暂停|顾问|承销|律师|审计|服务))[^，。；、]{0,14}?(?:参与|参投|领投|跟投)(?:了)?$");
    /** After the firm: its round of financing (的A轮融资, Pre-A轮融资, 天使轮融资, 新一轮融资). */
    private static final Pattern ROUND = Pattern.compile("^(?:的)?(?:[A-Za-z+\\-]{1,6}|天使|种子|战略|新一|首|本)?轮?(?:融资|增资)(?![^，。；]{0,2}(?:路演|活动|会|论坛|对接|服务|顾问))");
    /**
     * After the investor of X获得S…投资: the round or amount, then the investment (天使轮投资, 的A轮融资, 数千万元战略投资,
     * 1亿元注资); not an intention, a service or a loan (投资意向, 投资对接, 融资租赁, 融资授信).
     */
    private static final Pattern INVESTED = Pattern.compile("^(?:的|共|合计)?[^，。；、]{0,12}?(?:投资|融资|注资|增资)"
            + "(?!" + VerbClausePass.NOT_MONEY + "|机构|人|方|者|基金|公司|协议|合作|指导|建议|热度|关注|青睐)");
    /** Between the guided organisation and its guide: X接受S…, X受S…, X在S…. */
    private static final Pattern ACCEPTS = Pattern.compile("^(?:将|须|应|统一)?(?:接受|受|在)$");
    /** What the guide gives: 的业务指导, 指导和监督, 的技术指导. */
    private static final Pattern GUIDANCE = Pattern.compile("^的?(?:业务|技术|行业)?(?:指导|监督管理|业务管理)");
    /** 的大力支持下, 的业务指导下, 的指导和支持下 after the supporters of 在S…. */
    private static final String UNDER_SUPPORT = "^的(?:大力|积极|全力|悉心|业务|技术)?(?:支持|资助|扶持|指导|帮助)(?:[和与及](?:支持|指导|帮助))?下";
    /** Between the supporters and the supported of 在S的支持下，X…. */
    private static final Pattern UNDER = Pattern.compile(UNDER_SUPPORT + "[，,]?$");
    /** After the supporters of X在S的支持下…: the support, then what X did under it (not a comma: 在S的支持下，Y…). */
    private static final Pattern UNDER_THEN = Pattern.compile(UNDER_SUPPORT + "(?![，,])");
    /** Between X and 在 of X在S的支持下: nothing, or a time word (已, 于2025年). */
    private static final Pattern SUPPORTED_BEFORE = Pattern.compile("^(?:已|还|也|先后|今年|去年|近年来|于[^，。；]{1,10}?)?$");
    private static final Pattern BACKED_BY = Pattern.compile("^是$");
    private static final Pattern BACKING = Pattern.compile("^(?:重点)?(?:支持|资助|扶持|认定|批准|授牌|评定)的");
    /** Words that recognise or list an organisation (认定为, 列入…名单, 纳入…培育库, 授牌): its body SUPPORTS it. */
    private static final String RECOGNISE = "(?:认定为|认定|纳入|列入|列为|确定为|评为|授予|授牌|批准)";
    /** S已把X…列入…, S将X纳入…: before X, after the body. */
    private static final Pattern LISTS_BEFORE = Pattern.compile("^(?:[^，。；]{0,6}?)(?:把|将)$");
    private static final Pattern LISTS_AFTER = Pattern.compile("^[^，。；]{0,20}?" + RECOGNISE);
    /** X被S认定为…, X获S批准组建, X由S认定为…, X获得S“…”认定: between X and the body, and after the body. */
    private static final Pattern RECOGNISED_BY = Pattern.compile("^(?:已|还|也|先后|正式|于[^，。；]{1,10}?|"
            + "[0-9]{4}年(?:[0-9]{1,2}月)?(?:[0-9]{1,2}日)?)?(?:被|获|获得了?|经|由)$");
    private static final Pattern RECOGNISED_AFTER = Pattern.compile("^(?:正式)?" + RECOGNISE + "|^[“\"][^”\"]{1,20}[”\"]" + RECOGNISE);

    /**
     * An item of a list of grants (3．某某有限公司：某某项目，资助500万元。, 某某平台（运营单位：…）：…，补助300万元): the
     * body that issued the list FUNDS the organisation the item opens with, with the item's amount.
     */
    private void grantItem(RelationContext doc, Sentence sentence, List<Mention> here, List<Mention> bodies, int grantHeading,
                           List<ExtractedRelation> out) {
        Mention first = RelationContext.opening(sentence, here);
        String text = sentence.text();
        if (first == null || !SUPPORTED.contains(first.label())
                || !ITEM_LEAD.matcher(text.substring(0, first.begin() - sentence.begin())).matches()) {
            return;
        }
        Matcher colon = ITEM_COLON.matcher(text.substring(first.end() - sentence.begin()));
        if (!colon.lookingAt()) {
            return;
        }
        String said = text.substring(first.end() - sentence.begin() + colon.end());
        Matcher money = ITEM_MONEY.matcher(said);
        Matcher bare = BARE_MONEY.matcher(said);
        String amount = money.find() ? money.group() : bare.find() && grantHeading < sentence.index() ? bare.group() : null;
        if (amount == null || bodies.isEmpty() || bodies.stream().anyMatch(b -> doc.key(b).equals(doc.key(first)))) {
            return;
        }
        for (Mention body : bodies) { // a joint notice: each body that issued it
            doc.link(out, RelationType.FUNDS, body, first, name(), 0.6, sentence, VerbClausePass.amountIn(amount));
        }
        Matcher bracket = PLACE_BRACKET.matcher(text);
        bracket.region(first.end() - sentence.begin(), text.length());
        while (bracket.find()) { // 某某项目（长安镇）: where the grantee is
            int from = sentence.begin() + bracket.start(1);
            int to = sentence.begin() + bracket.end(1);
            List<Mention> inside = here.stream().filter(m -> m.begin() >= from && m.end() <= to).toList();
            if (inside.size() == 1 && PLACES.contains(inside.get(0).label()) && inside.get(0).begin() == from
                    && inside.get(0).end() == to) {
                doc.link(out, RelationType.HOSTS, inside.get(0), first, "rule:grant-item-place", 0.6, sentence, Map.of());
                break;
            }
        }
    }

    /** The index of the first line that heads a list of grants ({@link #GRANT_COLUMN}), or the number of lines. */
    private static int grantHeading(RelationContext doc) {
        return doc.sentences.stream().filter(s -> GRANT_COLUMN.matcher(s.text()).find()).mapToInt(Sentence::index)
                .findFirst().orElse(doc.sentences.size());
    }

    @Override
    public String name() {
        return "rule:support-frame";
    }

    @Override
    public void find(RelationContext doc, List<ExtractedRelation> out) {
        Mention issued = doc.issuedPolicy();
        Resolver.Entity topic = doc.issuer == null ? ReferringWords.mostMentioned(doc) : null; // what a report is about
        List<Mention> bodies = doc.issuingBodies();
        int grantHeading = grantHeading(doc);
        for (Sentence sentence : doc.sentences) {
            List<Mention> here = doc.in(sentence);
            String text = sentence.text();
            grantItem(doc, sentence, here, bodies, grantHeading, out);
            for (int i = 0; i < here.size(); i++) {
                Mention m = here.get(i);
                int end = m.end() - sentence.begin();
                int begin = m.begin() - sentence.begin();
                int last = i; // 对A、B和C等…给予: the whole list is given it
                while (last + 1 < here.size() && SUPPORTED.contains(here.get(last + 1).label()) && LIST_GAP.matcher(
                        text.substring(here.get(last).end() - sentence.begin(), here.get(last + 1).begin() - sentence.begin())).matches()) {
                    last++;
                }
                Matcher given = GIVEN.matcher(text.substring(here.get(last).end() - sentence.begin()));
                if (SUPPORTED.contains(m.label()) && begin > 0 && text.charAt(begin - 1) == '对' && given.lookingAt()) {
                    Mention supporter = lastBefore(here, i, SUPPORTERS);
                    if (supporter == null && issued != null && issued.begin() < m.begin()) {
                        supporter = issued; // 第二条 对X给予奖励: in the text of a policy a notice issues, the policy's
                    }
                    for (int k = i; k <= last && supporter != null; k++) {
                        aid(doc, sentence, supporter, here.get(k), given.group(), out);
                    }
                }
                if (SUPPORTED.contains(m.label()) && begin > 0 && text.charAt(begin - 1) == '对' && last + 1 < here.size()) {
                    Mention giver = here.get(last + 1); // 对上述平台，某局已按照…政策给予建设资助
                    String gap = text.substring(here.get(last).end() - sentence.begin(), giver.begin() - sentence.begin());
                    Matcher after = GIVEN_AFTER_GIVER.matcher(text.substring(giver.end() - sentence.begin()));
                    if (SUPPORTERS.contains(giver.label()) && GIVER_GAP.matcher(gap).matches() && after.lookingAt()) {
                        for (int k = i; k <= last; k++) {
                            aid(doc, sentence, giver, here.get(k), after.group(), out);
                        }
                    }
                }
                if (PAYERS.contains(m.label())) {
                    grantToTopic(doc, sentence, here, i, topic, out);
                }
                if (SUPPORTERS.contains(m.label()) && begin > 0 && text.charAt(begin - 1) == '在') {
                    List<Mention> givers = ListGroups.joinedFrom(text, sentence.begin(), here, i, g -> SUPPORTERS.contains(g.label()));
                    int after = i + givers.size(); // 在A、B的指导下，C…: each of them supports C
                    Mention next = after < here.size() ? here.get(after) : null;
                    String between = next == null ? "" : text.substring(givers.get(givers.size() - 1).end() - sentence.begin(),
                            next.begin() - sentence.begin());
                    if (next != null && SUPPORTED.contains(next.label()) && UNDER.matcher(between).matches()) {
                        givers.forEach(g -> doc.link(out, RelationType.SUPPORTS, g, next, name(), 0.6, sentence, Map.of()));
                    } else if (i > 0 && SUPPORTED.contains(here.get(i - 1).label()) // X在S的大力支持下建成…: S supports X before it
                            && SUPPORTED_BEFORE.matcher(text.substring(here.get(i - 1).end() - sentence.begin(), begin - 1)).matches()
                            && UNDER_THEN.matcher(text.substring(givers.get(givers.size() - 1).end() - sentence.begin())).lookingAt()) {
                        Mention receiver = here.get(i - 1);
                        givers.forEach(g -> doc.link(out, RelationType.SUPPORTS, g, receiver, name(), 0.6, sentence, Map.of()));
                    }
                }
                if (SUPPORTERS.contains(m.label()) && i > 0 && SUPPORTED.contains(here.get(i - 1).label())) {
                    Mention receiver = here.get(i - 1); // X接受S的业务指导, X受A、B指导: each of them supports X
                    String gap = text.substring(receiver.end() - sentence.begin(), begin);
                    List<Mention> guides = ListGroups.joinedFrom(text, sentence.begin(), here, i, g -> SUPPORTERS.contains(g.label()));
                    if (ACCEPTS.matcher(gap).matches()
                            && GUIDANCE.matcher(text.substring(guides.get(guides.size() - 1).end() - sentence.begin())).lookingAt()) {
                        guides.forEach(g -> doc.link(out, RelationType.SUPPORTS, g, receiver, name(), 0.6, sentence, Map.of()));
                    }
                }
                if (PAYERS.contains(m.label()) && i + 1 < here.size() && FUNDED.contains(here.get(i + 1).label())) {
                    Mention receiver = here.get(i + 1); // S每年向Y投入研发经费, S参与Y的A轮融资: S FUNDS Y
                    String gap = text.substring(m.end() - sentence.begin(), receiver.begin() - sentence.begin());
                    for (int j = i + 2; j < here.size(); j++) { // S向Y在P设立的Z拨付补助: Z
                        String between = text.substring(receiver.end() - sentence.begin(), here.get(j).begin() - sentence.begin());
                        if (FUNDED.contains(here.get(j).label()) && RELATIVE_RECEIVER.matcher(between).matches()) {
                            receiver = here.get(j);
                            break;
                        }
                    }
                    String rest = text.substring(receiver.end() - sentence.begin());
                    boolean putsIn = TOWARDS.matcher(gap).matches() && PUT_IN.matcher(rest).lookingAt();
                    boolean joinsRound = JOINS.matcher(gap).matches() && ROUND.matcher(rest).lookingAt();
                    if (putsIn || joinsRound) {
                        String clause = rest.split("[，,。；;]", 2)[0];
                        doc.link(out, RelationType.FUNDS, m, receiver, name(), 0.6, sentence, VerbClausePass.amountIn(clause));
                    } else if (m.label() == EntityLabel.Enterprise && receiver.label() == EntityLabel.Enterprise
                            && LENDS_TO.matcher(gap).matches() && LOAN.matcher(rest).lookingAt()) {
                        doc.link(out, RelationType.PARTNERS_WITH, m, receiver, name(), 0.6, sentence, Map.of()); // S为X核定授信
                    }
                }
                List<Mention> receivers = SUPPORTED.contains(m.label())
                        ? ListGroups.joinedFrom(text, sentence.begin(), here, i, n -> SUPPORTED.contains(n.label())) : List.of(m);
                Mention lastReceiver = receivers.get(receivers.size() - 1); // X、Y已获批…补贴: each of them
                Matcher receivedMoney = RECEIVED_MONEY.matcher(text.substring(lastReceiver.end() - sentence.begin()));
                int after = here.indexOf(lastReceiver) + 1;
                if (SUPPORTED.contains(m.label()) && receivedMoney.lookingAt()
                        && (after >= here.size() || !SUPPORTERS.contains(here.get(after).label())
                            || here.get(after).begin() - sentence.begin() > lastReceiver.end() - sentence.begin() + receivedMoney.end())) {
                    Mention giver = lastBefore(here, i, EnumSet.of(EntityLabel.GovernmentAgency));
                    Mention body = giver != null ? giver : doc.issuingBody(); // X获资助500万元: the issuer's money
                    if (body != null) {
                        String clause = text.substring(lastReceiver.end() - sentence.begin()).split("[，,。；;]", 2)[0];
                        doc.link(out, RelationType.FUNDS, body, m, name(), 0.6, sentence, VerbClausePass.amountIn(clause));
                    }
                }
                recognised(doc, sentence, here, i, out);
                if (PAYERS.contains(m.label()) && i > 0) { // X获得S（的）天使轮投资, X获A与B联合投资2亿元: each FUNDS X
                    Mention before = here.get(i - 1);
                    List<Mention> investors = ListGroups.joinedFrom(text, sentence.begin(), here, i, g -> PAYERS.contains(g.label()));
                    Matcher invested = INVESTED.matcher(text.substring(investors.get(investors.size() - 1).end() - sentence.begin()));
                    if (FUNDED.contains(before.label()) && RECEIVED.matcher(text.substring(before.end() - sentence.begin(), begin)).matches()
                            && invested.lookingAt()) {
                        List<Mention> funded = ListGroups.ending(ListGroups.of(sentence, here), before).stream()
                                .filter(f -> FUNDED.contains(f.label())).toList(); // A、B等6家获得了X的投资: each of them
                        Map<String, Object> amount = investors.size() == 1 && funded.size() == 1
                                ? VerbClausePass.amountIn(invested.group()) : Map.of();
                        investors.forEach(investor -> funded.forEach(firm ->
                                doc.link(out, RelationType.FUNDS, investor, firm, name(), 0.6, sentence, amount)));
                    }
                }
                if (SUPPORTERS.contains(m.label()) && i + 1 < here.size() && SUPPORTED.contains(here.get(i + 1).label())) {
                    Mention receiver = here.get(i + 1); // S按年度给予X运营经费支持: S supports (or, with money, funds) X
                    Matcher aidAfter = RECEIVED_AID.matcher(text.substring(receiver.end() - sentence.begin()));
                    if (GIVES_TO.matcher(text.substring(end, receiver.begin() - sentence.begin())).matches() && aidAfter.lookingAt()) {
                        aid(doc, sentence, m, receiver, aidAfter.group(), out);
                    }
                }
                if (SUPPORTERS.contains(m.label()) && i > 0) {
                    Mention before = here.get(i - 1);
                    String gap = text.substring(before.end() - sentence.begin(), begin);
                    Matcher received = RECEIVED_AID.matcher(text.substring(end));
                    if (SUPPORTED.contains(before.label()) && RECEIVED.matcher(gap).matches() && received.lookingAt()) {
                        aid(doc, sentence, m, before, received.group(), out);
                    }
                    if (SUPPORTED.contains(before.label()) && BACKED_BY.matcher(gap).matches()
                            && BACKING.matcher(text.substring(end)).lookingAt()) {
                        doc.link(out, RelationType.SUPPORTS, m, before, name(), 0.6, sentence, Map.of());
                    }
                }
            }
        }
    }

    /**
     * A body that recognises or lists an organisation supports it ({@code rule:recognised}): S已把X（的…项目）列入…,
     * S将X纳入…培育库; X被S认定为…, X由S认定为…, X获S批准组建, X获得S“…”认定.
     */
    private static void recognised(RelationContext doc, Sentence sentence, List<Mention> here, int i, List<ExtractedRelation> out) {
        Mention body = here.get(i);
        if (body.label() != EntityLabel.GovernmentAgency) {
            return;
        }
        String text = sentence.text();
        int bodyEnd = body.end() - sentence.begin();
        if (i + 1 < here.size()) {
            Mention listed = here.get(i + 1);
            String gap = text.substring(bodyEnd, listed.begin() - sentence.begin());
            if (SUPPORTED.contains(listed.label()) && LISTS_BEFORE.matcher(gap).matches()
                    && LISTS_AFTER.matcher(text.substring(listed.end() - sentence.begin())).lookingAt()) {
                doc.link(out, RelationType.SUPPORTS, body, listed, "rule:recognised", 0.6, sentence, Map.of());
            }
        }
        if (i > 0) {
            Mention listed = here.get(i - 1);
            String gap = text.substring(listed.end() - sentence.begin(), body.begin() - sentence.begin());
            if (SUPPORTED.contains(listed.label()) && RECOGNISED_BY.matcher(gap).matches()
                    && RECOGNISED_AFTER.matcher(text.substring(bodyEnd)).lookingAt()) {
                doc.link(out, RelationType.SUPPORTS, body, listed, "rule:recognised", 0.6, sentence, Map.of());
            }
        }
    }

    /**
     * S gives X aid written as {@code words}: money (补助, 资助, 经费) from a body, firm or fund FUNDS X, with
     * the amount written there or in the rest of the clause; anything else, or a policy's, SUPPORTS X.
     */
    private void aid(RelationContext doc, Sentence sentence, Mention giver, Mention receiver, String words,
                     List<ExtractedRelation> out) {
        if (MONEY.matcher(words).find() && PAYERS.contains(giver.label())) {
            int from = giver.end() - sentence.begin();
            String rest = sentence.text().substring(Math.max(from, receiver.end() - sentence.begin()));
            String clause = rest.split("[，,。；;]", 2)[0];
            Map<String, Object> amount = VerbClausePass.amountIn(words + clause);
            doc.link(out, RelationType.FUNDS, giver, receiver, name(), 0.6, sentence, amount);
        } else {
            doc.link(out, RelationType.SUPPORTS, giver, receiver, name(), 0.6, sentence, Map.of());
        }
    }

    /** S拨付运营经费…, written with no receiver, in a report or news with no issuer: S FUNDS the organisation it is about. */
    private void grantToTopic(RelationContext doc, Sentence sentence, List<Mention> here, int i, Resolver.Entity topic,
                              List<ExtractedRelation> out) {
        String text = sentence.text();
        List<Mention> givers = ListGroups.joinedFrom(text, sentence.begin(), here, i, g -> PAYERS.contains(g.label())); // A和B分别出资
        Mention last = givers.get(givers.size() - 1);
        int end = last.end() - sentence.begin();
        Matcher grant = GRANT.matcher(text.substring(end));
        String lead = text.substring(0, here.get(i).begin() - sentence.begin());
        if (!grant.lookingAt() || grant.group().contains("对") || grant.group().contains("向")
                || !(lead.isEmpty() || lead.matches(".*[，,；;：:](?:其中|同时|此外)?$|^[^，,。；]{0,8}$"))) {
            return;
        }
        int grantEnd = last.end() + grant.end();
        int next = here.indexOf(last) + 1;
        if (next < here.size() && here.get(next).begin() < grantEnd) {
            return; // an organisation after S in the clause: the money goes to it, if anywhere
        }
        Mention opening = RelationContext.opening(sentence, here);
        Mention receiver = opening != null && !givers.contains(opening) && BUILT.contains(opening.label())
                && BUILT_BY.matcher(text.substring(opening.end() - sentence.begin(), here.get(i).begin() - sentence.begin())).find()
                ? opening // 某研究院由A、B共建，…，A和B分别出资1.5亿元: what the sentence builds
                : topic == null ? null : doc.entityOf.entrySet().stream().filter(e -> e.getValue() == topic)
                .map(Map.Entry::getKey).min(Comparator.comparingInt(Mention::begin)).orElse(null); // its first mention, whatever the map's order
        Resolver.Entity received = receiver == null ? null : doc.entityOf.get(receiver);
        String clause = text.substring(end).split("[，,。；;]", 2)[0];
        for (Mention giver : givers) {
            if (receiver != null && doc.entityOf.get(giver) != received) {
                doc.link(out, RelationType.FUNDS, giver, receiver, name(), 0.5, sentence, VerbClausePass.amountIn(clause));
            }
        }
    }

    /** What a sentence that opens with it may build (某研究院由A、B共建): institutes, platforms, parks, funds, firms. */
    private static final Set<EntityLabel> BUILT = EnumSet.of(EntityLabel.ResearchInstitute, EntityLabel.Platform,
            EntityLabel.Park, EntityLabel.Fund, EntityLabel.Enterprise);
    /** A passive of building after the opening (由…共建, 由…出资设立). */
    private static final Pattern BUILT_BY = Pattern.compile("由[^。；]{0,80}?(?:共建|共同建设|组建|设立|成立|建设|发起)");

    /** The last mention of these labels before index {@code i}, or null. */
    private static Mention lastBefore(List<Mention> here, int i, Set<EntityLabel> labels) {
        for (int k = i - 1; k >= 0; k--) {
            if (labels.contains(here.get(k).label())) {
                return here.get(k);
            }
        }
        return null;
    }
}
