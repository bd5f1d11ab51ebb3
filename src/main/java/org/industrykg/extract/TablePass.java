package org.industrykg.extract;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

import org.industrykg.nlp.Sentence;

/**
 * The rows of a table state facts about their entity, typed by the header of each column
 * ({@code extract/table-columns.lex}): 依托单位 FOUNDED the row's centre, 所在地区 HOSTS it, 所属产业 is
 * its industry ({@code rule:table-column}). A table is a run of sentences whose cells are
 * separated by tabs, as the normaliser writes HTML, PDF and Word tables. The same headers label
 * the fields of an entry written one per line (名称：…, 注册地址：…, 基金管理人：…), as in the
 * party descriptions of announcements ({@code rule:labelled-field}).
 */
final class TablePass implements RelationPass {

    /** What a column holds; see the header of {@code table-columns.lex}. */
    enum Role {
        NAME, FOUNDER, OPERATOR, PARTNER, TEAM, PARTY, HOW, SUPPORTER, PLACE, INDUSTRY, PRODUCT, MANAGER, INVESTOR, GRANT, PORTFOLIO, SUBSIDIARY,
        PROFILE, MANAGED,
        /** The firms a row's park, zone or place holds (龙头企业, 骨干企业), or that stand for its industry. */
        MEMBER,
        /** A column of the things a row lists (装备名称, 产品名称): no organisation, so never the row's entity. */
        ITEM,
        /** A place column whose header names another column's organisations (投资方所在区, 合作单位所在地): their place, not the row's. */
        OTHERS_PLACE
    }

    /** Header cells of the firms a partner table lists (合作企业), the row's entity when another partner column stands beside. */
    private static final Set<String> PARTNER_FIRMS = Set.of("合作企业", "合作公司");
    /** Roles of columns of organisations other than the row's own, whose place a header may name (投资方所在区). */
    private static final Set<Role> OTHERS = EnumSet.of(Role.INVESTOR, Role.FOUNDER, Role.PARTNER, Role.OPERATOR, Role.MANAGER,
            Role.SUBSIDIARY, Role.PARTY);

    private static final Set<EntityLabel> ORGANISATIONS = EnumSet.of(EntityLabel.Enterprise, EntityLabel.ResearchInstitute,
            EntityLabel.Platform, EntityLabel.Association, EntityLabel.Fund, EntityLabel.Park, EntityLabel.GovernmentAgency);
    private static final Set<EntityLabel> FOUNDERS = EnumSet.of(EntityLabel.Enterprise, EntityLabel.ResearchInstitute,
            EntityLabel.GovernmentAgency, EntityLabel.Association, EntityLabel.Platform);
    private static final double CONFIDENCE = 0.7;
    /** What an investors' column of a table with a name column puts money into: the row's firm, institute or fund. */
    private static final Set<EntityLabel> INVESTED = EnumSet.of(EntityLabel.Enterprise, EntityLabel.ResearchInstitute,
            EntityLabel.Fund);
    /** What a work plan's task builds, so that its lead unit FOUNDED it: parks, platforms, funds, new institutes' centres. */
    private static final Set<EntityLabel> BUILT = EnumSet.of(EntityLabel.Park, EntityLabel.Platform, EntityLabel.Fund);
    /** A name cell that names a project rather than an organisation. */
    private static final Pattern PROJECT = Pattern.compile("项目$");
    /** A short bracket inside a header cell, between its words (首台（套）使用单位), not the unit at its end (金额（万元）). */
    private static final Pattern INNER_BRACKET = Pattern.compile("[（(][^（()）]{1,4}[）)](?=\\p{IsHan})");
    /** The number of a money cell, and the unit its header gives (资助金额（万元）). */
    private static final Pattern NUMBER = Pattern.compile("^[0-9][0-9,]*(?:\\.[0-9]+)?$");
    private static final Pattern UNIT = Pattern.compile("(亿|万)?元");
    /**
     * The heading of a list of a park's residents (2025年第二批入驻企业名录, 园区公共服务平台名录, 新落户项目一览):
     * the park it names, or the one the text's title names, HOSTS each row's organisation.
     */
    private static final Pattern RESIDENTS = Pattern.compile("(?:入驻|落户|入园|进驻|园区|园内)[^，。；]{0,12}(?:企业|项目|平台|机构|单位)"
            + "|租赁台账|租户(?:名录|名单|清单|一览|信息)|承租(?:单位|企业|方|人)"); // a park's lease ledger lists its tenants
    /** A line drawn across a plain-text table (-----, =====, ━━━━). */
    private static final Pattern RULE_LINE = Pattern.compile("\\s*[-=—─━＿_＝－\\s]{6,}");
    /** How many lines above a table its residents' heading may stand. */
    private static final int RESIDENTS_REACH = 8;
    /** The heading of a fund's list of investments (投资组合明细, 被投企业一览): the fund FUNDS each row's firm. */
    private static final Pattern PORTFOLIO_HEADING = Pattern.compile("投资组合|被投企业|被投资企业|已投企业|已投项目|投资明细|投资项目明细");
    /** A label that opens a list on the lines below it (有限合伙人（按认缴出资额排序）：). */
    /**
     * A line that groups the rows of a table under it (（一）深圳市参会单位, 二、核心部件企业, 第三类 应用场景): an enumerator, or
     * a short line ending in a noun of groups; the rows below it keep the table's header.
     */
    private static final Pattern GROUP_ROW = Pattern.compile("(?:[（(][一二三四五六七八九十0-9]{1,3}[)）]|[一二三四五六七八九十]{1,3}[、.．]|第[一二三四五六七八九十]{1,3}[类组批])"
            + "[\\p{IsHan}A-Za-z0-9·、]{0,20}|[\\p{IsHan}A-Za-z0-9·、]{2,16}(?:单位|企业|机构|高校|院所|类|组)");
    /** A group of rows not (yet) of what the table lists (二、拟引进企业, （三）储备项目): the table ends there. */
    private static final Pattern NOT_YET = Pattern.compile("拟|计划|意向|储备|待|潜在|退出|洽谈|在谈");
    private static final Pattern LIST_LABEL = Pattern.compile("^([^：:，。\\t]{2,16}?)(?:[（(][^）)]*[）)])?[：:]\\s*$");
    private static final Set<EntityLabel> RESIDENT_LABELS = EnumSet.of(EntityLabel.Enterprise, EntityLabel.ResearchInstitute,
            EntityLabel.Platform);
    /** Labels of a firm's card whose text tells what it did (异地布局, 合作情况, 产学研合作): read clause by clause as a profile. */
    private static final Pattern FREE_FIELD = Pattern.compile("布局|合作|孵化|产学研|异地|对外投资|子公司");

    /** A field written inside the line of the entry it belongs to (1、某某有限公司，注册地址：某某区（…），…). */
    private static final Pattern INLINE_FIELD = Pattern.compile("[，,；;\\t]([^：:，,。；;\\t]{2,8})[：:]([^，,。；;\\t]*)"
            + "|[，,；;](住所地|住所|注册地址|注册地|经营场所|办公地址)([^：:，,。；;]+)");
    /** The label of a party's line in a judgment or an application (原告：, 被告：, 申请人：): its inline fields are the party's. */
    private static final Pattern PARTY_LABEL = Pattern.compile("^(?:原告|被告|原审原告|原审被告|上诉人|被上诉人|第三人|[甲乙丙丁]方|"
            + RelationContext.ROLE_WORD + ")$");

    /** A header cell naming one side of a cooperation by its place or letter (深圳方, 中山方, 港方). */
    private static final Pattern SIDE = Pattern.compile("[\\p{IsHan}]{1,4}方");
    /** What a cooperation's way says when one side set the other up (在中山设立全资子公司). */
    private static final Pattern SETS_UP_CHILD = Pattern.compile("子公司|分公司");
    /** What a cooperation's way says when the sides put money into the row's fund (共同出资, 认缴2亿元). */
    private static final Pattern PUTS_MONEY = Pattern.compile("出资|认缴|注资|投资");

    /** What the sides of a ledger's row build together when the row names it: a park, a platform, a centre. */
    private static final Set<EntityLabel> BUILT_BY_SIDES = EnumSet.of(EntityLabel.Park, EntityLabel.Platform,
            EntityLabel.ResearchInstitute);

    private final Map<String, Set<Role>> roleOf;

    TablePass(Map<String, Set<Role>> roleOf) {
        this.roleOf = Map.copyOf(roleOf);
    }

    static TablePass load(String resource) {
        return new TablePass(Resources.classedWords(resource, Role.class));
    }

    @Override
    public String name() {
        return "rule:table-column";
    }

    @Override
    public void find(RelationContext doc, List<ExtractedRelation> out) {
        List<Role> header = null;
        String headerText = null;
        List<int[]> headerCells = List.of();
        Mention entry = null;
        Mention body = doc.issuingBody();
        Sentence heading = null;
        List<Sentence> above = new ArrayList<>(); // the lines since the last table
        Mention host = null;
        Mention portfolioFund = null;
        Mention pairEntry = null;
        Role listed = null;
        for (Sentence sentence : doc.sentences) {
            if (RULE_LINE.matcher(sentence.text()).matches()) {
                continue; // ------ under a fixed-width header: the table goes on
            }
            List<int[]> cells = cells(sentence.text());
            List<Mention> here = doc.in(sentence).stream().filter(m -> !ReferringWords.refers(m) || fillsCell(doc, sentence, cells, m)).toList();
            if (listed == Role.PROFILE && cells.size() < 2 && entry != null && listedItem(sentence.text())) {
                ProfileReader.read(doc, sentence, sentence.begin(), entry, out); // 合作高校院所： then （1）与某大学共建…: the card's
                continue;
            }
            if (listed != null && listed != Role.PROFILE && (cells.size() < 2 || header == null)) {
                if (listItem(doc, sentence, here, listed, entry, out)) {
                    continue;
                }
                listed = null;
            }
            if (cells.size() < 2 && header != null && GROUP_ROW.matcher(sentence.text().strip()).matches()
                    && !NOT_YET.matcher(sentence.text()).find()) {
                heading = sentence;
                above.add(sentence); // 二、园区公共服务平台名录 may head the next table instead
                continue; // （一）深圳市参会单位: a group of the table's rows, not its end
            }
            if (cells.size() < 2 || fieldCells(sentence.text(), cells)) {
                Matcher label = LIST_LABEL.matcher(sentence.text().strip());
                Role role = label.matches() ? roleIn(label.group(1)) : null;
                listed = role == Role.INVESTOR || role == Role.PORTFOLIO ? role
                        : label.matches() && (role == Role.PARTNER || role == Role.FOUNDER || FREE_FIELD.matcher(label.group(1)).find())
                        ? Role.PROFILE : null; // 合作高校院所： then （1）与某大学共建…
                heading = sentence;
                above.add(sentence);
                if (doc.issuer == null) { // the body a list's heading names gives what the list grants
                    body = here.stream().filter(m -> m.label() == EntityLabel.GovernmentAgency || m.label() == EntityLabel.Fund).findFirst()
                            .orElse(body); // 某科技发展基金公布…资助名单: a fund grants too
                }
                header = null;
                Mention before = entry;
                entry = field(doc, sentence, here, entry, out);
                inlineFields(doc, sentence, here, before, out);
                continue;
            }
            if (cells.size() != 2) {
                pairEntry = null;
            } else if (header == null || !header.contains(Role.NAME) || pairEntry != null) {
                Mention named = pairEntry(sentence, cells, here);
                if (named != null) {
                    pairEntry = named; // 名称 | 某某科技有限公司: the lines of two cells after it are its facts
                    continue;
                }
            }
            if (cells.size() == 2 && pageField(doc, sentence, cells, here, pairEntry != null ? pairEntry : entry, pairEntry != null, out)) {
                continue;
            }
            List<Role> roles = roles(sentence.text(), cells, here, sentence.begin());
            if (roles == null && header == null && doc.fieldsFollow(sentence)) {
                entry = doc.headingEntry(sentence); // 1．某某科技｜B轮｜数亿元: the deal the lines under it describe, or none read
            }
            if (roles != null) {
                header = roles;
                headerText = sentence.text();
                headerCells = cells;
                above.add(sentence); // the header itself may say whose rows these are (承租单位)
                host = residentsHost(doc, above);
                above.clear();
                portfolioFund = heading != null && PORTFOLIO_HEADING.matcher(heading.text()).find()
                        ? doc.in(heading).stream().filter(m -> m.label() == EntityLabel.Fund).findFirst()
                                .orElse(fundOf(doc, entry))
                        : heading != null && OUTWARD_HEADING.matcher(heading.text()).find() ? ownCompany(doc, entry) : null;
            } else if (header != null) {
                if (header.contains(Role.NAME) || !PARTNER_ROLES.containsAll(header.stream().filter(java.util.Objects::nonNull).toList())) {
                    row(doc, sentence, cells, header, here, entry, invested(doc, entry, heading, headerText, headerCells, header),
                            portfolioFund, out);
                    parentOf(doc, sentence, cells, header, here, entry, heading, out);
                } // a table of partners alone (合作单位 | 合作形式) has no row entity: its partners are the text's own party's
                ownPartners(doc, sentence, cells, header, headerText, headerCells, here, out);
                Mention subject = host == null ? null : subject(sentence, cells, header, here);
                if (subject != null && RESIDENT_LABELS.contains(subject.label()) && !parkInPlaceColumn(sentence, cells, header, here)) {
                    doc.link(out, RelationType.HOSTS, host, subject, "rule:table-residents", CONFIDENCE, sentence, Map.of());
                }
                Mention invested = portfolioFund == null ? null : subject(sentence, cells, header, here);
                if (invested != null && invested.label() == EntityLabel.Enterprise) {
                    doc.link(out, RelationType.FUNDS, portfolioFund, invested, "rule:table-portfolio", CONFIDENCE, sentence, Map.of());
                }
                contributed(doc, sentence, cells, headerText, headerCells, header, here, entry, out);
                placedProjects(doc, sentence, cells, header, headerText, headerCells, here, out);
                int grant = header.indexOf(Role.GRANT);
                if (grant >= 0 && grant < cells.size() && grant < headerCells.size() && body != null) {
                    granted(doc, sentence, cells, header, here, body,
                            headerText.substring(headerCells.get(grant)[0], headerCells.get(grant)[1]), cells.get(grant), out);
                }
            }
        }
    }

    /**
     * A table of partners without a name column (合作单位 | 合作形式 | 主要内容) in a company's or institute's own report: the
     * organisations of its partner column work with the text's own party ({@code rule:table-own-partners}), the company it
     * declares (（以下简称“公司”）), else the one its title names (某某大学2025年度产学研合作工作总结), else the school an
     * office of which wrote it (某某大学科学技术部). So do the rows of a list of its own suppliers or customers (供应商名称 |
     * 所在地 | 供应物料).
     */
    private static void ownPartners(RelationContext doc, Sentence sentence, List<int[]> cells, List<Role> header, String headerText,
                                    List<int[]> headerCells, List<Mention> here, List<ExtractedRelation> out) {
        if (header.contains(Role.SUPPORTER)) {
            return; // a work plan's lead units lead its tasks
        }
        int name = header.indexOf(Role.NAME);
        boolean suppliers = listsSuppliers(headerText, headerCells, name);
        if (!suppliers && name >= 0 && (name >= cells.size()
                || in(sentence, cells.get(name), here).stream().anyMatch(m -> ORGANISATIONS.contains(m.label())))) {
            return; // the row names its own party; a name cell without one (订单班名称 | 合作企业: 某某班) leaves the text's
        }
        Mention own = doc.declaredCompany();
        if (own == null) {
            Resolver.Entity titled = ReferringWords.titleSubject(doc); // 某某大学2025年度产学研合作工作总结, not the body that lists projects
            own = titled == null || titled.label != EntityLabel.Enterprise && titled.label != EntityLabel.ResearchInstitute ? null
                    : doc.firstNaming(titled);
        }
        if (own == null) { // 某某大学科学技术部: a school office's table of contracts lists the school's partners
            own = doc.firstNaming(ReferringWords.officeSchool(doc));
        }
        if (own == null) {
            return;
        }
        for (int c = 0; c < Math.min(cells.size(), header.size()); c++) {
            if (header.get(c) == Role.PARTNER || header.get(c) == Role.FOUNDER || suppliers && c == name) {
                Mention party = own;
                in(sentence, cells.get(c), here).stream().filter(m -> FOUNDERS.contains(m.label()) && !doc.key(m).equals(doc.key(party)))
                        .forEach(m -> add(doc, sentence, RelationType.PARTNERS_WITH, m, party, "rule:table-own-partners", out));
            }
        }
    }

    /** The header of a name column that lists a firm's own suppliers or customers (供应商名称, 客户名称, 合格供方). */
    private static final Pattern SUPPLIERS = Pattern.compile("供应商|供方|客户|外协");

    /** Whether the header's name column, at {@code name} (or -1), lists a firm's own suppliers or customers. */
    private static boolean listsSuppliers(String headerText, List<int[]> headerCells, int name) {
        return name >= 0 && name < headerCells.size()
                && SUPPLIERS.matcher(headerText.substring(headerCells.get(name)[0], headerCells.get(name)[1])).find();
    }

    /** Whether a referring word is a whole cell of its row (发行人, 公司): the entity the text declared it for. */
    private static boolean fillsCell(RelationContext doc, Sentence sentence, List<int[]> cells, Mention m) {
        int from = m.begin() - sentence.begin();
        int to = m.end() - sentence.begin();
        String word = sentence.text().substring(from, to);
        return cells.size() >= 2 && ReferringWords.declared(doc, word.replaceFirst("^本", "")) != null
                && cells.stream().anyMatch(c -> sentence.text().substring(c[0], c[1]).strip().equals(word) && c[0] <= from && to <= c[1]);
    }

    /** Whether a row names its own park in a place column (落户园区): the residents' heading then gives no host. */
    private static boolean parkInPlaceColumn(Sentence sentence, List<int[]> cells, List<Role> header, List<Mention> here) {
        for (int c = 0; c < Math.min(cells.size(), header.size()); c++) {
            if (header.get(c) == Role.PLACE && in(sentence, cells.get(c), here).stream().anyMatch(m -> m.label() == EntityLabel.Park)) {
                return true;
            }
        }
        return false;
    }

    /**
     * What the investors of a table put money into: a company's shareholders (股东名称) the company the text declares
     * (its definitions, （以下简称“公司”）), else the firm of the entry above; partners (合伙人, 出资人) the fund of the
     * entry above or of the text.
     */
    private static Mention invested(RelationContext doc, Mention entry, Sentence heading, String headerText, List<int[]> headerCells,
                                    List<Role> header) {
        int investors = header.indexOf(Role.INVESTOR);
        if (investors < 0 || investors >= headerCells.size()) {
            return null;
        }
        int[] cell = headerCells.get(investors);
        if (!SHAREHOLDER.matcher(headerText.substring(cell[0], cell[1])).find()) {
            return fundOf(doc, entry);
        }
        Mention company = tableOwner(doc, entry, heading);
        return company != null ? company : fundOf(doc, entry);
    }

    /** The firm a table's rows belong to when no column names it: the one the line above names, else the text's company. */
    private static Mention tableOwner(RelationContext doc, Mention entry, Sentence heading) {
        Mention named = headingFirm(doc, heading);
        return named != null ? named : ownCompany(doc, entry);
    }

    /**
     * A table of subsidiaries with no column of their parents (子公司名称 | 持股比例 | 主营业务): each row's firm was set up
     * by the firm the line above the table names (公司主要子公司如下：, 某某集团的下属企业情况如下：), a declared word for it
     * counting, else by the company the text is about ({@code rule:table-subsidiaries}).
     */
    private static void parentOf(RelationContext doc, Sentence sentence, List<int[]> cells, List<Role> header, List<Mention> here,
                                 Mention entry, Sentence heading, List<ExtractedRelation> out) {
        int column = header.indexOf(Role.SUBSIDIARY);
        if (column < 0 || column >= cells.size() || header.contains(Role.NAME) || header.contains(Role.FOUNDER)
                || header.contains(Role.INVESTOR)) {
            return;
        }
        Mention parent = tableOwner(doc, entry, heading);
        if (parent == null) {
            return;
        }
        in(sentence, cells.get(column), here).stream()
                .filter(m -> m.label() == EntityLabel.Enterprise && !doc.key(m).equals(doc.key(parent))).findFirst()
                .ifPresent(child -> doc.link(out, RelationType.FOUNDED, parent, child, "rule:table-subsidiaries", CONFIDENCE, sentence,
                        Map.of()));
    }

    /**
     * The one firm the line above a table names, a short name or word the text declared for it counting (截至公告日某某机器人
     * 共有股东23名，持股3%以上的股东如下：, 截至年末公司主要子公司如下：), or null when it names none or several.
     */
    private static Mention headingFirm(RelationContext doc, Sentence heading) {
        if (heading == null) {
            return null;
        }
        List<Mention> firms = doc.in(heading).stream().filter(m -> m.label() == EntityLabel.Enterprise).toList();
        return firms.stream().map(doc::key).distinct().count() == 1 ? firms.get(0) : null;
    }

    /**
     * A line of two cells outside any table, a label and its value (注册地址 | 深圳市某区某街道…, 经营范围 | 智能机器人的研发…),
     * as a company page lays out its facts: where it is and its fields, said of the card's entry or the company the
     * page is about ({@link #ownCompany}); true when the line was read so.
     */
    private boolean pageField(RelationContext doc, Sentence sentence, List<int[]> cells, List<Mention> here, Mention entry,
                              boolean named, List<ExtractedRelation> out) {
        String label = sentence.text().substring(cells.get(0)[0], cells.get(0)[1]).strip();
        Role role = label.length() > 8 || NOT_OWN_ADDRESS.matcher(label).find() ? null : fieldRole(label);
        if (role != Role.PLACE && role != Role.INDUSTRY) {
            return false;
        }
        Mention card = doc.cardEntry(sentence);
        Mention company = named ? entry : card != null ? card : ownCompany(doc, entry);
        if (company == null) {
            return false;
        }
        int from = sentence.begin() + cells.get(1)[0];
        int to = sentence.begin() + cells.get(1)[1];
        List<Mention> value = TriggerPass.unqualified(here.stream().filter(m -> m.begin() >= from && m.end() <= to).toList());
        if (value.isEmpty() || value.contains(company)) {
            return false; // a header (所在地区 | 企业数量), or a row that names its own party
        }
        state(doc, sentence, company, role, value, "rule:labelled-field", out);
        return true;
    }

    /** Address labels that are not where the organisation itself is (地址 of an event, 联系地址, 通讯地址). */
    private static final Pattern NOT_OWN_ADDRESS = Pattern.compile("^地址$|联系|通讯|活动|会议|会场|邮寄");

    /** The organisation a line of two cells names as its entry (名称 | 某某科技有限公司, 企业名称 | …), or null. */
    private Mention pairEntry(Sentence sentence, List<int[]> cells, List<Mention> here) {
        String label = sentence.text().substring(cells.get(0)[0], cells.get(0)[1]).strip();
        if (label.length() > 8 || fieldRole(label) != Role.NAME) {
            return null;
        }
        List<Mention> value = in(sentence, cells.get(1), here);
        return value.size() == 1 && RelationContext.CARD_ENTRIES.contains(value.get(0).label()) ? value.get(0) : null;
    }

    /** What heads a company's own investments (对外投资, 参股企业): its rows are firms the company put money into. */
    private static final Pattern OUTWARD_HEADING = Pattern.compile("对外投资|参股(?:企业|公司)|投资企业");

    /**
     * The company a table of shareholders or of investments belongs to: the one the text declares (its definitions,
     * （以下简称“公司”）), else the firm of the entry above, else the firm the text's title opens with (a business-information
     * page: 某某科技有限公司 - 工商信息_股东信息), or null.
     */
    private static Mention ownCompany(RelationContext doc, Mention entry) {
        Mention declared = doc.declaredCompany();
        if (declared != null) {
            return declared;
        }
        if (entry != null && entry.label() == EntityLabel.Enterprise) {
            return entry;
        }
        Resolver.Entity titled = ReferringWords.titleSubject(doc);
        return titled == null || titled.label != EntityLabel.Enterprise ? null : doc.firstNaming(titled);
    }

    /** 投资方 | 投资方所在区: the place of column {@code c} is where the organisations of the column before it are. */
    private static void othersPlace(RelationContext doc, Sentence sentence, List<int[]> cells, List<Role> header, List<Mention> here,
                                    int c, List<ExtractedRelation> out) {
        List<Mention> places = in(sentence, cells.get(c), here);
        for (int o = c - 1; o >= 0; o--) {
            if (OTHERS.contains(header.get(o)) && o < cells.size()) {
                in(sentence, cells.get(o), here).stream().filter(m -> FOUNDERS.contains(m.label())) // the row's own too, when it is one
                        .forEach(m -> state(doc, sentence, m, Role.PLACE, places, "rule:table-column", out));
                break;
            }
        }
    }

    /** A subsidiary cell that names a partner, not a firm of the row's own (（与某某公司合作生产）, 委托某某代工). */
    private static final Pattern WORKS_WITH = Pattern.compile("与|合作|委托|代工");

    /** The roles of a table of partners alone (合作单位 | 合作形式): its rows have no entity of their own. */
    private static final Set<Role> PARTNER_ROLES = EnumSet.of(Role.PARTNER, Role.FOUNDER);

    /**
     * The label of a deal's line of investors under its firm (1．某某科技｜B轮｜数亿元, then 领投：某某资本 and 跟投：…): the
     * bare verbs, which as words of a cell (某某资本领投) make no header.
     */
    private static final Pattern DEAL_LABEL = Pattern.compile("(?:联合)?(?:领投|跟投|参投)");

    /** The header words of a company's investors: its shareholders, or those a share issue was placed with. */
    private static final Pattern SHAREHOLDER = Pattern.compile("股东|发行对象|认购对象|获配对象|认购方");

    /** The fund a table or list belongs to: that of the entry above it, else the text's own fund (本基金), or null. */
    private static Mention fundOf(RelationContext doc, Mention entry) {
        return entry != null && entry.label() == EntityLabel.Fund ? entry : doc.ownFund();
    }

    /**
     * One line of a list under a label (有限合伙人：, 投资组合：) that opens with an organisation: its partners
     * FUND the fund of the entry above or of the text, or that fund FUNDS its firm ({@code rule:labelled-list}).
     * Returns false when the line opens with none, which ends the list.
     */
    private static boolean listItem(RelationContext doc, Sentence sentence, List<Mention> here, Role role, Mention entry,
                                    List<ExtractedRelation> out) {
        Mention item = RelationContext.opening(sentence, here);
        if (item == null || !ORGANISATIONS.contains(item.label())) {
            return false;
        }
        Mention fund = fundOf(doc, entry);
        if (fund != null && role == Role.INVESTOR && (FOUNDERS.contains(item.label()) || item.label() == EntityLabel.Fund)) {
            doc.link(out, RelationType.FUNDS, item, fund, "rule:labelled-list", CONFIDENCE, sentence, Map.of());
        } else if (fund != null && role == Role.PORTFOLIO && item.label() == EntityLabel.Enterprise) {
            doc.link(out, RelationType.FUNDS, fund, item, "rule:labelled-list", CONFIDENCE, sentence, Map.of());
        }
        return true;
    }

    /** What a table by place holds in a column of projects (落地重点项目, 签约项目): items, each opening with its firm. */
    private static final Set<EntityLabel> PROJECT_OWNERS = EnumSet.of(EntityLabel.Enterprise, EntityLabel.ResearchInstitute,
            EntityLabel.Platform, EntityLabel.Park, EntityLabel.Fund);

    /**
     * A table by place with no column of names (镇街 | 综合得分 | 落地重点项目): each item of the projects column
     * (某某有限公司华南总部（18亿元）；某某产业园二期…) opens with what the row's place hosts ({@code rule:table-place-projects}).
     */
    private static void placedProjects(RelationContext doc, Sentence sentence, List<int[]> cells, List<Role> header, String headerText,
                                       List<int[]> headerCells, List<Mention> here, List<ExtractedRelation> out) {
        int place = header.indexOf(Role.PLACE);
        if (place < 0 || header.contains(Role.NAME) || place >= cells.size()) {
            return;
        }
        int base = sentence.begin();
        Mention town = here.stream().filter(m -> m.label() == EntityLabel.City && m.begin() - base >= cells.get(place)[0]
                && m.end() - base <= cells.get(place)[1]).findFirst().orElse(null);
        if (town == null) {
            return;
        }
        String text = sentence.text();
        for (int c = 0; c < headerCells.size() && c < cells.size(); c++) {
            if (!headerText.substring(headerCells.get(c)[0], headerCells.get(c)[1]).contains("项目")) {
                continue;
            }
            int itemStart = cells.get(c)[0];
            for (int k = itemStart; k <= cells.get(c)[1]; k++) {
                if (k < cells.get(c)[1] && text.charAt(k) != '；' && text.charAt(k) != ';') {
                    continue;
                }
                int opens = itemStart;
                here.stream().filter(m -> PROJECT_OWNERS.contains(m.label()) && m.begin() - base >= opens && m.begin() - base <= opens + 1)
                        .findFirst().ifPresent(m -> doc.link(out, RelationType.HOSTS, town, m, "rule:table-place-projects", CONFIDENCE,
                                sentence, Map.of()));
                itemStart = k + 1;
            }
        }
    }

    /**
     * The park whose residents a table lists, by the lines above its header (the nearest
     * {@value #RESIDENTS_REACH}): the park named by the nearest of them that heads such a list and names one
     * (某某产业园入驻企业名录, with a paragraph between it and the table), else the one the text's first
     * sentence (its title) names; null when none heads such a list or no park is named.
     */
    private static Mention residentsHost(RelationContext doc, List<Sentence> above) {
        List<Sentence> headings = new ArrayList<>();
        for (int i = above.size() - 1; i >= Math.max(0, above.size() - RESIDENTS_REACH); i--) {
            if (RESIDENTS.matcher(above.get(i).text()).find()) {
                headings.add(above.get(i));
            }
        }
        if (headings.isEmpty()) {
            return null;
        }
        headings.add(doc.sentences.get(0));
        for (Sentence s : headings) {
            Mention park = doc.in(s).stream().filter(m -> m.label() == EntityLabel.Park && !ReferringWords.refers(m))
                    .findFirst().orElse(null);
            if (park != null) {
                return park;
            }
        }
        return null;
    }

    /**
     * A column of what a fund of funds puts into each sub-fund (子基金名称 | … | 母基金拟认缴（亿元）): its header names the
     * giver by its class (母基金, 引导基金, 本基金), which is the fund of the entry above the table or the one the text is
     * about; that fund FUNDS the row's fund when the row's cell holds an amount.
     */
    private static final Pattern CONTRIBUTION = Pattern.compile("^(母基金|引导基金|本基金)(?:拟)?(?:认缴|出资)");

    private static void contributed(RelationContext doc, Sentence sentence, List<int[]> cells, String headerText,
                                    List<int[]> headerCells, List<Role> header, List<Mention> here, Mention entry,
                                    List<ExtractedRelation> out) {
        for (int c = 0; c < Math.min(cells.size(), headerCells.size()); c++) {
            String words = headerText.substring(headerCells.get(c)[0], headerCells.get(c)[1]).strip();
            Matcher giving = CONTRIBUTION.matcher(words);
            String amount = sentence.text().substring(cells.get(c)[0], cells.get(c)[1]).strip().replace(",", "");
            if (!giving.find() || !NUMBER.matcher(amount).matches() || !amount.matches(".*[1-9].*")) {
                continue; // no amount, or 0: nothing committed
            }
            Mention subject = subject(sentence, cells, header, here);
            Mention giver = entry != null && entry.label() == EntityLabel.Fund ? entry
                    : giving.group(1).equals("本基金") ? doc.ownFund() // 母基金拟认缴: the 母基金 the text names most
                    : doc.firstNaming(ReferringWords.ownEntity(doc, giving.group(1)));
            if (subject != null && giver != null && subject.label() == EntityLabel.Fund && !doc.key(giver).equals(doc.key(subject))) {
                doc.link(out, RelationType.FUNDS, giver, subject, "rule:table-column", CONFIDENCE, sentence, Map.of());
            }
            return;
        }
    }

    /**
     * Whether a mention is a role word declared as a short name that ends a field's label (基金管理人： after
     * （以下简称“管理人”）): the label's word, not a name written before its colon.
     */
    private static boolean roleWordInLabel(String text, Sentence sentence, Mention m, int labelStart, int labelEnd) {
        return m.begin() > labelStart && m.end() == labelEnd - 1
                && RelationContext.ROLE_LABEL.matcher(text.substring(m.begin() - sentence.begin(), m.end() - sentence.begin())).find();
    }

    /** The label of where in its park a resident sits (入驻位置：A1栋5层, 所在楼宇：…). */
    private static final Pattern RESIDENT_SPOT = Pattern.compile("入驻(?:位置|楼栋|楼宇|楼层|地点|区域)|所在(?:楼栋|楼宇|楼层)|办公位置|园区位置");

    /** The park the text's title names when the title says it lists residents (某某产业园入驻企业, 入驻企业 - 某某产业园), or null. */
    private static Mention titledPark(RelationContext doc) {
        return doc.sentences.isEmpty() || !RESIDENTS.matcher(doc.sentences.get(0).text()).find() ? null
                : doc.in(doc.sentences.get(0)).stream()
                .filter(m -> m.label() == EntityLabel.Park && !ReferringWords.refers(m)).findFirst().orElse(null);
    }

    /**
     * A labelled field (注册地址：…, 基金管理人：…, 主营业务：…) states a fact about the entry it belongs
     * to: the entity of the line above that names only it (1. 某某有限公司) or of a 名称： field
     * ({@code rule:labelled-field}). Returns the entry the next line belongs to.
     */
    private Mention field(RelationContext doc, Sentence sentence, List<Mention> here, Mention entry, List<ExtractedRelation> out) {
        String text = sentence.text();
        Matcher label = RelationContext.FIELD_LABEL.matcher(text);
        int labelEnd = label.lookingAt() ? sentence.begin() + label.end() : -1;
        int labelStart = labelEnd < 0 ? -1 : sentence.begin() + label.start(1);
        if (labelEnd < 0 || here.stream().anyMatch(m -> m.begin() < labelEnd && !roleWordInLabel(text, sentence, m, labelStart, labelEnd))) {
            Mention first = RelationContext.opening(sentence, here);
            first = first != null ? first : RelationContext.rosterEntry(sentence, here);
            boolean names = first != null && ORGANISATIONS.contains(first.label()) && !text.endsWith("。") && !labelled(text);
            return names ? first : null;
        }
        Role role = fieldRole(label.group(1));
        if (DEAL_LABEL.matcher(label.group(1).strip()).matches() && entry != null && RelationContext.invests(entry)) {
            return entry; // 1．某某创业投资有限公司 then 领投：某某科技（B轮）: a list by investor, whose deals these are
        }
        Matcher next = INLINE_FIELD.matcher(text);
        int valueEnd = sentence.begin() + (next.find(label.end()) ? next.start() : text.length()); // 依托单位：A；合作单位：B
        List<Mention> value = here.stream().filter(m -> m.begin() >= labelEnd && m.end() <= valueEnd)
                .filter(m -> !unticked(text, m.end() - sentence.begin())).toList();
        boolean card = entry != null && !labelled(doc.sentences.get(entry.sentence()).text()); // its name stands on a line of its own
        if (role == Role.NAME && label.group(1).contains("投资") && (card || entry != null && value.stream()
                .filter(m -> ORGANISATIONS.contains(m.label())).findFirst().filter(RelationContext::invests).isPresent())) {
            role = Role.INVESTOR; // 某某资本投资主体：某某一期基金（领投）under a firm's card: who invested, not a new entry
        }
        if (role == Role.NAME || role == Role.PARTY && LETTER_PARTY.matcher(label.group(1)).matches()) { // 丙方：某某研究院 opens its card
            // a name read as none (平台名称：某某实验室 unrecognised) opens an entry all the same, not more fields of the last one;
            // a project's name (项目名称：…) stays under the card of its owner, and so does a field that only holds a name word (企业类型：…)
            boolean opens = RelationContext.ENTRY_LABEL.matcher(label.group(1).strip()).find() && !label.group(1).contains("项目");
            return value.stream().filter(m -> ORGANISATIONS.contains(m.label())).findFirst().orElse(opens ? null : entry);
        }
        if (role == Role.PROFILE) { // 企业简介：总部位于…，与…合作: the card's entry is the subject of its clauses
            if (entry != null && ORGANISATIONS.contains(entry.label())) {
                ProfileReader.read(doc, sentence, labelEnd, entry, out);
            }
            return entry;
        }
        if (role == Role.TEAM) { // 主要完成单位：A、B、C under a project's title: partners of each other, entry or not
            List<Mention> team = value;
            Sentence stated = sentence;
            if (value.stream().noneMatch(m -> FOUNDERS.contains(m.label())) && text.substring(label.end()).isBlank()) {
                team = new ArrayList<>(); // 主要完成单位： with its units on the numbered lines below (1．A, 2．B)
                for (int k = sentence.index() + 1; k < doc.sentences.size(); k++) {
                    Mention item = numberedItem(doc, doc.sentences.get(k));
                    if (item == null) {
                        break;
                    }
                    team.add(item);
                    stated = doc.sentences.get(k);
                }
            }
            state(doc, stated, entry, role, team, "rule:labelled-field", out);
            if (label.group(1).contains("合作") && entry != null && ORGANISATIONS.contains(entry.label()) && !team.contains(entry)) {
                state(doc, stated, entry, Role.PARTNER, team, "rule:labelled-field", out); // 承担单位：A then 项目合作单位：B、C
            }
            return entry;
        }
        if (role == null && entry != null && entry.label() == EntityLabel.Enterprise && !value.isEmpty()
                && FREE_FIELD.matcher(label.group(1).strip()).find()) { // 异地布局：2024年在某镇设立全资子公司…: said of the card's firm
            ProfileReader.read(doc, sentence, labelEnd, entry, out);
            return entry;
        }
        if (role == null && entry != null && ORGANISATIONS.contains(entry.label()) && entry.label() != EntityLabel.Park
                && RESIDENT_SPOT.matcher(label.group(1).strip()).matches() && places(value).isEmpty()) {
            Mention park = titledPark(doc); // 入驻位置：A1栋5层 on a park's directory page: a building of that park
            if (park != null) {
                doc.link(out, RelationType.HOSTS, park, entry, "rule:labelled-field", CONFIDENCE, sentence, Map.of());
            }
            return entry;
        }
        if (role != null && entry != null) {
            if (role == Role.PLACE) { // 注册地：某市某区某街道: the street, as inline fields say
                value = TriggerPass.unqualified(value);
            }
            state(doc, sentence, entry, role, value, "rule:labelled-field", out);
        }
        return entry;
    }

    /**
     * Fields inside an entry's own line, after the name it opens with (1、某某有限公司，注册地址：某某区，主营业务：…):
     * each states its fact about that name ({@code rule:labelled-field}).
     */
    private void inlineFields(RelationContext doc, Sentence sentence, List<Mention> here, Mention cardEntry, List<ExtractedRelation> out) {
        Mention entry = RelationContext.opening(sentence, here);
        Matcher lead = RelationContext.FIELD_LABEL.matcher(sentence.text());
        if (lead.lookingAt()) { // 依托单位：A；合作单位：B opens its own entry, or speaks of the card's
            Mention leading = leadingEntry(sentence, here, lead, cardEntry);
            boolean party = leading == null && cardEntry == null && PARTY_LABEL.matcher(lead.group(1).strip()).matches();
            entry = leading != null ? leading : party ? entry : cardEntry; // 原告：某某公司，住所地…: the party's address
        }
        if (entry == null || !ORGANISATIONS.contains(entry.label())) {
            return;
        }
        Matcher label = INLINE_FIELD.matcher(sentence.text());
        while (label.find()) {
            int g = label.group(1) != null ? 1 : 3; // 住所地 written without its colon
            Role role = fieldRole(label.group(g));
            int from = sentence.begin() + label.start(g + 1);
            int to = sentence.begin() + label.end(g + 1);
            int fieldAt = sentence.begin() + label.start();
            Mention party = entry;
            for (Mention m : here) { // 原告：A，被告：B，住所地…: B's address
                if (m.begin() > party.begin() && m.end() <= fieldAt && ORGANISATIONS.contains(m.label())
                        && PARTY_VALUE.matcher(sentence.text().substring(0, m.begin() - sentence.begin())).find()) {
                    party = m;
                }
            }
            if (role != null && role != Role.NAME && party.end() <= fieldAt) {
                List<Mention> value = TriggerPass.unqualified( // 某市某镇: the town, not the city that qualifies it
                        here.stream().filter(m -> m.begin() >= from && m.end() <= to).toList());
                state(doc, sentence, party, role, value, "rule:labelled-field", out);
            }
        }
    }

    /** A numbered line that holds one name and nothing else: 1．某某有限公司, （2）某某大学, 三、某某研究院. */
    private static final Pattern NUMBERED_LINE = Pattern.compile("^[\\s　]*(?:[0-9]{1,2}[．.、)）]|[（(][0-9一二三四五六七八九十]{1,2}[）)]|[一二三四五六七八九十]{1,2}、)[\\s　]*");

    /** The organisation a numbered line names and nothing else, or null. */
    private static Mention numberedItem(RelationContext doc, Sentence line) {
        Matcher number = NUMBERED_LINE.matcher(line.text());
        if (!number.lookingAt()) {
            return null;
        }
        List<Mention> named = doc.in(line).stream().filter(m -> ORGANISATIONS.contains(m.label())).toList();
        if (named.size() != 1) {
            return null;
        }
        Mention item = named.get(0);
        if (item.begin() - line.begin() < number.end()) {
            return null; // the name begins inside what looked like the number
        }
        String before = line.text().substring(number.end(), item.begin() - line.begin());
        String after = line.text().substring(item.end() - line.begin());
        return before.isBlank() && after.strip().replaceFirst("[；;。，,]$", "").isEmpty() ? item : null;
    }

    /** A party's label right before its name inside a line (，被告：, ；受托方：). */
    private static final Pattern PARTY_VALUE = Pattern.compile("[，,；;]\\s*(?:原告|被告|第三人|[\\p{IsHan}]{0,4}(?:方|人))[：:]\\s*$");

    /**
     * The entry of a line of fields that opens with a label (依托单位：A；合作单位：B；主要方向：X): the organisation that
     * opens the first field's value when that field names the entry (名称：) or, outside another entry's card, what
     * it rests on (依托单位：, 承担单位：), and more fields follow on the line; else null.
     */
    private Mention leadingEntry(Sentence sentence, List<Mention> here, Matcher lead, Mention cardEntry) {
        Role role = fieldRole(lead.group(1));
        if (!(role == Role.NAME || role == Role.FOUNDER && cardEntry == null)
                || !INLINE_FIELD.matcher(sentence.text()).find(lead.end())) {
            return null;
        }
        int valueStart = sentence.begin() + lead.end();
        return here.stream().filter(m -> m.begin() >= valueStart).findFirst()
                .filter(m -> ORGANISATIONS.contains(m.label()) && sentence.text().substring(lead.end(), m.begin() - sentence.begin()).isBlank())
                .orElse(null);
    }

    /** The [begin, end) of each tab-separated cell of a line, relative to the sentence. */
    static List<int[]> cells(String text) {
        List<int[]> cells = new ArrayList<>();
        int start = 0;
        for (int tab = text.indexOf('\t'); tab >= 0; tab = text.indexOf('\t', start)) {
            cells.add(new int[] {start, tab});
            start = tab + 1;
        }
        if (cells.isEmpty()) {
            return cells;
        }
        cells.add(new int[] {start, text.length()});
        return cells;
    }

    /**
     * The role of each cell when the line is a header (two cells or more name a role, or one names the
     * investors of the entry above, and no cell is a name), else null.
     */
    private List<Role> roles(String text, List<int[]> cells, List<Mention> here, int base) {
        List<Role> roles = new ArrayList<>();
        int named = 0;
        for (int[] cell : cells) {
            String words = text.substring(cell[0], cell[1]).strip();
            if (NUMBER.matcher(words.replace(",", "").replace("%", "")).matches()) {
                return null; // 2 | 某某合伙企业 | 有限合伙人 | 37,800: a row, whatever its cells' words
            }
            Role role = roleIn(words);
            int length = words.length();
            boolean entity = here.stream().anyMatch(m -> m.label() != EntityLabel.Industry
                    && m.begin() - base >= cell[0] && m.end() - base <= cell[1] && m.length() >= length - 1);
            if (entity && !SIDE.matcher(words).matches()) { // 深圳方 names a side, not the city
                return null;
            }
            roles.add(role);
            named += role == null ? 0 : 1;
        }
        boolean suppliers = listsSuppliers(text, cells, roles.indexOf(Role.NAME)); // 客户名称 | 销售金额: a firm's customers
        boolean partnersOnly = named == 1 && (roles.contains(Role.PARTNER) || roles.contains(Role.FOUNDER) || suppliers); // 合作单位 | 合作形式
        if (!(named >= 2 || partnersOnly || roles.contains(Role.INVESTOR) || roles.contains(Role.PORTFOLIO))) {
            return null;
        }
        Role products = roles.contains(Role.INDUSTRY) ? null : Role.INDUSTRY; // 主导产品 beside 所属行业 is no industry
        roles.replaceAll(role -> role == Role.PRODUCT ? products : role);
        for (int c = 0; c < roles.size(); c++) {
            String words = text.substring(cells.get(c)[0], cells.get(c)[1]).strip();
            boolean naming = roleOf.entrySet().stream() // 投资方所在区, 合作单位所在地: the place of another column's organisations
                    .anyMatch(e -> words.contains(e.getKey()) && OTHERS.contains(e.getValue().iterator().next()));
            boolean placed = roleOf.entrySet().stream()
                    .anyMatch(e -> words.endsWith(e.getKey()) && e.getValue().iterator().next() == Role.PLACE);
            if ((roles.get(c) == Role.PLACE || OTHERS.contains(roles.get(c)) && placed) && naming && placed
                    && roles.subList(0, c).stream().anyMatch(OTHERS::contains)) {
                roles.set(c, Role.OTHERS_PLACE);
            }
        }
        if (roles.stream().filter(r -> r == Role.PARTNER).count() >= 2) { // 合作企业 | 合作高校: the row is the firm's, the university its partner
            for (int c = 0; c < roles.size(); c++) {
                if (roles.get(c) == Role.PARTNER && PARTNER_FIRMS.contains(text.substring(cells.get(c)[0], cells.get(c)[1]).strip())) {
                    roles.set(c, Role.NAME);
                    break;
                }
            }
        }
        return roles;
    }

    /** The role of a field label (主营产品：): what a product field names are the entry's industries. */
    private Role fieldRole(String label) {
        if (NOT_ENTRYS.matcher(label).find()) {
            return null;
        }
        if (DEAL_LABEL.matcher(label.strip()).matches()) {
            return Role.INVESTOR;
        }
        Role role = roleIn(label);
        return role == Role.PRODUCT ? Role.INDUSTRY : role;
    }

    /**
     * The role of the longest lexicon word a header cell contains, or null; a short bracket inside the cell is read
     * without it too (首台（套）使用单位 is a 使用单位, 委托（合作）单位 a 委托单位).
     */
    private Role roleIn(String words) {
        String bare = INNER_BRACKET.matcher(words).replaceAll("");
        Role role = roleOfWords(words);
        return role != null || bare.equals(words) ? role : roleOfWords(bare);
    }

    private Role roleOfWords(String words) {
        String best = null;
        for (String word : roleOf.keySet()) {
            if (words.contains(word) && (best == null || headsBetter(words, word, best))) {
                best = word;
            }
        }
        if (best == null && SIDE.matcher(words.strip()).matches()) {
            return Role.PARTY; // 深圳方 | 中山方: one side of a cooperation each
        }
        return best == null ? null : roleOf.get(best).iterator().next();
    }

    /**
     * The sides of a row of a cooperation ledger (项目名称 | 深圳方 | 中山方 | 合作方式): the two work together, or the
     * first set the second up when the way says 子公司; what the row names, if an organisation, the sides built
     * (a park, a centre) or put money into (a fund, when the way says 出资).
     */
    private static void sides(RelationContext doc, Sentence sentence, List<int[]> cells, List<Role> header, List<Mention> here,
                              List<ExtractedRelation> out) {
        List<Mention> sides = new ArrayList<>();
        String way = "";
        Mention named = null;
        for (int c = 0; c < Math.min(cells.size(), header.size()); c++) {
            List<Mention> cell = in(sentence, cells.get(c), here);
            if (header.get(c) == Role.PARTY) {
                cell.stream().filter(m -> FOUNDERS.contains(m.label())).findFirst().ifPresent(sides::add);
            } else if (header.get(c) == Role.HOW) {
                way = sentence.text().substring(cells.get(c)[0], cells.get(c)[1]);
            } else if (header.get(c) == Role.NAME) {
                named = cell.stream().filter(m -> ORGANISATIONS.contains(m.label())).findFirst().orElse(null);
            }
        }
        if (sides.size() >= 2) {
            boolean child = SETS_UP_CHILD.matcher(way).find() && sides.get(1).label() == EntityLabel.Enterprise;
            add(doc, sentence, child ? RelationType.FOUNDED : RelationType.PARTNERS_WITH, sides.get(0), sides.get(1),
                    "rule:table-column", out);
        }
        if (named == null || sides.contains(named)) {
            return;
        }
        for (Mention side : sides) {
            if (named.label() == EntityLabel.Fund && PUTS_MONEY.matcher(way).find()) {
                add(doc, sentence, RelationType.FUNDS, side, named, "rule:table-column", out);
            } else if (BUILT_BY_SIDES.contains(named.label())) {
                add(doc, sentence, RelationType.FOUNDED, side, named, "rule:table-column", out);
            }
        }
    }

    /**
     * Whether {@code word} heads a header cell better than {@code best}: it is longer, or as long and ends the cell
     * (合作单位名称: 单位名称, the head noun, not 合作单位), or as long and first in character order, so that the
     * reading never depends on the order a set is walked in.
     */
    static boolean headsBetter(String cell, String word, String best) {
        if (word.length() != best.length()) {
            return word.length() > best.length();
        }
        if (cell.endsWith(word) != cell.endsWith(best)) {
            return cell.endsWith(word);
        }
        return word.compareTo(best) < 0;
    }

    private static void row(RelationContext doc, Sentence sentence, List<int[]> cells, List<Role> header, List<Mention> here,
                            Mention entry, Mention invested, Mention owner, List<ExtractedRelation> out) {
        Mention fund = owner != null ? owner : fundOf(doc, entry); // 对外投资 | 被投资企业名称 on a company's page: the company's
        int investors = header.indexOf(Role.INVESTOR);
        Mention subject = subject(sentence, cells, header, here);
        boolean named = subject != null && IntStream.range(0, Math.min(cells.size(), header.size())) // or its carrier's (建设单位)
                .anyMatch(c -> (header.get(c) == Role.NAME || header.get(c) == Role.FOUNDER) && in(sentence, cells.get(c), here).contains(subject));
        // 园区企业 | 投资方: the investors of the row's firm; 项目名称 | 投资方: of a project, not of its first investor
        Mention target = named && INVESTED.contains(subject.label()) ? subject : invested;
        if (investors >= 0 && investors < cells.size() && target != null) {
            in(sentence, cells.get(investors), here).stream()
                    .filter(m -> (FOUNDERS.contains(m.label()) || m.label() == EntityLabel.Fund) && !doc.key(m).equals(doc.key(target)))
                    .forEach(m -> add(doc, sentence, RelationType.FUNDS, m, target, "rule:table-column", out));
        }
        int team = header.indexOf(Role.TEAM);
        if (team >= 0 && team < cells.size()) { // the units of an award's project: whatever the row's name cell holds
            state(doc, sentence, null, Role.TEAM, in(sentence, cells.get(team), here), "rule:table-column", out);
        }
        if (header.contains(Role.PARTY)) {
            sides(doc, sentence, cells, header, here, out);
        }
        if (subject == null) { // 项目名称 | 委托单位 | 委托单位所在地: a project's row still places its partners
            for (int c = 0; c < Math.min(cells.size(), header.size()); c++) {
                if (header.get(c) == Role.OTHERS_PLACE) {
                    othersPlace(doc, sentence, cells, header, here, c, out);
                }
            }
            return;
        }
        if (header.contains(Role.PORTFOLIO) && fund != null && subject.label() == EntityLabel.Enterprise
                && !(header.contains(Role.NAME) && RelationContext.invests(subject))) { // 机构名称 | 代表被投企业: the firm's own portfolio
            add(doc, sentence, RelationType.FUNDS, fund, subject, "rule:table-column", out);
        }
        int portfolio = header.indexOf(Role.PORTFOLIO);
        if (portfolio >= 0 && portfolio < cells.size() && RelationContext.invests(subject)) { // 基金名称 | … | 已投企业: the row's fund's
            // or the row's investment firm's (机构名称 | 代表被投企业)
            in(sentence, cells.get(portfolio), here).stream().filter(m -> m.label() == EntityLabel.Enterprise
                            && !PLANNED_ITEM.matcher(sentence.text().substring(m.end() - sentence.begin())).lookingAt()) // 某某（拟投）
                    .forEach(m -> add(doc, sentence, RelationType.FUNDS, subject, m, "rule:table-column", out));
        }
        int profile = header.indexOf(Role.PROFILE);
        if (profile >= 0 && profile < cells.size() && ORGANISATIONS.contains(subject.label())) { // 企业名称 | … | 基本情况: its clauses
            ProfileReader.read(doc, sentence, sentence.begin() + cells.get(profile)[0], sentence.begin() + cells.get(profile)[1], subject, out);
        }
        int name = header.indexOf(Role.NAME);
        if (name >= 0 && name < cells.size() && !in(sentence, cells.get(name), here).contains(subject)) {
            state(doc, sentence, subject, Role.INDUSTRY, in(sentence, cells.get(name), here), "rule:table-column", out); // its project's fields
        }
        int subsidiaries = header.indexOf(Role.SUBSIDIARY);
        Mention child = subsidiaries < 0 || subsidiaries >= cells.size()
                || WORKS_WITH.matcher(sentence.text().substring(cells.get(subsidiaries)[0], cells.get(subsidiaries)[1])).find() ? null
                : in(sentence, cells.get(subsidiaries), here).stream().filter(m -> m.label() == EntityLabel.Enterprise && m != subject)
                        .findFirst().orElse(null);
        if (child != null && subject.label() == EntityLabel.Enterprise) { // 某某科技 | 某某（中山）制造有限公司 | 某镇: its plant's firm, there
            add(doc, sentence, RelationType.FOUNDED, subject, child, "rule:table-column", out);
        }
        boolean workPlan = header.contains(Role.SUPPORTER);
        for (Mention task : workPlan ? tasked(sentence, cells, header, here, subject) : List.of(subject)) {
            for (int c = 0; c < Math.min(cells.size(), header.size()); c++) {
                Role role = header.get(c);
                List<Mention> value = in(sentence, cells.get(c), here);
                if (role == Role.OTHERS_PLACE) {
                    othersPlace(doc, sentence, cells, header, here, c, out);
                    continue;
                }
                if (role == Role.PLACE && child != null) {
                    state(doc, sentence, child, role, value, "rule:table-column", out); // the place is the subsidiary's
                    continue;
                }
                if (role == Role.PLACE && investors >= 0 && investors < cells.size()
                        && in(sentence, cells.get(investors), here).contains(task)) { // 投资方 | 项目名称 | 落户地点: each investor's
                    List<Mention> places = value;
                    in(sentence, cells.get(investors), here).stream().filter(m -> m.label() == EntityLabel.Enterprise && m != task)
                            .forEach(m -> state(doc, sentence, m, Role.PLACE, places, "rule:table-column", out));
                }
                if (role == Role.FOUNDER && workPlan && !BUILT.contains(task.label())) { // a work plan's lead body backs a firm
                    state(doc, sentence, task, Role.SUPPORTER, value, "rule:table-column", out); // or a university it names;
                    value = value.stream().filter(m -> m.label() != EntityLabel.GovernmentAgency).toList(); // other leads found it
                }
                if (role != null && role != Role.NAME && role != Role.PORTFOLIO && role != Role.TEAM && role != Role.PARTY) {
                    state(doc, sentence, task, role, value, "rule:table-column", out);
                }
            }
        }
        parkInPlace(doc, sentence, cells, header, here, out);
    }

    /**
     * A row with the park in one column and its town or district in another (某某园 | 某镇): the place hosts the park
     * ({@code rule:table-column}); only a place cell that holds places alone, the narrowest of them.
     */
    private static void parkInPlace(RelationContext doc, Sentence sentence, List<int[]> cells, List<Role> header, List<Mention> here,
                                    List<ExtractedRelation> out) {
        List<Mention> parks = new ArrayList<>();
        Mention place = null;
        for (int c = 0; c < Math.min(cells.size(), header.size()); c++) {
            if (header.get(c) != Role.PLACE) {
                continue;
            }
            List<Mention> value = in(sentence, cells.get(c), here);
            if (!value.isEmpty() && value.stream().allMatch(m -> m.label() == EntityLabel.Park)) {
                parks.addAll(value);
            } else if (!value.isEmpty() && value.stream().allMatch(m -> m.label() == EntityLabel.City)) {
                place = value.get(value.size() - 1);
            }
        }
        if (place == null) {
            return;
        }
        for (Mention park : parks) {
            add(doc, sentence, RelationType.HOSTS, place, park, "rule:table-column", out);
        }
    }

    /** What a cell or a field value in a column of {@code role} says about {@code subject}. */
    private static void state(RelationContext doc, Sentence sentence, Mention subject, Role role, List<Mention> value,
                              String method, List<ExtractedRelation> out) {
        switch (role) {
            case FOUNDER -> {
                List<Mention> founders = value.stream().filter(m -> FOUNDERS.contains(m.label()) && m != subject).toList();
                if (value.contains(subject)) { // the row is its carrier's (依托单位：A、B): the others carry it with A
                    founders.forEach(m -> add(doc, sentence, RelationType.PARTNERS_WITH, m, subject, method, out));
                    return;
                }
                for (int i = 0; i < founders.size(); i++) {
                    add(doc, sentence, RelationType.FOUNDED, founders.get(i), subject, method, out);
                    for (int j = i + 1; j < founders.size(); j++) {
                        add(doc, sentence, RelationType.PARTNERS_WITH, founders.get(i), founders.get(j), method, out);
                    }
                }
            }
            case OPERATOR, PARTNER -> value.stream().filter(m -> FOUNDERS.contains(m.label()) && m != subject)
                    .forEach(m -> add(doc, sentence, RelationType.PARTNERS_WITH, m, subject, method, out));
            case TEAM -> { // 主要完成单位：A，B，C: the units of one project worked together, each with each
                List<Mention> team = value.stream().filter(m -> FOUNDERS.contains(m.label())).toList();
                for (int i = 0; i < team.size(); i++) {
                    for (int j = i + 1; j < team.size(); j++) {
                        add(doc, sentence, RelationType.PARTNERS_WITH, team.get(i), team.get(j), method, out);
                    }
                }
            }
            case SUPPORTER -> { // a work plan's responsible units back what the row's task builds, not one another
                if (subject.label() != EntityLabel.GovernmentAgency && !value.contains(subject)) {
                    value.stream().filter(m -> m.label() == EntityLabel.GovernmentAgency)
                            .forEach(m -> add(doc, sentence, RelationType.SUPPORTS, m, subject, method, out));
                }
            }
            case PLACE -> places(value).stream() // not a body's office (主办单位：某局　地址：某区…, a site's footer)
                    .filter(place -> subject.label() != EntityLabel.GovernmentAgency && !namedElsewhere(doc, subject, place))
                    .forEach(place -> add(doc, sentence, RelationType.HOSTS, place, subject, method, out));
            case MEMBER -> { // 集群名称 | … | 龙头企业: the row's park or place holds them, the row's industry is theirs
                List<Mention> firms = value.stream().filter(m -> m.label() == EntityLabel.Enterprise && m != subject).toList();
                if (subject.label() == EntityLabel.Park || subject.label() == EntityLabel.City) {
                    firms.forEach(m -> add(doc, sentence, RelationType.HOSTS, subject, m, method, out));
                } else if (subject.label() == EntityLabel.Industry) {
                    firms.forEach(m -> add(doc, sentence, RelationType.IN_INDUSTRY, m, subject, method, out));
                }
            }
            case INDUSTRY -> {
                boolean targets = subject.label() == EntityLabel.Fund || subject.label() == EntityLabel.Policy;
                value.stream().filter(m -> m.label() == EntityLabel.Industry).forEach(m ->
                        add(doc, sentence, targets ? RelationType.TARGETS : RelationType.IN_INDUSTRY, subject, m, method, out));
            }
            case INVESTOR -> { // 联合投资方：某基金、某资本 under a firm's card; 其他出资方：A、B under a fund's (a table's column is row's)
                if (subject.label() == EntityLabel.Enterprise && method.equals("rule:labelled-field")) {
                    value.stream().filter(m -> (m.label() == EntityLabel.Enterprise || m.label() == EntityLabel.Fund) && m != subject)
                            .forEach(m -> add(doc, sentence, RelationType.FUNDS, m, subject, method, out));
                } else if (subject.label() == EntityLabel.Fund && method.equals("rule:labelled-field")) {
                    value.stream().filter(m -> (FOUNDERS.contains(m.label()) || m.label() == EntityLabel.Fund) && m != subject)
                            .forEach(m -> add(doc, sentence, RelationType.FUNDS, m, subject, method, out));
                }
            }
            case PORTFOLIO -> { // 已投项目：A、B under a fund's card
                if (subject.label() == EntityLabel.Fund && method.equals("rule:labelled-field")) {
                    value.stream().filter(m -> m.label() == EntityLabel.Enterprise)
                            .forEach(m -> add(doc, sentence, RelationType.FUNDS, subject, m, method, out));
                }
            }
            case MANAGED -> { // 机构名称 | 代表基金: the row's investment firm manages the funds of its cell
                if (subject.label() == EntityLabel.Enterprise && RelationContext.invests(subject)) {
                    value.stream().filter(m -> m.label() == EntityLabel.Fund)
                            .forEach(m -> add(doc, sentence, RelationType.MANAGES, subject, m, method, out));
                }
            }
            case MANAGER -> {
                if (subject.label() == EntityLabel.Fund) {
                    value.stream().filter(m -> m.label() == EntityLabel.Enterprise)
                            .forEach(m -> add(doc, sentence, RelationType.MANAGES, m, subject, method, out));
                }
            }
            default -> {
            }
        }
    }

    /**
     * The places of a place cell or field: its cities and parks, not a place written right before another that it only
     * qualifies (深圳市宝安区: the district, not 深圳市 as well; {@link TriggerPass#unqualified}).
     */
    private static List<Mention> places(List<Mention> value) {
        return TriggerPass.unqualified(value).stream().filter(m -> m.label() == EntityLabel.City || m.label() == EntityLabel.Park)
                .toList();
    }

    /**
     * Whether the subject's own name places it in another city than the cell does (中山某某科技有限公司 or 某某科技（中山）有限公司
     * in a row whose 来源城市 is 深圳市南山区): the cell then says where the firm came from, not where it is. A name that
     * also holds the place's own short name (江门（南山）协作园 in 深圳市南山区) is no conflict.
     */
    private static boolean namedElsewhere(RelationContext doc, Mention subject, Mention place) {
        Resolver.Entity own = doc.entityOf.get(subject);
        Resolver.Entity where = doc.entityOf.get(place);
        if (own == null || where == null || place.label() != EntityLabel.City || own.label != EntityLabel.Enterprise) {
            return false; // an institute's name (中山大学某某研究院) says whose it is, not where it is
        }
        int cityEnd = where.name.indexOf('市');
        if (cityEnd >= 2 && own.name.contains(where.name.substring(0, cityEnd))) {
            return false; // 某某（佛山）有限公司 in 佛山市顺德区
        }
        String placeShort = where.name.replaceAll("[市区县镇]$", "");
        String district = placeShort.length() > 3 ? placeShort.substring(placeShort.length() - 2) : placeShort; // 深圳市龙华 → 龙华
        if (own.name.contains(district)) {
            return false; // 江门（南山）协作园 in 深圳市南山区: the name names the place too
        }
        for (Resolver.Entity city : new java.util.HashSet<>(doc.entityOf.values())) {
            Object level = city.properties.get("level");
            if (city.label != EntityLabel.City || !"city".equals(level) && !"county-city".equals(level)) {
                continue;
            }
            String shortName = city.name.endsWith("市") ? city.name.substring(0, city.name.length() - 1) : city.name;
            if (shortName.length() >= 2 && own.name.contains(shortName) && !where.name.contains(shortName)) {
                return true;
            }
        }
        return false;
    }

    /** A party of an agreement named by its letter (甲方, 乙方): its line opens that party's card as 名称： does. */
    private static final Pattern LETTER_PARTY = Pattern.compile("[甲乙丙丁]方");
    /** A label of someone else's details (联系地址, 受理地址, 人物简介): no field of the card's entry. */
    private static final Pattern NOT_ENTRYS = Pattern.compile("联系|受理|报送|邮寄|通讯|收件|人物|个人|简历");

    /** Whether a line holds a labelled field (名称：…, 所在地：…). */
    /**
     * Whether every cell of a line is a labelled field (会员类别：理事单位⇥所在地：某某区): a card's line of fields, not a
     * table's row.
     */
    private static boolean fieldCells(String line, List<int[]> cells) {
        List<String> filled = cells.stream().map(c -> line.substring(c[0], c[1]).strip())
                .filter(cell -> !cell.isEmpty() && !cell.equals("｜") && !cell.equals("|")).toList(); // 类别：A⇥｜⇥所在地：B
        return filled.size() >= 2 && (filled.stream().allMatch(cell -> RelationContext.FIELD_LABEL.matcher(cell).lookingAt())
                || RelationContext.FIELD_LABEL.matcher(filled.get(0)).lookingAt()
                && CHECKBOX.matcher(filled.get(0)).find() && OPTIONS.matcher(line.substring(cells.get(0)[1])).matches()); // 所属领域：整机（☑）　零部件（　）
    }

    /** Whether a line is an item of the list under a label ((1)与某大学共建…), not a numbered field of its own (1．名称：…). */
    private static boolean listedItem(String line) {
        Matcher item = RelationContext.FIELD_ITEM.matcher(line);
        return item.lookingAt() && !RelationContext.FIELD_LABEL.matcher(line.substring(item.end())).lookingAt();
    }

    /** Whether an option's words end right before an empty box, or start after one (零部件（　）, □零部件). */
    private static boolean unticked(String text, int end) {
        int wordEnd = end;
        while (wordEnd < text.length() && Character.UnicodeScript.of(text.charAt(wordEnd)) == Character.UnicodeScript.HAN) {
            wordEnd++; // 人形机器人整机（☑）: the option runs on past the mention
        }
        return UNTICKED.matcher(text.substring(wordEnd)).lookingAt();
    }

    /** A form's option with its box (整机（☑）, 零部件（　）). */
    private static final Pattern CHECKBOX = Pattern.compile("[（(][\\s　☑√✓✔■□☐×]*[）)]$");
    /** The options after a form field's first one, each with its box (　核心零部件（　）　系统集成（☑）). */
    private static final Pattern OPTIONS = Pattern.compile("(?:[\\s　]*[^\\s　（()）]{1,12}[（(][\\s　☑√✓✔■□☐×]*[）)])+[\\s　]*");
    /** An option left unticked (零部件（　）, □零部件): what it names is not the card's. */
    private static final Pattern UNTICKED = Pattern.compile("^[（(][\\s　☐□]*[）)]");

    private static boolean labelled(String line) {
        return line.indexOf('：') >= 0 || line.indexOf(':') >= 0;
    }

    /**
     * A row of a list of grants (企业名称 | 项目名称 | 资助金额（万元）): the body that issued the list, or that its
     * heading names, FUNDS the row's entity with the amount of its money cell in the header's unit.
     */
    private static void granted(RelationContext doc, Sentence sentence, List<int[]> cells, List<Role> header, List<Mention> here,
                                Mention body, String headerCell, int[] cell, List<ExtractedRelation> out) {
        Mention subject = subject(sentence, cells, header, here);
        String written = sentence.text().substring(cell[0], cell[1]).strip().replace(",", "");
        Matcher sign = CURRENCY_SIGN.matcher(written);
        String number = sign.replaceFirst("");
        if (subject == null || !NUMBER.matcher(number).matches()) {
            return;
        }
        Matcher unit = UNIT.matcher(headerCell);
        double scale = !unit.find() || unit.group(1) == null ? 1 : unit.group(1).equals("亿") ? 1e8 : 1e4;
        long amount = Math.round(Double.parseDouble(number) * scale);
        if (amount <= 0 || WITHHELD.matcher(sentence.text()).find()) {
            return; // 0, or 暂缓拨付/不予拨付 in the row's note: nothing granted
        }
        boolean yuan = !FOREIGN_CURRENCY.matcher(headerCell).find() && (!sign.lookingAt() || YUAN_SIGN.matcher(written).lookingAt());
        doc.link(out, RelationType.FUNDS, body, subject, "rule:table-column", CONFIDENCE, sentence,
                yuan ? Map.of("amountCny", amount) : Map.of()); // $2,400,000.00 in 澳门元: granted, in no yuan
    }

    /** The sign before an amount ($2,400,000.00, ¥500, HK$300). */
    private static final Pattern CURRENCY_SIGN = Pattern.compile("^(?:[A-Z]{2,3})?[$¥￥]\\s*");
    private static final Pattern YUAN_SIGN = Pattern.compile("^[¥￥]");
    /** A header's unit that is no renminbi (批给金额（澳门元）, 金额（港元）). */
    private static final Pattern FOREIGN_CURRENCY = Pattern.compile("澳门元|澳門元|港元|港币|美元|新台币|台币|欧元|日元");

    /** A bracket after a portfolio item that says the investment is not made yet (（拟投）, （意向）, （尽调中）). */
    private static final Pattern PLANNED_ITEM = Pattern.compile("[（(](?:拟|意向|尽调|在谈|待)");

    /** A row's note that the money is held back (暂缓拨付, 不予补助, 收回资金, 取消资格). */
    private static final Pattern WITHHELD = Pattern.compile("暂缓|不予|收回|取消|撤销|追回");

    /**
     * The entity of the row: the first organisation of its name column, else of the whole row; a row that names a
     * project (人形机器人整机研发及量产基地项目) is about the organisation it lists outside its place column, the investor.
     */
    private static Mention subject(Sentence sentence, List<int[]> cells, List<Role> header, List<Mention> here) {
        int name = header.contains(Role.NAME) ? header.indexOf(Role.NAME) : header.indexOf(Role.PORTFOLIO);
        for (int c = name + 1; name >= 0 && name < cells.size() && c < Math.min(cells.size(), header.size()); c++) {
            if (header.get(c) == Role.NAME && !namesOrganisation(sentence, cells.get(name), here)
                    && namesOrganisation(sentence, cells.get(c), here)) {
                name = c; // 项目名称 | 路演企业: of two name columns, the one that names an organisation
                break;
            }
        }
        int item = header.indexOf(Role.ITEM);
        List<Mention> things = item >= 0 && item < cells.size() ? in(sentence, cells.get(item), here) : List.of();
        List<Mention> candidates = name >= 0 && name < cells.size() ? in(sentence, cells.get(name), here)
                : here.stream().filter(m -> !things.contains(m)).toList(); // 装备名称 | 研制单位: the maker, not the machine
        Mention named = candidates.stream().filter(m -> ORGANISATIONS.contains(m.label())).findFirst().orElse(null);
        if (named != null || name < 0 || name >= cells.size()) {
            return named;
        }
        if (!PROJECT.matcher(sentence.text().substring(cells.get(name)[0], cells.get(name)[1]).strip()).find()
                && !header.contains(Role.PARTY)) {
            // 队伍名称 | 高校（院所） | 合作企业: a team's row is its university's; 装备名称 | 研制单位 | 使用单位: the equipment's
            // maker's. The row's entity is the organisation of its first column of no role
            for (int c = 0; named == null && header.contains(Role.PARTNER) && c < Math.min(cells.size(), header.size()); c++) {
                named = header.get(c) != null ? null
                        : in(sentence, cells.get(c), here).stream().filter(m -> FOUNDERS.contains(m.label())).findFirst().orElse(null);
            }
            int founder = header.indexOf(Role.FOUNDER);
            if (named == null && founder >= 0 && founder < cells.size()) {
                // 项目名称 | 依托单位 | 合作单位 | 所在镇街: a project's row, whose name is no organisation, is its carrier's
                named = in(sentence, cells.get(founder), here).stream().filter(m -> FOUNDERS.contains(m.label())).findFirst().orElse(null);
            }
            return named;
        }
        int place = header.indexOf(Role.PLACE);
        List<Mention> placed = place >= 0 && place < cells.size() ? in(sentence, cells.get(place), here) : List.of();
        return here.stream().filter(m -> ORGANISATIONS.contains(m.label()) && !placed.contains(m)).findFirst().orElse(null);
    }

    private static boolean namesOrganisation(Sentence sentence, int[] cell, List<Mention> here) {
        return in(sentence, cell, here).stream().anyMatch(m -> ORGANISATIONS.contains(m.label()));
    }

    /**
     * What the task of a work plan's row names (支持A、B建设…): every organisation of the row outside the columns of its
     * lead and responsible units, its place and its remarks, the row's entity first.
     */
    /** Columns whose organisations are no task of a work plan's row: its units, its place (a ledger's park), its remarks. */
    private static final Set<Role> NO_TASK = EnumSet.of(Role.FOUNDER, Role.SUPPORTER, Role.INVESTOR, Role.PLACE, Role.OTHERS_PLACE,
            Role.PROFILE);

    private static List<Mention> tasked(Sentence sentence, List<int[]> cells, List<Role> header, List<Mention> here, Mention subject) {
        List<Mention> units = new ArrayList<>();
        for (int c = 0; c < Math.min(cells.size(), header.size()); c++) {
            if (NO_TASK.contains(header.get(c))) {
                units.addAll(in(sentence, cells.get(c), here));
            }
        }
        List<Mention> tasked = new ArrayList<>(List.of(subject));
        here.stream().filter(m -> ORGANISATIONS.contains(m.label()) && m.label() != EntityLabel.GovernmentAgency
                && !units.contains(m) && !tasked.contains(m)).forEach(tasked::add);
        return tasked;
    }

    private static List<Mention> in(Sentence sentence, int[] cell, List<Mention> here) {
        int from = sentence.begin() + cell[0];
        int to = sentence.begin() + cell[1];
        return here.stream().filter(m -> m.begin() >= from && m.end() <= to).toList();
    }

    private static void add(RelationContext doc, Sentence sentence, RelationType type, Mention from, Mention to, String method,
                            List<ExtractedRelation> out) {
        doc.link(out, type, from, to, method, CONFIDENCE, sentence, Map.of());
    }
}
