package org.industrykg.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * An association's list of new members written as cards (the name, then lines of fields split by ｜), a ranking of
 * investment firms with their funds and portfolios, a table with a profile column, a grant list paid out (本次拨付),
 * bodies named by their zone's class (新区经济发展和科技局), firm names the segmenter cut, and titles in 《》 that head
 * articles, not policies. Invented texts on the real pipeline.
 */
class RostersAndRankingsTest {

    private static final String MEMBERS = "佛山市翮翯智能装备行业协会\n"
            + "关于拟吸收第二批会员单位的公示\n\n"
            + "　　经单位申请、秘书处审核，现将拟吸收会员名单公示如下。\n\n"
            + "拟吸收会员单位名单\n\n"
            + "1. 佛山市翮翯机器人有限公司\n"
            + "　　会员类别：常务理事单位　｜　单位类型：企业　｜　所在地：佛山市顺德区\n"
            + "　　推荐单位：佛山市科学技术局\n"
            + "　　主营方向：协作机器人\n"
            + "2. 广州棽燚智能研究院\n"
            + "　　会员类别：会员单位 | 单位性质：科研院所 | 所在地：广州市黄埔区\n"
            + "　　推荐单位：江门爚暻投资有限公司\n"
            + "3. 江门爚暻精密部件有限公司\n"
            + "　　所在地：江门市蓬江区　　会员类别：会员单位\n"
            + "　　备　　注：已与广州棽燚智能研究院共建精密减速器联合实验室\n";

    @Test
    void each_member_card_of_an_association_s_list_joins_it_and_its_fields_say_where_it_is_and_who_recommends_it() {
        Extracted x = Extracted.from(MEMBERS);
        // the list's heading names no association: the one the title does takes the members
        assertThat(x.hasRuleRelation(RelationType.PARTNERS_WITH, "佛山市翮翯机器人有限公司", "佛山市翮翯智能装备行业协会")).isTrue();
        assertThat(x.hasRuleRelation(RelationType.PARTNERS_WITH, "广州棽燚智能研究院", "佛山市翮翯智能装备行业协会")).isTrue();
        // the field lines under a member do not end the list
        assertThat(x.hasRuleRelation(RelationType.PARTNERS_WITH, "江门爚暻精密部件有限公司", "佛山市翮翯智能装备行业协会")).isTrue();
        // fields after ｜ or | in a member's line are its fields
        assertThat(x.hasRuleRelation(RelationType.HOSTS, "佛山市顺德区", "佛山市翮翯机器人有限公司")).isTrue();
        assertThat(x.hasRuleRelation(RelationType.HOSTS, "广州市黄埔区", "广州棽燚智能研究院")).isTrue();
        assertThat(x.hasRuleRelation(RelationType.HOSTS, "江门市蓬江区", "江门爚暻精密部件有限公司")).isTrue();
        // a recommending bureau backs the member; a recommending firm is no backer
        assertThat(x.hasRuleRelation(RelationType.SUPPORTS, "佛山市科学技术局", "佛山市翮翯机器人有限公司")).isTrue();
        assertThat(x.hasRelation(RelationType.SUPPORTS, "江门爚暻投资有限公司", "广州棽燚智能研究院")).isFalse();
        // a remark spaced out as 备　　注 is the member's remark: its clauses are about the member
        assertThat(x.hasRuleRelation(RelationType.PARTNERS_WITH, "江门爚暻精密部件有限公司", "广州棽燚智能研究院")).isTrue();
    }

    @Test
    void a_list_under_a_title_naming_two_associations_joins_neither() {
        Extracted x = Extracted.from("佛山市翮翯智能装备行业协会　江门市爚暻机器人产业联盟\n"
                + "关于联合吸收会员单位的公示\n\n"
                + "拟吸收会员单位名单\n\n"
                + "1. 佛山市翮翯机器人有限公司\n"
                + "2. 广州棽燚智能研究院\n");
        assertThat(x.hasRelation(RelationType.PARTNERS_WITH, "佛山市翮翯机器人有限公司", "佛山市翮翯智能装备行业协会")).isFalse();
        assertThat(x.hasRelation(RelationType.PARTNERS_WITH, "佛山市翮翯机器人有限公司", "江门市爚暻机器人产业联盟")).isFalse();
    }

    @Test
    void an_investment_firm_s_row_manages_its_funds_and_funds_its_portfolio() {
        Extracted x = Extracted.from("关于发布年度活跃投资机构榜单的公告\n\n"
                + "　　佛山翮翯机器人产业投资基金是本年度规模最大的新设基金。\n\n"
                + "排名｜机构名称｜总部所在地｜代表基金｜代表被投企业\n"
                + "1｜佛山市翮翯创业投资管理有限公司｜佛山市顺德区｜佛山翮翯机器人产业投资基金｜佛山市棽燚传动科技有限公司、江门爚暻精密部件有限公司\n"
                + "2｜广州杺暻私募股权基金管理有限公司｜广州市黄埔区｜广州杺暻具身智能天使基金；杺暻二期成长基金｜佛山市棽燚传动科技有限公司\n");
        assertThat(x.hasRuleRelation(RelationType.MANAGES, "佛山市翮翯创业投资管理有限公司", "佛山翮翯机器人产业投资基金")).isTrue();
        assertThat(x.hasRuleRelation(RelationType.MANAGES, "广州杺暻私募股权基金管理有限公司", "广州杺暻具身智能天使基金")).isTrue();
        assertThat(x.hasRuleRelation(RelationType.FUNDS, "佛山市翮翯创业投资管理有限公司", "江门爚暻精密部件有限公司")).isTrue();
        assertThat(x.hasRuleRelation(RelationType.FUNDS, "广州杺暻私募股权基金管理有限公司", "佛山市棽燚传动科技有限公司")).isTrue();
        // the fund the text names most is no investor in the firms that rank
        assertThat(x.hasRelation(RelationType.FUNDS, "佛山翮翯机器人产业投资基金", "广州杺暻私募股权基金管理有限公司")).isFalse();
        // a portfolio firm manages nothing
        assertThat(x.hasRelation(RelationType.MANAGES, "江门爚暻精密部件有限公司", "佛山翮翯机器人产业投资基金")).isFalse();
    }

    @Test
    void a_profile_column_speaks_of_its_row_and_a_paid_out_column_is_a_grant() {
        Extracted x = Extracted.from("佛山市科学技术局\n"
                + "关于2026年度翮翯专项资金拨付明细的公示\n\n"
                + "单位：万元\n"
                + "序号｜项目承担单位｜挂点部门｜基本情况｜本次拨付\n"
                + "1｜佛山市棽燚传动科技有限公司｜佛山市工业和信息化局｜广州杺暻动力科技股份有限公司全资子公司，主营关节模组｜120\n"
                + "2｜江门爚暻精密部件有限公司｜佛山市商务局｜本地企业，已与广州棽燚智能研究院共建减速器联合实验室｜60\n");
        assertThat(x.hasRuleRelation(RelationType.FOUNDED, "广州杺暻动力科技股份有限公司", "佛山市棽燚传动科技有限公司")).isTrue();
        assertThat(x.hasRuleRelation(RelationType.PARTNERS_WITH, "江门爚暻精密部件有限公司", "广州棽燚智能研究院")).isTrue();
        // the profile of one row says nothing of the other row's firm
        assertThat(x.hasRelation(RelationType.PARTNERS_WITH, "佛山市棽燚传动科技有限公司", "广州棽燚智能研究院")).isFalse();
        assertThat(x.hasRuleRelation(RelationType.FUNDS, "佛山市科学技术局", "佛山市棽燚传动科技有限公司")).isTrue();
        assertThat(x.hasRuleRelation(RelationType.FUNDS, "佛山市科学技术局", "江门爚暻精密部件有限公司")).isTrue();
    }

    @Test
    void a_body_named_by_its_zone_s_class_is_the_zone_s_the_text_names() {
        Extracted x = Extracted.from("江门翮翯新区2026年度重点企业服务安排\n\n"
                + "　　为推动江门翮翯新区重点项目落地，经新区管委会研究，由新区经济发展和科技局负责对接重点企业。\n");
        assertThat(x.names(EntityLabel.GovernmentAgency)).contains("江门翮翯新区经济发展和科技局", "江门翮翯新区管委会");
        Extracted two = Extracted.from("联合工作安排\n\n"
                + "　　为推动江门翮翯新区和佛山棽燚新区重点项目落地，由新区经济发展和科技局负责对接重点企业。\n");
        assertThat(two.names(EntityLabel.GovernmentAgency)).doesNotContain("江门翮翯新区经济发展和科技局", "佛山棽燚新区经济发展和科技局");
    }

    @Test
    void a_firm_s_name_keeps_its_place_and_brand_when_the_segmenter_cuts_them_and_trade_words_alone_name_no_one() {
        Extracted x = Extracted.from("主要客户包括江门市翮翯电器股份有限公司、深圳市燚比物流科技有限公司和广东棽谷检测技术有限公司。\n");
        assertThat(x.names(EntityLabel.Enterprise)).contains("深圳市燚比物流科技有限公司", "广东棽谷检测技术有限公司");
        Extracted founded = Extracted.from("该集团在深圳市设立物流科技有限公司，负责仓储业务。\n");
        assertThat(founded.names(EntityLabel.Enterprise)).doesNotContain("物流科技有限公司", "深圳市设立物流科技有限公司");
    }

    @Test
    void a_title_in_angle_quotes_is_a_policy_only_when_it_ends_like_a_document() {
        Extracted x = Extracted.from("据《湾区翮翯》报道，《佛山市翮翯机器人重点企业名单（第一批）》和《翮翯交易所自律监管指引第3号——关联交易》已发布，"
                + "另见《棽燚传动首条丝杠产线投产》一文。\n");
        assertThat(x.names(EntityLabel.Policy)).contains("佛山市翮翯机器人重点企业名单（第一批）", "翮翯交易所自律监管指引第3号——关联交易")
                .doesNotContain("棽燚传动首条丝杠产线投产");
        assertThat(x.names(EntityLabel.Enterprise)).contains("湾区翮翯");
    }

    @Test
    void a_multiplication_sign_pairs_two_names_and_dashed_entries_under_a_residents_heading_settle_in_the_park() {
        Extracted x = Extracted.from("翮翯具身智能产业园招商推介\n\n"
                + "幻灯片 4\n园区概况\n• 翮翯具身智能产业园由江门市翮翯投资有限公司负责运营，翮翯具身智能产业园一期已交付\n\n"
                + "幻灯片 6\n已入驻企业（部分）\n"
                + "• 广州杺暻智能科技有限公司——人形机器人整机华南制造基地\n"
                + "• 江门爚暻精密部件有限公司——灵巧手精密结构件\n\n"
                + "幻灯片 7\n产学研合作案例\n"
                + "  – 杺暻智能 × 广州棽燚智能研究院：联合开发双臂协同操作模型\n"
                + "  – 江门爚暻精密部件有限公司×五邑大学：灵巧手寿命测试\n");
        assertThat(x.hasRuleRelation(RelationType.HOSTS, "翮翯具身智能产业园", "广州杺暻智能科技有限公司")).isTrue();
        assertThat(x.hasRuleRelation(RelationType.HOSTS, "翮翯具身智能产业园", "江门爚暻精密部件有限公司")).isTrue();
        assertThat(x.hasRuleRelation(RelationType.PARTNERS_WITH, "江门爚暻精密部件有限公司", "五邑大学")).isTrue();
        assertThat(x.hasRuleRelation(RelationType.PARTNERS_WITH, "广州杺暻智能科技有限公司", "广州棽燚智能研究院")).isTrue();
        // the sign pairs the names beside it, not those of the line above
        assertThat(x.hasRelation(RelationType.PARTNERS_WITH, "广州杺暻智能科技有限公司", "五邑大学")).isFalse();
        // the operator is no resident
        assertThat(x.hasRelation(RelationType.HOSTS, "翮翯具身智能产业园", "江门市翮翯投资有限公司")).isFalse();
    }

    @Test
    void the_second_character_of_a_verb_the_segmenter_split_is_no_part_of_the_name_after_it() {
        Extracted x = Extracted.from("同月，翮翯生物牵手深圳瑞康医药研究院，就多肽药物递送技术开展合作研发。\n");
        assertThat(x.names(EntityLabel.ResearchInstitute)).contains("深圳瑞康医药研究院").doesNotContain("手深圳瑞康医药研究院");
    }

    @Test
    void a_company_s_list_of_subsidiaries_and_its_shareholders_stakes_tie_them_to_it() {
        Extracted x = Extracted.from("江门市翮翯机器人科技有限公司（以下简称“翮翯公司”）基本情况\n\n"
                + "（二）股权结构。翮翯公司现有股东三名：江门翮翯控股有限公司持股68%；广州杺暻创业投资基金合伙企业（有限合伙）持股12%；其余股份由2名自然人持有。\n"
                + "（三）子公司情况。翮翯公司下设两家子公司：\n"
                + "1. 深圳翮翯智能技术有限公司，全资子公司，位于深圳市南山区，承担运动控制算法研发；\n"
                + "2. 江门翮翯精密部件有限公司，控股子公司，位于江门市蓬江区，负责关节部件加工。\n"
                + "（四）主要客户。公司主要客户为佛山市棽燚电器股份有限公司。\n"
                + "截至本报告签署日，江门翮翯企业管理有限公司持有佛山市棽燚电器股份有限公司5%股权，广州杺暻私募股权基金管理有限公司持股3%。\n");
        assertThat(x.hasRuleRelation(RelationType.FOUNDED, "江门市翮翯机器人科技有限公司", "深圳翮翯智能技术有限公司")).isTrue();
        assertThat(x.hasRuleRelation(RelationType.FOUNDED, "江门市翮翯机器人科技有限公司", "江门翮翯精密部件有限公司")).isTrue();
        assertThat(x.hasRuleRelation(RelationType.FUNDS, "江门翮翯控股有限公司", "江门市翮翯机器人科技有限公司")).isTrue();
        assertThat(x.hasRuleRelation(RelationType.FUNDS, "广州杺暻创业投资基金", "江门市翮翯机器人科技有限公司")).isTrue();
        // a stake after 甲持有乙5%股权 is in 乙
        assertThat(x.hasRuleRelation(RelationType.FUNDS, "广州杺暻私募股权基金管理有限公司", "佛山市棽燚电器股份有限公司")).isTrue();
        assertThat(x.hasRelation(RelationType.FUNDS, "广州杺暻私募股权基金管理有限公司", "江门市翮翯机器人科技有限公司")).isFalse();
        // the list of subsidiaries ends where its items do: a customer is no subsidiary
        assertThat(x.hasRelation(RelationType.FOUNDED, "江门市翮翯机器人科技有限公司", "佛山市棽燚电器股份有限公司")).isFalse();
    }

    @Test
    void an_investment_promotion_centre_or_a_government_service_centre_is_a_government_body() {
        Extracted x = Extracted.from("项目落地由佛山市翮翯区投资促进中心统一受理，审批事项可到江门市翮翯县政务服务中心办理。\n");
        assertThat(x.label("佛山市翮翯区投资促进中心")).isEqualTo(EntityLabel.GovernmentAgency);
        assertThat(x.label("江门市翮翯县政务服务中心")).isEqualTo(EntityLabel.GovernmentAgency);
    }

    @Test
    void towns_a_list_names_bare_before_its_class_word_are_towns_of_the_text_s_city() {
        Extracted x = Extracted.from("佛山市顺德区人民政府\n\n　　目前已形成以翮翯产业园为核心，北滘、乐从、龙江等镇街配套的产业格局。\n");
        assertThat(x.names(EntityLabel.City)).contains("佛山市顺德区北滘镇", "佛山市顺德区乐从镇", "佛山市顺德区龙江镇");
        // words that are no towns stay out, and one town alone is no list of towns
        Extracted y = Extracted.from("　　全市推动研发、制造等镇街联动，北滘等镇街加快转型。\n");
        assertThat(y.names(EntityLabel.City)).doesNotContain("研发镇", "制造镇");
    }

    @Test
    void what_a_firm_does_and_a_list_s_label_name_no_firm() {
        Extracted x = Extracted.from("* 江门市翮翯伺服科技有限公司（简称“翮翯伺服”）：主营伺服电机和驱动器，向深圳多家人形机器人企业供应关节电机。\n"
                + "# 行业组织：2024年9月，江门市翮翯机器人行业商会与佛山市棽燚机器人协会签署合作备忘录。\n");
        assertThat(x.names(EntityLabel.Enterprise)).contains("江门市翮翯伺服科技有限公司")
                .doesNotContain("主营伺服电机", "供应关节电机", "行业组织");
        assertThat(x.hasRelation(RelationType.PARTNERS_WITH, "江门市翮翯机器人行业商会", "佛山市棽燚机器人协会")).isTrue();
    }

    @Test
    void a_park_named_after_a_street_the_text_names_stands_in_it() {
        Extracted x = Extracted.from("　　记者从深圳市龙华区观澜街道获悉，观澜智能装备产业园今年新增入园企业11家。\n");
        assertThat(x.hasRuleRelation(RelationType.HOSTS, "深圳市龙华区观澜街道", "观澜智能装备产业园")).isTrue();
    }

    @Test
    void a_fund_s_role_is_no_part_of_its_name_and_a_city_s_district_funds_are_no_fund() {
        Extracted x = Extracted.from("　　本轮融资由原股东翮翯具身智能二期创业投资基金继续跟投，这也是深圳区级产业基金首次引入中山国资；"
                + "公司股东棽燚人形机器人创业投资基金同步增资。\n");
        assertThat(x.names(EntityLabel.Fund)).contains("翮翯具身智能二期创业投资基金", "棽燚人形机器人创业投资基金")
                .doesNotContain("原股东翮翯具身智能二期创业投资基金", "公司股东棽燚人形机器人创业投资基金", "深圳区级产业基金");
    }

    @Test
    void what_the_review_found_firing_wrongly_stays_quiet() {
        // counted or pointed-at firms before trade words are no brand
        Extracted firms = Extracted.from("东莞一家智能装备有限公司的负责人表示，将于明年在江门新建智能装备有限公司。\n");
        assertThat(firms.names(EntityLabel.Enterprise)).noneMatch(n -> n.contains("一家") || n.contains("新建"));
        // titles: documents that end in 条, 书 or a year are policies; a game's or an interview's title is none, nor a firm
        Extracted titles = Extracted.from("会议学习了《翮翯十条》《安全生产目标责任书》和《中国制造2025》，另见《原神》及"
                + "《专访翮翯科技董事长：打造全球领先的机器人产业体系》。\n");
        assertThat(titles.names(EntityLabel.Policy)).contains("翮翯十条", "安全生产目标责任书", "中国制造2025")
                .doesNotContain("专访翮翯科技董事长：打造全球领先的机器人产业体系");
        assertThat(titles.names(EntityLabel.Enterprise)).doesNotContain("原神");
        // a list of firms that are no subsidiaries any more; an item's company is the one its line is about
        Extracted children = Extracted.from("下列企业自2025年起不再是江门翮翯集团有限公司的子公司：\n"
                + "1. 江门燚爚电子有限公司（已注销）\n\n"
                + "深圳市翮翯科技有限公司下设两家子公司：\n"
                + "1. 与五邑大学合资设立的江门翮翯智能研究院有限公司，负责算法研发；\n"
                + "2. 江门暻杺电子有限公司，全资子公司。\n");
        assertThat(children.hasRelation(RelationType.FOUNDED, "江门翮翯集团有限公司", "江门燚爚电子有限公司")).isFalse();
        assertThat(children.hasRuleRelation(RelationType.FOUNDED, "深圳市翮翯科技有限公司", "江门翮翯智能研究院有限公司")).isTrue();
        assertThat(children.hasRelation(RelationType.FOUNDED, "深圳市翮翯科技有限公司", "五邑大学")).isFalse();
        // the firms a company holds are no holders of it
        Extracted holdings = Extracted.from("江门翮翯科技股份有限公司主要参股公司持股情况：江门燚爚电子有限公司持股比例为30%。\n");
        assertThat(holdings.hasRelation(RelationType.FUNDS, "江门燚爚电子有限公司", "江门翮翯科技股份有限公司")).isFalse();
        // members refused, a partnership ended, a count after ×, a grant of 0 or held back
        Extracted refused = Extracted.from("佛山市翮翯智能装备行业协会\n关于不予吸收会员单位的公示\n\n不予吸收会员单位名单\n\n"
                + "1. 佛山市燚爚机器人有限公司\n"
                + "　　会员类别：会员单位　｜　所在地：佛山市顺德区\n"
                + "　　备　　注：与江门市暻杺智能科技有限公司的合作已终止\n");
        assertThat(refused.hasRelation(RelationType.PARTNERS_WITH, "佛山市燚爚机器人有限公司", "佛山市翮翯智能装备行业协会")).isFalse();
        assertThat(refused.hasRelation(RelationType.PARTNERS_WITH, "佛山市燚爚机器人有限公司", "江门市暻杺智能科技有限公司")).isFalse();
        // two fields split by one bar still are the card's fields
        assertThat(refused.hasRuleRelation(RelationType.HOSTS, "佛山市顺德区", "佛山市燚爚机器人有限公司")).isTrue();
        Extracted counted = Extracted.from("参会单位：江门翮翯科技有限公司×2、五邑大学×3、江门燚爚电子有限公司×1\n");
        assertThat(counted.hasRelation(RelationType.PARTNERS_WITH, "江门翮翯科技有限公司", "五邑大学")).isFalse();
        Extracted grants = Extracted.from("江门市科学技术局\n关于2026年度专项资金拨付明细的公示\n\n单位：万元\n"
                + "序号｜项目承担单位｜本次拨付｜备注\n"
                + "1｜江门翮翯科技有限公司｜0｜\n"
                + "2｜江门燚爚电子有限公司｜50｜暂缓拨付，待整改\n"
                + "3｜江门暻杺电子有限公司｜80｜\n");
        assertThat(grants.hasRelation(RelationType.FUNDS, "江门市科学技术局", "江门翮翯科技有限公司")).isFalse();
        assertThat(grants.hasRelation(RelationType.FUNDS, "江门市科学技术局", "江门燚爚电子有限公司")).isFalse();
        assertThat(grants.hasRuleRelation(RelationType.FUNDS, "江门市科学技术局", "江门暻杺电子有限公司")).isTrue();
    }

    @Test
    void a_fund_declared_by_its_level_is_that_fund_where_the_text_names_it_so() {
        Extracted x = Extracted.from("　　一是县级的江门市翮翯产业发展基金（以下简称“县基金”）。县基金于2025年11月设立，规模3亿元，"
                + "由江门翮翯产业投资管理有限公司担任管理人，重点投向人形机器人整机。\n"
                + "　　二是市级的佛山市棽燚产业投资基金（以下简称“市基金”）。市基金由佛山市棽燚私募基金管理有限公司管理。\n");
        assertThat(x.hasRuleRelation(RelationType.MANAGES, "江门翮翯产业投资管理有限公司", "江门市翮翯产业发展基金")).isTrue();
        assertThat(x.hasRuleRelation(RelationType.MANAGES, "佛山市棽燚私募基金管理有限公司", "佛山市棽燚产业投资基金")).isTrue();
        // each level's name is its own fund's
        assertThat(x.hasRelation(RelationType.MANAGES, "佛山市棽燚私募基金管理有限公司", "江门市翮翯产业发展基金")).isFalse();
        assertThat(x.entity("江门市翮翯产业发展基金").orElseThrow().properties()).containsEntry("sizeCny", 300000000L);
    }
}
