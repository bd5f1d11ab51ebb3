package org.industrykg.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The definitions (释义) of a prospectus, annual report or announcement: 发行人、公司、某某科技	指	…. The forms before
 * 指 are that name's short names, and class nouns among them (发行人, 公司) stand for it; invented texts on the real pipeline.
 */
class DefinitionsTest {

    private static final String PROSPECTUS = """
            湖州檀屿智能科技股份有限公司　　　　　　招股说明书（申报稿）
            释　义
            发行人、公司、本公司、檀屿智能	指	湖州檀屿智能科技股份有限公司
            檀屿合伙	指	湖州檀屿企业管理合伙企业（有限合伙），系发行人员工持股平台
            沅汀创投	指	绍兴沅汀创业投资合伙企业（有限合伙）
            槐川基金	指	湖州槐川智能装备产业投资基金合伙企业（有限合伙）
            德清檀屿	指	德清檀屿精密制造有限公司，系发行人全资子公司
            浙工大	指	浙江工业大学
            报告期	指	2023年度、2024年度及2025年1-6月

            （二）本次发行前的股权结构
            序号	股东名称	持股数量（万股）	持股比例
            1	张某	3,000.00	40.00%
            2	檀屿合伙	900.00	12.00%
            3	沅汀创投	600.00	8.00%
            4	槐川基金	450.00	6.00%

            　　公司与浙工大共建精密驱动联合实验室。德清檀屿位于德清经济开发区。

            （四）合作研发情况
            序号	合作单位	合作主体	合作项目	合作期限
            1	湖州师范学院	发行人	关节驱动技术研究	2023.03-2026.02
            2	浙工大	德清檀屿	减速器检测技术	2023.06-2025.12
            """;

    @Test
    void the_forms_a_definitions_line_writes_before_a_name_are_that_names_short_names() {
        Extracted x = Extracted.from(PROSPECTUS);
        assertThat(x.names(EntityLabel.Fund)).contains("绍兴沅汀创业投资合伙企业（有限合伙）", "湖州槐川智能装备产业投资基金")
                .doesNotContain("沅汀创投", "槐川基金"); // declared forms are aliases, not funds of their own
        assertThat(x.names(EntityLabel.Enterprise)).contains("湖州檀屿企业管理合伙企业（有限合伙）").doesNotContain("檀屿合伙", "沅汀创投");
        assertThat(x.hasRelation(RelationType.PARTNERS_WITH, "湖州檀屿智能科技股份有限公司", "浙江工业大学")).isTrue();
        assertThat(x.hasRelation(RelationType.HOSTS, "德清经济开发区", "德清檀屿精密制造有限公司")).isTrue();
    }

    @Test
    void the_company_a_definitions_line_declares_as_issuer_owns_its_subsidiary_and_its_shareholders_fund_it() {
        Extracted x = Extracted.from(PROSPECTUS);
        assertThat(x.hasRelation(RelationType.FOUNDED, "湖州檀屿智能科技股份有限公司", "德清檀屿精密制造有限公司")).isTrue();
        assertThat(x.hasRelation(RelationType.FUNDS, "湖州檀屿企业管理合伙企业（有限合伙）", "湖州檀屿智能科技股份有限公司")).isTrue();
        assertThat(x.hasRelation(RelationType.FUNDS, "绍兴沅汀创业投资合伙企业（有限合伙）", "湖州檀屿智能科技股份有限公司")).isTrue();
        assertThat(x.hasRelation(RelationType.FUNDS, "湖州槐川智能装备产业投资基金", "湖州檀屿智能科技股份有限公司")).isTrue();
        // a research partner of a firm works with it; it did not found it
        assertThat(x.hasRelation(RelationType.PARTNERS_WITH, "湖州师范学院", "湖州檀屿智能科技股份有限公司")).isTrue();
        assertThat(x.hasRelation(RelationType.PARTNERS_WITH, "浙江工业大学", "德清檀屿精密制造有限公司")).isTrue();
        assertThat(x.hasRelation(RelationType.FOUNDED, "湖州师范学院", "湖州檀屿智能科技股份有限公司")).isFalse();
        // the shareholders fund the company, not the fund the text names most
        assertThat(x.hasRelation(RelationType.FUNDS, "湖州檀屿企业管理合伙企业（有限合伙）", "绍兴沅汀创业投资合伙企业（有限合伙）")).isFalse();
    }

    @Test
    void a_word_before_zhi_in_prose_declares_nothing() {
        Extracted x = Extracted.from("业内专家指湖州檀屿智能科技股份有限公司已领先同行。\n报告期	指	湖州槐川智能装备产业投资基金完成备案的年度");
        assertThat(x.entity("湖州檀屿智能科技股份有限公司")).get()
                .satisfies(e -> assertThat(e.aliases()).doesNotContain("业内专家")); // 指 without blanks is a verb of prose
        assertThat(x.entity("湖州槐川智能装备产业投资基金")).get()
                .satisfies(e -> assertThat(e.aliases()).doesNotContain("报告期"));
    }
}
