package org.industrykg.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.industrykg.nlp.Sentence;

/**
 * Words that stand for an entity without naming it, made mentions of that entity so that every
 * relation pass reads them like names:
 * <ul>
 *   <li>我市, 本市, 我区 in a letter: the city whose body wrote it; 我镇, 本镇, 全镇: the town the text names most, if twice;
 *   镇政府 standing alone: the one town government the text names; 我局, 我委, 我办, 我厅: that body; 我们,
 *   我司, 我院: that body, or in a text without one (an interview) the firm or institute it names most;
 *   我校, 本校: the school that wrote it, else the university or college the text names most
 *   ({@code rule:self-reference}); 学校 and 该校 standing alone where a party stands, that school too
 *   ({@code rule:definite-reference});</li>
 *   <li>a class noun standing alone (研究院设在…, 在示范区设立…, 该基金注册在…): the last entity before it,
 *   at most three sentences back, whose name ends with that noun (第二期基金: the fund's next phase is that fund), not a
 *   park written only as where another lies (X位于P。园区…: X);
 *   after 本 (本基金, 本公司) the one of that noun the text names most, if it names one twice;
 *   其 opening a clause: the
 *   organisation its sentence, or the sentence before, starts with; 其 after a preposition (对其给予…): the one the
 *   sentence before starts with ({@code rule:definite-reference}).</li>
 *   <li>管委会 standing alone with none named in reach: the one zone committee the document names
 *   ({@code rule:definite-reference});</li>
 *   <li>a class noun the text declared as a short name (某某股份有限公司（以下简称“公司”）): that entity wherever the
 *   noun stands alone;</li>
 *   <li>a role a line declares (（一）建设单位：某某有限公司, 竞得人：…, 申请人：…): the role word standing alone after that
 *   line (建设单位委托…, 由竞得人与…联合…) means the organisation its last such line gave ({@code rule:role-reference}).</li>
 * </ul>
 */
final class ReferringWords {

    private static final Pattern SELF = Pattern.compile("(我市|本市|全市|我区|本区|全区|我县|我镇|本镇|全镇)|(我校|本校)|(我们|我司|我院)|我局|我委|我办|本局|我厅|本厅");
    /** 镇政府 standing alone where a party stands (镇政府在某地设立…, 由镇政府牵头): the one town government the text names. */
    private static final Pattern TOWN_GOVERNMENT = Pattern.compile("(?:^|[，,；;。：:（(、\s]|由|与|和|经)(镇政府|镇人民政府)");
    /**
     * 学校 or 该校 standing alone where a party stands (学校与某公司共建…, 由学校某团队孵化的…): the school of the text, as 我校;
     * not schools in general (学校和企业, 各学校, 职业学校).
     */
    private static final Pattern THE_SCHOOL = Pattern.compile(
            "(?:^|[，。；：“”（）、\\s]|由|与|同|向|对|经|据|还|并|已|将|后|是)(学校|该校)(?![和及、等]|之间|教育|之|类)");
    /** What a school's name ends with: the one 我校 stands for. */
    static final Pattern SCHOOL = Pattern.compile("(?:大学|学院|学校)(?:[（(][^（()）]*[）)])?$");
    /** Class nouns, longest first so that 研究院 is not read as 院. */
    private static final Pattern NOUN = Pattern.compile(
            "(该|本|此|上述|这家|这所|这个|这支|这只|该只|此只|这一|第?[一二三四五六七八九十]期|首期|全年)?(示范区|合作区|先导区|开发区|高新区|新区|产业园|科技园|协作园|合作园|创新园|智造园|创新港|科技城|科学城|园区|基地|小镇|飞地|孵化器|加速器"
                    + "|研究院|研究所|实验室|研究中心|创新中心|中心|平台|引导基金|母基金|子基金|基金|合伙企业|公司|集团|联盟|协会|商会|促进会|校友会|管委会|发行人|园"
                    + "|行动方案|实施方案|工作方案|方案|若干措施|措施|实施细则|细则|办法|行动计划)");
    /** Roles a text may declare as a party's short name (（以下简称“管理人”）, “本行”, “标的公司”). */
    private static final Pattern ROLE_FORM = Pattern.compile("(?:本|该|我)?(?:行|院|所|司|基金管理人|管理人|普通合伙人|有限合伙人|执行事务合伙人"
            + "|标的公司|目标公司|合资公司|项目公司|新公司|联合体|委员会|标委会|工作站|交易所|发行人|受托人|托管人)");

    /**
     * Whether a form is only a class noun or a role (研究院, 产业园, 管理人, 本公司): a text may declare it for one of its
     * parties, but it names that party in its own text only, never an entity of another document.
     */
    static boolean onlyAClass(String form) {
        return NOUN.matcher(form).matches() || ROLE_FORM.matcher(form).matches();
    }

    /** Class nouns of policies: a reference only after a determiner (该措施由…印发, 本方案自…施行), as bare they are common words. */
    private static final Pattern POLICY_NOUN = Pattern.compile("行动方案|实施方案|工作方案|方案|若干措施|措施|实施细则|细则|办法|行动计划");
    /** What may stand right before a bare class noun: the start of a clause or a preposition or verb that takes a place or party. */
    private static final Pattern BARE_BEFORE = Pattern.compile("(?:^|[，,；;：:。、（(“\"\\t\u3000】\\]]|在|于|系|入驻|进驻|落户|租用|租赁|迁入|搬入|扎根|选址|与|和|由|向|对|为|经|依托|季度|年度|期内|本月)$");
    /** An item's number opening the clause before a bare class noun ((1)公司与…, 2、公司于…). */
    private static final Pattern ITEM_BEFORE = Pattern.compile("(?:^|[\\s。；;：:])" + RelationContext.ITEM_NUMBER + "$");
    /** A class noun followed by these is part of a longer common noun (基金管理人, 园区企业), not a reference. */
    private static final Pattern LONGER_NOUN = Pattern.compile("^(?:管理|企业|公司|项目|规模|体系|群|集群|矩阵|等|类|内外|建设|招商|运营|出资|份额|投资|发展|产业|化|型|级|经济|资源|总部|人才|团队|数量|名单|领域)");
    private static final int REACH = 3;
    /** What puts a park after it as a place (位于P, 设在P, 落户P), not as what the text is about. */
    private static final Pattern WHERE = Pattern.compile("(?:" + VerbClausePass.LOCATING + ")$");
    /** Class nouns that, with no antecedent in reach, mean the one entity of their kind the document names. */
    private static final Set<String> ONLY_ONE = Set.of("管委会");
    /** The start of a clause, before a class noun that opens it. */
    private static final Pattern CLAUSE_START = Pattern.compile("(?:^|[，,；;。])$");
    /** What follows a party that puts money in (认缴, 出资, 参与发起, 作为有限合伙人). */
    private static final Pattern PARTY_AFTER = Pattern.compile("(?:拟|已|亦|也|还|将)?(?:分别|共同|各)?(?:认缴|出资|注资|参与|作为|跟投|参投|领投)");
    /** What follows a party written after 由 (由A牵头, 由A发起). */
    private static final Pattern PARTY_AFTER_BY = Pattern.compile("(?:牵头|发起|联合|共同|出资|作为|主导)");
    /** 其 or 它 opening a clause, before what it owns or does (其总部位于…, 其研发中心设在…, 2023年它在某区设厂). */
    private static final Pattern ITS = Pattern.compile("(?:^|[，,；;。])(?:(?:19|20)[0-9]{2}年(?:[0-9]{1,2}月)?)?(其|它)(?!中|他|余|实|次|间|们)(?=\\p{IsHan})");
    /** 其 after a preposition (某局对其给予…资助): the organisation the sentence before opens with, not this one's. */
    private static final Pattern ITS_OBJECT = Pattern.compile("(?:对|向|为|给|与)(其)(?!中|他|余|实|次|间)(?=\\p{IsHan})");
    private static final int SPEAKER_MENTIONS = 3;
    /** The longest first line read as a title. */
    private static final int TITLE_LENGTH = 40;
    /** A title line: no clause marks, no full stop at its end. */
    private static final Pattern TITLE_LINE = Pattern.compile("[^，,；;。！？!?]+");
    private static final String LEGAL_TAIL = "(?:股份)?有限(?:责任)?公司$";
    /**
     * A title naming a company's own disclosure (某某股份有限公司2024年年度报告, …关于对外投资的公告, …招股说明书): the
     * text is written by that company, so 公司 and 本公司 standing alone mean it, as its 释义 would declare.
     */
    private static final Pattern DISCLOSURE = Pattern.compile("(?:年度报告|年报|季度报告|中期报告|公告|说明书|报告书|社会责任报告|ESG报告|可持续发展报告|评级报告)(?:全文|摘要|（[^（）]*）)?$");
    /** 该天使基金, 这只产业基金: a fund named by a word of its name between the determiner and 基金. */
    private static final Pattern NAMED_FUND = Pattern.compile("(该|这只|该只|此)(\\p{IsHan}{1,4}?)基金");

    private ReferringWords() {
    }

    /** The method of a first-person word's mention (我校, 我市, 我局). */
    static final String SELF_REFERENCE = "rule:self-reference";

    /** Whether a mention is a referring word rather than a name. */
    static boolean refers(Mention m) {
        return m.method().equals(SELF_REFERENCE) || m.method().equals("rule:definite-reference")
                || m.method().equals("rule:role-reference");
    }

    /** The referring words of a document, each with the entity it stands for. */
    static Map<Mention, Resolver.Entity> in(RelationContext doc) {
        Map<Mention, Resolver.Entity> found = new HashMap<>();
        selfReferences(doc, found);
        definiteReferences(doc, found);
        roleReferences(doc, found);
        return found;
    }

    private static void selfReferences(RelationContext doc, Map<Mention, Resolver.Entity> found) {
        Divisions.Division issuing = doc.resolution.issuingCity();
        Resolver.Entity city = issuing == null ? null : doc.resolution.city(issuing);
        Resolver.Entity body = doc.issuer == null ? null : doc.resolution.named(doc.issuer);
        Resolver.Entity speaker = body != null ? body : mostMentioned(doc);
        Resolver.Entity office = officeSchool(doc);
        Resolver.Entity school = body != null && SCHOOL.matcher(body.name).find() ? body : office != null ? office : school(doc);
        Resolver.Entity townGovernment = townGovernment(doc);
        Resolver.Entity town = town(doc, townGovernment);
        for (Sentence sentence : doc.sentences) {
            Matcher m = SELF.matcher(sentence.text());
            while (m.find()) {
                int after = sentence.begin() + m.end();
                if (doc.in(sentence).stream().anyMatch(x -> x.begin() == after && x.method().equals("rule:school-unit"))) {
                    continue; // 我校智能制造研究院: 我校 only says whose unit it is
                }
                Resolver.Entity place = m.group(1) != null && m.group(1).endsWith("镇") && town != null ? town : city;
                Resolver.Entity heading = m.group(3) != null ? speakerHeading(doc, sentence, m.start()) : null;
                Resolver.Entity entity = m.group(1) != null ? place : m.group(2) != null ? school
                        : m.group(3) != null ? (heading != null ? heading : speaker) : body;
                add(doc, sentence, m.start(), m.end(), entity, SELF_REFERENCE, found);
            }
            Matcher government = TOWN_GOVERNMENT.matcher(sentence.text());
            while (government.find()) {
                add(doc, sentence, government.start(1), government.end(1), townGovernment, "rule:definite-reference", found);
            }
            Matcher bare = THE_SCHOOL.matcher(sentence.text());
            while (school != null && bare.find()) {
                add(doc, sentence, bare.start(1), bare.end(1), school, "rule:definite-reference", found);
            }
        }
    }

    /**
     * A line that introduces who speaks next by an organisation and a title (二、深圳某某科技有限公司总经理, 某某研究院院长：),
     * as records of meetings and roundtables write it.
     */
    private static final Pattern SPEAKER_TITLE = Pattern.compile(
            "^[\\p{IsHan}]{0,8}?(?:总裁|总经理|董事长|首席[\\p{IsHan}]{1,4}官|负责人|代表|院长|副院长|主任|所长|校长|书记|经理|总监|部长|会长|秘书长|局长|处长|科长|主席|发言)(?:[\\p{IsHan}]{2,3}[：:])?[：:]?$");
    /** A heading line (二、…, （三）…): one that names no speaker ends the speech before it. */
    private static final Pattern HEADING_LINE = Pattern.compile("(?:^|\\n)[\\s　]*(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)])");
    private static final int SPEAKER_REACH = 12;
    /** What may open a speaker line before the organisation: an item number (一、, （二）, 3.) and spaces. */
    private static final Pattern HEADING_LEAD = Pattern.compile("[\\s　]*(?:[一二三四五六七八九十]{1,3}、|" + MentionFinder.ITEM_MARKER.pattern() + ")?[\\s　]*");

    /**
     * The organisation the nearest speaker line before a sentence names (一、某某公司副总裁 / 我们在…设立的…): 我们 in what
     * follows is that organisation, not the text's; null when no such line stands within reach.
     */
    private static Resolver.Entity speakerHeading(RelationContext doc, Sentence sentence, int at) {
        for (int s = sentence.index(); s >= Math.max(0, sentence.index() - SPEAKER_REACH); s--) {
            Sentence line = doc.sentences.get(s);
            String text = s == sentence.index() ? line.text().substring(0, at) : line.text();
            List<Mention> in = doc.in(line);
            for (int i = in.size() - 1; i >= 0; i--) {
                Mention m = in.get(i);
                if (m.end() - line.begin() > text.length()) {
                    continue;
                }
                int from = m.begin() - line.begin();
                int lineBegin = text.lastIndexOf('\n', Math.max(0, from - 1)) + 1;
                int lineEnd = text.indexOf('\n', m.end() - line.begin());
                lineEnd = lineEnd < 0 ? text.length() : lineEnd;
                String lead = text.substring(lineBegin, from).strip();
                String rest = text.substring(m.end() - line.begin(), lineEnd).strip();
                if (m.label().isOrganisation() && !refers(m) && HEADING_LEAD.matcher(lead).matches()
                        && SPEAKER_TITLE.matcher(rest).matches()) {
                    return doc.entityOf.get(m);
                }
            }
            if (HEADING_LINE.matcher(text).find()) {
                return null; // 三、高校代表, 二、会议议程: a heading that names no firm's speaker ends the last speech
            }
        }
        return null;
    }

    /**
     * The town 我镇 stands for: the one whose government the text names (its only town government), else the town it
     * names most, if twice.
     */
    private static Resolver.Entity town(RelationContext doc, Resolver.Entity government) {
        Predicate<Resolver.Entity> isTown = e -> e.label == EntityLabel.City && "town".equals(e.properties.get("level"));
        Resolver.Entity own = government == null ? null
                : mostNamed(doc, e -> isTown.test(e) && (government.name.contains(e.name)
                        || e.aliases.stream().anyMatch(a -> a.length() >= 2 && government.name.contains(a))), 1);
        return own != null ? own : mostNamed(doc, isTown, 2);
    }

    /** The one town government a text names (某某镇人民政府), which 镇政府 standing alone means; null when it names none or several. */
    private static Resolver.Entity townGovernment(RelationContext doc) {
        return only(doc, e -> e.label == EntityLabel.GovernmentAgency && e.name.matches(".*镇(?:人民)?政府"));
    }

    /**
     * The school a text by one of its offices is from (深圳某某大学科学技术部, 某某学院科研处 as its issuer or the subject its
     * title opens with): the school the office's name begins with, when the text names it; else null.
     */
    static Resolver.Entity officeSchool(RelationContext doc) {
        Resolver.Entity body = doc.issuer == null ? null : doc.resolution.named(doc.issuer);
        Resolver.Entity office = body != null ? body : titleSubject(doc);
        return office == null || SCHOOL.matcher(office.name).find() ? null
                : longestNamed(doc, e -> e != office && e.label == EntityLabel.ResearchInstitute && SCHOOL.matcher(e.name).find()
                        && office.name.startsWith(e.name));
    }

    /** Of the entities a text names that fit, the one of the longest name; the first named of equals. */
    private static Resolver.Entity longestNamed(RelationContext doc, Predicate<Resolver.Entity> fit) {
        Resolver.Entity best = null;
        for (Mention m : doc.mentions) {
            Resolver.Entity e = doc.entityOf.get(m);
            if (e != null && !refers(m) && fit.test(e) && (best == null || e.name.length() > best.name.length())) {
                best = e;
            }
        }
        return best;
    }

    /** The school 我校 stands for in a text no school issued: the university or college it names most, if any. */
    private static Resolver.Entity school(RelationContext doc) {
        return mostNamed(doc, e -> e.label == EntityLabel.ResearchInstitute && SCHOOL.matcher(e.name).find(), 1);
    }

    /** Who says 我们 in a text with no issuer (an interview, a company's report): the firm or institute it names most. */
    static Resolver.Entity mostMentioned(RelationContext doc) {
        return mostNamed(doc, e -> e.label == EntityLabel.Enterprise || e.label == EntityLabel.ResearchInstitute, SPEAKER_MENTIONS);
    }

    /**
     * The firm a text is about by its title (某某股份有限公司成立二十周年纪念册, 关于某某科技有限公司首次公开发行股票并上市辅导备案报告):
     * the one enterprise its first {@value #TITLE_LINES} lines name, when they are title lines and name no other enterprise; else null.
     */
    static Resolver.Entity topicFirm(RelationContext doc) {
        int titleEnd = -1;
        int lines = 0;
        scan:
        for (Sentence sentence : doc.sentences) {
            int at = 0;
            String text = sentence.text();
            while (at <= text.length()) {
                int next = text.indexOf('\n', at);
                int lineEnd = next < 0 ? text.length() : next;
                String line = text.substring(at, lineEnd).strip();
                if (!line.isEmpty()) {
                    if (line.length() > TITLE_LENGTH || !TITLE_LINE.matcher(line).matches() || lines == TITLE_LINES) {
                        break scan; // a sentence, not a title, or the title is over
                    }
                    lines++;
                    titleEnd = sentence.begin() + lineEnd;
                }
                if (next < 0) {
                    break;
                }
                at = next + 1;
            }
        }
        Set<Resolver.Entity> named = new HashSet<>();
        for (Mention m : doc.mentions) {
            Resolver.Entity e = doc.entityOf.get(m);
            if (m.end() <= titleEnd && e != null && !refers(m) && e.label == EntityLabel.Enterprise) {
                named.add(e);
            }
        }
        return named.size() == 1 ? named.iterator().next() : null;
    }

    private static final int TITLE_LINES = 3;

    /**
     * The entity a text is about among those a class noun stands for (本基金 in a fund's letter, 本公司 in a company's
     * report): the one it names most, at least twice; null when none is named twice.
     */
    static Resolver.Entity ownEntity(RelationContext doc, String noun) {
        return mostNamed(doc, e -> e.label != EntityLabel.City && e.label != EntityLabel.Industry && standsFor(e, noun), 2);
    }

    /** Of the entities that {@code fit} and are named at least {@code atLeast} times, the one named most; the first named of equals. */
    private static Resolver.Entity mostNamed(RelationContext doc, Predicate<Resolver.Entity> fit, int atLeast) {
        Resolver.Entity best = null;
        for (Mention m : doc.mentions) { // in document order, so that of equals the first named stays
            Resolver.Entity e = doc.entityOf.get(m);
            if (e != null && !refers(m) && e.mentions >= atLeast && fit.test(e) && (best == null || e.mentions > best.mentions)) {
                best = e;
            }
        }
        return best;
    }

    private static void definiteReferences(RelationContext doc, Map<Mention, Resolver.Entity> found) {
        Resolver.Entity speaker = doc.issuer == null ? mostMentioned(doc) : null;
        Resolver.Entity titled = titleSubject(doc);
        Map<String, Resolver.Entity> declared = doc.declaredNouns();
        Map<String, Resolver.Entity> parties = parties(doc);
        for (Sentence sentence : doc.sentences) {
            String text = sentence.text();
            Matcher party = PARTY.matcher(text);
            while (!parties.isEmpty() && party.find()) {
                add(doc, sentence, party.start(), party.end(), parties.get(party.group()), "rule:definite-reference", found);
            }
            Matcher its = ITS.matcher(text);
            while (its.find()) {
                Mention topic = topic(doc, sentence, sentence.begin() + its.start(1));
                if (topic != null) {
                    add(doc, sentence, its.start(1), its.end(1), doc.entityOf.get(topic), "rule:definite-reference", found);
                }
            }
            Matcher object = ITS_OBJECT.matcher(text);
            while (object.find()) {
                Mention topic = sentence.index() == 0 ? null : starting(doc, doc.sentences.get(sentence.index() - 1));
                if (topic != null) {
                    add(doc, sentence, object.start(1), object.end(1), doc.entityOf.get(topic), "rule:definite-reference", found);
                }
            }
            Matcher named = NAMED_FUND.matcher(text);
            while (named.find()) {
                if (named.group(2).equals("子") || named.group(2).equals("母")) {
                    continue; // 该子基金, 该母基金: class nouns of their own
                }
                String word = named.group(2);
                Mention antecedent = antecedent(doc, sentence, sentence.begin() + named.start(),
                        e -> e.label == EntityLabel.Fund && e.name.contains(word));
                if (antecedent != null) {
                    add(doc, sentence, named.start(), named.end(), doc.entityOf.get(antecedent), "rule:definite-reference", found);
                }
            }
            Matcher m = NOUN.matcher(text);
            while (m.find()) {
                boolean determined = m.group(1) != null;
                if (!determined && POLICY_NOUN.matcher(m.group(2)).matches()) {
                    continue;
                }
                if (!determined && m.group(2).equals("园")) {
                    continue; // 园 alone is a park only after 该 or 本 (入驻该园); bare, it is part of a word (公园, 入园)
                }
                boolean subFund = !determined && m.group(2).equals("子基金");
                if (subFund && (!CLAUSE_START.matcher(text.substring(0, m.start())).find() || LONGER_NOUN.matcher(text.substring(m.end())).find())) {
                    continue; // 以子基金为主, 子基金管理人: sub-funds in general; only 该子基金, or 子基金 opening a clause after one was named, is one
                }
                if (subFund) {
                    Mention fund = antecedent(doc, sentence, sentence.begin() + m.start(),
                            e -> e.label == EntityLabel.Fund && e.name.contains("子基金"));
                    if (fund != null) {
                        add(doc, sentence, m.start(), m.end(), doc.entityOf.get(fund), "rule:definite-reference", found);
                    }
                    continue;
                }
                // a determined noun before 规模 (这只基金规模15亿元) is the size of that one, no longer common noun
                if (!determined && !BARE_BEFORE.matcher(text.substring(Math.max(0, m.start() - 2), m.start())).find()
                        && !ITEM_BEFORE.matcher(text.substring(Math.max(0, m.start() - 6), m.start())).find()
                        || LONGER_NOUN.matcher(text.substring(m.end())).find() && !(determined && text.startsWith("规模", m.end()))) {
                    continue;
                }
                Resolver.Entity own = "该".equals(m.group(1)) && sameSentenceAntecedent(doc, sentence, m.start(), m.group(2))
                        ? null : carded(doc, sentence, m.group(1), m.group(2)); // X成立于2012年，该公司…: X, whatever card it stands in
                if (own == null && (m.group(1) == null || "本".equals(m.group(1)))) {
                    own = declared.get(m.group(2));
                }
                if (own == null && "本".equals(m.group(1))) {
                    own = ownEntity(doc, m.group(2));
                }
                Mention antecedent = own != null ? null : antecedent(doc, sentence, sentence.begin() + m.start(), m.group(2));
                if (own != null) {
                    add(doc, sentence, m.start(), m.end(), own, "rule:definite-reference", found); // 本基金 in a fund's letter
                } else if (antecedent != null) {
                    add(doc, sentence, m.start(), m.end(), doc.entityOf.get(antecedent), "rule:definite-reference", found);
                } else if (titled != null && standsFor(titled, m.group(2))) {
                    add(doc, sentence, m.start(), m.end(), titled, "rule:definite-reference", found); // 园区 in the park's own brochure
                } else if (speaker != null && standsFor(speaker, m.group(2))) {
                    add(doc, sentence, m.start(), m.end(), speaker, "rule:definite-reference", found); // 研究院 far from its name in its own report
                } else if (ONLY_ONE.contains(m.group(2))) {
                    add(doc, sentence, m.start(), m.end(), only(doc, m.group(2)), "rule:definite-reference", found);
                }
            }
        }
    }

    /** Whether an organisation the noun stands for is named earlier in the same sentence (X成立于2012年，该公司…). */
    private static boolean sameSentenceAntecedent(RelationContext doc, Sentence sentence, int at, String noun) {
        return doc.in(sentence).stream().anyMatch(x -> x.end() - sentence.begin() <= at && !refers(x)
                && doc.entityOf.get(x) != null && standsFor(doc.entityOf.get(x), noun));
    }

    /** The entity a text declared a class noun for (发行人、公司	指	…, （以下简称“公司”）), or null. */
    static Resolver.Entity declared(RelationContext doc, String noun) {
        return doc.declaredNouns().get(noun);
    }

    /**
     * The class nouns a text declared as short names (某某股份有限公司（以下简称“公司”或“某某”）), each with the entity it
     * stands for: standing alone, or after 本, the word means that entity wherever it is written, not the last one named.
     */
    static Map<String, Resolver.Entity> declaredNouns(RelationContext doc) {
        Map<String, Resolver.Entity> declared = new HashMap<>();
        for (Mention m : doc.mentions) {
            Resolver.Entity entity = doc.entityOf.get(m);
            if (entity == null || refers(m)) {
                continue;
            }
            Sentence sentence = doc.sentences.get(m.sentence());
            for (String noun : Resolver.declaredNouns(sentence.text(), m.begin() - sentence.begin(), m.end() - sentence.begin())) {
                if (standsFor(entity, noun) || noun.equals("集团") && entity.label == EntityLabel.Enterprise) { // 连同其附属公司统称“本集团”
                    declared.putIfAbsent(noun, entity);
                }
            }
        }
        Resolver.Entity discloser = declared.containsKey("公司") ? null : discloser(doc);
        if (discloser != null) {
            declared.put("公司", discloser);
            declared.putIfAbsent("本公司", discloser);
        }
        return declared;
    }

    /**
     * What a text is about when its title opens with it (某某产业园招商手册, 某某研究院2025年度工作总结): a class noun far
     * from any name of its kind means that entity. Null when the title opens with no organisation or park.
     */
    static Resolver.Entity titleSubject(RelationContext doc) {
        if (doc.sentences.isEmpty()) {
            return null;
        }
        Sentence title = doc.sentences.get(0);
        String text = title.text().strip();
        int line = text.indexOf('\n');
        String first = line < 0 ? text : text.substring(0, line).strip();
        if (first.length() > TITLE_LENGTH || !TITLE_LINE.matcher(first).matches()) {
            return null; // a sentence, not a title
        }
        for (Mention m : doc.in(title)) {
            Resolver.Entity e = doc.entityOf.get(m);
            if (m.begin() == title.begin() && e != null && !refers(m) && e.label != EntityLabel.City
                    && e.label != EntityLabel.Industry && e.label != EntityLabel.Policy) {
                return e;
            }
        }
        return null;
    }

    /** The company whose own disclosure the text is by its title ({@link #DISCLOSURE}), or null. */
    private static Resolver.Entity discloser(RelationContext doc) {
        Resolver.Entity titled = titleSubject(doc);
        List<String> lines = firstLines(doc, TITLE_LINES);
        if (titled != null && titled.label == EntityLabel.Enterprise) {
            return DISCLOSURE.matcher(lines.get(0)).find() ? titled : null;
        }
        Resolver.Entity topic = topicFirm(doc); // 评级报告编号：… / 某某集团有限公司 / 2025年度跟踪评级报告（节选）
        return topic != null && lines.stream().anyMatch(line -> DISCLOSURE.matcher(line).find()) ? topic : null;
    }

    /** The first {@code n} lines of a text that hold anything, stripped. */
    private static List<String> firstLines(RelationContext doc, int n) {
        List<String> lines = new ArrayList<>();
        for (Sentence sentence : doc.sentences) {
            for (String line : sentence.text().split("\n")) {
                if (!line.isBlank()) {
                    lines.add(line.strip());
                    if (lines.size() == n) {
                        return lines;
                    }
                }
            }
        }
        return lines.isEmpty() ? List.of("") : lines;
    }

    /** The entity a document has only one of for a class noun (管委会 in an interview about one zone), else null. */
    private static Resolver.Entity only(RelationContext doc, String noun) {
        return only(doc, e -> e.label != EntityLabel.City && standsFor(e, noun));
    }

    /** The one entity named in the document that {@code fits}, else null (none, or several). */
    private static Resolver.Entity only(RelationContext doc, Predicate<Resolver.Entity> fits) {
        Resolver.Entity one = null;
        for (Mention m : doc.mentions) {
            Resolver.Entity e = doc.entityOf.get(m);
            if (e != null && !refers(m) && fits.test(e)) {
                if (one != null && one != e) {
                    return null;
                }
                one = e;
            }
        }
        return one;
    }

    /**
     * What 其 at the start of a clause stands for: the organisation the sentence starts with, when
     * it starts before 其, else the one the sentence before starts with.
     */
    private static Mention topic(RelationContext doc, Sentence sentence, int at) {
        Mention here = starting(doc, sentence);
        if (here != null && here.end() <= at) {
            return here;
        }
        return sentence.index() == 0 ? null : starting(doc, doc.sentences.get(sentence.index() - 1));
    }

    private static Mention starting(RelationContext doc, Sentence sentence) {
        Mention opening = doc.opening(sentence);
        return opening != null && opening.label().isOrganisation() ? opening : null;
    }

    /**
     * The last mention before {@code at} within reach whose entity's name ends with the noun (a fund's with its
     * legal tail); one written as a party that puts money in or leads (由某母基金牵头, 某母基金认缴) only when
     * there is no other: 该基金 is the fund they set up, not them.
     */
    static Mention antecedent(RelationContext doc, Sentence sentence, int at, String noun) {
        return antecedent(doc, sentence, at, entity -> standsFor(entity, noun));
    }

    /** The same search for an entity that {@code fits} (a fund whose name holds 天使, for 该天使基金). */
    static Mention antecedent(RelationContext doc, Sentence sentence, int at, Predicate<Resolver.Entity> fits) {
        Mention party = null;
        for (int s = sentence.index(); s >= Math.max(0, sentence.index() - REACH); s--) {
            Sentence where = doc.sentences.get(s);
            List<Mention> mentions = doc.in(where);
            for (int i = mentions.size() - 1; i >= 0; i--) {
                Mention m = mentions.get(i);
                Resolver.Entity entity = doc.entityOf.get(m);
                if (m.end() <= at && entity != null && entity.label != EntityLabel.City && entity.label != EntityLabel.Industry
                        && fits.test(entity)) {
                    if (!isParty(where, m) && !whereSomethingIs(where, m)) {
                        return m;
                    }
                    party = party == null ? m : party;
                }
            }
        }
        return party;
    }

    /**
     * Whether a park is written only as where something else is (X位于某开发区东部片区, 设在某园): 园区 in the next clause is
     * X, the topic, not the place it lies in.
     */
    private static boolean whereSomethingIs(Sentence sentence, Mention m) {
        return m.label() == EntityLabel.Park
                && WHERE.matcher(sentence.text().substring(0, m.begin() - sentence.begin())).find();
    }

    /** Whether a mention is written as one who leads or puts money into something else (由A牵头, A认缴3亿元, A参与发起). */
    static boolean isParty(Sentence sentence, Mention m) {
        String text = sentence.text();
        int from = m.begin() - sentence.begin();
        int to = m.end() - sentence.begin();
        String before = text.substring(Math.max(0, from - 1), from);
        String after = text.substring(to, Math.min(text.length(), to + 4));
        return PARTY_AFTER.matcher(after).lookingAt() || before.equals("由") && PARTY_AFTER_BY.matcher(after).lookingAt();
    }

    /**
     * 本基金, 该基金 or a bare 基金 among a card's fields (备注：本基金由A与B共同发起): the card's entry, when the noun stands
     * for it (see {@link RelationContext#cardEntry}); else null.
     */
    private static Resolver.Entity carded(RelationContext doc, Sentence sentence, String determiner, String noun) {
        Mention entry = doc.cardEntry(sentence);
        Resolver.Entity entity = entry == null ? null : doc.entityOf.get(entry);
        boolean near = determiner == null || determiner.equals("本") || determiner.equals("该");
        return near && entity != null && standsFor(entity, noun) ? entity : null;
    }

    private static boolean standsFor(Resolver.Entity entity, String noun) {
        String name = entity.name.replaceAll("[（(][^（()）]*[）)]$", "");
        if (RelationContext.COMPANY_ROLES.contains(noun)) { // 公司, 发行人, 标的企业, 借款人…
            return entity.label == EntityLabel.Enterprise;
        }
        return switch (noun) {
            case "基金", "子基金" -> entity.label == EntityLabel.Fund;
            case "园区" -> entity.label == EntityLabel.Park;
            case "管委会" -> entity.label == EntityLabel.GovernmentAgency && (name.endsWith("管委会") || name.endsWith("管理委员会"));
            case "合伙企业" -> entity.label == EntityLabel.Fund || name.endsWith(noun);
            case "中心" -> name.endsWith(noun) && entity.label != EntityLabel.GovernmentAgency;
            default -> name.endsWith(noun) || name.endsWith(noun + "合伙企业")
                    || name.replaceFirst(LEGAL_TAIL, "").endsWith(noun); // 集团 for 某某产业投资集团有限公司
        };
    }

    /** A party of an agreement written by its letter (甲方, 乙方, 丙方, 丁方), not as the label of its own line (甲方：). */
    private static final Pattern PARTY = Pattern.compile("[甲乙丙丁]方(?![：:])");
    /** The line that declares a party: 甲方：某某有限公司 (or 甲方（受托方）：…). */
    private static final Pattern PARTY_LINE = Pattern.compile("^\\s*([甲乙丙丁]方)(?:[（(][^）)]{1,8}[）)])?[：:]\\s*");

    /**
     * The parties an agreement declares on lines of their own (甲方：某某管委会 / 乙方：某某有限公司), by letter: each letter
     * written elsewhere in the text stands for its party (甲方、乙方、丙方本着…, 丙方派驻研发团队).
     */
    static Map<String, Resolver.Entity> parties(RelationContext doc) {
        Map<String, Resolver.Entity> parties = new HashMap<>();
        for (Sentence sentence : doc.sentences) {
            Matcher line = PARTY_LINE.matcher(sentence.text());
            if (!line.lookingAt() || parties.containsKey(line.group(1))) {
                continue;
            }
            int valueStart = sentence.begin() + line.end();
            doc.in(sentence).stream().filter(m -> m.begin() == valueStart && m.label() != EntityLabel.City && m.label() != EntityLabel.Industry)
                    .findFirst().map(doc.entityOf::get).ifPresent(e -> parties.put(line.group(1), e));
        }
        return parties;
    }

    /**
     * A line that gives a role its organisation: an optional item number, a role word ending in 单位, 人 or 方 (建设单位,
     * 竞得人, 受让方), an optional bracket, a colon, then the organisation. Letter parties (甲方) are read by {@link #parties}.
     */
    private static final Pattern ROLE_LINE = Pattern.compile(
            "^\\s*(?:[（(][一二三四五六七八九十0-9]{1,3}[）)]|[0-9]{1,2}[.、．]|[一二三四五六七八九十]{1,3}、)?\\s*"
                    + "(" + RelationContext.ROLE_WORD + ")(?:[（(][^）)]{1,8}[）)])?[：:]\\s*");
    /** What may stand right before a role word standing alone: the start of a clause, a preposition, or a verb that takes a party. */
    private static final Pattern ROLE_BEFORE = Pattern.compile("(?:^|[，,；;：:。、（(“\"\\s]|由|与|和|同|向|对|为|经|系|是|将|请|即)$");

    /** Where a role line gave its role an organisation. */
    private record RoleLine(int at, int sentence, String role, Resolver.Entity entity) {
    }

    /**
     * Role words standing alone (建设单位委托…编制, 竞得人系某公司设立的子公司): the organisation the last line before it that
     * declares that role gave ({@link #ROLE_LINE}). A text of several records (one block per project) gives each block's
     * words its own unit. Not the role's own line, nor a word inside a longer one (基金管理人 for a line's 管理人).
     */
    private static void roleReferences(RelationContext doc, Map<Mention, Resolver.Entity> found) {
        List<RoleLine> lines = new java.util.ArrayList<>();
        for (Sentence sentence : doc.sentences) {
            String text = sentence.text();
            int lineStart = 0;
            for (String line : text.split("\n", -1)) {
                Matcher role = ROLE_LINE.matcher(line);
                if (role.lookingAt()) {
                    int valueStart = sentence.begin() + lineStart + role.end();
                    doc.in(sentence).stream()
                            .filter(m -> m.begin() == valueStart && m.label().isOrganisation() && !refers(m))
                            .findFirst().map(doc.entityOf::get)
                            .ifPresent(e -> lines.add(new RoleLine(valueStart, sentence.index(), role.group(1), e)));
                }
                lineStart += line.length() + 1;
            }
        }
        if (lines.isEmpty()) {
            return;
        }
        for (Sentence sentence : doc.sentences) {
            String text = sentence.text();
            for (String role : lines.stream().map(RoleLine::role).distinct().toList()) {
                for (int i = text.indexOf(role); i >= 0; i = text.indexOf(role, i + 1)) {
                    int at = sentence.begin() + i;
                    int end = i + role.length();
                    if (end < text.length() && ":：（(".indexOf(text.charAt(end)) >= 0
                            || !ROLE_BEFORE.matcher(text.substring(Math.max(0, i - 2), i)).find()) {
                        continue; // the role's own line, or part of a longer word
                    }
                    RoleLine last = null;
                    for (RoleLine line : lines) {
                        if (line.at() < at && line.role().equals(role)) {
                            last = line;
                        }
                    }
                    if (last != null && sameRecord(doc, last.sentence(), sentence.index())) {
                        add(doc, sentence, i, end, last.entity(), "rule:role-reference", found);
                    }
                }
            }
        }
    }

    /**
     * Whether two sentences stand in one record: every sentence from the first to the second belongs to a card (a
     * heading or a line without a label between them ends the record: 二、下一个项目, 办理须知).
     */
    private static boolean sameRecord(RelationContext doc, int from, int to) {
        for (int s = from; s <= to; s++) {
            if (doc.cardEntry(doc.sentences.get(s)) == null) {
                return false;
            }
        }
        return true;
    }

    private static void add(RelationContext doc, Sentence sentence, int from, int to, Resolver.Entity entity, String method,
                            Map<Mention, Resolver.Entity> found) {
        int begin = sentence.begin() + from;
        int end = sentence.begin() + to;
        boolean inside = doc.in(sentence).stream().anyMatch(x -> x.begin() < end && begin < x.end());
        if (entity != null && !inside) {
            found.put(new Mention(entity.label, sentence.text().substring(from, to), begin, end, sentence.index(), method), entity);
        }
    }
}
