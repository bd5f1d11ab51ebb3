package org.industrykg.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Registries and reports whose facts hang on something other than a verb between two names: a quoted CSV export whose
 * notes hold two clauses, a firm with its town in brackets, a park written after its city and town, a list of projects
 * whose rows belong to the units that carry them, a company that calls itself 本集团, and a clause that goes on with 并
 * after another verb. Invented texts on the real pipeline.
 */
class CarriersAndTopicsTest {

    @Test
    void a_quoted_csv_registry_stays_a_table_when_a_note_holds_two_clauses() {
        Extracted x = Extracted.from("\"编号\",\"单位名称\",\"注册地址\",\"入驻园区\",\"主营方向\",\"技术合作方\",\"融资情况\",\"备注\"\n"
                + "\"1\",\"中山市螭川伺服科技有限公司\",\"中山市三角镇高平大道9号\",\"三角螭川智能装备产业园\",\"伺服电机\","
                + "\"华南理工大学（联合实验室）\",\"天使轮：中山三角创投基金投资600万元；深圳市檑岩创业投资有限公司跟投\","
                + "\"由深圳市龙岗区整体迁入；保留深圳研发团队，员工约120人，2025年产值预计1.2亿元，列入镇重点项目\"\n"
                + "\"2\",\"中山鞨峰传感有限公司\",\"中山市三角镇福源路3号\",\"三角螭川智能装备产业园\",\"力矩传感器\","
                + "\"中山大学（委托开发）\",\"\",\"\"\n"
                + "\"3\",\"中山市蕤光视觉科技有限公司\",\"中山市民众街道沙仔路12号\",\"三角螭川智能装备产业园\",\"机器视觉\","
                + "\"\",\"A轮3000万元\",\"由深圳市宝安区迁入\"\n");
        // the rows after the long note are rows too: their park, town and partner
        assertThat(x.hasRuleRelation(RelationType.HOSTS, "三角螭川智能装备产业园", "中山鞨峰传感有限公司")).isTrue();
        assertThat(x.hasRuleRelation(RelationType.HOSTS, "中山市民众街道", "中山市蕤光视觉科技有限公司")).isTrue();
        assertThat(x.partners("中山大学", "中山鞨峰传感有限公司")).isTrue();
        // a column of money raised: each investor it names funds the row's firm, not the partner in the cell before
        assertThat(x.hasRuleRelation(RelationType.FUNDS, "中山三角创投基金", "中山市螭川伺服科技有限公司")).isTrue();
        assertThat(x.hasRuleRelation(RelationType.FUNDS, "深圳市檑岩创业投资有限公司", "中山市螭川伺服科技有限公司")).isTrue();
        assertThat(x.hasRelation(RelationType.FUNDS, "中山三角创投基金", "华南理工大学")).isFalse();
        assertThat(x.hasRelation(RelationType.FUNDS, "深圳市檑岩创业投资有限公司", "华南理工大学")).isFalse();
    }

    @Test
    void a_town_in_brackets_after_a_firm_hosts_it_in_a_table_and_in_a_list() {
        Extracted x = Extracted.from("序号｜许可方｜被许可方｜专利名称｜金额\n"
                + "1｜华南理工大学｜中山螭川伺服科技有限公司（中山市三角镇）｜一种关节模组｜120万元\n"
                + "2｜中山大学｜深圳鞨峰传感有限公司（深圳市南山区）｜一种力矩传感器｜80万元\n"
                + "本次签约企业包括中山市蕤光视觉科技有限公司（中山市民众街道）和深圳檑岩精密有限公司（深圳市宝安区）。\n");
        assertThat(x.hasRuleRelation(RelationType.HOSTS, "中山市三角镇", "中山螭川伺服科技有限公司")).isTrue();
        assertThat(x.hasRuleRelation(RelationType.HOSTS, "深圳市南山区", "深圳鞨峰传感有限公司")).isTrue();
        assertThat(x.hasRuleRelation(RelationType.HOSTS, "中山市民众街道", "中山市蕤光视觉科技有限公司")).isTrue();
        assertThat(x.hasRuleRelation(RelationType.HOSTS, "深圳市宝安区", "深圳檑岩精密有限公司")).isTrue();
        // one firm's bracket is not the other's place
        assertThat(x.hasRuleRelation(RelationType.HOSTS, "深圳市南山区", "中山螭川伺服科技有限公司")).isFalse();
        assertThat(x.hasRuleRelation(RelationType.HOSTS, "深圳市宝安区", "中山市蕤光视觉科技有限公司")).isFalse();
    }

    @Test
    void a_park_written_after_its_city_and_town_is_named_without_them_and_hosted_by_the_town() {
        Extracted x = Extracted.from("毕业后，该公司迁入中山市东凤镇螭湖机电创新园，研发团队留在深圳市南山区鞨岭科创园。"
                + "另一家企业入驻中山市火炬开发区康瑞医疗器械产业园。\n"
                + "项目落户中山市三乡镇机器人产业园，配套企业落户大涌镇红木家具智造园。\n");
        assertThat(x.names(EntityLabel.Park)).contains("螭湖机电创新园", "鞨岭科创园", "康瑞医疗器械产业园");
        assertThat(x.hasRuleRelation(RelationType.HOSTS, "中山市东凤镇", "螭湖机电创新园")).isTrue();
        assertThat(x.hasRuleRelation(RelationType.HOSTS, "深圳市南山区", "鞨岭科创园")).isTrue();
        assertThat(x.hasRuleRelation(RelationType.HOSTS, "火炬开发区", "康瑞医疗器械产业园")
                || x.hasRuleRelation(RelationType.HOSTS, "中山市火炬开发区", "康瑞医疗器械产业园")).isTrue();
        // a park named only by its place and field keeps the place; a town alone stays in the name
        assertThat(x.names(EntityLabel.Park)).contains("中山市三乡镇机器人产业园", "大涌镇红木家具智造园");
        assertThat(x.names(EntityLabel.Park)).doesNotContain("红木家具智造园");
    }

    @Test
    void a_project_row_belongs_to_the_unit_that_carries_it() {
        Extracted x = Extracted.from("序号｜项目名称｜团队带头人｜依托单位｜合作单位｜所在镇街｜领域｜拟资助（万元）\n"
                + "1｜高功率密度一体化关节研发及产业化｜李某｜中山市螭川伺服科技有限公司｜南方科技大学｜三角镇｜人形机器人｜1000\n"
                + "2｜面向家电场景的操作大模型｜王某｜广东鞨峰智能家电有限公司、中山市檑岩电器有限公司｜哈尔滨工业大学（深圳）｜东凤镇｜具身智能｜800\n"
                + "3｜人形机器人用精密行星减速器｜张某｜中山蕤光精密机械有限公司｜深圳大学｜板芙镇｜精密减速器｜300\n");
        assertThat(x.partners("南方科技大学", "中山市螭川伺服科技有限公司")).isTrue();
        assertThat(x.partners("哈尔滨工业大学（深圳）", "广东鞨峰智能家电有限公司")).isTrue();
        assertThat(x.partners("深圳大学", "中山蕤光精密机械有限公司")).isTrue();
        // the row's town is its carrier's, and the town is Zhongshan's, as the firms' names say
        assertThat(x.hasRuleRelation(RelationType.HOSTS, "中山市三角镇", "中山市螭川伺服科技有限公司")).isTrue();
        assertThat(x.hasRuleRelation(RelationType.HOSTS, "中山市板芙镇", "中山蕤光精密机械有限公司")).isTrue();
        // two carriers of one project work together; neither set the other up
        assertThat(x.partners("中山市檑岩电器有限公司", "广东鞨峰智能家电有限公司")).isTrue();
        assertThat(x.hasRelation(RelationType.FOUNDED, "中山市檑岩电器有限公司", "广东鞨峰智能家电有限公司")).isFalse();
        // one row's partner is not another row's
        assertThat(x.partners("深圳大学", "中山市螭川伺服科技有限公司")).isFalse();
    }

    @Test
    void a_company_that_calls_itself_the_group_is_the_subject_of_the_group_s_deals() {
        Extracted x = Extracted.from("螭川智能控股有限公司（「本公司」，連同其附屬公司統稱「本集團」）公佈。"
                + "本集團與香港理工大學共同成立驅動聯合實驗室。本集團亦已與深圳市鞨峰動力科技有限公司簽訂框架供貨協議。\n");
        assertThat(x.partners("螭川智能控股有限公司", "香港理工大学")).isTrue();
        assertThat(x.hasRuleRelation(RelationType.FOUNDED, "螭川智能控股有限公司", "驱动联合实验室")).isTrue();
        assertThat(x.partners("螭川智能控股有限公司", "深圳市鞨峰动力科技有限公司")).isTrue();
    }

    @Test
    void a_clause_that_goes_on_with_bing_keeps_the_subject_of_the_clause_before() {
        Extracted x = Extracted.from("深圳市螭川伺服科技有限公司（以下简称“公司”）成立于2019年。"
                + "公司与华南理工大学共建伺服驱动联合实验室，并委托哈尔滨工业大学（深圳）开展关节电机热管理研究。\n"
                + "中山市螭湖电机有限公司委托五邑大学开发力控算法，并与檑岩科技有限公司联合申报省级工程中心。\n"
                + "深圳市鞨峰智动科技有限公司是一家灵巧手研发企业，核心团队来自南方科技大学，并与南方科技大学共建触觉感知联合实验室。\n");
        assertThat(x.partners("深圳市螭川伺服科技有限公司", "哈尔滨工业大学（深圳）")).isTrue();
        assertThat(x.partners("伺服驱动联合实验室", "哈尔滨工业大学（深圳）")).isFalse();
        assertThat(x.partners("中山市螭湖电机有限公司", "檑岩科技有限公司")).isTrue();
        assertThat(x.partners("五邑大学", "檑岩科技有限公司")).isFalse();
        assertThat(x.hasRuleRelation(RelationType.FOUNDED, "深圳市鞨峰智动科技有限公司", "触觉感知联合实验室")).isTrue();
        assertThat(x.hasRelation(RelationType.FOUNDED, "南方科技大学", "深圳市鞨峰智动科技有限公司")).isFalse();
    }

    @Test
    void a_parent_named_in_a_bracket_and_an_institute_two_bodies_run_are_founders() {
        Extracted x = Extracted.from("中山螭湖精密部件有限公司（母公司：深圳螭湖电驱技术股份有限公司）落户三角镇。\n"
                + "中山檑岩智能感知研究院由中山市人民政府与北京理工大学共同举办，聚焦具身智能。\n"
                + "三角镇与观澜街道结对，两地互派干部。\n");
        assertThat(x.hasRuleRelation(RelationType.FOUNDED, "深圳螭湖电驱技术股份有限公司", "中山螭湖精密部件有限公司")).isTrue();
        assertThat(x.hasRuleRelation(RelationType.FOUNDED, "中山市人民政府", "中山檑岩智能感知研究院")).isTrue();
        assertThat(x.hasRuleRelation(RelationType.FOUNDED, "北京理工大学", "中山檑岩智能感知研究院")).isTrue();
        assertThat(x.partners("中山市三角镇", "深圳市龙华区观澜街道")).isTrue();
    }

    @Test
    void a_project_schedule_s_source_of_money_funds_the_firm_that_builds_each_project_and_is_no_task_of_its_own() {
        Extracted x = Extracted.from("序号｜项目名称｜建设单位｜建设地点｜资金来源｜责任单位\n"
                + "1｜螭川灵巧手及精密传动部件项目｜中山螭川精密科技有限公司｜三乡镇｜企业自筹、深中鞨峰机器人产业基金｜三乡镇人民政府\n"
                + "2｜檑岩智能缝制机器人生产线项目｜中山檑岩智能装备有限公司｜沙溪镇｜企业自筹、中山市蕤光产业引导基金｜沙溪镇人民政府\n");
        assertThat(x.hasRuleRelation(RelationType.FUNDS, "深中鞨峰机器人产业基金", "中山螭川精密科技有限公司")).isTrue();
        assertThat(x.hasRuleRelation(RelationType.FUNDS, "中山市蕤光产业引导基金", "中山檑岩智能装备有限公司")).isTrue();
        assertThat(x.hasRuleRelation(RelationType.HOSTS, "中山市沙溪镇", "中山檑岩智能装备有限公司")).isTrue();
        // the fund is where the money comes from, not a project the firm founds or the town hosts
        assertThat(x.hasRelation(RelationType.FOUNDED, "中山螭川精密科技有限公司", "深中鞨峰机器人产业基金")).isFalse();
        assertThat(x.hasRuleRelation(RelationType.SUPPORTS, "中山市三乡镇人民政府", "深中鞨峰机器人产业基金")).isFalse();
        assertThat(x.hasRelation(RelationType.FUNDS, "深中鞨峰机器人产业基金", "中山檑岩智能装备有限公司")).isFalse();
    }

    @Test
    void a_firm_set_up_in_a_relative_clause_goes_on_as_the_subject_and_a_shareholder_s_stake_is_in_the_company() {
        Extracted x = Extracted.from("台湾檑岩机电去年在中山火炬高技术产业开发区成立的中山螭宇电机有限公司，今年第二期厂房已经完工，"
                + "并与电子科技大学中山学院共建伺服控制技术实验室。\n"
                + "广东鞨衡电机股份有限公司（以下简称“公司”）成立于2003年。中山市蕤光城市发展投资集团有限公司持股5.2%，为公司第三大股东。\n");
        assertThat(x.partners("中山螭宇电机有限公司", "电子科技大学中山学院")).isTrue();
        assertThat(x.hasRuleRelation(RelationType.FOUNDED, "中山螭宇电机有限公司", "伺服控制技术实验室")).isTrue();
        assertThat(x.hasRuleRelation(RelationType.FUNDS, "中山市蕤光城市发展投资集团有限公司", "广东鞨衡电机股份有限公司")).isTrue();
    }
}
