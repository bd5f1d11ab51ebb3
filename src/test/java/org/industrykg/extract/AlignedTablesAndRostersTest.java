package org.industrykg.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Tables aligned with spaces whose rows open with a number, the columns of a table about other organisations than
 * the row's own (its investor, where that investor is), and rosters of an association's members one a line under a
 * heading. Invented texts on the real pipeline.
 */
class AlignedTablesAndRostersTest {

    private static final String BULLETIN = "深圳市光明区湉汀产业园2025年统计公报\n"
            + "表2　深圳来源企业投资情况\n"
            + "序号  园区企业                      深圳投资方                    投资方所在区  累计投资(亿元)\n"
            + "   1  中山濯岚机器人有限公司        深圳市濯岚智能股份有限公司    宝安区                12.0\n"
            + "   2  中山濯川精密传动有限公司      深圳濯川传动科技有限公司      龙岗区                 6.5\n"
            + "表3　园区研发机构\n"
            + "位次  机构名称                      共建单位                                  研发投入(万元)\n"
            + "   1  濯岫关节联合实验室            中山濯川精密传动有限公司、南方科技大学    1720\n"
            + "   2  濯汀力觉感知联合实验室        中山濯岚机器人有限公司、深圳大学          960\n";

    @Test
    void the_co_builders_of_each_numbered_row_of_a_space_aligned_table_founded_its_centre() {
        Extracted x = Extracted.from(BULLETIN);
        assertThat(x.hasRuleRelation(RelationType.FOUNDED, "中山濯川精密传动有限公司", "濯岫关节联合实验室")).isTrue();
        assertThat(x.hasRuleRelation(RelationType.FOUNDED, "南方科技大学", "濯岫关节联合实验室")).isTrue();
        assertThat(x.hasRuleRelation(RelationType.FOUNDED, "深圳大学", "濯汀力觉感知联合实验室")).isTrue();
        assertThat(x.allNames()).contains("中山濯岚机器人有限公司").noneMatch(n -> n.startsWith("1")); // the number is a cell of its own
    }

    @Test
    void an_investors_column_funds_the_rows_firm_and_its_place_column_hosts_the_investor_not_the_firm() {
        Extracted x = Extracted.from(BULLETIN);
        assertThat(x.hasRuleRelation(RelationType.FUNDS, "深圳市濯岚智能股份有限公司", "中山濯岚机器人有限公司")).isTrue();
        assertThat(x.hasRuleRelation(RelationType.FUNDS, "深圳濯川传动科技有限公司", "中山濯川精密传动有限公司")).isTrue();
        assertThat(x.hasRuleRelation(RelationType.HOSTS, "深圳市宝安区", "深圳市濯岚智能股份有限公司")).isTrue();
        assertThat(x.hasRuleRelation(RelationType.HOSTS, "深圳市宝安区", "中山濯岚机器人有限公司")).isFalse();
        assertThat(x.hasRuleRelation(RelationType.HOSTS, "深圳市龙岗区", "中山濯川精密传动有限公司")).isFalse();
    }

    @Test
    void a_place_column_of_the_rows_own_still_hosts_the_row() {
        Extracted x = Extracted.from("新落户项目一览\n"
                + "企业名称\t所在区\t合作单位\t合作单位所在地\n"
                + "深圳市濯屿科技有限公司\t南山区\t中山大学\t广州市\n"
                + "深圳市濯峤电子有限公司\t宝安区\t深圳大学\t深圳市\n");
        assertThat(x.hasRuleRelation(RelationType.HOSTS, "深圳市南山区", "深圳市濯屿科技有限公司")).isTrue();
        assertThat(x.hasRuleRelation(RelationType.PARTNERS_WITH, "中山大学", "深圳市濯屿科技有限公司")).isTrue();
        assertThat(x.hasRuleRelation(RelationType.HOSTS, "广州市", "深圳市濯屿科技有限公司")).isFalse(); // the partner's city
        assertThat(x.hasRuleRelation(RelationType.HOSTS, "广州市", "中山大学")).isTrue();
    }

    @Test
    void the_members_a_roster_lists_under_its_heading_founded_or_joined_the_association_it_names() {
        Extracted founders = Extracted.from("湾区濯澜机器人产业联盟于2025年8月在中山成立。\n"
                + "附件：湾区濯澜机器人产业联盟发起单位名单\n"
                + "（共4家，排名不分先后）\n"
                + "一、企业（2家）\n"
                + "1. 深圳市濯溪科技有限公司\n"
                + "2. 中山市濯泉五金有限公司\n"
                + "二、高等院校（2家）\n"
                + "1. 深圳大学\n"
                + "2. 电子科技大学中山学院\n"
                + "联盟秘书处设在深圳市濯峰电池有限公司，由其负责日常工作。\n");
        assertThat(founders.hasRuleRelation(RelationType.FOUNDED, "深圳市濯溪科技有限公司", "湾区濯澜机器人产业联盟")).isTrue();
        assertThat(founders.hasRuleRelation(RelationType.FOUNDED, "中山市濯泉五金有限公司", "湾区濯澜机器人产业联盟")).isTrue();
        assertThat(founders.hasRuleRelation(RelationType.FOUNDED, "电子科技大学中山学院", "湾区濯澜机器人产业联盟")).isTrue();
        assertThat(founders.hasRuleRelation(RelationType.FOUNDED, "深圳市濯峰电池有限公司", "湾区濯澜机器人产业联盟")).isFalse();

        Extracted members = Extracted.from("中山市濯川智能装备协会首批会员单位名录（截至2025年6月）\n"
                + "中山市濯岫电子有限公司\n"
                + "深圳市濯汀智能科技有限公司\n"
                + "注：本协会欢迎更多企业加入，与深圳市濯屿投资有限公司等机构共同发展。\n");
        assertThat(members.hasRuleRelation(RelationType.PARTNERS_WITH, "中山市濯岫电子有限公司", "中山市濯川智能装备协会")).isTrue();
        assertThat(members.hasRuleRelation(RelationType.PARTNERS_WITH, "深圳市濯汀智能科技有限公司", "中山市濯川智能装备协会")).isTrue();
        assertThat(members.hasRuleRelation(RelationType.FOUNDED, "中山市濯岫电子有限公司", "中山市濯川智能装备协会")).isFalse();
        assertThat(members.hasRuleRelation(RelationType.PARTNERS_WITH, "深圳市濯屿投资有限公司", "中山市濯川智能装备协会")).isFalse();
    }

    @Test
    void the_firms_of_a_universitys_table_of_partner_firms_work_with_it_and_are_where_their_row_says() {
        Extracted x = Extracted.from("濯川理工大学\n"
                + "2026年工程硕士研究生招生简章\n"
                + "学校已与以下企业共建研究生联合培养基地：\n"
                + "序号  合作企业                      所在地          可接收名额\n"
                + "1     深圳市濯岚仿生机器人有限公司  深圳市宝安区    12\n"
                + "2     中山市濯屿精密传动有限公司    中山市南头镇    10\n");
        assertThat(x.hasRuleRelation(RelationType.PARTNERS_WITH, "深圳市濯岚仿生机器人有限公司", "濯川理工大学")).isTrue();
        assertThat(x.hasRuleRelation(RelationType.PARTNERS_WITH, "中山市濯屿精密传动有限公司", "濯川理工大学")).isTrue();
        assertThat(x.hasRuleRelation(RelationType.HOSTS, "中山市南头镇", "中山市濯屿精密传动有限公司")).isTrue();
    }

    @Test
    void a_teams_row_is_its_universitys_and_the_university_works_with_the_firm_beside_it() {
        Extracted x = Extracted.from("2025濯澜杯机器人挑战赛获奖名单\n"
                + "序号\t队伍名称\t高校（院所）\t合作企业\t奖项\n"
                + "1\t疾风队\t深圳大学\t深圳市濯峤动力科技有限公司\t一等奖\n"
                + "2\t巧手队\t电子科技大学中山学院\t中山市濯泉伺服电机有限公司\t二等奖\n");
        assertThat(x.hasRuleRelation(RelationType.PARTNERS_WITH, "深圳市濯峤动力科技有限公司", "深圳大学")).isTrue();
        assertThat(x.hasRuleRelation(RelationType.PARTNERS_WITH, "中山市濯泉伺服电机有限公司", "电子科技大学中山学院")).isTrue();
        assertThat(x.hasRuleRelation(RelationType.PARTNERS_WITH, "中山市濯泉伺服电机有限公司", "深圳大学")).isFalse();
    }

    @Test
    void the_body_that_publishes_a_list_of_proposed_grants_funds_each_rows_firm() {
        Extracted x = Extracted.from("中山市科学技术局关于2025年度濯峰专项拟立项项目的公示\n"
                + "序号\t项目名称\t承担单位\t所在镇街\t拟资助（万元）\n"
                + "1\t灵巧手触觉感知技术研发\t中山市濯溪微电机有限公司\t火炬开发区\t200\n"
                + "2\t一体化关节模组开发\t中山市濯泉传动科技有限公司\t南头镇\t180\n");
        assertThat(x.hasRuleRelation(RelationType.FUNDS, "中山市科学技术局", "中山市濯溪微电机有限公司")).isTrue();
        assertThat(x.hasRuleRelation(RelationType.FUNDS, "中山市科学技术局", "中山市濯泉传动科技有限公司")).isTrue();
    }

    @Test
    void a_roster_ends_at_its_last_member_and_a_heading_without_members_lists_none() {
        Extracted x = Extracted.from("湾区濯澜传感产业联盟成立大会在深圳召开。\n"
                + "附件1：湾区濯澜传感产业联盟首批会员单位名单\n"
                + "1. 深圳市濯溪传感科技有限公司\n"
                + "附件2：指导单位\n"
                + "深圳市科学技术协会\n"
                + "特别鸣谢\n"
                + "深圳市濯峰会展服务有限公司\n");
        assertThat(x.hasRuleRelation(RelationType.PARTNERS_WITH, "深圳市濯溪传感科技有限公司", "湾区濯澜传感产业联盟")).isTrue();
        assertThat(x.hasRuleRelation(RelationType.PARTNERS_WITH, "深圳市濯峰会展服务有限公司", "湾区濯澜传感产业联盟")).isFalse();

        Extracted omitted = Extracted.from("中山市濯泉照明产业联盟章程\n"
                + "附件：中山市濯泉照明产业联盟第一批会员单位名单（略）\n"
                + "中山市濯峰照明有限公司\n"
                + "2025年3月12日\n");
        assertThat(omitted.hasRuleRelation(RelationType.PARTNERS_WITH, "中山市濯峰照明有限公司", "中山市濯泉照明产业联盟")).isFalse();
    }

    @Test
    void the_investors_of_a_project_do_not_fund_each_other_and_a_partner_firms_column_beside_a_universitys_is_the_row() {
        Extracted projects = Extracted.from("2025年重大项目签约一览\n"
                + "序号\t项目名称\t投资方\t总投资（亿元）\n"
                + "1\t新能源电池生产基地项目\t濯岚控股集团有限公司、濯川资本管理有限公司\t50\n"
                + "2\t智能传感器研发中心项目\t深圳市濯岫电子有限公司\t12\n");
        assertThat(projects.hasRuleRelation(RelationType.FUNDS, "濯川资本管理有限公司", "濯岚控股集团有限公司")).isFalse();

        Extracted pairs = Extracted.from("2025年校企合作项目汇总\n"
                + "序号\t合作企业\t合作高校\t拟支持方向\t拟支持金额（万元）\n"
                + "1\t深圳市濯汀智能科技有限公司\t深圳大学\t机器视觉\t200\n"
                + "2\t中山市濯屿电机有限公司\t电子科技大学中山学院\t伺服电机\t150\n");
        assertThat(pairs.hasRuleRelation(RelationType.PARTNERS_WITH, "深圳大学", "深圳市濯汀智能科技有限公司")).isTrue();
        assertThat(pairs.hasRuleRelation(RelationType.PARTNERS_WITH, "电子科技大学中山学院", "中山市濯屿电机有限公司")).isTrue();
    }
}
