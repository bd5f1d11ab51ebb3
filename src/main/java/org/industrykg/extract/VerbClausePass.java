package org.industrykg.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.industrykg.extract.VerbLexicon.Hit;
import org.industrykg.extract.VerbLexicon.VerbClass;
import org.industrykg.nlp.Sentence;

/**
 * Relations stated by a verb of {@code verbs.lex} between the subject and the object of one clause
 * (a stretch of a sentence between commas or semicolons), edges named {@code verb:CLASS}:
 * <ul>
 *   <li>the subject is the list of mentions that ends right before the verb, only adverbials
 *       between (将, 已, 共同, 首批, 于2024年, 等高校, 等, a parenthesis); lists are joined by 、 和 与 及 同 联合
 *       携手 会同 联同, so A与B共同发起 has two subjects;</li>
 *   <li>a place written 在P or 于P right before the verb is where the object is set up (P HOSTS it);</li>
 *   <li>A向B出资, A对B投资: B is the object, A the subject;</li>
 *   <li>由A、B发起设立 is passive: the object is the organisation written before 由;</li>
 *   <li>a clause with no subject takes the previous clause's subject in the same sentence, and
 *       该公司, 该基金, 该研究院… take the nearest earlier mention of that kind, 双方 the last pair;
 *       in a letter 我市/本市 is the city whose body wrote it and 我局/我委 that body;</li>
 *   <li>the object is the list that starts shortly after the verb in the same clause.</li>
 * </ul>
 */
final class VerbClausePass implements RelationPass {

    /** What describes the next party of a list (与深圳半导体企业X, 和本地高校Y): part of the join. */
    private static final String DESCRIBED = "(?:[\\p{IsHan}]{0,8}?(?:企业|高校|院校|院所|机构|公司|厂商)|[\\p{IsHan}]{0,8}?(?:本地|当地|本土)的)?";
    /** What a firm sets up in a place that is another firm: the place hosts that one, not the firm. */
    private static final Pattern SUBSIDIARY = Pattern.compile("子公司|分公司|合资公司|独资公司");
    /** Regions a firm's headquarters or plant is named for (华东总部, 西南生产基地). */
    private static final String REGIONS = "华东|华南|华北|华中|西南|西北|东北|区域|全球|中国|亚太|国内|海外";
    private static final Set<VerbClass> PARTY_TAKING = EnumSet.of(VerbClass.FUND, VerbClass.FOUND, VerbClass.COFOUND,
            VerbClass.COOPERATE, VerbClass.LOCATE, VerbClass.MANAGE);
    /** People of an organisation who found or run something in its name (某大学机器人团队创办, 某院的三位青年学者联合创办). */
    private static final String PEOPLE_WORDS = "团队|学者|教授|教师|校友";
    private static final Pattern PEOPLE = Pattern.compile("(?:" + PEOPLE_WORDS + ")");
    private static final String ADVERB = "[”」』’]|(?:于|在)[^，。；、“”]{1,12}?(?:厂区|园区|校区|院区|厂房|场地|基地)(?:内|里)|内|里|(?:的)?[\\p{IsHan}]{0,6}?(?:" + PEOPLE_WORDS + ")|作为(?:有限合伙人|普通合伙人|出资人|股东|产业方|产业投资人|基石出资人|基石投资人|战略投资人|基石投资者|战略投资者|投资者|投资人|领投方|出资方|主要出资人)?|以(?:有限合伙人|普通合伙人|出资人|股东|LP|GP)身份|参与|以自有资金|以(?:人民币|美金|美元|港币|港元|新台币)?(?:约|超过|逾|近)?[0-9.,一二三四五六七八九十百千两]+(?:亿|万)?(?:元|美元|港元)(?:人民币)?(?:（[^（）]{0,16}）)?|完成|合计|的股权|的战略|将|已经|已|正式|共同|联合|合作|则|拟|计划|今年|去年|明年|当年|同年|此前|随后|近期|近日|日前|目前|年内|开始|逐步|陆续|并且|并|同时|正在|先后|率先|成功|分别|均|也|亦|还|又|再|主要|重点|专门|专业|长期|一直|始终|整体|全部|部分|"
            + "是一家|一家|是|为|作为|双方|两校|两家|两院|各方|(?:两|双|三)(?:地|市|区|镇|县)(?:人民)?政府|[一二两三四五六七八九十]方|积极|主动|进一步|继续|同轮|本轮|该轮|超额|洽谈|商谈|磋商|协商|持续|一起|即将|高标准|高质量|高起点|高水平|加快|加速|大力|全力|着力|于(?:[0-9]{4}年)?(?:[0-9]{1,2}月)?(?:[0-9]{1,2}日)?|"
            + "[0-9]{4}年(?:[0-9]{1,2}月)?(?:[0-9]{1,2}日)?|[0-9]{1,2}月(?:[0-9]{1,2}日)?|[0-9]{1,2}日|[一二三四五六七八九十]{1,2}月(?:[一二三四五六七八九十]{1,3}日)?|此次|本次|(?:计划|拟|将)?(?:总)?(?:投资|斥资|出资)(?:约|超过|逾|近)?[0-9.,一二三四五六七八九十百千两]+(?:亿|万)?元(?:人民币)?|(?:等[^，。；、]{0,12}?|(?:共|这)?(?:[0-9]{1,3}|[一二两三四五六七八九十]{1,3})(?:家|所|个|只)[^，。；、]{0,8}?)(?:企业|高校|院校|院所|单位|机构|公司|部门|平台|园区|基金|业者|厂商|厂家)|等|首批|首期|首次|累计|近年来|近年|宣布|表示|透露|决定|(?:第)?[一二三四五六七八九十]期(?:工程|项目)?|(?:其)?[一二三四五六七八九十]是|新增|新近|"
            + "去年底|去年初|今年初|今年底|明年初|明年底|年底|年初|上半年|下半年|"
            + "(?:早在)?(?:[0-9一二两三四五六七八九十]{1,4}|几|多)(?:年|个月|周|天)(?:前|来|以来|之前)|(?:从|自)?[0-9]{4}年(?:起|以来)|早在|"
            // how the parties share or act (按51%、49%的比例, 按照市场化方式, 代表省政府)
            + "按(?:照)?[^，。；]{0,14}?(?:比例|方式|模式)|以[^，。；]{0,10}?(?:方式|形式)|代表[\\p{IsHan}]{1,6}?(?:政府|国资|委|局)|"
            // parties of no name written with the named one (A和省内金融机构共同认缴, B及多家本地家族办公室跟投)
            + "(?:和|与|及|以及)(?:其他|多家|多名|若干|部分|一批|[数几]名)?[\\p{IsHan}]{0,6}?(?:金融机构|社会资本|投资机构|投资者|投资人|产业方|家族办公室|企业家|自然人)|"
            + "(?:和|与|及|以及)[\\p{IsHan}]{0,4}?(?:[0-9]{1,4}|[一二两三四五六七八九十百]{1,3})(?:家|所|个)[\\p{IsHan}]{0,8}?(?:企业|单位|机构|高校|院所)|"
            + "[（(][^（()）]{0,40}[）)]|\\s|"
            // what of the subject is placed (将西南区域总部设在…, 把研发中心落户…)
            + "(?:把|将)(?:其)?[\\p{IsHan}]{0,4}?(?:总部|研发中心|生产基地|制造基地|工厂|运营中心|结算中心)|注册地址|注册地|(?:主要)?经营场所|办公地址|"
            // what of its work the subject moves (将黄金饰品加工环节整体迁入…, 把组装环节全部迁移到…)
            + "(?:把|将)(?:其)?[\\p{IsHan}]{0,6}?(?:环节|产能|产线|生产线|业务)|"
            // what the subject licenses or transfers (将一项灵巧手的发明专利独家许可给…, 将3项专利转让给…)
            + "(?:把|将)(?:其)?[^，。；、]{0,16}?(?:专利|专利权|技术成果|科技成果|成果|著作权|使用权)(?:独家|无偿|有偿)?|"
            // a part of the subject that is placed (X的研发团队则留在…, X把华东总部设在…: 总部设在 is one verb)
            + "(?:的|把|将)?(?:其)?(?:首座|首个|首条|新|第?[一二三四五六七八九十]{1,2}(?:座|个|条|期))?(?:" + REGIONS + ")?"
            + "(?:研发|生产|制造|量产|销售|运营|结算|整机|组装)?(?:总部|中心|团队|基地|工厂|厂房|厂|生产线|装配线|产线)|"
            + "(?:的|把|将)(?:其)?(?:" + REGIONS + ")|仍然|仍|依然|依旧|"
            // when, in a report's period or after a round (该基金报告期内投资…, 曾投资…, 获投后在某镇新建…)
            + "(?:本)?报告期内|(?:本|当|上)(?:月|季度|周)|曾经|曾|(?:获投|完成融资|融资)(?:之)?后|"
            // the end of a declaration whose short name is a mention of its own (（以下简称“某某”）)
            + "[”\"’」』]?[）)]";
    /** Verbs of a fund putting money into a firm, not into another fund (出资, 认缴 are a partner's). */
    private static final Pattern INTO_FIRMS = Pattern.compile("投资|领投|跟投|参投|增资|入股");
    private static final Pattern INTO_FUNDS = Pattern.compile("出资|认缴|注资|合伙人");
    /** Between an investor and its money verb in the round just named (X同轮跟投, X亦在本轮追加投资). */
    private static final Pattern SAME_ROUND = Pattern.compile("^(?:亦|也|还)?(?:在)?(?:同轮|本轮|该轮)(?:中)?(?:继续|追加|共同)?$");
    /** A round of its own after a money verb (领投其A+轮): the firm the sentence or the item before names raised it. */
    private static final Pattern ITS_ROUND_AFTER = Pattern.compile("^其(?![他余中])[^，。；;,]{0,10}?轮");
    /** A round of its own before a money verb (在其天使轮领投). */
    private static final Pattern ITS_ROUND_BEFORE = Pattern.compile("在其(?![他余中])[^，。；;,]{0,10}?轮(?:融资)?(?:中)?$");
    /** A financing round: 完成A轮融资, 获得数亿元战略投资, 本轮融资. */
    private static final Pattern FINANCING = Pattern.compile("(?:天使|种子|Pre-?A\\+?|A\\+?|B\\+?|C|D|E|战略)轮|融资|(?:本|该|此|这|新一|同)轮");
    /** A name right after 企业/高校: the place before them describes that party (中山企业某某有限公司). */
    private static final Pattern DESCRIBED_PARTY = Pattern.compile("[\\p{IsHan}A-Za-z]");
    /** Entering "the park" (签约入园, 入园) names no park: it is the park the text is about. */
    private static final Pattern INTO_THE_PARK = Pattern.compile("入园");
    /**
     * Settling with no place after the verb (A、B先后入驻, 丙丁智能也签约落地): the place is the park
     * the text is about, as after 入园.
     */
    private static final Pattern SETTLING = Pattern.compile("入驻|进驻|落户|落地");
    /** What a firm builds for its fields: 生产基地, 工厂, 产线, 项目 (no clause break before it). */
    private static final Pattern FACILITY = Pattern.compile("^[^，。；,;]{0,30}?(?:基地|工厂|厂房|产线|生产线|项目|制造中心|研发中心|训练场)");
    private static final Pattern FIELD_LIST_JOIN = Pattern.compile("^(?:、|和|及|与|以及)$");
    /** What closes a list of fields a park takes in: 等“卡脖子”部件项目, 等核心零部件企业. */
    private static final Pattern FIELD_LIST_FIRMS = Pattern.compile("^等[^，。；、,;]{0,10}?(?:企业|项目|厂商)");
    /** What follows a field that firms of a park work in: 机器人企业, 新能源汽车相关企业, 集成电路项目. */
    private static final Pattern FIELD_FIRMS = Pattern.compile("(?:[及和、][\\p{IsHan}]{2,8}?)?(?:相关|类|领域|产业链)?(?:企业|项目|厂商)");
    /** Between the other party of an investment written as a noun and the noun: 的首轮, 的一笔战略, 的Pre-A轮. */
    private static final Pattern NOUN_INVESTMENT = Pattern.compile("^(?:等)?(?:[0-9一二两三四五六七八九十]+(?:个|家|项)(?:项目|企业|公司)?)?的[^，。；、]{0,10}$");
    private static final Pattern INVESTING_IN = Pattern.compile("(?:完成|进行|实施|开展)?(?:了)?对$");
    private static final Pattern GETTING = Pattern.compile("(?:获得|拿到|获|得到|引入|迎来|收到)(?:了)?(?:来自)?$");
    /** Who can put money into something (the source of FUNDS, DESIGN §3). */
    private static final Set<EntityLabel> INVESTORS_LABELS = EnumSet.of(EntityLabel.Fund, EntityLabel.Enterprise,
            EntityLabel.GovernmentAgency);
    private static final Pattern PLACE_AFTER = Pattern.compile("^(?:在|于)");
    /** What stands between the fields of a relative clause and the organisation it describes (…等产品的, 的). */
    private static final Pattern FIELD_RELATIVE = Pattern.compile("^(?:等)?(?:[\\p{IsHan}]{0,4}?(?:产品|领域|方向|业务|部件|零部件|整机|研发|生产|制造))?的(?:[\\p{IsHan}]{0,4}?(?:企业|公司|厂商|龙头))?$");
    private static final Set<EntityLabel> FIELDED = EnumSet.of(EntityLabel.Enterprise, EntityLabel.ResearchInstitute);
    /** What stands between the place of a relative clause and the organisation it describes: 的, 的新创, 的企业. */
    private static final Pattern RELATIVE_HEAD = Pattern.compile("^(?:内|里)?的(?:[\\p{IsHan}]{0,6}?(?:企业|新创|公司|初创|高校|机构|龙头|厂商))?$");
    /** 在园区 / 在该园区 / 在园内 right before the verb, after adverbials: the park the text is about. */
    private static final Pattern IN_THE_PARK = Pattern.compile("在(?:该|本)?(?:园区|园内|园里)(?:内)?(?:" + ADVERB + ")*$");
    /** What may stand before a gathering verb that opens its clause: 全年引进, 今年新引进, 累计集聚. */
    private static final Pattern GATHER_LEAD = Pattern.compile("^(?:全年|今年|去年|年内|累计|先后|共|新|已|还|并|重点|成功|\\s)*$");
    private static final Pattern LIST_CLOSE_BEFORE = Pattern.compile("等[^，。；、]{0,6}$");
    private static final Pattern LIST_HEAD_AFTER = Pattern.compile("^[^，。；、]{0,6}?(?:企业|高校|院校|院所|单位|机构|公司|厂商)|^(?:本地|当地|本土)的?");
    private static final Pattern ADVERBIALS = Pattern.compile("^(?:" + ADVERB + ")*$");
    /** Between a place and the park in it that a verb's 在 names (在某街道的某园设立, 在某新区内的某园): 的. */
    private static final Pattern PARK_OF_PLACE = Pattern.compile("^(?:内|里)?的$");
    /** A city or district written right before a narrower place (中山市南头镇, 深圳市南山区粤海街道). */
    private static final Pattern CITY_BEFORE = Pattern.compile("(?<=[在于])\\p{IsHan}{2,6}?(?:市|区|县)$");
    /** The city written between 由 and the district that is the agent of a passive (由深圳市光明区与…共建). */
    private static final Pattern CITY_AFTER_BY = Pattern.compile("(?<=由)\\p{IsHan}{2,6}?(?:省|市)$");
    private static final Pattern LISTED_CITY = Pattern.compile("(?<=[、和与及])\\p{IsHan}{2,6}?(?:市|区|县)$");
    static final Pattern PLACE_LEAD = Pattern.compile("(?:在|于|依托)(?:" + ADVERB + ")*$"); // 依托某高新区建设X: where X is built
    private static final Pattern OBLIQUE = Pattern.compile("^[，,]?(?:" + ADVERB + ")*(?:向|对|为)$"); // A联合B，共同向C投资: C is no subject
    /** Between an agent and the place where it acts with another (A（某某）今日在P与B签署): no clause break, ending in 在 or 于. */
    private static final Pattern AT_PLACE = Pattern.compile("^[^，。；;,]{0,24}?(?<![位关属对由致存所现处])(?:在|于)$");
    /**
     * What after 投资 or 融资 makes it no money put in: an intention, a talk, a service or a loan (投资意向, 投资洽谈,
     * 融资租赁, 融资授信). Shared with {@link SupportFramePass}.
     */
    static final String NOT_MONEY = "意向|对接|路演|顾问|咨询|机会|需求|洽谈|计划书|邀请|租赁|授信|贷款|担保|方案|服务|评审";
    /** What a clause buys that is no stake in the organisation (认购…发行的二级资本债券, 认购理财产品). */
    private static final Pattern DEBT = Pattern.compile("债|票据|理财|存单|保险");
    private static final Pattern NOT_YET_INVESTED = Pattern.compile(NOT_MONEY);
    /** Words that keep a partner brought in by 与 a subject of the verbs after (A与B签约，并共同出资…, 分别出资…). */
    private static final Pattern TOGETHER = Pattern.compile("共同|一起|一道|联合|携手|合作|分别|各自|各|双方|三方|两家");
    /** Earlier in the sentence, what makes the partners act together in the clauses after too (A与B共同出资，成立了C). */
    private static final Pattern JOINTLY = Pattern.compile("共同|一起|一道|分别|各自|双方|三方");
    /**
     * Between a subject and the partner it acts with (A与B, A今年开始跟B): the clauses after go on about A. Shared with
     * {@link SupplyPass}.
     */
    static final Pattern WITH = Pattern.compile("^[^，。；、和及]{0,8}?(?:与|跟|同)$");
    private static final Pattern CO_AGENT = Pattern.compile("^(?:" + ADVERB + ")*(?:与|和|同|跟|并与)" + DESCRIBED + "$");
    /** Verbs whose complement is where something lies (位于P, 设在P, 落户P, 选址P). */
    static final String LOCATING = "位于|位处|地处|坐落于|坐落在|设在|落户|落户于|选址|选址于";
    /** What makes a place the complement of a verb of location (位于P, 设在P, 落户P): where the topic is. */
    private static final Pattern WHERE_BEFORE = Pattern.compile("(?:" + LOCATING + "|在|于)$");
    /**
     * Signing words: an agreement is issued by the bodies that sign it only when all its signatories are
     * government bodies (两市政府签署《合作协议》), not by one that signs it with a firm or a university.
     */
    private static final Pattern SIGNED = Pattern.compile("签署|签订");
    /** What stands between the leader and the other agents of a passive (由A牵头、B参与发起). */
    private static final Pattern LEADS = Pattern.compile("(?:牵头|主导|领衔)[、，,]?");
    private static final Pattern PASSIVE_LEAD = Pattern.compile("由(?:" + ADVERB + ")*$");
    /**
     * A cleft that names who made the organisation before it (这家公司是A与B合资组建的, X是Y孵化的科技企业, X系Y设立的全资子公司):
     * 是 before the agents, 的 and at most the class of X closing the clause.
     */
    private static final Pattern CLEFT_LEAD = Pattern.compile("(?:是|系|为)(?:由)?(?:" + ADVERB + ")*$");
    private static final Pattern CLEFT_END = Pattern.compile("^(?:而成)?的(?:[，。；;,]|$)");
    private static final Pattern CLEFT_CLASS_END = Pattern.compile("^的[\\p{IsHan}]{0,6}?(?:企业|公司|机构|项目|基金|平台|园区|团队)(?:[，。；;,]|$)");
    /** A demonstrative that opens a cleft (这是A设立的首个园区): what it points at is not named in the clause. */
    private static final Pattern DEMONSTRATIVE = Pattern.compile("^(?:这|那|此|它|该|本|其)");
    /** A clause that joins others to the leader of the clause before: (由A牵头，)联合B和C共同组建. */
    private static final Pattern LED_JOINING = Pattern.compile("^(?:联合|携手|会同|联同|协同|带动)$");
    private static final Pattern LED = Pattern.compile("(?:牵头|领衔)[，,]$");
    private static final Pattern JOIN = Pattern.compile("^(?:[（(][^（()）]{0,40}[）)])?(?:、|和|与|及|以及|同|跟|联合|携手|会同|联同|并与)"
            + DESCRIBED + "$");
    /** Partners of a fund putting money in (作为有限合伙人出资): what follows is about the fund, not them. */
    private static final Pattern INVESTOR_ROLE = Pattern.compile("合伙人|出资人|出资方|LP");
    /** What stands between a name and the short name it declares: （以下简称“ */
    private static final Pattern DECLARATION = Pattern.compile("^[（(](?:以下简称|以下称|下称|简称)[：:]?[“\"‘「『]?$");
    /** What joins two verbs of one subject (牵头发起并认缴, 投资并运营). */
    private static final Pattern CHAINED = Pattern.compile("^(?:并|并且|且|同时|后|再|和|及|、)?(?:" + ADVERB + "|即|随即|便|就)*$");
    private static final Pattern OBJECT_GAP = Pattern.compile("^[^、，。；]{0,12}$");
    private static final Pattern AMOUNT_GAP = Pattern.compile("^[^、，。；]{0,24}$");
    private static final Pattern CLAUSE_END = Pattern.compile("[；;。！？：:]|" + RelationRules.CLAUSE_COMMA.pattern());
    private static final Pattern AMOUNT = Pattern.compile("([0-9][0-9,，]*(?:\\.[0-9]+)?)\\s*(亿|万)元");
    private static final Pattern ANAPHOR = Pattern.compile("(该|本|这家|此家|这所|这个|这一)(?:[^，。；、“”]{0,24}?的)?"
            + "(公司|企业|基金|母基金|研究院|研究所|实验室|中心|平台|园区|基地|联盟|协会|大学|高校)|双方|两校|两家");
    /** The two cities a text about two cities calls 两市 or 两地 (两市约定共同发起设立…), then only adverbials. */
    private static final Pattern TWO_CITIES = Pattern.compile("^(?:两市|两地|双城)(?:政府)?(?:约定|商定|决定|同意|计划|拟|将|共同|联合|已|正式|还)*$");
    /** A clause that opens with 公司 (公司还计划…, 公司已于…) goes on about the company just named. */
    private static final Pattern THE_COMPANY = Pattern.compile("^(?:[^，。；]{0,2}?)公司");
    private static final int ANAPHOR_REACH = 3;
    /** A city of a province, not a district, county or town (深圳市, not 深圳市南山区). */
    private static final Pattern PREFECTURE = Pattern.compile("[\\p{IsHan}]{2,4}市");
    /** What may stand after an organisation that is a clause by itself: an aside in brackets, or a colon and a description without a verb (1. 某某公司：灵巧手研发企业；a list marker may stand before it). */
    private static final Pattern BARE_AFTER = Pattern.compile("(?:[（(][^（()）]{0,30}[）)])?[\\s　]*(?:[：:][^，,。；;：:]{0,24})?");
    /** What ends a heading that names an organisation and nothing else: 某某合作园。 */
    private static final Pattern HEADING_END = Pattern.compile("[。：:；;]$");
    /** The enumerator of a list item: 1. （一） 一是. */
    private static final Pattern ITEM = Pattern.compile("^(?:" + RelationContext.ITEM_NUMBER + "|[一二三四五六七八九十]是)");
    private static final double CONFIDENCE = 0.6;
    private static final String FOR_USE = "用";
    private static final String ON_BEHALF = "代表";
    /**
     * A clause that describes the organisation it opens with (X是园区首批入驻企业, X为新区重点引进的企业):
     * X is what the following clauses are about.
     */
    private static final Pattern DESCRIPTION = Pattern.compile("^(?:是|为|系)(?:一家|首批|首家|)[^，。；：]{0,24}?(?:企业|公司|单位|厂商|机构|之一|制造商|供应商|生产商|服务商|厂家|龙头|品牌)$");
    /** What opens a description before the place it says a firm is of: 是, 为, 系 (是宝安区的…企业). */
    private static final Pattern OWNED_LEAD = Pattern.compile("^(?:是|为|系)(?:一家|首批|首家)?$");
    /** A stake held without saying in what (持股5.2%): in the company the text declares as 公司. */
    private static final Pattern STAKE = Pattern.compile("持股[0-9.]+%");
    /** A clause that goes on with what the last one's subject does (，并委托…, ，同时与…签约, ，还…). */
    private static final Pattern GOES_ON = Pattern.compile("^\\s*(?:并且|并|同时|还|也|又|随后|此后|另)(?![\\p{IsHan}]{0,2}(?:企业|公司|单位|机构))");
    /** Whether an item opens with its organisation as a label (2. 某某科技有限公司：…, 某某（以下简称“某某”）：…). */
    private static boolean labelled(Sentence sentence, List<Mention> head) {
        if (head.size() != 1 || head.get(0).begin() < sentence.begin() || head.get(0).end() > sentence.end()) {
            return false; // no head, or one a line before named (1. 深圳市: after 以下企业：)
        }
        String after = sentence.text().substring(ListGroups.itemEnd(sentence.text(), sentence.begin(), head.get(0)));
        return after.startsWith("：") || after.startsWith(":");
    }

    /**
     * A clause of an item's entry that says where its organisation is or what it does (，位于…, ，主要从事…): said of the
     * entry (2. X：…), whoever the clause before named.
     */
    private static final Pattern ENTRY_FACT = Pattern.compile("^\\s*(?:目前|现|现已|主要|重点|专门)?(?:位于|坐落于|注册于|注册地位于|从事|负责|开展|专注于?|主营|研发|生产)");
    /** A bracket right after a name (（以下简称“某某”）, （深圳）): no part of what describes it. */
    private static final Pattern BRACKET_LEAD = Pattern.compile("^[（(][^（()）]{0,40}[）)]");
    /** The park a description points back to (园区, 该园区, 本园区, 园内, 新区). */
    private static final Pattern THE_PARK = Pattern.compile("(?:该|本|)(?:园区|园内|产业园|基地|新区|开发区|高新区)");

    private static final Set<EntityLabel> ORGANISATIONS = EnumSet.of(EntityLabel.Enterprise, EntityLabel.ResearchInstitute,
            EntityLabel.Park, EntityLabel.Platform, EntityLabel.Association, EntityLabel.Fund, EntityLabel.GovernmentAgency);
    private static final Set<EntityLabel> FOUNDABLE = EnumSet.of(EntityLabel.Enterprise, EntityLabel.ResearchInstitute,
            EntityLabel.Park, EntityLabel.Platform, EntityLabel.Association, EntityLabel.Fund);
    /** What an operator runs for its owner (负责运营): a park, a platform, an institute. */
    private static final Set<EntityLabel> RUN_FOR_OTHERS = EnumSet.of(EntityLabel.Park, EntityLabel.Platform,
            EntityLabel.ResearchInstitute);
    private static final Set<EntityLabel> PLACES = EnumSet.of(EntityLabel.City, EntityLabel.Park);
    /** What settles in a place (FOUNDABLE but the places). */
    private static final Set<EntityLabel> SETTLERS = EnumSet.of(EntityLabel.Enterprise, EntityLabel.ResearchInstitute,
            EntityLabel.Platform, EntityLabel.Association, EntityLabel.Fund);
    /** How many parties and fields make a clause a shared description rather than one of each party. */
    private static final int SHARED_LIST = 3;

    private final VerbLexicon lexicon;

    /** What a firm or institute makes or does, opening a sentence without a subject (主要生产, 主要产品为, 专注于, 从事). */
    private static final Pattern CONTINUED_FOCUS = Pattern.compile(
            "^\\s*(?:目前|现|现已|近年来|此外)?[，,]?(?:主要|专门|长期|一直)?(?:生产(?![线基车厂规])|从事|专注于?|主营|主攻|致力于|研发(?![中团费投机])|研制|(?:主要|主力|核心)?产品(?:包括|为|有|涵盖))");

    VerbClausePass(VerbLexicon lexicon) {
        this.lexicon = lexicon;
    }

    @Override
    public String name() {
        return "verb:*";
    }

    @Override
    public void find(RelationContext doc, List<ExtractedRelation> out) {
        Memory memory = new Memory();
        List<Mention> leadIn = List.of();
        for (Sentence sentence : doc.sentences) {
            List<Mention> here = TriggerPass.unqualified(doc.in(sentence));
            String text = sentence.text();
            Matcher item = ITEM.matcher(text);
            boolean isItem = item.lookingAt();
            List<Mention> carried = isItem ? leadIn : continuedTopic(doc, sentence);
            int start = isItem ? item.end() : 0;
            if (!isItem) {
                leadIn = text.endsWith("：") || text.endsWith(":") ? startingSubject(sentence, here) : List.of();
            }
            List<Mention> head = isItem ? itemHead(sentence, here, item.end()) : List.of();
            if (carried.isEmpty() && head.isEmpty() && PARTNER_FIRST.matcher(text).lookingAt()) {
                head = author(doc); // 1．与某公司共建某联合实验室 in a university's own summary: the university did it
            }
            while (start < text.length()) {
                int stop = clauseEnd(text, start);
                List<Mention> agents = memory.agents(sentence);
                if (start > 0 && !agents.isEmpty() && GOES_ON.matcher(text.substring(start, stop)).lookingAt()) {
                    carried = agents; // A与B共建C，并委托D开展…: A commissions D, not C
                } else if (start > 0 && labelled(sentence, head) && ENTRY_FACT.matcher(text.substring(start, stop)).lookingAt()) {
                    carried = head; // 2. X：由公司与Y合资设立，公司持股70%，位于…，主要从事…: where X is and what it does
                }
                carried = clause(doc, memory, sentence, here, start, stop, carried.isEmpty() ? head : carried, out);
                start = stop + 1;
            }
            memory.remember(sentence, here);
        }
    }

    /**
     * Where the clause that starts at {@code from} ends: the next clause mark outside brackets, so an aside
     * (X（认缴3亿元，占比30%）以及Y) stays inside its clause.
     */
    static int clauseEnd(String text, int from) {
        Matcher end = CLAUSE_END.matcher(text);
        int at = from;
        while (end.find(at)) {
            int open = 0;
            for (int k = 0; k < end.start(); k++) {
                char c = text.charAt(k);
                open += c == '（' || c == '(' ? 1 : c == '）' || c == ')' ? -1 : 0;
            }
            boolean closes = text.indexOf('）', end.start()) >= 0 || text.indexOf(')', end.start()) >= 0;
            if (open <= 0 || !closes || "；;。！？".indexOf(end.group().charAt(0)) >= 0) {
                return end.start();
            }
            at = end.end();
        }
        return text.length();
    }

    /**
     * The subject a sentence that introduces a list starts with (研究院年内新建联合实验室4个：): the items
     * below it (1. 与A共建B) carry it on.
     */
    private static List<Mention> startingSubject(Sentence sentence, List<Mention> here) {
        Mention opening = RelationContext.opening(sentence, here);
        return opening != null && ORGANISATIONS.contains(opening.label()) ? List.of(opening) : List.of();
    }

    /** A sentence or numbered item that opens with the partner of an action whose subject it leaves out (1．与A共建B). */
    private static final Pattern PARTNER_FIRST = Pattern.compile("^(?:" + RelationContext.ITEM_NUMBER + ")?(?:与|同(?![时样期步一类比等]))\\p{IsHan}");
    /** The title of an organisation's report on its own work (某某大学2025年度产学研合作工作总结, 某研究院年度报告). */
    private static final Pattern OWN_REPORT_TITLE = Pattern.compile("^(?:[0-9]{4}年)?(?:度|年度|上半年|全年)?[^，。；：]{0,16}(?:工作总结|总结|年报|年度报告|工作报告|工作要点)\\s*$");

    /**
     * Who wrote the text, as a mention: the body that issued a letter, else the body a first-person title stands for
     * (我校与…签约), else the organisation that the title of a report on its own work opens with
     * ({@link ReferringWords#titleSubject}). Empty when none is known.
     */
    private static List<Mention> author(RelationContext doc) {
        Mention body = doc.issuingBody();
        if (body != null) {
            return List.of(body);
        }
        Mention self = selfTitled(doc);
        if (self != null) {
            return List.of(self);
        }
        Resolver.Entity titled = ReferringWords.titleSubject(doc);
        Mention opening = titled == null ? null : doc.opening(doc.sentences.get(0));
        if (opening == null || doc.entityOf.get(opening) != titled || !ORGANISATIONS.contains(opening.label())) {
            return List.of();
        }
        Sentence title = doc.sentences.get(0);
        String rest = title.text().substring(opening.end() - title.begin());
        int line = rest.indexOf('\n');
        return OWN_REPORT_TITLE.matcher(line < 0 ? rest : rest.substring(0, line)).matches() ? List.of(opening) : List.of();
    }

    /** How many lines from the top a title may stand on, below a site's breadcrumb or column name. */
    private static final int TITLE_LINES = 3;

    /**
     * A title in the first person (我校与六家企业集中签约…, 我院新增三个联合实验室): the page is the news of the body 我校 or
     * 我院 stands for, so it wrote the text. Null when none of the first lines is such a title.
     */
    private static Mention selfTitled(RelationContext doc) {
        for (Sentence line : doc.sentences.subList(0, Math.min(TITLE_LINES, doc.sentences.size()))) {
            String text = line.text().strip();
            Mention opening = doc.opening(line);
            if (opening != null && ReferringWords.SELF_REFERENCE.equals(opening.method()) && text.startsWith(opening.text())
                    && text.indexOf('。') < 0 && doc.entityOf.get(opening) != null && ORGANISATIONS.contains(opening.label())) {
                return opening;
            }
        }
        return null;
    }

    /**
     * The organisation a numbered item opens with (2、某某母基金，本次认缴出资1.6亿元): the item is about it, so a
     * clause of the item with no subject of its own, after clauses that describe it (注册地址：…，系…), has it as subject.
     */
    private static List<Mention> itemHead(Sentence sentence, List<Mention> here, int itemEnd) {
        Mention opening = RelationContext.opening(sentence, here);
        return opening != null && ORGANISATIONS.contains(opening.label()) && opening.begin() - sentence.begin() == itemEnd
                ? List.of(opening) : List.of();
    }

    /** Reads the verbs of one clause [from, to) of a sentence; returns the subject a following clause may carry on. */
    private List<Mention> clause(RelationContext doc, Memory memory, Sentence sentence, List<Mention> here, int from, int to,
                                 List<Mention> carried, List<ExtractedRelation> out) {
        String text = sentence.text();
        int base = sentence.begin();
        List<Mention> inClause = here.stream().filter(m -> m.begin() - base >= from && m.end() - base <= to).toList();
        List<Mention> lastSubjects = carried;
        boolean anyVerb = false;
        Reading previous = null;
        int previousEnd = from;
        boolean acted = false;
        for (int i = from; i < to; i++) {
            int at = base + i;
            if (inClause.stream().anyMatch(m -> m.begin() <= at && at < m.end())) {
                continue;
            }
            Hit hit = lexicon.at(text, i, to);
            if (hit == null) {
                continue;
            }
            Reading r = relativeAgent(sentence, inClause,
                    read(doc, memory, sentence, here, inClause, from, hit, carried, previous, previousEnd), hit);
            memory.listed(sentence, r.objects);
            previous = r;
            previousEnd = hit.end();
            anyVerb = true;
            if (hit.classes().contains(VerbClass.GATHER) && r.subjects.stream().noneMatch(m -> PLACES.contains(m.label()))
                    && GATHER_LEAD.matcher(text.substring(from, hit.begin())).matches()) {
                gatheredByIssuingCity(doc, sentence, r.objects, out);
            }
            if (hit.classes().contains(VerbClass.INVESTORS)) {
                investors(doc, memory, sentence, r.objects, text.substring(from, to), out);
            }
            if (hit.classes().contains(VerbClass.PORTFOLIO)) {
                portfolio(doc, memory, sentence, r.objects, out);
            }
            if (hit.classes().contains(VerbClass.MANAGERS)) {
                managers(doc, memory, sentence, r.objects, out);
            }
            if (hit.classes().contains(VerbClass.FOUNDERS)) {
                founders(doc, sentence, hit, r.objects, out);
            }
            if (hit.classes().contains(VerbClass.FUND)) {
                investmentOf(doc, memory, sentence, inClause, from, hit, carried, out);
                if (r.objects.isEmpty() && !r.passive && !r.subjects.isEmpty()) {
                    memory.putIn(sentence, r.subjects, amountIn(text.substring(from, to)));
                }
            } else if (founding(hit) && !r.objects.isEmpty() && r.subjects.equals(memory.putIn(sentence))) {
                for (Mention o : r.objects) { // A与B共同出资，成立了C: the money went into C
                    for (Mention s : r.subjects) {
                        if (FOUNDABLE.contains(o.label()) && INVESTORS_LABELS.contains(s.label())) {
                            add(doc, sentence, RelationType.FUNDS, s, o, VerbClass.FUND.method(), memory.putInAmount, out);
                        }
                    }
                }
            }
            if (hit.classes().contains(VerbClass.GATHER) || hit.classes().contains(VerbClass.LOCATE)) {
                gatheredFields(doc, sentence, r, out);
            }
            if (hit.classes().contains(VerbClass.LOCATE)) {
                relativeHost(doc, sentence, r, out);
                enteredPark(doc, sentence, hit, r, out);
            }
            if (hit.classes().contains(VerbClass.FOCUS)) {
                relativeField(doc, sentence, r, out);
            }
            if (founding(hit) || hit.classes().contains(VerbClass.FUND)) {
                facilityFields(doc, sentence, hit, r, to, out);
            }
            if (r.subjects.isEmpty() && hit.classes().contains(VerbClass.LOCATE)) {
                enteredBy(doc, memory, sentence, r, lastSubjects, out);
            }
            if (!r.subjects.isEmpty()) {
                for (Reading one : respectively(text, base, from, hit, r)) {
                    for (VerbClass verbClass : hit.classes()) {
                        link(doc, memory, sentence, verbClass, one, text.substring(from, to), out);
                    }
                }
                lastSubjects = topicAfter(doc, memory, sentence, hit, r, text.substring(from, to));
                boolean agentsAct = !r.passive && !hit.classes().equals(EnumSet.of(VerbClass.FOCUS))
                        && r.subjects.stream().allMatch(m -> ORGANISATIONS.contains(m.label()));
                if (agentsAct && !acted) { // the clause's first verb is its subject's (A委托B开发…: A, not B)
                    boolean relative = !r.objects.isEmpty() && r.objects.get(0).begin() - base >= hit.end()
                            && text.startsWith("的", hit.end()); // A去年成立的B，…，并与C共建: B goes on
                    memory.acted(sentence, relative ? r.objects : principal(sentence, r.subjects));
                    acted = true;
                }
                memory.parties(hit.classes(), r);
                memory.cooperation(sentence, hit.classes(), r);
                if (founding(hit)) {
                    memory.setUp(sentence, r.objects);
                }
            } else if (founding(hit) && !r.objects.isEmpty() && r.objects.stream().allMatch(o -> FOUNDABLE.contains(o.label()))) {
                lastSubjects = r.objects; // 高标准建设某产业园，重点发展…: what is built is what the text goes on about
            }
            i = hit.end() - 1;
        }
        if (!anyVerb) {
            memory.listed(sentence, inClause); // 其余企业为A、B和C，分别从事X、Y和Z: the firms a verbless clause lists
        }
        Mention described = described(doc, memory, sentence, inClause, carried, from, to, out);
        if (described != null) {
            return List.of(described);
        }
        if (anyVerb) {
            return lastSubjects;
        }
        Mention topic = inClause.stream().filter(m -> m.label() != EntityLabel.Industry).findFirst().orElse(null);
        if (topic == null) {
            return carried;
        }
        boolean first = !here.isEmpty() && here.get(0) == topic;
        if (first && adverbial(text, base, base + from, topic.begin()) || bare(text, base, from, to, topic)) {
            return List.of(topic);
        }
        // A成立于2019年，核心团队来自B，并与C共建…: a verbless clause that names B after other words is still about A
        return adverbial(text, base, base + from, topic.begin()) ? List.of() : carried;
    }

    /** Between the receiver of a relative clause and its founding verb: a place, 投资 or 共同, nothing else (Y在P投资设立的Z). */
    private static final Pattern RELATIVE_GAP = Pattern.compile("^(?:在[^，。；、]{1,16}?)?(?:投资|注册|共同|联合|合作)?$");

    /** A preposition that brings in who receives or is dealt with (S向Y…拨付, S对Y…给予). */
    private static final Pattern RECEIVER_PREPOSITION = Pattern.compile("[向对给]$");

    /**
     * A founding verb inside a relative clause that describes the receiver of another verb (S向Y在P设立的Z拨付…): Y,
     * the organisation right after the preposition, founded Z, not S; the clause's reading gets Y for its subjects.
     */
    private static Reading relativeAgent(Sentence sentence, List<Mention> inClause, Reading r, Hit hit) {
        String text = sentence.text();
        if (r.subjects.isEmpty() || !founding(hit) || hit.end() >= text.length() || text.charAt(hit.end()) != '的') {
            return r;
        }
        int base = sentence.begin();
        Mention last = r.subjects.get(r.subjects.size() - 1);
        for (Mention m : inClause) {
            int at = m.begin() - base;
            if (m.begin() >= last.end() && at < hit.begin() && ORGANISATIONS.contains(m.label())
                    && RECEIVER_PREPOSITION.matcher(text.substring(last.end() - base, at)).find()) {
                List<Mention> agents = forwards(text, base, inClause, inClause.indexOf(m)); // 向A与B共建的Z: A and B
                Mention lastAgent = agents.get(agents.size() - 1);
                if (!RELATIVE_GAP.matcher(text.substring(lastAgent.end() - base, hit.begin())).matches()) {
                    return r; // 向某区政府汇报了其在P设立的Z: another verb stands between; Y is no agent of 设立
                }
                List<Mention> objects = r.objects.stream().filter(o -> !agents.contains(o)).toList();
                return new Reading(agents, objects, r.place, r.industries, r.passive, r.hubs);
            }
        }
        return r;
    }

    /**
     * Whether a clause is nothing but the organisation (and an aside in brackets), as the entries of a list
     * are (代表企业有：A，从事X；B，专注Y): the clause after it speaks of it.
     */
    private static boolean bare(String text, int base, int from, int to, Mention topic) {
        boolean entryStart = from == 0 || "：:；;".indexOf(text.charAt(from - 1)) >= 0; // not an object list's next item (投资A，B，…)
        return entryStart && ORGANISATIONS.contains(topic.label()) && topic.begin() - base >= from && topic.end() - base <= to
                && MentionFinder.LINE_LEAD.matcher(text.substring(from, topic.begin() - base)).matches()
                && BARE_AFTER.matcher(text.substring(topic.end() - base, to)).matches();
    }

    /**
     * What a following clause without a subject is about: what was founded (A与B共建C，围绕…), the
     * fund a manager was named for or a fund put money into, the object of a passive, else the subjects.
     */
    private static List<Mention> principal(Sentence sentence, Reading r) {
        return principal(sentence, r.hubs.isEmpty() ? r.subjects : r.hubs);
    }

    private static List<Mention> topicAfter(RelationContext doc, Memory memory, Sentence sentence, Hit hit, Reading r,
                                            String clause) {
        if (hit.classes().contains(VerbClass.FUND) && r.objects.isEmpty() && !r.passive) {
            boolean partners = INVESTOR_ROLE.matcher(clause).find();
            if (partners || r.subjects.stream().allMatch(m -> m.label() == EntityLabel.Fund)) {
                List<Mention> funded = memory.fundAround(doc, sentence, r.subjects);
                if (!funded.isEmpty() || partners) {
                    return funded; // 某引导基金出资6亿元，主要投向…: the fund it put money into invests, not its partners
                }
            }
        }
        if (r.passive || founding(hit) && r.objects.stream().anyMatch(o -> FOUNDABLE.contains(o.label()))) {
            return r.objects;
        }
        if (hit.classes().contains(VerbClass.MANAGE)) {
            return fundBefore(doc, sentence, r.subjects);
        }
        return r.subjects;
    }

    /**
     * Of the subjects carried to a clause, those before the partners a 与 or 跟 brought in (A与B签署协议，并与C合作: A;
     * A三年前开始跟B合作研发…，已向C供货: A), else all of them: a verb that is not done together is the first one's.
     */
    private static List<Mention> principal(Sentence sentence, List<Mention> subjects) {
        if (subjects.size() == 2 && subjects.get(0).sentence() == sentence.index() && subjects.get(1).sentence() == sentence.index()
                && subjects.get(0).end() <= subjects.get(1).begin() && WITH.matcher(sentence.text().substring(subjects.get(0).end() - sentence.begin(), subjects.get(1).begin() - sentence.begin())).matches()) {
            return List.of(subjects.get(0));
        }
        return subjects;
    }

    /**
     * Whether a founding verb's object is something set up (FOUNDABLE), or a zone's or city's office stationed
     * elsewhere (某开发区在深圳设立某开发区驻深圳招商工作站), the one government body a text says is set up.
     */
    private static boolean foundable(Mention o) {
        return FOUNDABLE.contains(o.label()) || o.label() == EntityLabel.GovernmentAgency && MentionFinder.stationedOffice(o.text());
    }

    private static boolean founding(Hit hit) {
        return hit.classes().contains(VerbClass.FOUND) || hit.classes().contains(VerbClass.COFOUND);
    }

    /**
     * A clause that opens with an organisation and describes it (X是园区首批入驻企业): returns X, the topic of
     * the clauses after it; when the description says X settled somewhere (入驻, 落户), the park or place
     * it names, else the park the text has just been about, HOSTS X.
     */
    private Mention described(RelationContext doc, Memory memory, Sentence sentence, List<Mention> inClause,
                              List<Mention> carried, int from, int to, List<ExtractedRelation> out) {
        String text = sentence.text();
        int base = sentence.begin();
        String own = text.substring(from, to).strip();
        boolean entryColon = from > 0 && "：:".indexOf(text.charAt(from - 1)) >= 0; // 1. 某某公司：灵巧手研发企业，与…: an entry's description
        own = entryColon && !DESCRIPTION.matcher(own).matches() ? "是" + own : own;
        boolean carriedOn = carried.size() == 1 && DESCRIPTION.matcher(own).matches(); // X总部位于Y，是国内领先的Z厂商
        if (inClause.isEmpty() && !carriedOn) {
            return null;
        }
        Mention subject = carriedOn ? carried.get(0) : inClause.get(0);
        if (!FOUNDABLE.contains(subject.label()) || subject.label() == EntityLabel.Fund
                || !carriedOn && !adverbial(text, base, base + from, subject.begin())) {
            return null;
        }
        String description = carriedOn ? own : BRACKET_LEAD.matcher(text.substring(subject.end() - base, to)).replaceFirst("");
        if (!DESCRIPTION.matcher(description).matches()) {
            return null;
        }
        boolean settled = false;
        for (int i = 0; i < description.length() && !settled; i++) {
            Hit hit = lexicon.at(description, i, description.length());
            settled = hit != null && (hit.classes().contains(VerbClass.LOCATE) || hit.classes().contains(VerbClass.GATHER));
        }
        Mention owner = settled ? null : placeOwning(text, base, inClause, subject, to - description.length());
        if (owner != null) { // X是宝安区的数控机床骨干企业: a firm of that place
            add(doc, sentence, RelationType.HOSTS, owner, subject, VerbClass.LOCATE.method(), Map.of(), out);
        }
        if (settled) {
            Mention host = inClause.stream().filter(m -> m != subject && PLACES.contains(m.label())).findFirst().orElse(null);
            if (host == null && THE_PARK.matcher(description).find()) {
                host = memory.recent(EntityLabel.Park, sentence);
            }
            if (host != null && host != subject) {
                add(doc, sentence, RelationType.HOSTS, parkOf(doc, sentence, host), subject, VerbClass.LOCATE.method(), Map.of(), out);
            }
        }
        if (subject.label() != EntityLabel.Park) {
            for (Mention field : inClause) { // X是国内领先的伺服电机厂商: the fields of the description are X's
                if (field.label() == EntityLabel.Industry && field.begin() >= base + to - description.length()) {
                    add(doc, sentence, RelationType.IN_INDUSTRY, subject, field, VerbClass.FOCUS.method(), Map.of(), out);
                }
            }
        }
        return subject;
    }

    /**
     * The named place or park a description opens with, right after 是 and before 的 (X是某区的骨干企业: 某区), or null;
     * 园区内的 names none.
     */
    private static Mention placeOwning(String text, int base, List<Mention> inClause, Mention subject, int descriptionAt) {
        for (int i = 0; i < inClause.size(); i++) {
            Mention m = inClause.get(i);
            if (m != subject && PLACES.contains(m.label()) && m.begin() - base >= descriptionAt) {
                String lead = text.substring(descriptionAt, m.begin() - base);
                while (i + 1 < inClause.size() && inClause.get(i + 1).begin() == m.end() && PLACES.contains(inClause.get(i + 1).label())) {
                    m = inClause.get(++i); // 深圳市宝安区的…企业: the narrowest place written
                }
                boolean of = text.startsWith("的", m.end() - base) || text.startsWith("本地的", m.end() - base)
                        || text.startsWith("属", m.end() - base); // 某镇属国有企业
                return OWNED_LEAD.matcher(lead).matches() && of ? m : null;
            }
        }
        return null;
    }

    /** Where the clause that holds {@code at} begins: after the last comma or semicolon before it outside brackets. */
    private static int clauseStart(String text, int at) {
        int start = 0;
        int depth = 0;
        for (int i = 0; i < at; i++) {
            char c = text.charAt(i);
            depth += c == '（' || c == '(' ? 1 : c == '）' || c == ')' ? -1 : 0;
            if (depth <= 0 && "，,；;".indexOf(c) >= 0) {
                start = i + 1;
            }
        }
        return start;
    }

    /**
     * The organisation an earlier clause of the sentence opens with, the nearest before {@code clause} (its
     * topic: X位于P，规划面积…，由A建设 gives X), or null.
     */
    private static Mention clauseTopic(String text, int base, List<Mention> here, int clause) {
        int end = clause - 1;
        while (end > 0) {
            int start = clauseStart(text, end);
            int from = start;
            int to = end;
            Mention opening = here.stream().filter(m -> m.begin() - base >= from && m.begin() - base < to
                    && m.label() != EntityLabel.Industry).findFirst().orElse(null);
            if (opening != null && ORGANISATIONS.contains(opening.label()) && opening.begin() - base - start <= 2) {
                return opening;
            }
            end = start - 1;
        }
        return null;
    }

    /** What ends a clause right after its verb (A与B共建，…; A与B共建。). */
    private static final Pattern CLAUSE_ENDS = Pattern.compile("^(?:而成|完成|落成)?(?:[，,；;。]|$)");

    /**
     * The entity the sentence before names and nothing else (a list item's heading 1．某某技术转移中心。), or null:
     * what a founding verb at the end of a clause, with no object, built.
     */
    private static Mention namedAlone(RelationContext doc, Sentence sentence) {
        Mention topic = previousTopic(doc, sentence);
        return topic != null && RelationContext.namesOnly(doc.sentences.get(sentence.index() - 1), topic) ? topic : null;
    }

    /**
     * The entity the sentence before is about when it starts with it (a list item's heading
     * 某某联合实验室。 followed by 由A与B共建): the object of a passive that names none.
     */
    private static Mention previousTopic(RelationContext doc, Sentence sentence) {
        if (sentence.index() == 0) {
            return null;
        }
        Mention opening = doc.opening(doc.sentences.get(sentence.index() - 1));
        return opening != null && FOUNDABLE.contains(opening.label()) ? opening : null;
    }

    /**
     * A clause whose verb follows 分别 (A、B、C分别从事X、Y和Z的研发, A、B分别与C、D签约): when there are as
     * many objects or fields as subjects, the i-th subject goes with the i-th of them only; else the
     * reading as it is.
     */
    private static List<Reading> respectively(String text, int base, int from, Hit hit, Reading r) {
        List<Mention> own = r.hubs.isEmpty() ? r.subjects : r.hubs;
        List<Mention> with = r.subjects.subList(own.size(), r.subjects.size());
        int n = own.size();
        int lead = Math.max(from, own.get(n - 1).end() - base);
        if (n < 2 || lead > hit.begin() || !text.substring(lead, hit.begin()).contains(TriggerPass.RESPECTIVELY)) {
            return List.of(r);
        }
        boolean partners = with.size() == n;
        boolean objects = r.objects.size() == n;
        boolean fields = r.industries.size() == n;
        if (!partners && !objects && !fields) {
            return List.of(r);
        }
        List<Reading> each = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            List<Mention> subjects = partners ? List.of(own.get(i), with.get(i)) : r.hubs.isEmpty() ? List.of(own.get(i)) : r.subjects;
            each.add(new Reading(subjects, objects ? List.of(r.objects.get(i)) : r.objects, r.place,
                    fields ? List.of(r.industries.get(i)) : r.industries, r.passive, partners ? List.of(own.get(i)) : r.hubs));
        }
        return each;
    }

    /** Subject, object and place of one verb. */
    private record Reading(List<Mention> subjects, List<Mention> objects, Mention place, List<Mention> industries,
                           boolean passive, List<Mention> hubs) {
    }

    private Reading read(RelationContext doc, Memory memory, Sentence sentence, List<Mention> here, List<Mention> inClause,
                         int from, Hit hit, List<Mention> carried, Reading previous, int previousEnd) {
        String text = sentence.text();
        int base = sentence.begin();
        int verbAt = base + hit.begin();
        Mention place = null;
        List<Mention> subjects = List.of();
        List<Mention> objects = new ArrayList<>();
        int leftEdge = base + from;
        List<Mention> before = inClause.stream().filter(m -> m.end() <= verbAt && !describesList(text, base, m)
                && !text.startsWith(ON_BEHALF, m.begin() - base - ON_BEHALF.length()) // A代表省政府出资: A puts the money in
                && !(m.label() == EntityLabel.Industry && PEOPLE.matcher(text.substring(m.end() - base)).lookingAt())).toList(); // 机器人团队
        int k = before.size() - 1;
        // 在中山市黄圃镇: the city written right before its town is part of the place
        int placeBegin = k >= 0 ? writtenPlaceBegin(text, base, before.get(k)) : verbAt;
        if (k >= 1 && before.get(k).label() == EntityLabel.Park && before.get(k - 1).label() == EntityLabel.City
                && PARK_OF_PLACE.matcher(text.substring(before.get(k - 1).end() - base, before.get(k).begin() - base)).matches()) {
            placeBegin = writtenPlaceBegin(text, base, before.get(k - 1)); // 在某市某街道的某某智造谷设立…: the park is the place
        }
        if (k >= 0 && PLACES.contains(before.get(k).label()) && adverbial(text, base, before.get(k).end(), verbAt)
                && PLACE_LEAD.matcher(text.substring(from, placeBegin - base)).find()) {
            place = before.get(k);
            while (k >= 0 && before.get(k).end() > placeBegin) {
                k--;
            }
        }
        int subjectEnd = place == null ? verbAt : placeBegin;
        Matcher inThePark = IN_THE_PARK.matcher(text.substring(from, hit.begin()));
        if (place == null && inThePark.find()) {
            place = memory.recent(EntityLabel.Park, sentence); // X在园区新建产线: the park the text is about
            subjectEnd = place == null ? verbAt : base + from + inThePark.start();
        }
        if (k >= 0 && adverbial(text, base, before.get(k).end(), placeLeadStart(text, base, subjectEnd, place))) {
            subjects = backwards(text, base, before, k);
        }
        List<Mention> oblique = List.of();
        List<Mention> coAgents = List.of();
        if (!subjects.isEmpty()) {
            int firstAt = before.indexOf(subjects.get(0));
            String gapBefore = firstAt > 0 ? text.substring(before.get(firstAt - 1).end() - base, subjects.get(0).begin() - base) : "";
            boolean cleft = gapBefore.endsWith("为") && (CLEFT_END.matcher(text.substring(hit.end())).lookingAt()
                    || CLEFT_CLASS_END.matcher(text.substring(hit.end())).lookingAt()); // X为Y孵化的企业: Y made X, not for X
            if (firstAt > 0 && !cleft && OBLIQUE.matcher(gapBefore).matches()) {
                oblique = subjects;
                subjects = backwards(text, base, before, firstAt - 1);
            } else if (firstAt == 0 && !carried.isEmpty() && OBLIQUE.matcher(text.substring(from, subjects.get(0).begin() - base)).matches()) {
                oblique = subjects; // A联合B，共同向C投资: the clause's subjects are those before it (A与B合作…，已向C供货: A)
                subjects = TOGETHER.matcher(text.substring(from, hit.begin())).find() || JOINTLY.matcher(text.substring(0, from)).find()
                        ? carried : principal(sentence, carried);
            }
        }
        if (!subjects.isEmpty()) {
            int firstAt = before.indexOf(subjects.get(0));
            if (firstAt > 0 && CO_AGENT.matcher(text.substring(before.get(firstAt - 1).end() - base, subjects.get(0).begin() - base)).matches()) {
                int agentAt = firstAt - 1;
                if (agentAt > 0 && PLACES.contains(before.get(agentAt).label()) && AT_PLACE.matcher(
                        text.substring(before.get(agentAt - 1).end() - base, before.get(agentAt).begin() - base)).matches()) {
                    agentAt--; // A今日在P与B签署…: P is where, A signs
                }
                List<Mention> agents = backwards(text, base, before, agentAt); // A、B分别与C、D签约, A积极与B合作
                if (agents.stream().noneMatch(m -> m.label() == EntityLabel.Industry)) {
                    coAgents = subjects;
                    subjects = agents;
                }
            }
        }
        Reading chained = null;
        if (subjects.isEmpty() && previous != null && !previous.subjects.isEmpty()
                && previous.subjects.get(0).begin() - base >= from
                && CHAINED.matcher(text.substring(previousEnd, Math.max(previousEnd, placeLeadStart(text, base, subjectEnd, place) - base))).matches()) {
            // A牵头发起并认缴…: the second verb has the first one's subject; A与B签约并落户…: A's alone, unless they act
            // together (签署合作协议, 共建, 共同出资)
            subjects = hit.classes().contains(VerbClass.COFOUND) || hit.classes().contains(VerbClass.COOPERATE)
                    || TOGETHER.matcher(text.substring(previousEnd, hit.begin())).find() ? previous.subjects : principal(sentence, previous);
            chained = previous;
        }
        boolean passive = false;
        List<Mention> hubs = chained == null ? List.of() : chained.hubs;
        if (!subjects.isEmpty()) {
            int first = Math.max(from, subjects.get(0).begin() - base); // subjects carried from before the clause: no lead
            String lead = CITY_AFTER_BY.matcher(text.substring(from, first)).replaceFirst(""); // 由深圳市光明区与…: 由 leads the district
            passive = PASSIVE_LEAD.matcher(lead).find()
                    || CLEFT_LEAD.matcher(lead).find() && (CLEFT_END.matcher(text.substring(hit.end())).lookingAt()
                    || CLEFT_CLASS_END.matcher(text.substring(hit.end())).lookingAt() && !DEMONSTRATIVE.matcher(lead.strip()).lookingAt());
            int firstAt = before.indexOf(subjects.get(0));
            if (!passive && firstAt > 0) { // 由A牵头、B参与发起: the one who leads is an agent too
                Mention leader = before.get(firstAt - 1);
                String between = text.substring(leader.end() - base, first);
                if (ORGANISATIONS.contains(leader.label()) && LEADS.matcher(between).matches()
                        && PASSIVE_LEAD.matcher(text.substring(from, leader.begin() - base)).find()) {
                    List<Mention> all = new ArrayList<>(List.of(leader));
                    all.addAll(subjects);
                    subjects = all;
                    passive = true;
                }
            }
            Mention leader = LED_JOINING.matcher(lead).matches() ? leaderBefore(text, base, here, from) : null;
            if (leader != null && !subjects.contains(leader)) { // 由A牵头，联合B、C共同组建X: A is an agent with B and C
                List<Mention> all = new ArrayList<>(List.of(leader));
                all.addAll(subjects);
                subjects = all;
                passive = PASSIVE_LEAD.matcher(text.substring(0, leader.begin() - base)).find();
            }
            if (!coAgents.isEmpty()) {
                hubs = subjects;
                List<Mention> all = new ArrayList<>(subjects);
                all.addAll(coAgents);
                subjects = all;
            } else if (chained == null && CO_AGENT.matcher(lead).matches() && principal(sentence, carried).size() == 1) {
                // a chained verb keeps the partners before; A与B签约，并与C合作: A works with C
                hubs = List.of(carried.get(0));
                List<Mention> all = new ArrayList<>(hubs);
                all.addAll(subjects);
                subjects = all;
            }
        } else {
            String lead = text.substring(from, placeLeadStart(text, base, subjectEnd, place) - base);
            List<Mention> anaphor = TWO_CITIES.matcher(lead).matches() ? twoCities(doc, sentence) : memory.resolve(lead, sentence);
            if (!anaphor.isEmpty()) {
                subjects = anaphor;
            } else if (lead.contains(TriggerPass.RESPECTIVELY) && ADVERBIALS.matcher(lead).matches()
                    && !memory.listedIn(sentence).isEmpty()) {
                subjects = memory.listedIn(sentence); // 集聚A、B和C等企业，分别专注于X、Y和Z: the firms listed, one field each
            } else if (lead.isBlank() || ADVERBIALS.matcher(lead).matches()) {
                List<Mention> cooperating = hit.classes().contains(VerbClass.COFOUND) ? memory.cooperating(sentence) : List.of();
                boolean together = hit.classes().contains(VerbClass.COFOUND) || TOGETHER.matcher(lead).find()
                        || JOINTLY.matcher(text.substring(0, from)).find(); // A与B共同出资，成立了C: both
                subjects = !cooperating.isEmpty() ? cooperating : together ? carried : principal(sentence, carried);
            }
        }
        int afterVerb = base + hit.end();
        String relative = "";
        for (Mention m : inClause) {
            if (m.begin() >= afterVerb && m.label() != EntityLabel.Industry) {
                String gap = text.substring(afterVerb - base, m.begin() - base);
                if (PLACES.contains(m.label()) && PLACE_AFTER.matcher(gap).lookingAt()) {
                    break; // 签约在P设立…: P is where the next verb happens, not this verb's object
                }
                if (verbIn(gap)) {
                    break; // 基金成立当年即领投了X: X is what the later verb takes
                }
                if (OBJECT_GAP.matcher(gap).matches() || AMOUNT.matcher(gap).find() && AMOUNT_GAP.matcher(gap).matches()) {
                    objects.addAll(forwards(text, base, inClause, inClause.indexOf(m)));
                    relative = gap;
                }
                break;
            }
        }
        if (!oblique.isEmpty()) {
            objects.clear();
            objects.addAll(oblique);
            passive = false;
        } else if (passive && !(relative.startsWith("的") && !objects.isEmpty())) {
            objects.clear();
            Mention object = null;
            for (Mention m : here) {
                boolean issued = m.label() == EntityLabel.Policy && hit.classes().contains(VerbClass.ISSUE); // 《P》由A、B联合印发
                if (m.end() <= subjects.get(0).begin() && (ORGANISATIONS.contains(m.label()) || issued)) {
                    object = m;
                }
            }
            int clause = clauseStart(text, subjects.get(0).begin() - base);
            if (object != null && object.begin() - base < clause && PLACES.contains(object.label())
                    && WHERE_BEFORE.matcher(text.substring(0, object.begin() - base)).find()) { // X位于P，由A与B共建: X, the topic, not P
                object = Objects.requireNonNullElse(clauseTopic(text, base, here, clause), object);
            }
            if (hit.classes().contains(VerbClass.FUND)) { // F由A发起设立，由B和C共同出资: the money goes into the fund, not to A
                List<Mention> agents = subjects;
                Mention fund = here.stream().filter(m -> m.label() == EntityLabel.Fund && m.end() <= agents.get(0).begin()
                        && !agents.contains(m)).reduce((a, b) -> b).orElse(null);
                object = fund != null ? fund : object;
                int roundFrom = Math.max(text.lastIndexOf('，', from - 2), text.lastIndexOf(',', from - 2)) + 1; // 完成A轮融资，由X领投
                if (FINANCING.matcher(text.substring(from, subjects.get(0).begin() - base)).find()
                        || from > 0 && FINANCING.matcher(text.substring(roundFrom, from)).find()
                        && here.stream().noneMatch(m -> m.begin() - base >= roundFrom && m.end() - base <= from && ORGANISATIONS.contains(m.label()))) {
                    object = financed(doc, sentence, subjects); // 本轮由X领投, A轮由X领投: the money goes to who raised the round
                }
            }
            if (object == null) {
                object = previousTopic(doc, sentence);
            }
            if (object != null) {
                objects.add(object);
            }
        } else {
            passive = false;
            if (objects.isEmpty() && (hit.classes().contains(VerbClass.COFOUND) || hit.classes().contains(VerbClass.FOUND))
                    && CLAUSE_ENDS.matcher(text.substring(hit.end())).lookingAt()) {
                Mention named = namedAlone(doc, sentence); // 1．某技术转移中心。学校与某区人民政府共建，…: what the line before names
                if (named != null) {
                    objects.add(named);
                }
            }
            int last = before.size() - 1;
            if (hit.classes().contains(VerbClass.FUND) && objects.isEmpty() && last >= 0 && before.get(last).begin() >= base + from
                    && SAME_ROUND.matcher(text.substring(before.get(last).end() - base, hit.begin())).matches()) {
                Mention raised = firmOpeningBefore(doc, sentence); // …领投其A轮，X同轮跟投: X's money goes to the same firm
                List<Mention> investors = backwards(text, base, before, last);
                if (raised != null && !investors.contains(raised)) {
                    subjects = investors;
                    objects.add(raised);
                }
            }
            if (hit.classes().contains(VerbClass.FUND) && objects.isEmpty() && !subjects.isEmpty()
                    && roundWithoutFirm(text, base, here, from)) { // ·完成B轮融资，X领投，Y跟投: the round of the item before or of the text's firm
                Mention raised = financed(doc, sentence, subjects);
                if (raised != null && !subjects.contains(raised)) {
                    objects.add(raised);
                }
            }
            Matcher itsRound = ITS_ROUND_BEFORE.matcher(text.substring(from, hit.begin()));
            boolean roundBefore = itsRound.find();
            if (hit.classes().contains(VerbClass.FUND) && (roundBefore || ITS_ROUND_AFTER.matcher(text.substring(hit.end())).lookingAt())) {
                if (subjects.isEmpty() && roundBefore) { // 本基金在其A+轮领投: who invests stands before 在
                    int at = base + from + itsRound.start();
                    subjects = inClause.stream().filter(m -> m.end() <= at && m.begin() >= base + from && m.label() != EntityLabel.Industry)
                            .reduce((a, b) -> b).map(List::of).orElse(List.of());
                }
                List<Mention> investing = subjects;
                Mention raised = subjects.isEmpty() ? null : here.stream() // 其: a firm named before in the sentence, else the item's
                        .filter(m -> m.label() == EntityLabel.Enterprise && m.end() <= verbAt && !investing.contains(m) && !ReferringWords.refers(m))
                        .reduce((a, b) -> b).orElseGet(() -> firmOpeningBefore(doc, sentence));
                if (raised != null && !subjects.contains(raised)) {
                    objects.clear();
                    objects.add(raised);
                }
            }
        }
        if (subjects.isEmpty() && from <= hit.begin() && CHAINED.matcher(text.substring(from, hit.begin())).matches()) {
            Mention leader = leaderBefore(text, base, here, from); // 由A牵头，发起设立X: the one who leads sets X up
            subjects = leader == null ? subjects : List.of(leader);
        }
        List<Mention> industries = inClause.stream()
                .filter(m -> m.label() == EntityLabel.Industry && m.begin() >= base + hit.end()
                        && !text.startsWith(FOR_USE, m.end() - base)).toList(); // 人形机器人用的电机: what it is for
        return new Reading(subjects, objects, place, industries, passive, hubs);
    }

    /** The organisation that leads in the clause before {@code from} (A牵头，), or null. */
    private static Mention leaderBefore(String text, int base, List<Mention> here, int from) {
        Matcher led = LED.matcher(text.substring(0, from));
        if (!led.find()) {
            return null;
        }
        return here.stream().filter(m -> m.end() - base == led.start() && ORGANISATIONS.contains(m.label())).findFirst().orElse(null);
    }

    /**
     * Whether a place, park or industry only describes the list before it (A、B等12家深圳企业) or the
     * party after it (与深圳半导体企业X签约, 与某开发区企业X签订协议): it is part of the adverbial or the join,
     * neither a party nor the place of the verb.
     */
    private static boolean describesList(String text, int base, Mention m) {
        if (m.label() != EntityLabel.City && m.label() != EntityLabel.Industry && m.label() != EntityLabel.Park) {
            return false;
        }
        Matcher head = LIST_HEAD_AFTER.matcher(text.substring(m.end() - base));
        return head.find() && (LIST_CLOSE_BEFORE.matcher(text.substring(0, m.begin() - base)).find()
                || DESCRIBED_PARTY.matcher(text.substring(m.end() - base + head.end())).lookingAt());
    }

    /**
     * A clause of a city's own text that opens with a gathering verb and names no place (全年引进A、B等企业):
     * the city that wrote it gathered them, so it HOSTS them.
     */
    private void gatheredByIssuingCity(RelationContext doc, Sentence sentence, List<Mention> objects, List<ExtractedRelation> out) {
        Divisions.Division issuing = doc.resolution.issuingCity();
        if (issuing == null || objects.isEmpty()) {
            return;
        }
        Resolver.Entity city = doc.resolution.city(issuing);
        for (Mention o : objects) {
            Resolver.Entity target = doc.entityOf.get(o);
            if (target != null && FOUNDABLE.contains(o.label()) && o.label() != EntityLabel.Fund) {
                out.add(new ExtractedRelation(RelationType.HOSTS, city.key(), target.key(), VerbClass.GATHER.method(),
                        CONFIDENCE, doc.evidence(sentence), Map.of()));
            }
        }
    }

    /**
     * A locating verb with no subject and organisations after it (目前已入驻A、B等企业60余家): they are in
     * the place written before the verb, else in the park the clauses before are about, else in the
     * park the last sentences are about.
     */
    private void enteredBy(RelationContext doc, Memory memory, Sentence sentence, Reading r, List<Mention> topic,
                           List<ExtractedRelation> out) {
        Mention topicPark = topic.size() == 1 && topic.get(0).label() == EntityLabel.Park ? topic.get(0) : null;
        Mention host = r.place != null ? parkOf(doc, sentence, r.place)
                : topicPark != null ? topicPark // 某某产业园位于…，目前已入驻A、B等企业
                : memory.recent(EntityLabel.Park, sentence);
        if (host == null) {
            return;
        }
        for (Mention o : r.objects) {
            if (FOUNDABLE.contains(o.label()) && !PLACES.contains(o.label())) {
                add(doc, sentence, RelationType.HOSTS, host, o, VerbClass.LOCATE.method(), Map.of(), out);
            }
        }
    }

    /** The park the text is about at a mention: the last park before it in its sentence, else in the sentences just before. */
    private static Mention parkBefore(RelationContext doc, Memory memory, Sentence sentence, Mention at) {
        Mention park = null;
        for (Mention m : doc.in(sentence)) {
            if (m.label() == EntityLabel.Park && m.end() <= at.begin()) {
                park = m;
            }
        }
        return park != null ? park : memory.recent(EntityLabel.Park, sentence);
    }

    /** Entering the park without naming it (甲乙科技、丙丁电子等企业陆续入园。): the verb ends its clause or goes on to production. */
    private static final Pattern ENTERED_PARK = Pattern.compile("(?:签约)?(?:入园|进园)(?=$|[，。；、,;]|(?:后|并)?(?:投产|生产|开工|运营|建设))");

    /**
     * Firms that entered the park the text is speaking of (甲乙光电、丙丁储能等企业也已陆续入园): the park named last
     * within reach HOSTS each.
     */
    private static void enteredPark(RelationContext doc, Sentence sentence, VerbLexicon.Hit hit, Reading r, List<ExtractedRelation> out) {
        if (!r.objects.isEmpty() || r.subjects.isEmpty() || !ENTERED_PARK.matcher(sentence.text()).region(hit.begin(), sentence.text().length()).lookingAt()) {
            return;
        }
        Mention park = ReferringWords.antecedent(doc, sentence, sentence.begin() + hit.begin(), e -> e.label == EntityLabel.Park);
        if (park == null) {
            return;
        }
        for (Mention firm : r.subjects) {
            if (FOUNDABLE.contains(firm.label()) && firm.label() != EntityLabel.Park) {
                add(doc, sentence, RelationType.HOSTS, park, firm, VerbClass.LOCATE.method(), Map.of(), out);
            }
        }
    }

    /**
     * A locating verb in a relative clause (总部位于P的X, 落户P的X): the place the verb names HOSTS the
     * organisation right after its 的.
     */
    private static void relativeHost(RelationContext doc, Sentence sentence, Reading r, List<ExtractedRelation> out) {
        if (r.objects.isEmpty() || !PLACES.contains(r.objects.get(0).label())) {
            return;
        }
        Mention place = r.objects.get(r.objects.size() - 1);
        if (place.sentence() != sentence.index()) {
            return; // the object of a passive named in the sentence before (某园区。由A与B共建): no relative clause here
        }
        String text = sentence.text();
        for (Mention m : doc.in(sentence)) {
            if (m.begin() > place.end() && foundable(m) && m != place) {
                String between = text.substring(place.end() - sentence.begin(), m.begin() - sentence.begin());
                if (RELATIVE_HEAD.matcher(between).matches()) {
                    add(doc, sentence, RelationType.HOSTS, parkOf(doc, sentence, place), m, VerbClass.LOCATE.method(), Map.of(), out);
                }
                return;
            }
        }
    }

    /**
     * A focus verb in a clause before the name it describes (主攻协作机器人和复合机器人的X, 专注谐波减速器的Y): the
     * organisation right after 的 is in the fields the clause names.
     */
    private static void relativeField(RelationContext doc, Sentence sentence, Reading r, List<ExtractedRelation> out) {
        if (r.industries.isEmpty()) {
            return;
        }
        Mention last = r.industries.get(r.industries.size() - 1);
        String text = sentence.text();
        for (Mention m : doc.in(sentence)) {
            if (m.begin() >= last.end() && m != last && m.label() != EntityLabel.Industry) {
                String between = text.substring(last.end() - sentence.begin(), m.begin() - sentence.begin());
                if (FIELD_RELATIVE.matcher(between).matches() && FIELDED.contains(m.label())) {
                    for (Mention industry : r.industries) {
                        add(doc, sentence, RelationType.IN_INDUSTRY, m, industry, VerbClass.FOCUS.method(), Map.of(), out);
                    }
                }
                return;
            }
        }
    }

    /**
     * An investment written as a noun after 的: 基金已完成对X的首轮投资 (the party before 对 invests in X),
     * X拿到了Y的一笔战略投资 / X获得Y的投资 (Y invests in X, the party before the verb of getting).
     */
    private void investmentOf(RelationContext doc, Memory memory, Sentence sentence, List<Mention> inClause, int from,
                              Hit hit, List<Mention> carried, List<ExtractedRelation> out) {
        String text = sentence.text();
        int base = sentence.begin();
        Mention party = null;
        for (Mention m : inClause) {
            if (m.end() - base <= hit.begin() && m.label() != EntityLabel.Industry && m.label() != EntityLabel.City) {
                party = m;
            }
        }
        if (party == null || !NOUN_INVESTMENT.matcher(text.substring(party.end() - base, hit.begin())).matches()
                || NOT_YET_INVESTED.matcher(text.substring(hit.end())).lookingAt()) {
            return; // X获得Y的投资意向: no money yet
        }
        List<Mention> parties = backwards(text, base, inClause, inClause.indexOf(party)); // 对A和B两个项目的投资
        String lead = text.substring(from, parties.get(0).begin() - base);
        Matcher into = INVESTING_IN.matcher(lead);
        Matcher got = GETTING.matcher(lead);
        boolean investsIn = into.find();
        if (!investsIn && !got.find()) {
            return;
        }
        int verbStart = from + (investsIn ? into.start() : got.start());
        Mention other = null;
        for (Mention m : inClause) {
            if (m.end() - base <= verbStart && !parties.contains(m) && FOUNDABLE.contains(m.label())
                    && ADVERBIALS.matcher(text.substring(m.end() - base, verbStart)).matches()) {
                other = m;
            }
        }
        if (other == null) {
            List<Mention> anaphor = memory.resolve(text.substring(from, verbStart), sentence);
            other = anaphor.size() == 1 ? anaphor.get(0)
                    : carried.size() == 1 && ADVERBIALS.matcher(text.substring(from, verbStart)).matches() ? carried.get(0) : null;
        }
        if (other == null) {
            return;
        }
        for (Mention one : parties) {
            Mention investor = investsIn ? other : one;
            Mention investee = investsIn ? one : other;
            if (INVESTORS_LABELS.contains(investor.label()) && FOUNDABLE.contains(investee.label()) && investor != investee) {
                add(doc, sentence, RelationType.FUNDS, investor, investee, VerbClass.FUND.method(), Map.of(), out);
            }
        }
    }

    /**
     * A firm or institute that builds a plant, line or project for fields (将建设伺服电机和驱动器生产基地, 投资14亿元建设机器人
     * 精密结构件项目, 设立华南视觉模组工厂) is in those fields: the industries between the verb and the facility noun.
     */
    private static void facilityFields(RelationContext doc, Sentence sentence, Hit hit, Reading r, int to, List<ExtractedRelation> out) {
        String text = sentence.text();
        Matcher facility = FACILITY.matcher(text).region(hit.end(), to);
        if (!facility.lookingAt() || r.subjects.stream().noneMatch(s -> FIELDED.contains(s.label()))) {
            return;
        }
        for (Mention field : r.industries) {
            if (field.end() - sentence.begin() <= facility.end()) {
                for (Mention s : r.subjects) {
                    if (FIELDED.contains(s.label())) {
                        add(doc, sentence, RelationType.IN_INDUSTRY, s, field, VerbClass.FOCUS.method(), Map.of(), out);
                    }
                }
            }
        }
    }

    /** A park that has gathered firms of a field (园区已入驻机器人企业46家, 集聚新能源汽车企业120家) is in that field. */
    private static void gatheredFields(RelationContext doc, Sentence sentence, Reading r, List<ExtractedRelation> out) {
        String text = sentence.text();
        for (Mention park : r.subjects) {
            if (park.label() != EntityLabel.Park) {
                continue;
            }
            for (Mention field : r.industries) {
                Mention last = field; // 引进A、B、C等“卡脖子”部件项目: what closes the list holds for each
                for (Mention next : r.industries) {
                    if (next.begin() >= last.end()
                            && FIELD_LIST_JOIN.matcher(text.substring(last.end() - sentence.begin(), next.begin() - sentence.begin())).matches()) {
                        last = next;
                    }
                }
                String after = text.substring(last.end() - sentence.begin());
                if (FIELD_FIRMS.matcher(text.substring(field.end() - sentence.begin())).lookingAt()
                        || FIELD_LIST_FIRMS.matcher(after).lookingAt()) {
                    add(doc, sentence, RelationType.IN_INDUSTRY, park, field, VerbClass.GATHER.method(), Map.of(), out);
                }
            }
        }
    }

    /** The partners a fund's text lists after 有限合伙人包括 put money into the fund it is about. */
    private void investors(RelationContext doc, Memory memory, Sentence sentence, List<Mention> partners, String clause,
                           List<ExtractedRelation> out) {
        boolean round = !INVESTOR_ROLE.matcher(clause).find() // 有限合伙人包括A和B: partners of a fund, whatever else the sentence says
                && (FINANCING.matcher(clause).find() || FINANCING.matcher(sentence.text()).find());
        Mention raised = round ? financed(doc, sentence, partners) : null;
        if (raised != null) { // 完成天使轮融资3000万元，投资方为X: the money went to who raised the round
            for (Mention partner : partners) {
                if (INVESTORS_LABELS.contains(partner.label())) {
                    add(doc, sentence, RelationType.FUNDS, partner, raised, VerbClass.INVESTORS.method(), amountIn(clause), out);
                }
            }
            return;
        }
        for (Mention fund : memory.fundAround(doc, sentence, partners)) {
            for (Mention partner : partners) {
                if (partner.label() == EntityLabel.Fund || partner.label() == EntityLabel.Enterprise
                        || partner.label() == EntityLabel.GovernmentAgency) {
                    add(doc, sentence, RelationType.FUNDS, partner, fund, VerbClass.INVESTORS.method(), amountIn(clause), out);
                }
            }
        }
    }

    /** The firms a fund's text lists after 投资组合包括 are funded by the fund it is about. */
    private void portfolio(RelationContext doc, Memory memory, Sentence sentence, List<Mention> firms, List<ExtractedRelation> out) {
        List<Mention> investees = firms.stream().filter(m -> FOUNDABLE.contains(m.label()) && m.label() != EntityLabel.Fund).toList();
        if (investees.isEmpty()) {
            return;
        }
        for (Mention fund : memory.fundAround(doc, sentence, investees)) {
            for (Mention firm : investees) {
                add(doc, sentence, RelationType.FUNDS, fund, firm, VerbClass.PORTFOLIO.method(), Map.of(), out);
            }
        }
    }

    /** The manager a fund's text names (基金管理人为X) manages the fund it is about; only the first firm named is the manager. */
    private void managers(RelationContext doc, Memory memory, Sentence sentence, List<Mention> named, List<ExtractedRelation> out) {
        Mention manager = named.stream().filter(m -> m.label() == EntityLabel.Enterprise).findFirst().orElse(null);
        if (manager == null) {
            return;
        }
        Mention topic = ReferringWords.antecedent(doc, sentence, manager.begin(), "基金"); // as 该基金 would: not a party's fund
        for (Mention fund : topic != null ? List.of(topic) : memory.fundAround(doc, sentence, List.of(manager))) {
            add(doc, sentence, RelationType.MANAGES, manager, fund, VerbClass.MANAGERS.method(), Map.of(), out);
        }
    }

    /**
     * The bodies a text names as what an institute, platform, park or association rests on (依托单位为A，共建单位为B和C;
     * 本会创会会员为A、B): each FOUNDED the nearest of those named before them in this sentence or the one before.
     */
    private void founders(RelationContext doc, Sentence sentence, VerbLexicon.Hit hit, List<Mention> named, List<ExtractedRelation> out) {
        List<Mention> bodies = named.stream().filter(m -> ORIGINS.contains(m.label())).toList();
        if (bodies.isEmpty()) {
            return;
        }
        int at = sentence.begin() + hit.begin();
        Mention built = null;
        for (int s = sentence.index(); s >= Math.max(0, sentence.index() - 1) && built == null; s--) {
            for (Mention m : doc.in(doc.sentences.get(s))) {
                if (m.end() <= at && BUILT_ON.contains(m.label()) && !bodies.contains(m) && !namedAsFounder(doc, m)) {
                    built = m;
                }
            }
        }
        if (built != null) {
            for (Mention body : bodies) {
                add(doc, sentence, RelationType.FOUNDED, body, built, VerbClass.FOUNDERS.method(), Map.of(), out);
            }
        }
    }

    /** Whether a mention is itself one of the bodies a clause names as founders (依托单位为某大学，共建单位为…: not what they built). */
    private static boolean namedAsFounder(RelationContext doc, Mention m) {
        Sentence sentence = doc.sentenceOf(m);
        String before = sentence.text().substring(0, m.begin() - sentence.begin());
        return FOUNDER_LIST.matcher(before).find();
    }

    /** The text before a name of a list of founders (依托单位为, 共建单位为A和), up to that name. */
    private static final Pattern FOUNDER_LIST = Pattern.compile("单位(?:为|是|包括)[^，,。；;：:]*$");

    /** Who a firm or an institute comes from (孵化自某大学): universities, institutes, firms, bodies. */
    private static final Set<EntityLabel> ORIGINS = EnumSet.of(EntityLabel.Enterprise, EntityLabel.ResearchInstitute,
            EntityLabel.GovernmentAgency, EntityLabel.Platform, EntityLabel.Association);
    /** What comes from an older body (孵化自, 脱胎于): a firm, an institute, a platform. */
    private static final Set<EntityLabel> SPUN_OFF = EnumSet.of(EntityLabel.Enterprise, EntityLabel.ResearchInstitute, EntityLabel.Platform);
    /** What rests on bodies that built it (依托单位为, 创会会员为): an institute, a platform, a park, an association. */
    private static final Set<EntityLabel> BUILT_ON = EnumSet.of(EntityLabel.ResearchInstitute, EntityLabel.Platform, EntityLabel.Park,
            EntityLabel.Association);

    /** The park a place is written as the owner of (深圳市龙岗区的某某科教城): the narrower host. */
    private static Mention parkOf(RelationContext doc, Sentence sentence, Mention place) {
        if (place.label() != EntityLabel.City) {
            return place;
        }
        for (Mention m : doc.in(sentence)) {
            if (m.begin() >= place.end()) {
                String between = sentence.text().substring(place.end() - sentence.begin(), m.begin() - sentence.begin());
                return m.label() == EntityLabel.Park && between.equals("的") ? m : place;
            }
        }
        return place;
    }

    /**
     * The firm a fund's sentence that names no investee but an amount is about: an enterprise written before the fund in the sentence,
     * else the one the sentence before opens with (a portfolio item's name line), else none.
     */
    private static List<Mention> firmAbout(RelationContext doc, Sentence sentence, List<Mention> funds) {
        int fundAt = funds.get(0).begin();
        Mention firm = null;
        for (Mention m : doc.in(sentence)) {
            if (m.end() <= fundAt && m.label() == EntityLabel.Enterprise && !ReferringWords.isParty(sentence, m)) {
                firm = m;
            }
        }
        if (firm == null) {
            firm = firmOpeningBefore(doc, sentence);
        }
        return firm == null ? List.of() : List.of(firm);
    }

    /**
     * The subject a sentence carries on from the line before: the firm of a project the line before titles
     * ({@link #projectOwner}); the organisation a heading line names alone; or, for a sentence that opens with what an
     * organisation makes or does (主要生产X和Y。, 主要产品包括…, 从事X研发。), the firm or institute the sentence before
     * opens with; else none.
     */
    private static List<Mention> continuedTopic(RelationContext doc, Sentence sentence) {
        if (sentence.index() == 0) {
            return List.of();
        }
        List<Mention> owner = projectOwner(doc, sentence);
        if (!owner.isEmpty()) {
            return owner;
        }
        Mention heading = heading(doc, doc.sentences.get(sentence.index() - 1));
        if (heading != null) {
            return List.of(heading);
        }
        if (!CONTINUED_FOCUS.matcher(sentence.text()).lookingAt()) {
            return List.of();
        }
        Mention opening = doc.opening(doc.sentences.get(sentence.index() - 1));
        return opening != null && (opening.label() == EntityLabel.Enterprise || opening.label() == EntityLabel.ResearchInstitute)
                ? List.of(opening) : List.of();
    }

    /** Who a project's line names as the one that builds it (投资方为X，总投资…，落户…). */
    private static final Pattern PROJECT_INVESTOR = Pattern.compile("(?:投资方|投资主体|建设主体|实施主体|项目单位|建设单位)(?:为|是)?");

    /**
     * The firm whose project the line before titles (5. 某某医疗微创手术器械项目。): the investor this line names
     * (投资方为X), else the firm the title opens with; what the line goes on to say without a subject (落户某园区) it does.
     */
    private static List<Mention> projectOwner(RelationContext doc, Sentence sentence) {
        Sentence before = doc.sentences.get(sentence.index() - 1);
        if (!RelationContext.PROJECT_TITLE.matcher(before.text()).matches()) {
            return List.of();
        }
        Matcher investor = PROJECT_INVESTOR.matcher(sentence.text());
        if (investor.find()) {
            int at = sentence.begin() + investor.end();
            for (Mention m : doc.in(sentence)) {
                if (m.begin() == at && m.label() == EntityLabel.Enterprise) {
                    return List.of(m);
                }
            }
        }
        Mention opening = doc.opening(before);
        return opening != null && opening.label() == EntityLabel.Enterprise ? List.of(opening) : List.of();
    }

    /**
     * The two cities a text that says 两市 is about: the two prefecture-level cities it names most up to this
     * sentence, in the order it first names them; none when it names fewer, or when a third ties with the second.
     */
    private static List<Mention> twoCities(RelationContext doc, Sentence sentence) {
        Map<Resolver.Entity, Integer> count = new LinkedHashMap<>();
        Map<Resolver.Entity, Mention> first = new HashMap<>();
        for (Mention m : doc.mentions) {
            Resolver.Entity city = doc.entityOf.get(m);
            if (m.sentence() <= sentence.index() && m.label() == EntityLabel.City && city != null && PREFECTURE.matcher(city.name).matches()) {
                count.merge(city, 1, Integer::sum);
                first.putIfAbsent(city, m);
            }
        }
        List<Resolver.Entity> ranked = count.entrySet().stream()
                .sorted(Map.Entry.<Resolver.Entity, Integer>comparingByValue().reversed()).map(Map.Entry::getKey).toList();
        if (ranked.size() < 2 || ranked.size() > 2 && count.get(ranked.get(1)).equals(count.get(ranked.get(2)))) {
            return List.of();
        }
        return Stream.of(first.get(ranked.get(0)), first.get(ranked.get(1))).sorted(Comparator.comparingInt(Mention::begin)).toList();
    }

    /**
     * The organisation a sentence that is only a heading names ((一)某某合作园。, 2. 某某实验室): the sentences after it
     * that have no subject of their own (位于…，由…共同开发，重点承接…) are about it.
     */
    private static Mention heading(RelationContext doc, Sentence sentence) {
        Matcher item = ITEM.matcher(sentence.text());
        String rest = sentence.text().substring(item.lookingAt() ? item.end() : 0).strip();
        rest = HEADING_END.matcher(rest).replaceFirst("");
        List<Mention> here = doc.in(sentence);
        return here.size() == 1 && ORGANISATIONS.contains(here.get(0).label()) && rest.equals(here.get(0).text()) ? here.get(0) : null;
    }

    /** The enterprise the sentence before opens with (a portfolio item's name line, 某某科技 天使轮。), or null. */
    private static Mention firmOpeningBefore(RelationContext doc, Sentence sentence) {
        if (sentence.index() == 0) {
            return null;
        }
        Sentence before = doc.sentences.get(sentence.index() - 1);
        Mention opening = doc.opening(before);
        if (opening != null && opening.label() == EntityLabel.Enterprise) {
            return opening;
        }
        Matcher round = FINANCING.matcher(before.text()); // 今年3月，A完成B轮融资。本轮由X领投: the firm before the round
        if (!round.find()) {
            return null;
        }
        int roundAt = round.start();
        return doc.in(before).stream().filter(m -> m.label() == EntityLabel.Enterprise && m.end() - before.begin() <= roundAt)
                .reduce((a, b) -> b).orElse(null);
    }

    /**
     * Who raised the round that investors 领投 or 跟投 without naming it (A完成B轮融资，由X领投，Y跟投):
     * the organisation before 融资 in the sentence, else the one the sentence before opens with, else the firm the text
     * is about (a firm's history: ·2013年完成B轮融资，X领投).
     */
    private static Mention financed(RelationContext doc, Sentence sentence, List<Mention> investors) {
        Matcher round = FINANCING.matcher(sentence.text());
        if (!round.find()) {
            return null;
        }
        int roundAt = round.start();
        int investorsAt = investors.isEmpty() ? sentence.text().length() : investors.get(0).begin() - sentence.begin();
        while (round.find() && round.start() < investorsAt) {
            roundAt = round.start(); // 天使轮由X领投；Pre-A轮由Y领投: Y's round is the one written before Y
        }
        Mention raised = null;
        for (Mention m : doc.in(sentence)) {
            if (m.begin() - sentence.begin() < roundAt && FOUNDABLE.contains(m.label()) && !investors.contains(m)
                    && !ReferringWords.isParty(sentence, m) && !investedBefore(sentence, m)) { // 天使轮由X领投；Pre-A轮由Y领投: X put money in, it raised nothing
                raised = m;
                if (sentence.text().indexOf('\t') >= 0) {
                    break; // a table's row: the round is its first organisation's, not the cell's before it (合作高校)
                }
            }
        }
        if (raised == null) {
            raised = firmOpeningBefore(doc, sentence);
        }
        return raised != null ? raised : topicFirm(doc, investors); // ·完成A轮融资，由X独家投资 in a firm's own history
    }

    /**
     * Whether a clause before {@code from} names a round of financing (完成B轮融资) with no organisation written before it in
     * the sentence: who raised it stands elsewhere.
     */
    private static boolean roundWithoutFirm(String text, int base, List<Mention> here, int from) {
        Matcher round = FINANCING.matcher(text.substring(0, Math.max(0, from)));
        if (from <= 0 || !round.find()) {
            return false;
        }
        int roundAt = round.start();
        return here.stream().noneMatch(m -> m.begin() - base < roundAt && m.begin() >= base && ORGANISATIONS.contains(m.label()));
    }

    /** The first name of the firm a text is about ({@link ReferringWords#topicFirm}), unless it is one of {@code others}. */
    private static Mention topicFirm(RelationContext doc, List<Mention> others) {
        Resolver.Entity topic = ReferringWords.topicFirm(doc);
        if (topic == null || others.stream().anyMatch(m -> doc.entityOf.get(m) == topic)) {
            return null;
        }
        return doc.mentions.stream().filter(m -> doc.entityOf.get(m) == topic && !ReferringWords.refers(m)).findFirst().orElse(null);
    }

    /** Whether a mention is the investor of an earlier round of the sentence (天使轮由X投资；A轮由Y领投: X). */
    private static boolean investedBefore(Sentence sentence, Mention m) {
        String text = sentence.text();
        return text.substring(0, m.begin() - sentence.begin()).endsWith("由")
                && ROUND_INVESTING.matcher(text.substring(m.end() - sentence.begin())).lookingAt();
    }

    /** An investor's verb right after its name (领投, 跟投, 投资, 独家投资). */
    private static final Pattern ROUND_INVESTING = Pattern.compile("(?:独家|联合|共同)?(?:领投|跟投|投资|参投|注资|增资)");

    /**
     * Whether a verb that takes a party of its own (investing, founding, cooperating, settling, managing) stands in
     * a stretch of text between a verb and the mention after it; words that are as often nouns (研发, 生产, 服务) do not count.
     */
    private boolean verbIn(String gap) {
        for (int i = 1; i < gap.length(); i++) { // one right after the verb makes a serial verb with it (共同发起设立X)
            Hit hit = lexicon.at(gap, i, gap.length());
            if (hit != null && hit.classes().stream().anyMatch(PARTY_TAKING::contains)) {
                return true;
            }
        }
        return false;
    }

    /** Where a place begins as written: 中山市南头镇 begins with its city (which is no mention of its own there). */
    private static int writtenPlaceBegin(String text, int base, Mention place) {
        Matcher city = CITY_BEFORE.matcher(text.substring(0, place.begin() - base));
        return city.find() ? base + city.start() : place.begin();
    }

    /** Where a listed place begins as written: in 、东莞市长安镇 its city, which is no mention of its own there. */
    private static int listedPlaceBegin(String text, int base, Mention prev, Mention place) {
        Matcher city = LISTED_CITY.matcher(text.substring(prev.end() - base, place.begin() - base));
        return city.find() ? prev.end() + city.start() : place.begin();
    }

    /** Where the 在 of a place before the verb starts, or the place's start when there is none. */
    private static int placeLeadStart(String text, int base, int subjectEnd, Mention place) {
        if (place == null) {
            return subjectEnd;
        }
        Matcher lead = PLACE_LEAD.matcher(text.substring(0, subjectEnd - base));
        return lead.find() ? base + lead.start() : subjectEnd;
    }

    private static boolean adverbial(String text, int base, int from, int to) {
        return from <= to && ADVERBIALS.matcher(text.substring(from - base, to - base)).matches();
    }

    /** The list ending with mention k: earlier mentions joined by 、 和 与 及 联合 …. */
    private static List<Mention> backwards(String text, int base, List<Mention> mentions, int k) {
        List<Mention> list = new ArrayList<>(List.of(mentions.get(k)));
        for (int j = k - 1; j >= 0; j--) {
            Mention prev = mentions.get(j);
            Mention next = list.get(0);
            String gap = prev.end() <= next.begin() ? text.substring(prev.end() - base, next.begin() - base) : null;
            if (gap != null && (DECLARATION.matcher(gap).matches()
                    || (gap.equals("（") || gap.equals("(")) && next.end() - base < text.length() && "）)".indexOf(text.charAt(next.end() - base)) >= 0)) {
                list.set(0, prev); // A（以下简称“B”）, A（B）: the short name declared in brackets stands for A itself
                continue;
            }
            if (j > 0 && prev.end() <= next.begin()) { // A（以下简称“甲”）、B: the list goes on before A's bracket
                Mention owner = mentions.get(j - 1);
                int close = Resolver.declarationEnd(text, owner.end() - base);
                if (close > prev.begin() - base && close <= next.begin() - base && owner.label() == next.label()
                        && JOIN.matcher(text.substring(close, next.begin() - base)).matches()) {
                    list.add(0, owner);
                    j--;
                    continue;
                }
            }
            int nextBegin = next.label() == EntityLabel.City ? listedPlaceBegin(text, base, prev, next) : next.begin();
            if (prev.end() > next.begin() || !JOIN.matcher(text.substring(prev.end() - base, nextBegin - base)).matches()
                    || sideOf(prev) != sideOf(next)
                    || PLACES.contains(prev.label()) && !PLACES.contains(next.label()) && AT_END.matcher(text.substring(0, prev.begin() - base)).find()) {
                break; // 在P与B签署: P is where, not one who signs with B
            }
            list.add(0, prev);
        }
        return list;
    }

    /** What ends the text before a place that is where something happens (在P, 于P). */
    private static final Pattern AT_END = Pattern.compile("(?:在|于)$");

    /** The list starting with mention k: later mentions joined by 、 和 与 及. */
    private static List<Mention> forwards(String text, int base, List<Mention> mentions, int k) {
        List<Mention> list = new ArrayList<>(List.of(mentions.get(k)));
        for (int j = k + 1; j < mentions.size(); j++) {
            Mention next = mentions.get(j);
            Mention prev = list.get(list.size() - 1);
            int prevEnd = ListGroups.itemEnd(text, base, prev);
            if (prevEnd > next.begin() - base) {
                continue; // the short name A declares in its bracket (A（以下简称“甲”）、B): no member of its own
            }
            int nextBegin = next.label() == EntityLabel.City ? listedPlaceBegin(text, base, prev, next) : next.begin();
            if (prevEnd > prev.end() - base && text.substring(prevEnd, nextBegin - base).equals("与")) {
                break; // 共建的C（以下简称“甲”）与D签署…: C opens the next clause with its partner
            }
            if (prev.end() > next.begin() || !JOIN.matcher(text.substring(prevEnd, nextBegin - base)).matches()
                    || sideOf(prev) != sideOf(next)) {
                break;
            }
            list.add(next);
        }
        return list;
    }

    /** Lists join organisations with organisations (a city may partner with either), industries with industries, policies with policies. */
    private static int sideOf(Mention m) {
        return switch (m.label()) {
            case Industry -> 0;
            case Policy -> 1;
            default -> 2;
        };
    }

    private void link(RelationContext doc, Memory memory, Sentence sentence, VerbClass verbClass, Reading r, String clause,
                      List<ExtractedRelation> out) {
        String method = verbClass.method();
        switch (verbClass) {
            case COOPERATE -> {
                partners(doc, sentence, r, method, false, out);
                for (Mention s : r.subjects) {
                    for (Mention o : r.objects) {
                        boolean cityWithFund = s.label() == EntityLabel.City && o.label() == EntityLabel.Fund
                                || o.label() == EntityLabel.City && s.label() == EntityLabel.Fund;
                        if (partnerable(s) && partnerable(o) && !cityWithFund) {
                            add(doc, sentence, RelationType.PARTNERS_WITH, s, o, method, Map.of(), out);
                        }
                    }
                }
            }
            case COFOUND, FOUND -> {
                if (verbClass == VerbClass.COFOUND || withPartner(sentence, r)) {
                    partners(doc, sentence, r, method, true, out); // A与B组建联合体: a founding verb with a partner is building together
                }
                boolean facility = r.objects.stream().allMatch(o -> o.label() == EntityLabel.Park || o.label() == EntityLabel.Platform);
                if (r.place != null && !SUBSIDIARY.matcher(clause).find()
                        && (facility || r.objects.stream().noneMatch(VerbClausePass::foundable))) {
                    for (Mention s : r.subjects) { // X在P设立生产基地: X is in P too; X在P设立的全资子公司: only the subsidiary is
                        if (FOUNDABLE.contains(s.label()) && (s.label() == EntityLabel.Enterprise || r.objects.isEmpty())) {
                            add(doc, sentence, RelationType.HOSTS, r.place, s, method, Map.of(), out);
                        }
                    }
                }
                for (Mention o : r.objects) {
                    if (!foundable(o)) {
                        continue;
                    }
                    for (Mention s : r.subjects) {
                        boolean coBuilt = verbClass == VerbClass.COFOUND && r.subjects.size() > 1 && PLACES.contains(s.label())
                                && o.label() != EntityLabel.Fund; // two cities' fund is in both (HOSTS, as before)
                        if (coBuilt) { // A区与B镇共建某协作园: each place that builds it together founded it
                            add(doc, sentence, RelationType.FOUNDED, s, o, method, Map.of(), out);
                        } else if (s.label() == EntityLabel.City || s.label() == EntityLabel.Park && o.label() == EntityLabel.Park) {
                            add(doc, sentence, RelationType.HOSTS, s, o, method, Map.of(), out); // 某高新区建设某产业园: within it
                        } else if (ORGANISATIONS.contains(s.label())) {
                            add(doc, sentence, RelationType.FOUNDED, s, o, method, Map.of(), out);
                            if (s.label() == EntityLabel.Fund && o.label() == EntityLabel.Fund) { // 由某引导基金与某母基金联合发起: their money
                                add(doc, sentence, RelationType.FUNDS, s, o, method, Map.of(), out);
                            }
                        }
                    }
                    if (r.place != null) {
                        add(doc, sentence, RelationType.HOSTS, r.place, o, method, Map.of(), out);
                    }
                }
            }
            case FUND -> {
                if (DEBT.matcher(clause).find()) {
                    return; // 认购了某银行发行的二级资本债券: a loan to it, not a stake
                }
                Map<String, Object> amount = amountIn(clause);
                List<Mention> objects = r.objects;
                if (objects.isEmpty() && !r.passive) {
                    Mention investee = financed(doc, sentence, r.subjects);
                    int subjectAt = r.subjects.isEmpty() ? -1 : r.subjects.get(0).begin() - sentence.begin(); // < 0: carried from before
                    boolean round = FINANCING.matcher(clause).find()
                            || subjectAt > 0 && FINANCING.matcher(sentence.text().substring(0, subjectAt)).find();
                    boolean fundIntoFirm = !r.subjects.isEmpty() && r.subjects.stream().allMatch(m -> m.label() == EntityLabel.Fund)
                            && INTO_FIRMS.matcher(clause).find() && !INTO_FUNDS.matcher(clause).find();
                    List<Mention> firm = investee == null && !round && fundIntoFirm && !amount.isEmpty()
                            ? firmAbout(doc, sentence, r.subjects) : List.of(); // 1．某某科技有限公司 天使轮。…本基金独家投资2,000万元
                    objects = investee != null ? List.of(investee) // A轮由X领投，Y跟投: Y's money went to the round, not to a fund
                            : round ? List.of() : !firm.isEmpty() ? firm : memory.fundAround(doc, sentence, r.subjects);
                    Mention company = objects.isEmpty() && STAKE.matcher(clause).find() ? doc.declaredCompany() : null;
                    if (company != null && !r.subjects.contains(company)) { // 某某投资有限公司持股5.2%: a stake in the text's company
                        objects = List.of(company);
                    }
                }
                for (Mention s : r.subjects) {
                    if (s.label() == EntityLabel.Enterprise && r.place != null && !r.passive) {
                        add(doc, sentence, RelationType.HOSTS, parkOf(doc, sentence, r.place), s, method, Map.of(), out); // X在P投资建设…
                    }
                    if (!INVESTORS_LABELS.contains(s.label())) {
                        continue;
                    }
                    for (Mention o : objects) {
                        if (FOUNDABLE.contains(o.label())) {
                            add(doc, sentence, RelationType.FUNDS, s, o, method, amount, out);
                        }
                    }
                }
            }
            case LOCATE -> {
                Mention host = r.place != null ? r.place
                        : r.objects.stream().filter(o -> PLACES.contains(o.label())).findFirst().orElse(null);
                if (host == null && INTO_THE_PARK.matcher(clause).find()) {
                    host = memory.recent(EntityLabel.Park, sentence);
                }
                if (host == null && r.objects.isEmpty() && !r.subjects.isEmpty() && SETTLING.matcher(clause).find()) {
                    host = parkBefore(doc, memory, sentence, r.subjects.get(0));
                }
                host = host == null ? null : parkOf(doc, sentence, host);
                if (host == null) { // 某某产业园…已入驻A、B等企业: a place as the subject takes in what follows the verb
                    pairs(doc, sentence, r.subjects, r.objects, PLACES, SETTLERS, RelationType.HOSTS, method, out);
                }
                if (host != null) {
                    for (Mention s : r.subjects) {
                        if (FOUNDABLE.contains(s.label())) {
                            add(doc, sentence, RelationType.HOSTS, host, s, method, Map.of(), out);
                        }
                    }
                }
            }
            case GATHER -> {
                for (Mention s : r.subjects) {
                    if (PLACES.contains(s.label())) {
                        for (Mention o : r.objects) {
                            if (FOUNDABLE.contains(o.label())) {
                                add(doc, sentence, RelationType.HOSTS, s, o, method, Map.of(), out);
                            }
                        }
                    }
                }
            }
            case MANAGE -> {
                List<Mention> funds = r.objects.stream().filter(o -> o.label() == EntityLabel.Fund).toList();
                if (funds.isEmpty()) {
                    funds = fundBefore(doc, sentence, r.subjects);
                }
                for (Mention s : r.subjects) {
                    if (s.label() == EntityLabel.Enterprise) {
                        for (Mention f : funds) {
                            add(doc, sentence, RelationType.MANAGES, s, f, method, Map.of(), out);
                        }
                    }
                    // 园区由X负责开发运营: the operator partners the owner of what it runs; a fund's manager (担任管理人) runs funds only
                    if (ORGANISATIONS.contains(s.label()) && !clause.contains("管理人")) {
                        for (Mention o : r.objects) {
                            if (RUN_FOR_OTHERS.contains(o.label()) && o != s) {
                                add(doc, sentence, RelationType.PARTNERS_WITH, s, o, method, Map.of(), out);
                            }
                        }
                    }
                }
            }
            case ISSUE -> {
                if (!SIGNED.matcher(clause).find() || r.subjects.stream().allMatch(m -> m.label() == EntityLabel.GovernmentAgency)) {
                    pairs(doc, sentence, r.subjects, r.objects, EnumSet.of(EntityLabel.GovernmentAgency),
                            EnumSet.of(EntityLabel.Policy), RelationType.ISSUES, method, out);
                    if (withPartner(sentence, r) && r.objects.stream().anyMatch(o -> o.label() == EntityLabel.Policy)) {
                        for (Mention other : r.subjects.subList(1, r.subjects.size())) { // 由A会同B、C起草《P》: A wrote it with each
                            if (partnerable(r.subjects.get(0)) && partnerable(other)) {
                                add(doc, sentence, RelationType.PARTNERS_WITH, r.subjects.get(0), other, method, Map.of(), out);
                            }
                        }
                    }
                }
            }
            case ORIGIN -> pairs(doc, sentence, r.objects, r.subjects, ORIGINS, SPUN_OFF, RelationType.FOUNDED, method, out);
            case SUPPORT -> pairs(doc, sentence, r.subjects, r.objects,
                    EnumSet.of(EntityLabel.GovernmentAgency, EntityLabel.Policy, EntityLabel.Platform), FOUNDABLE,
                    RelationType.SUPPORTS, method, out);
            case FOCUS -> {
                for (Mention s : r.subjects) {
                    RelationType type = switch (s.label()) {
                        case Fund, Policy -> RelationType.TARGETS;
                        case Enterprise, ResearchInstitute, Park -> RelationType.IN_INDUSTRY;
                        default -> null;
                    };
                    if (type != null) {
                        for (Mention industry : r.industries) {
                            if (sharedFields(r) && !nameHints(s, industry)) {
                                continue;
                            }
                            add(doc, sentence, type, s, industry, method, Map.of(), out);
                        }
                    }
                }
            }
        }
    }

    /**
     * Several firms and several fields in one clause (A、B、C…主要从事X、Y、Z的研发): the text says what
     * they do together, not that each does all; a firm gets a field only when its name shares a word
     * with it (某某关节 - 一体化关节).
     */
    private static boolean sharedFields(Reading r) {
        return r.subjects.size() >= SHARED_LIST && r.industries.size() >= SHARED_LIST
                && r.subjects.stream().noneMatch(m -> m.label() == EntityLabel.Fund || m.label() == EntityLabel.Policy);
    }

    /** Whether a name and a field share two characters in a row (湘锐关节 and 一体化关节). */
    private static boolean nameHints(Mention party, Mention industry) {
        String field = industry.text();
        for (int i = 0; i + 2 <= field.length(); i++) {
            if (party.text().contains(field.substring(i, i + 2))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The fund of 基金F…由A担任管理人: the last fund written before the subjects in the sentence, not
     * counting a fund that is the agent of a passive (F由母基金M牵头发起，A、B作为有限合伙人出资: F).
     */
    private static List<Mention> fundBefore(RelationContext doc, Sentence sentence, List<Mention> subjects) {
        return fundBefore(doc, sentence, subjects, Set.of());
    }

    /** As {@link #fundBefore(RelationContext, Sentence, List)}, not counting the funds of {@code investors}. */
    private static List<Mention> fundBefore(RelationContext doc, Sentence sentence, List<Mention> subjects, Set<Mention> investors) {
        Mention fund = null;
        for (Mention m : doc.in(sentence)) {
            if (m.label() == EntityLabel.Fund && !subjects.isEmpty() && m.end() <= subjects.get(0).begin() && !investors.contains(m)
                    && !(fund != null && PASSIVE_LEAD.matcher(sentence.text().substring(0, m.begin() - sentence.begin())).find())) {
                fund = m;
            }
        }
        return fund == null ? List.of() : List.of(fund);
    }

    private static boolean partnerable(Mention m) {
        return ORGANISATIONS.contains(m.label()) || m.label() == EntityLabel.City;
    }

    /** Coordinated subjects are partners; with 与A、B… after a carried subject, each of A, B… with that subject only. */
    /**
     * The subjects of a reading work together; those listed on one side of 与 ({@code r.hubs}: A、B等企业与C合作) do so
     * with the other side only, unless they build something together ({@code hubsTogether}: A、B与C共建…).
     */
    private static void partners(RelationContext doc, Sentence sentence, Reading r, String method, boolean hubsTogether,
                                 List<ExtractedRelation> out) {
        List<Mention> parties = r.subjects;
        for (int a = 0; a < parties.size(); a++) {
            for (int b = a + 1; b < parties.size(); b++) {
                if (!r.hubs.isEmpty() && !r.hubs.contains(parties.get(a))) {
                    continue;
                }
                if (r.hubs.contains(parties.get(a)) && r.hubs.contains(parties.get(b))
                        && (!hubsTogether || SEPARATELY.matcher(sentence.text()).find())) {
                    continue; // A、B分别与C签署…, A、B等企业与C建立合作关系: each works with C, not with the other
                }
                if (partnerable(parties.get(a)) && partnerable(parties.get(b))) {
                    add(doc, sentence, RelationType.PARTNERS_WITH, parties.get(a), parties.get(b), method, Map.of(), out);
                }
            }
        }
    }

    private static final Pattern SEPARATELY = Pattern.compile("分别|各自");

    /** Whether the second subject of a reading is its first one's partner (A与B成立…, 并与B组建…), not the next item of a list. */
    private static boolean withPartner(Sentence sentence, Reading r) {
        if (r.subjects.size() < 2) {
            return false;
        }
        if (!r.hubs.isEmpty()) {
            return true;
        }
        Mention first = r.subjects.get(0);
        Mention second = r.subjects.get(1);
        if (first.sentence() != sentence.index() || second.begin() < first.end()) {
            return false;
        }
        return PARTNER_JOIN.matcher(sentence.text().substring(first.end() - sentence.begin(), second.begin() - sentence.begin())).find();
    }

    /** What joins a partner to the subject (与, 同, 携手, 联合, 会同, 联同), as against a list's 、 和 及. */
    private static final Pattern PARTNER_JOIN = Pattern.compile("^(?:[（(][^（()）]{0,40}[）)])?(?:并)?(?:与|同|携手|联合|会同|联同)");

    private static void pairs(RelationContext doc, Sentence sentence, List<Mention> subjects, List<Mention> objects,
                              Set<EntityLabel> from, Set<EntityLabel> to, RelationType type, String method,
                              List<ExtractedRelation> out) {
        for (Mention s : subjects) {
            for (Mention o : objects) {
                if (from.contains(s.label()) && to.contains(o.label())) {
                    add(doc, sentence, type, s, o, method, Map.of(), out);
                }
            }
        }
    }

    private static void add(RelationContext doc, Sentence sentence, RelationType type, Mention from, Mention to,
                            String method, Map<String, Object> properties, List<ExtractedRelation> out) {
        doc.link(out, type, from, to, method, CONFIDENCE, sentence, properties);
    }

    /** The amount of a clause (15,000万元, 2.5亿元) in yuan, as {@code amountCny}, or nothing. */
    static Map<String, Object> amountIn(String clause) {
        Matcher m = AMOUNT.matcher(clause);
        if (!m.find()) {
            return Map.of();
        }
        java.math.BigDecimal value = new java.math.BigDecimal(m.group(1).replaceAll("[,，]", ""));
        long unit = m.group(2).equals("亿") ? 100_000_000L : 10_000L;
        return Map.of("amountCny", value.multiply(java.math.BigDecimal.valueOf(unit)).longValue());
    }

    /**
     * What anaphors refer to: the last mention of each label seen in the document (with its
     * sentence) and the last pair of partners.
     */
    private static final class Memory {
        private final Map<EntityLabel, Mention> lastOf = new HashMap<>();
        /** Who has put money into the fund of the text without naming it: never that fund themselves. */
        private final Set<Mention> investors = new HashSet<>();
        private List<Mention> lastPair = List.of();
        private List<Mention> cooperating = List.of();
        private int cooperationSentence = -1;
        /** The organisations a verb of this sentence took as its objects (集聚A、B和C等企业), for a 分别 clause after it. */
        private List<Mention> listed = List.of();
        private int listedSentence = -1;
        /** Who put money in without saying into what (A与B共同出资，成立了C), the amount, and the sentence. */
        private List<Mention> putIn = List.of();
        private Map<String, Object> putInAmount = Map.of();
        private int putInSentence = -1;
        /**
         * Who acts in the last clause of this sentence that has an acting verb: its first verb's subject (A与B共建C: A;
         * A委托B开发: A), or the head of a relative clause (A成立的B: B), for a clause that goes on with 并 or 同时.
         */
        private List<Mention> agents = List.of();
        private int agentsSentence = -1;

        void acted(Sentence sentence, List<Mention> subjects) {
            agents = subjects;
            agentsSentence = sentence.index();
        }

        List<Mention> agents(Sentence sentence) {
            return agentsSentence == sentence.index() ? agents : List.of();
        }

        void putIn(Sentence sentence, List<Mention> subjects, Map<String, Object> amount) {
            putIn = subjects;
            putInAmount = amount;
            putInSentence = sentence.index();
        }

        /** Who put money in earlier in this sentence without an object, or none. */
        List<Mention> putIn(Sentence sentence) {
            return putInSentence == sentence.index() ? putIn : List.of();
        }

        /** The fund partners last put money into, and the sentence that said so. */
        private Mention funded;
        private int fundedSentence = -1;
        /** The fund a founding verb last set up (A由B与C共同发起设立), and the sentence that said so. */
        private Mention setUp;
        private int setUpSentence = -1;

        void setUp(Sentence sentence, List<Mention> objects) {
            objects.stream().filter(o -> o.label() == EntityLabel.Fund).findFirst().ifPresent(fund -> {
                setUp = fund;
                setUpSentence = sentence.index();
            });
        }

        void listed(Sentence sentence, List<Mention> objects) {
            List<Mention> organisations = objects.stream().filter(o -> FOUNDABLE.contains(o.label())).toList();
            if (organisations.size() >= 2) {
                listed = organisations;
                listedSentence = sentence.index();
            }
        }

        /** The organisations listed as objects earlier in this sentence, or none. */
        List<Mention> listedIn(Sentence sentence) {
            return listedSentence == sentence.index() ? listed : List.of();
        }

        /** The last mention of a label, when it stands in this sentence or the few before. */
        Mention recent(EntityLabel label, Sentence sentence) {
            Mention m = lastOf.get(label);
            return m != null && sentence.index() - m.sentence() <= ANAPHOR_REACH ? m : null;
        }

        void remember(Sentence sentence, List<Mention> here) {
            for (Mention m : here) {
                lastOf.put(m.label(), m);
            }
        }

        /**
         * The fund partners put money into when the clause names none (A、B作为有限合伙人出资): the last
         * fund before them in the sentence, else the fund a sentence just before set up, else the last fund
         * of the sentences just before.
         */
        List<Mention> fundAround(RelationContext doc, Sentence sentence, List<Mention> subjects) {
            Mention carded = doc.cardEntry(sentence);
            int after = subjects.isEmpty() ? 0 : Math.max(0, subjects.get(0).end() - sentence.begin());
            List<Mention> found = carded != null && carded.label() == EntityLabel.Fund
                    && !amountIn(sentence.text().substring(after)).isEmpty() // money said, not 设立投资服务团队
                    && subjects.stream().noneMatch(m -> doc.key(m).equals(doc.key(carded)))
                    ? List.of(carded) // 备注：A与B共同发起，C认缴6亿元 among a fund's fields (RelationContext.cardEntry): into that fund
                    : fundBefore(doc, sentence, subjects, investors);
            investors.addAll(subjects); // A认缴4亿元，B认缴2亿元: B's money goes where A's went, not into A
            if (found.isEmpty() && setUp != null && sentence.index() - setUpSentence <= 2 && sentence.index() > setUpSentence
                    && !subjects.contains(setUp) && !investors.contains(setUp)) {
                found = List.of(setUp); // A由B与C共同发起设立。其中，B认缴12亿元: into A, not into C, the last fund named
            }
            if (found.isEmpty()) {
                Mention fund = lastOf.get(EntityLabel.Fund);
                found = fund != null && sentence.index() - fund.sentence() <= 2 && !subjects.contains(fund) && !investors.contains(fund)
                        ? List.of(fund) : List.of();
            }
            if (found.isEmpty() && funded != null && sentence.index() - fundedSentence <= 2 && !subjects.contains(funded)) {
                found = List.of(funded); // 1、A，…本次认缴2亿元；2、B母基金，本次认缴1.6亿元: each item's money goes where the last went
            }
            if (!found.isEmpty()) {
                funded = found.get(0);
                fundedSentence = sentence.index();
            }
            return found;
        }

        /**
         * The parties of a cooperation in this sentence (A携手B，共建C): both build what the next
         * clause has them build together.
         */
        void cooperation(Sentence sentence, Set<VerbClass> classes, Reading r) {
            if (classes.contains(VerbClass.COOPERATE) && !r.objects.isEmpty() && !r.passive) {
                List<Mention> both = new ArrayList<>(r.subjects);
                r.objects.stream().filter(o -> ORGANISATIONS.contains(o.label()) && !both.contains(o)).forEach(both::add);
                cooperationSentence = sentence.index();
                cooperating = both;
            }
        }

        List<Mention> cooperating(Sentence sentence) {
            return sentence.index() == cooperationSentence ? cooperating : List.of();
        }

        /** The parties of a cooperation, for a later 双方. */
        void parties(Set<VerbClass> classes, Reading r) {
            if (r.subjects.size() == 2) {
                lastPair = r.subjects;
            } else if (r.subjects.size() == 1 && r.objects.size() == 1 && classes.contains(VerbClass.COOPERATE)) {
                lastPair = List.of(r.subjects.get(0), r.objects.get(0));
            }
        }

        /** The mentions an anaphor at the end of the lead (该公司将…, 双方将) refers to, or none. */
        List<Mention> resolve(String lead, Sentence sentence) {
            Matcher m = ANAPHOR.matcher(lead);
            List<Mention> found = List.of();
            while (m.find()) {
                if (!ADVERBIALS.matcher(lead.substring(m.end())).matches()) {
                    continue;
                }
                String word = m.group();
                Mention one = null;
                if (word.equals("双方") || word.equals("两校") || word.equals("两家")) {
                    boolean recentPair = !lastPair.isEmpty() && sentence.index() - lastPair.get(0).sentence() <= ANAPHOR_REACH
                            && (!word.equals("两校") || lastPair.stream().allMatch(p -> ReferringWords.SCHOOL.matcher(p.text()).find()));
                    found = recentPair ? lastPair : List.of(); // 两校: the pair when both are schools
                    continue;
                } else {
                    one = recent(sentence, labelsOf(m.group(2)));
                }
                found = one == null ? List.of() : List.of(one);
            }
            Matcher company = THE_COMPANY.matcher(lead);
            if (found.isEmpty() && company.find() && ADVERBIALS.matcher(lead.substring(company.end())).matches()) {
                Mention one = recent(sentence, EnumSet.of(EntityLabel.Enterprise));
                found = one == null ? List.of() : List.of(one);
            }
            return found;
        }

        private Mention recent(Sentence sentence, Set<EntityLabel> labels) {
            Mention best = null;
            for (EntityLabel label : labels) {
                Mention m = lastOf.get(label);
                if (m != null && sentence.index() - m.sentence() <= ANAPHOR_REACH && (best == null || m.begin() > best.begin())) {
                    best = m;
                }
            }
            return best;
        }

        private static Set<EntityLabel> labelsOf(String noun) {
            return switch (noun) {
                case "公司", "企业" -> EnumSet.of(EntityLabel.Enterprise);
                case "基金", "母基金" -> EnumSet.of(EntityLabel.Fund);
                case "园区", "基地" -> EnumSet.of(EntityLabel.Park);
                case "联盟", "协会" -> EnumSet.of(EntityLabel.Association);
                case "平台", "中心" -> EnumSet.of(EntityLabel.Platform, EntityLabel.ResearchInstitute);
                default -> EnumSet.of(EntityLabel.ResearchInstitute);
            };
        }
    }
}
