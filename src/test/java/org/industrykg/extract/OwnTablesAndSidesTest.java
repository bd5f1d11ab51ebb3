package org.industrykg.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Tables whose rows belong to a party the text names above them or is about: subsidiaries with no column of their
 * parent (子公司名称 | 持股比例), shareholders under a line that names the firm by its declared short name, a
 * school office's table of contracts (某某大学科学技术部: 项目名称 | 委托单位), a firm's own suppliers and customers
 * (供应商名称 | 所在地); a partner who is both general partner and manager of a fund; firms listed on one side of 与
 * (A、B等企业与C建立合作关系), partners of C only; where an entry's firm is and what it does, said after a clause that
 * names its parents (2. X：由A与B合资设立，A持股70%，位于…，主要从事…). Invented texts on the real pipeline.
 */
class OwnTablesAndSidesTest {

    @Test
    void the_subsidiaries_of_a_table_without_their_parent_are_the_firm_the_text_or_the_line_above_names() {
        Extracted rating = Extracted.from("深圳市鳋鳏产业投资集团有限公司\n2025年度跟踪评级报告（节选）\n"
                + "公司成立于2016年。截至2025年6月末，公司纳入合并范围的主要子公司如下：\n"
                + "子公司名称　　　　　　　　　　　　持股比例　　主营业务\n"
                + "深圳市鳋鳏园区运营有限公司　　　　100%　　　　产业园区招商及运营\n"
                + "中山鳑鳒精密制造有限公司　　　　　60%　　　　 机器人零部件制造\n");
        assertThat(rating.hasRuleRelation(RelationType.FOUNDED, "深圳市鳋鳏产业投资集团有限公司", "深圳市鳋鳏园区运营有限公司")).isTrue();
        assertThat(rating.hasRuleRelation(RelationType.FOUNDED, "深圳市鳋鳏产业投资集团有限公司", "中山鳑鳒精密制造有限公司")).isTrue();

        Extracted named = Extracted.from("一、总体情况\n本年度各项工作稳步推进。\n"
                + "深圳鳓鳚智能装备股份有限公司的下属企业情况如下：\n"
                + "下属企业\t所在地\t持股比例\n"
                + "中山鳜鳢传动科技有限公司\t中山市三角镇\t100%\n"
                + "东莞鲀鲃电机有限公司\t东莞市\t51%\n");
        assertThat(named.hasRuleRelation(RelationType.FOUNDED, "深圳鳓鳚智能装备股份有限公司", "中山鳜鳢传动科技有限公司")).isTrue();
        assertThat(named.hasRuleRelation(RelationType.FOUNDED, "深圳鳓鳚智能装备股份有限公司", "东莞鲀鲃电机有限公司")).isTrue();
        assertThat(named.hasRelation(RelationType.HOSTS, "中山市三角镇", "中山鳜鳢传动科技有限公司")).isTrue();
    }

    @Test
    void shareholders_under_a_line_that_names_the_firm_by_its_declared_short_name_fund_that_firm() {
        Extracted x = Extracted.from("关于深圳市鲆鲉智能机器人股份有限公司重整案公开招募重整投资人的公告\n"
                + "本院裁定受理深圳市鲆鲉智能机器人股份有限公司（以下简称“鲆鲉机器人”或“债务人”）重整一案。\n"
                + "二、债务人股东情况\n"
                + "截至本公告发布之日，鲆鲉机器人共有股东23名，其中持股比例在3%以上的股东如下：\n"
                + "序号　股东名称　　　　　　　　　　　　　　　持股比例　入股时间\n"
                + "1　　深圳鲋鲎投资控股有限公司　　　　　　　　38.62%　　2013年\n"
                + "2　　深圳市鹢鹣创业投资合伙企业（有限合伙）　9.41%　　2018年\n");
        assertThat(x.hasRuleRelation(RelationType.FUNDS, "深圳鲋鲎投资控股有限公司", "深圳市鲆鲉智能机器人股份有限公司")).isTrue();
        assertThat(x.hasRuleRelation(RelationType.FUNDS, "深圳市鹢鹣创业投资合伙企业（有限合伙）", "深圳市鲆鲉智能机器人股份有限公司")).isTrue();
    }

    @Test
    void a_school_office_s_contracts_are_the_school_s_and_its_first_person_is_the_school() {
        Extracted x = Extracted.from("深圳鹘鳋大学科学技术部\n科技简报　2026年第1期\n"
                + "现将我校2025年度横向科研项目到账经费情况予以公布。深圳鹘鳋大学积极服务产业发展。\n"
                + "排名\t项目名称\t委托单位\t委托单位所在地\t合同金额\n"
                + "1\t人形机器人运动控制算法开发\t深圳市鳏鳑机器人有限公司\t深圳市南山区\t2,800\n"
                + "2\t灵巧手触觉传感阵列研制\t中山市鳒鳓传感科技有限公司\t中山市火炬开发区\t1,600\n"
                + "深圳市鳚鳜科技有限公司2024年与我校签署全面合作协议。\n");
        assertThat(x.hasRuleRelation(RelationType.PARTNERS_WITH, "深圳市鳏鳑机器人有限公司", "深圳鹘鳋大学")).isTrue();
        assertThat(x.hasRuleRelation(RelationType.PARTNERS_WITH, "中山市鳒鳓传感科技有限公司", "深圳鹘鳋大学")).isTrue();
        // the place column of the commissioning units places them, though the row's name is a project
        assertThat(x.hasRuleRelation(RelationType.HOSTS, "深圳市南山区", "深圳市鳏鳑机器人有限公司")).isTrue();
        // 我校 is the university, not its office
        assertThat(x.partners("深圳市鳚鳜科技有限公司", "深圳鹘鳋大学")).isTrue();
        assertThat(x.partners("深圳市鳚鳜科技有限公司", "深圳鹘鳋大学科学技术部")).isFalse();
    }

    @Test
    void a_firm_s_own_list_of_suppliers_or_customers_makes_each_its_partner() {
        Extracted suppliers = Extracted.from("中山鳢鲀智能机器人有限公司\n2025年度合格供应商名录\n"
                + "本文件适用于中山鳢鲀智能机器人有限公司（以下简称“本公司”）所采购的生产性物料。\n"
                + "序号｜供应商编码｜供应商名称｜所在地｜供应物料｜等级\n"
                + "01｜S-001｜深圳市鲃鲆精密减速机有限公司｜深圳市宝安区｜谐波减速器｜A\n"
                + "02｜S-002｜宁波鲉鲋丝杠制造有限公司｜浙江省宁波市｜行星滚柱丝杠｜A\n");
        assertThat(suppliers.hasRuleRelation(RelationType.PARTNERS_WITH, "深圳市鲃鲆精密减速机有限公司", "中山鳢鲀智能机器人有限公司")).isTrue();
        assertThat(suppliers.hasRuleRelation(RelationType.PARTNERS_WITH, "宁波鲉鲋丝杠制造有限公司", "中山鳢鲀智能机器人有限公司")).isTrue();
        assertThat(suppliers.hasRelation(RelationType.HOSTS, "深圳市宝安区", "深圳市鲃鲆精密减速机有限公司")).isTrue();

        Extracted customers = Extracted.from("深圳市鲎鹢伺服技术有限公司2025年度报告摘要\n"
                + "公司主要客户情况如下：\n"
                + "客户名称\t销售金额（万元）\t占比\n"
                + "深圳鹣鹘机器人有限公司\t3,200\t18%\n"
                + "中山鳋鳓协作机器人有限公司\t2,100\t12%\n");
        assertThat(customers.partners("深圳鹣鹘机器人有限公司", "深圳市鲎鹢伺服技术有限公司")).isTrue();
        assertThat(customers.partners("中山鳋鳓协作机器人有限公司", "深圳市鲎鹢伺服技术有限公司")).isTrue();
        // the customers of one firm are not each other's partners
        assertThat(customers.partners("深圳鹣鹘机器人有限公司", "中山鳋鳓协作机器人有限公司")).isFalse();
    }

    @Test
    void who_is_both_general_partner_and_manager_of_a_fund_manages_it() {
        Extracted x = Extracted.from("鳏鳒具身智能创业投资基金于2024年9月完成备案，由深圳市鳑鳚创业投资管理有限公司担任普通合伙人和基金管理人。"
                + "鳓鳜人形机器人产业基金规模10亿元，由中山鳢鲀资本管理有限公司担任执行事务合伙人兼基金管理人。"
                + "鲀鲃机器人天使基金由深圳鲆鲉私募股权投资管理有限公司担任基金管理人及普通合伙人。");
        assertThat(x.hasRuleRelation(RelationType.MANAGES, "深圳市鳑鳚创业投资管理有限公司", "鳏鳒具身智能创业投资基金")).isTrue();
        assertThat(x.hasRuleRelation(RelationType.MANAGES, "中山鳢鲀资本管理有限公司", "鳓鳜人形机器人产业基金")).isTrue();
        assertThat(x.hasRuleRelation(RelationType.MANAGES, "深圳鲆鲉私募股权投资管理有限公司", "鲀鲃机器人天使基金")).isTrue();
        // managing is not putting money in
        assertThat(x.hasRelation(RelationType.FUNDS, "深圳市鳑鳚创业投资管理有限公司", "鳏鳒具身智能创业投资基金")).isFalse();
    }

    @Test
    void an_entry_s_place_and_business_are_its_own_after_a_clause_that_names_its_parents() {
        Extracted x = Extracted.from("二、子公司情况\n"
                + "1. 深圳鳑鳢灵巧手技术有限公司：成立于2022年5月，由深圳市鲀鲆动力科技股份有限公司与深圳市鳓鲋驱动科技股份有限公司合资设立，"
                + "深圳市鲀鲆动力科技股份有限公司持股70%，位于深圳市龙华区，主要从事多自由度灵巧手及微型驱动器的研发。\n"
                + "2. 中山鳜鲉智能制造有限公司：成立于2024年9月，为全资子公司，位于中山市火炬开发区，主要负责人形机器人整机总装的批量生产。\n");
        assertThat(x.hasRuleRelation(RelationType.HOSTS, "深圳市龙华区", "深圳鳑鳢灵巧手技术有限公司")).isTrue();
        assertThat(x.hasRuleRelation(RelationType.IN_INDUSTRY, "深圳鳑鳢灵巧手技术有限公司", "灵巧手")
                || x.hasRuleRelation(RelationType.IN_INDUSTRY, "深圳鳑鳢灵巧手技术有限公司", "多自由度灵巧手")).isTrue();
        assertThat(x.hasRelation(RelationType.IN_INDUSTRY, "深圳市鲀鲆动力科技股份有限公司", "微型驱动器")).isFalse();
        assertThat(x.hasRuleRelation(RelationType.IN_INDUSTRY, "中山鳜鲉智能制造有限公司", "人形机器人")).isTrue();

        // an item that is a sentence, not a label: what the firm it sets up does is that firm's, not the first party's
        Extracted signing = Extracted.from("6．中山鳋鹘投资控股集团有限公司与鹣鹢生物科技（香港）有限公司签署合资协议，双方合资成立中山鹣鹢细胞治疗技术有限公司，"
                + "注册资本3亿元，主营细胞治疗产品的研发与生产。");
        assertThat(signing.hasRuleRelation(RelationType.IN_INDUSTRY, "中山鳋鹘投资控股集团有限公司", "细胞治疗")).isFalse();
    }

    @Test
    void firms_listed_on_one_side_of_a_cooperation_work_with_the_other_side_not_with_each_other() {
        Extracted x = Extracted.from("中山市鲋鲎精密有限公司、中山市鹢鹣电子有限公司、中山市鹘鳋智能装备有限公司等企业已与中山鳏鳑智能装备研究院建立长期合作关系。");
        assertThat(x.partners("中山市鲋鲎精密有限公司", "中山鳏鳑智能装备研究院")).isTrue();
        assertThat(x.partners("中山市鹢鹣电子有限公司", "中山鳏鳑智能装备研究院")).isTrue();
        assertThat(x.partners("中山市鹘鳋智能装备有限公司", "中山鳏鳑智能装备研究院")).isTrue();
        assertThat(x.partners("中山市鲋鲎精密有限公司", "中山市鹢鹣电子有限公司")).isFalse();
        assertThat(x.partners("中山市鹢鹣电子有限公司", "中山市鹘鳋智能装备有限公司")).isFalse();

        // building something together still makes the builders partners
        Extracted together = Extracted.from("深圳市鳒鳓科技有限公司、深圳市鳚鳜机器人有限公司与南方科技大学共建具身智能联合实验室。");
        assertThat(together.partners("深圳市鳒鳓科技有限公司", "深圳市鳚鳜机器人有限公司")).isTrue();
        assertThat(together.partners("深圳市鳚鳜机器人有限公司", "南方科技大学")).isTrue();
    }
}
