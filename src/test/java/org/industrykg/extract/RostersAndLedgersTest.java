package org.industrykg.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Records whose subject is written once, above or beside what is said of it: a roster's numbered line with a person
 * before the firm and a profile under it, a park's lease ledger, a judgment's parties named by role before their declared
 * short names, funds named after a town, a zone or two places. Invented texts on the real pipeline.
 */
class RostersAndLedgersTest {

    private static final String ROSTER = "2025年企业家研修班学员名录\n"
            + "01　张某某　中山市罍彀智能装备有限公司　总经理\n"
            + "　　企业简介：扎根南头镇十余年，主营焊接机器人工作站；2024年与广东工业大学共建智能焊接联合实验室。\n"
            + "02　李某　深圳市甗鬲科技有限公司　副总裁\n"
            + "　　企业简介：总部在深圳市宝安区，研产谐波减速器；2025年在中山市三角镇设厂。\n"
            + "03　王某某　中山市鬶斝电机有限公司　董事长\n"
            + "　　企业简介：小榄镇伺服电机企业，与电子科技大学中山学院合作开发伺服电机，获小榄镇人民政府技改扶持。\n"
            + "04　赵某　中山市觚爵传感技术有限公司　总经理\n"
            + "　　企业简介：由中国科学院深圳先进技术研究院孵化，2023年从深圳迁至中山市石岐街道。\n"
            + "05　钱某某　中山簋盉照明科技有限公司　总经理\n"
            + "　　企业简介：古镇镇智能照明厂商；今年牵手深圳市罍觚智能科技有限公司，合作开发灯光控制芯片。\n"
            + "06　孙某　深圳彀觚具身智能科技有限公司　联合创始人\n"
            + "　　企业简介：深圳市南山区人形机器人整机企业；今年4月完成2亿元A轮融资，由鬲爵具身智能创业投资基金领投、"
            + "中山市簋觚产业投资基金跟投。\n";

    @Test
    void a_rosters_profile_speaks_of_the_firm_on_the_numbered_line_above_it() {
        Extracted x = Extracted.from(ROSTER);
        // where it is: 扎根P, 总部在P, 2025年在P设厂, 从Q迁至P, and a description by place and trade
        assertThat(x.hasRuleRelation(RelationType.HOSTS, "中山市南头镇", "中山市罍彀智能装备有限公司")).isTrue();
        assertThat(x.hasRuleRelation(RelationType.HOSTS, "深圳市宝安区", "深圳市甗鬲科技有限公司")).isTrue();
        assertThat(x.hasRuleRelation(RelationType.HOSTS, "中山市三角镇", "深圳市甗鬲科技有限公司")).isTrue();
        assertThat(x.hasRuleRelation(RelationType.HOSTS, "中山市石岐街道", "中山市觚爵传感技术有限公司")).isTrue();
        assertThat(x.hasRuleRelation(RelationType.HOSTS, "中山市小榄镇", "中山市鬶斝电机有限公司")).isTrue();
        assertThat(x.hasRuleRelation(RelationType.HOSTS, "中山市古镇镇", "中山簋盉照明科技有限公司")).isTrue();
        // who it works with and what it built, and who incubated it
        assertThat(x.partners("中山市罍彀智能装备有限公司", "广东工业大学")).isTrue();
        assertThat(x.hasRuleRelation(RelationType.FOUNDED, "中山市罍彀智能装备有限公司", "智能焊接联合实验室")).isTrue();
        assertThat(x.partners("中山市鬶斝电机有限公司", "电子科技大学中山学院")).isTrue();
        assertThat(x.partners("中山簋盉照明科技有限公司", "深圳市罍觚智能科技有限公司")).isTrue();
        assertThat(x.hasRuleRelation(RelationType.FOUNDED, "中国科学院深圳先进技术研究院", "中山市觚爵传感技术有限公司")).isTrue();
        // its fields, and who led and joined its round
        assertThat(x.hasRuleRelation(RelationType.IN_INDUSTRY, "中山市鬶斝电机有限公司", "伺服电机")).isTrue();
        assertThat(x.hasRuleRelation(RelationType.IN_INDUSTRY, "中山市罍彀智能装备有限公司", "焊接机器人")).isTrue();
        assertThat(x.hasRuleRelation(RelationType.HOSTS, "深圳市南山区", "深圳彀觚具身智能科技有限公司")).isTrue();
        assertThat(x.hasRuleRelation(RelationType.IN_INDUSTRY, "深圳彀觚具身智能科技有限公司", "人形机器人")).isTrue();
        assertThat(x.hasRuleRelation(RelationType.FUNDS, "鬲爵具身智能创业投资基金", "深圳彀觚具身智能科技有限公司")).isTrue();
        assertThat(x.hasRuleRelation(RelationType.FUNDS, "中山市簋觚产业投资基金", "深圳彀觚具身智能科技有限公司")).isTrue();
        assertThat(x.hasRelation(RelationType.FUNDS, "中山市簋觚产业投资基金", "中山簋盉照明科技有限公司")).isFalse();
        assertThat(x.hasRuleRelation(RelationType.SUPPORTS, "中山市小榄镇人民政府", "中山市鬶斝电机有限公司")).isTrue();
        // a description by its founder, not its place, still names the founder
        Extracted card = Extracted.from("展商：中山市罍斝科技有限公司\n产品类别：灵巧手\n企业简介：广东工业大学孵化企业，位于中山市火炬开发区。\n");
        assertThat(card.hasRuleRelation(RelationType.FOUNDED, "广东工业大学", "中山市罍斝科技有限公司")).isTrue();
        assertThat(x.hasRelation(RelationType.SUPPORTS, "中山市小榄镇人民政府", "中山市觚爵传感技术有限公司")).isFalse();
        // one card's places and partners are not the next card's
        assertThat(x.hasRelation(RelationType.HOSTS, "中山市南头镇", "深圳市甗鬲科技有限公司")).isFalse();
        assertThat(x.hasRelation(RelationType.HOSTS, "中山市小榄镇", "中山市觚爵传感技术有限公司")).isFalse();
        assertThat(x.partners("中山市罍彀智能装备有限公司", "电子科技大学中山学院")).isFalse();
        // the place a firm moved from is not where it is
        assertThat(x.hasRelation(RelationType.HOSTS, "深圳市", "中山市觚爵传感技术有限公司")).isFalse();
    }

    @Test
    void a_line_that_names_two_organisations_after_a_person_opens_no_card() {
        Extracted x = Extracted.from("01　张某某　中山市罍彀智能装备有限公司　深圳市甗鬲科技有限公司\n"
                + "　　简介：扎根南头镇十余年。\n");
        assertThat(x.hasRuleRelation(RelationType.HOSTS, "中山市南头镇", "中山市罍彀智能装备有限公司")).isFalse();
        assertThat(x.hasRuleRelation(RelationType.HOSTS, "中山市南头镇", "深圳市甗鬲科技有限公司")).isFalse();
    }

    @Test
    void a_card_headed_by_a_name_and_its_declared_short_name_has_its_headquarters_field() {
        Extracted x = Extracted.from("三、供應商速寫\n\n（一）深圳市罍彀機器人科技有限公司（「罍彀機器人」）\n"
                + "　　總部：深圳市南山區　｜　主要產品：雙足人形機械人、協作機械臂\n"
                + "　　罍彀機器人成立於2020年，去年在中山火炬開發區設立生產基地。\n\n"
                + "（二）中山市甗鬲精密傳動有限公司（「甗鬲傳動」）\n"
                + "　　總部：中山市小欖鎮　｜　主要產品：諧波減速器、RV減速器\n");
        assertThat(x.hasRuleRelation(RelationType.HOSTS, "深圳市南山区", "深圳市罍彀机器人科技有限公司")).isTrue();
        assertThat(x.hasRuleRelation(RelationType.HOSTS, "中山市小榄镇", "中山市甗鬲精密传动有限公司")).isTrue();
        assertThat(x.hasRuleRelation(RelationType.IN_INDUSTRY, "中山市甗鬲精密传动有限公司", "谐波减速器")).isTrue();
        assertThat(x.hasRelation(RelationType.HOSTS, "深圳市南山区", "中山市甗鬲精密传动有限公司")).isFalse();
    }

    @Test
    void a_parks_lease_ledger_lists_its_tenants() {
        Extracted x = Extracted.from("中山罍彀智造产业园\n2025年度房屋租赁台账\n\n运营单位：中山市罍彀产业园运营有限公司\n\n"
                + "------------------------------------------------------------------------------------------\n"
                + "序号  承租单位                                  楼栋/单元     面积(㎡)    所属行业              备注\n"
                + "------------------------------------------------------------------------------------------\n"
                + "1     中山市甗鬲精密传动有限公司                A2栋1层       3,100       谐波减速器            "
                + "与广东工业大学共同研发柔轮新材料；为中山鬶斝智能制造有限公司配套\n"
                + "2     中山鬶斝智能制造有限公司                  A1栋1-3层     6,200       人形机器人整机        "
                + "深圳市鬶斝机器人有限公司全资子公司\n"
                + "3     中山市斝觚科技有限公司                    B2栋3层       520         具身智能数据采集      "
                + "与电子科技大学中山学院共建具身智能数据采集联合实验室\n");
        for (String tenant : new String[] {"中山市甗鬲精密传动有限公司", "中山鬶斝智能制造有限公司", "中山市斝觚科技有限公司"}) {
            assertThat(x.hasRuleRelation(RelationType.HOSTS, "中山罍彀智造产业园", tenant)).as(tenant).isTrue();
        }
        // the column of trades under a ruled header
        assertThat(x.hasRuleRelation(RelationType.IN_INDUSTRY, "中山市甗鬲精密传动有限公司", "谐波减速器")).isTrue();
        // a remark's partner, its client, and a name that opens its cell without the conjunction before it
        assertThat(x.partners("中山市甗鬲精密传动有限公司", "广东工业大学")).isTrue();
        assertThat(x.partners("中山市甗鬲精密传动有限公司", "中山鬶斝智能制造有限公司")).isTrue();
        assertThat(x.names(EntityLabel.ResearchInstitute)).contains("电子科技大学中山学院").doesNotContain("与电子科技大学中山学院");
        assertThat(x.partners("中山市斝觚科技有限公司", "电子科技大学中山学院")).isTrue();
        // the operator's office in the park is no partner of a tenant's
        assertThat(x.partners("中山市罍彀产业园运营有限公司", "广东工业大学")).isFalse();
    }

    @Test
    void a_table_by_town_hosts_every_project_item_in_its_row() {
        Extracted x = Extracted.from("2025年度各镇街招商引资考核结果\n排名｜镇街｜综合得分｜落地重点项目｜备注\n"
                + "1｜三角镇｜96.5｜深圳市罍彀机器人科技有限公司整机基地（计划投资18亿元）；中山市甗鬲电器有限公司厨电智能工厂｜无\n"
                + "2｜东凤镇｜94.8｜中山市鬶斝科技有限公司智能锁扩产项目（5亿元）；中山市觚爵电器有限公司厨电智能工厂｜无\n");
        assertThat(x.hasRuleRelation(RelationType.HOSTS, "中山市三角镇", "中山市甗鬲电器有限公司")).isTrue();
        assertThat(x.hasRuleRelation(RelationType.HOSTS, "中山市东凤镇", "中山市鬶斝科技有限公司")).isTrue();
        assertThat(x.hasRuleRelation(RelationType.HOSTS, "中山市东凤镇", "中山市觚爵电器有限公司")).isTrue();
        assertThat(x.hasRelation(RelationType.HOSTS, "中山市三角镇", "中山市觚爵电器有限公司")).isFalse();
    }

    @Test
    void a_list_of_firms_of_a_city_and_a_field_gives_each_both() {
        Extracted x = Extracted.from("活动期间，与深圳市罍彀智能科技有限公司、深圳市甗鬲机器人有限公司等深圳人形机器人整机企业举行配套洽谈会；"
                + "鬶斝智能、觚爵动力等一批初创灵巧手企业参加路演。\n");
        assertThat(x.hasRuleRelation(RelationType.HOSTS, "深圳市", "深圳市甗鬲机器人有限公司")).isTrue();
        assertThat(x.hasRuleRelation(RelationType.IN_INDUSTRY, "深圳市罍彀智能科技有限公司", "人形机器人")).isTrue();
        assertThat(x.hasRelation(RelationType.IN_INDUSTRY, "深圳市罍彀智能科技有限公司", "灵巧手")).isFalse();
    }

    @Test
    void a_round_named_in_the_sentence_before_belongs_to_the_firm_that_raised_it() {
        Extracted x = Extracted.from("今年3月，深圳市罍彀机器人科技有限公司完成5亿元B轮融资。本轮由深圳市甗鬲人形机器人产业基金合伙企业（有限合伙）领投，"
                + "中山市鬶斝智能制造产业投资基金跟投，老股东深圳市觚爵创业投资有限公司继续加注。\n");
        assertThat(x.hasRuleRelation(RelationType.FUNDS, "中山市鬶斝智能制造产业投资基金", "深圳市罍彀机器人科技有限公司")).isTrue();
        assertThat(x.hasRuleRelation(RelationType.FUNDS, "深圳市觚爵创业投资有限公司", "深圳市罍彀机器人科技有限公司")).isTrue();
        assertThat(x.hasRelation(RelationType.FUNDS, "深圳市觚爵创业投资有限公司", "中山市鬶斝智能制造产业投资基金")).isFalse();
    }

    @Test
    void a_patent_transferred_or_licensed_joins_the_two_parties() {
        Extracted x = Extracted.from("华南理工大学将3项伺服控制专利转让给中山市甗鬲电机有限公司，转让费120万元。"
                + "深圳大学授权给深圳市鬶斝科技有限公司使用其触觉传感专利。\n");
        assertThat(x.partners("华南理工大学", "中山市甗鬲电机有限公司")).isTrue();
        assertThat(x.partners("深圳大学", "深圳市鬶斝科技有限公司")).isTrue();
        assertThat(x.partners("华南理工大学", "深圳市鬶斝科技有限公司")).isFalse();
    }

    @Test
    void a_branch_named_after_its_owner_was_founded_by_it() {
        Extracted x = Extracted.from("深圳市罍彀视觉技术有限公司总部位于深圳市龙华区。深圳市罍彀视觉技术有限公司中山分公司承租B2栋2层，"
                + "鬲爵银行股份有限公司深圳分行为其提供授信。深圳市甗鬲软件有限公司设立的深圳市甗鬲软件有限公司中山研发中心同期入驻。\n");
        assertThat(x.hasRuleRelation(RelationType.FOUNDED, "深圳市罍彀视觉技术有限公司", "深圳市罍彀视觉技术有限公司中山分公司")).isTrue();
        assertThat(x.hasRuleRelation(RelationType.FOUNDED, "深圳市甗鬲软件有限公司", "深圳市甗鬲软件有限公司中山研发中心")).isTrue();
        // a branch is not founded by another firm of the text
        assertThat(x.hasRelation(RelationType.FOUNDED, "深圳市甗鬲软件有限公司", "深圳市罍彀视觉技术有限公司中山分公司")).isFalse();
    }

    @Test
    void a_partys_role_before_its_declared_short_name_is_no_part_of_it() {
        Extracted x = Extracted.from("原告：深圳市罍彀智能科技有限公司（以下简称“罍彀公司”），住所地广东省深圳市南山区粤海街道。\n"
                + "被告：中山市甗鬲实业投资有限公司（以下简称“甗鬲公司”），住所地广东省中山市火炬开发区。\n"
                + "第三人：中山鬶斝智能机器人产业投资基金合伙企业（有限合伙）（以下简称“鬶斝基金”）。\n"
                + "原告罍彀公司向本院提出诉讼请求：判令甗鬲公司支付股权转让款。本院认为，甗鬲公司应当履行义务，"
                + "故甗鬲公司的抗辩不能成立。第三人鬶斝基金述称其未参与经营。\n");
        assertThat(x.allNames()).doesNotContain("原告罍彀公司", "故甗鬲公司", "判令甗鬲公司", "第三人鬶斝基金");
        assertThat(x.entity("罍彀公司").map(ExtractedEntity::name)).contains("深圳市罍彀智能科技有限公司");
        assertThat(x.entity("甗鬲公司").map(ExtractedEntity::name)).contains("中山市甗鬲实业投资有限公司");
        // a place before a declared name stays with it: 深圳罍彀公司 is no role word
        Extracted placed = Extracted.from("深圳市罍彀智能科技有限公司（以下简称“罍彀公司”）成立于2019年。深圳罍彀公司去年营收过亿。\n");
        assertThat(placed.allNames()).doesNotContain("罍彀公司深圳");
    }

    @Test
    void a_fund_named_after_a_town_a_zone_or_two_places_is_hosted_by_each() {
        Extracted x = Extracted.from("3月，中山市黄圃镇设立黄圃专项子基金，规模2亿元。小榄镇人民政府表示，"
                + "小榄镇智能装备产业基金同月完成备案。\n"
                + "中山翠亨新区管委会发布公告，中山翠亨新区产业引导基金出资3亿元，翠亨新区将继续支持机器人产业。\n"
                + "深圳市宝安区与中山火炬高技术产业开发区共同设立宝安—火炬机器人产业协作基金，首期规模5亿元。\n");
        assertThat(x.hasRuleRelation(RelationType.HOSTS, "中山市黄圃镇", "黄圃专项子基金")).isTrue();
        assertThat(x.hasRuleRelation(RelationType.HOSTS, "中山市小榄镇", "小榄镇智能装备产业基金")).isTrue();
        assertThat(x.hasRuleRelation(RelationType.HOSTS, "中山翠亨新区", "中山翠亨新区产业引导基金")
                || x.hasRuleRelation(RelationType.HOSTS, "翠亨新区", "中山翠亨新区产业引导基金")).isTrue();
        assertThat(x.hasRuleRelation(RelationType.HOSTS, "中山火炬高技术产业开发区", "宝安—火炬机器人产业协作基金")).isTrue();
        assertThat(x.hasRuleRelation(RelationType.HOSTS, "深圳市宝安区", "宝安—火炬机器人产业协作基金")).isTrue();
        // a town's fund is not the other town's
        assertThat(x.hasRelation(RelationType.HOSTS, "中山市黄圃镇", "小榄镇智能装备产业基金")).isFalse();
        assertThat(x.hasRelation(RelationType.HOSTS, "中山市小榄镇", "黄圃专项子基金")).isFalse();
    }
}
