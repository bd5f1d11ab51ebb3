package org.industrykg.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Words by which a text names its own author or subject (公司 in a company's own report, 我镇 and 镇政府 in a town's
 * work summary) and short names declared for a firm that begin with a place. Invented sentences on the real pipeline.
 */
class OwnWordsTest {

    private static final String LISTED = "深圳市霏川运动控制技术股份有限公司";

    @Test
    void company_in_a_company_s_own_disclosure_is_that_company() {
        Extracted report = Extracted.from(LISTED + "2025年半年度报告全文\n\n"
                + "1、中山霏川精密传动有限公司为公司全资子公司，主要从事减速器的生产和销售。\n"
                + "2、报告期内，公司与华南理工大学签署合作协议，共建伺服驱动联合实验室。\n"
                + "3、中山霏川机器人科技有限公司（以下简称“中山霏川机器人”）为公司控股子公司，系公司联合某某投资公司共同出资设立。");
        assertThat(report.hasRelation(RelationType.FOUNDED, LISTED, "中山霏川精密传动有限公司")).isTrue();
        assertThat(report.partners(LISTED, "华南理工大学")).isTrue();
        assertThat(report.hasRelation(RelationType.FOUNDED, LISTED, "中山霏川机器人科技有限公司")).isTrue(); // past its short name

        Extracted notice = Extracted.from("岫澜智能装备股份有限公司关于对外投资设立子公司的公告\n\n"
                + "公司拟在江门市蓬江区投资设立全资子公司江门岫澜机器人有限公司，注册资本5000万元。");
        assertThat(notice.hasRelation(RelationType.FOUNDED, "岫澜智能装备股份有限公司", "江门岫澜机器人有限公司")).isTrue();
    }

    @Test
    void company_in_news_about_a_company_is_not_the_title_s_company() {
        // A news title, not a disclosure: 公司 is the firm named last, not the one in the title.
        Extracted news = Extracted.from("琅汀机器人有限公司获评省级专精特新企业\n\n"
                + "苒溪传感科技有限公司成立于2019年，公司与深圳大学共建触觉传感联合实验室。");
        assertThat(news.hasRelation(RelationType.PARTNERS_WITH, "琅汀机器人有限公司", "深圳大学")).isFalse();
    }

    @Test
    void xi_before_company_is_a_copula_not_part_of_a_name() {
        Extracted x = Extracted.from(LISTED + "2025年年度报告\n\n"
                + "中山霏川机器人科技有限公司为公司控股子公司，系公司于2024年3月在中山翠亨新区出资设立。");
        assertThat(x.allNames()).doesNotContain("系公司");
        assertThat(x.hasRelation(RelationType.FOUNDED, LISTED, "中山霏川机器人科技有限公司")).isTrue();
    }

    @Test
    void a_declared_short_name_that_begins_with_a_place_is_the_firm_wherever_it_stands() {
        Extracted x = Extracted.from("深圳市翎川电子有限公司（以下简称“深圳翎川”）成立于2019年。深圳翎川与华南理工大学签署合作协议。");
        assertThat(x.partners("深圳市翎川电子有限公司", "华南理工大学")).isTrue();
        assertThat(x.extraction.relations()).noneMatch(r -> r.source().startsWith("City:") && r.target().endsWith("华南理工大学"));

        Extracted town = Extracted.from("中山澹屿精密传动有限公司（以下简称“中山澹屿传动”）成立于2019年。"
                + "报告期内，中山澹屿传动与华南理工大学签署合作协议，共建谐波传动联合实验室。");
        assertThat(town.partners("中山澹屿精密传动有限公司", "华南理工大学")).isTrue();
        assertThat(town.hasRelation(RelationType.FOUNDED, "中山澹屿精密传动有限公司", "谐波传动联合实验室")).isTrue();
    }


    @Test
    void my_town_and_town_government_in_a_town_s_summary_are_that_town_and_its_government() {
        Extracted x = Extracted.from("中山市沙溪镇人民政府2025年工作总结\n\n"
                + "2025年，沙溪镇全年新引进项目31个。沙溪镇人民政府与深圳市龙华区工业和信息化局签订合作协议。\n"
                + "深圳沣岚精密电机有限公司在我镇设立沣岚电机（中山）有限公司，9月正式投产。\n"
                + "此外，锐岫光电、泓琅电子等12家深圳企业已在我镇完成厂房选址。\n"
                + "为提高招商精准度，镇政府在深圳市龙华区设立沙溪镇驻深圳招商工作站。");
        assertThat(x.hasRelation(RelationType.HOSTS, "中山市沙溪镇", "沣岚电机（中山）有限公司")).isTrue();
        assertThat(x.hasRelation(RelationType.HOSTS, "中山市沙溪镇", "锐岫光电")).isTrue();
        assertThat(x.hasRelation(RelationType.FOUNDED, "中山市沙溪镇人民政府", "沙溪镇驻深圳招商工作站")).isTrue();

        // Two town governments: 镇政府 alone is neither.
        Extracted two = Extracted.from("中山市沙溪镇人民政府与中山市大涌镇人民政府签订协议。镇政府在深圳市龙华区设立联络站。");
        assertThat(two.extraction.relations()).noneMatch(r -> r.type() == RelationType.FOUNDED
                && r.source().startsWith("GovernmentAgency:"));
    }

    @Test
    void the_project_entity_of_an_investment_is_founded_by_the_investor() {
        Extracted x = Extracted.from("深圳市苒溪机器人有限公司投资8亿元，在某某智造产业园建设整机生产基地，"
                + "项目主体中山苒溪智能制造有限公司已于5月注册成立。");
        assertThat(x.hasRelation(RelationType.FOUNDED, "深圳市苒溪机器人有限公司", "中山苒溪智能制造有限公司")).isTrue();
    }

    @Test
    void it_opening_a_clause_is_the_firm_the_sentence_before_opens_with() {
        Extracted x = Extracted.from("深圳霏川伺服技术有限公司总部在深圳市光明区。2023年它在中山火炬高技术产业开发区设厂。");
        assertThat(x.hasRelation(RelationType.HOSTS, "中山火炬高技术产业开发区", "深圳霏川伺服技术有限公司")).isTrue();
        Extracted plural = Extracted.from("深圳霏川伺服技术有限公司总部在深圳市光明区。它们在中山火炬高技术产业开发区设厂。");
        assertThat(plural.hasRelation(RelationType.HOSTS, "中山火炬高技术产业开发区", "深圳霏川伺服技术有限公司")).isFalse();
    }

    @Test
    void a_unit_named_by_a_place_right_after_its_owner_is_one_name() {
        Extracted x = Extracted.from("深圳霏川伺服技术有限公司（以下简称“霏川伺服”）总部在深圳市光明区。"
                + "今年4月，霏川伺服在中山市南头镇设立霏川伺服中山研发中心。");
        assertThat(x.names(EntityLabel.ResearchInstitute)).contains("霏川伺服中山研发中心").doesNotContain("中山研发中心");
        assertThat(x.hasRelation(RelationType.FOUNDED, "深圳霏川伺服技术有限公司", "霏川伺服中山研发中心")).isTrue();
        Extracted apart = Extracted.from("深圳霏川伺服技术有限公司与中山研发中心签署合作协议。");
        assertThat(apart.names(EntityLabel.ResearchInstitute)).doesNotContain("深圳霏川伺服技术有限公司中山研发中心");
    }
}
