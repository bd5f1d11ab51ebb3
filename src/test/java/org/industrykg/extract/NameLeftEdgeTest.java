package org.industrykg.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Where a name starts: a verb of publishing before it (关于公布某园…) is no part of it, a name never
 * starts at the bracketed place that follows a brand (某某运控（中山）科技有限公司), a company named after its zone
 * keeps it (某开发区建设投资集团有限公司), and 与 after a body's short name (由某智造院与某管委会) joins two names.
 * Invented sentences.
 */
class NameLeftEdgeTest {

    @Test
    void a_bracket_that_opens_before_a_full_name_and_closes_after_it_is_no_part_of_the_name() {
        Extracted x = Extracted.from("（二）与朔川储能（珠海朔川储能技术有限公司）共建储能安全联合研发中心。");
        assertThat(x.entity("珠海朔川储能技术有限公司")).isPresent();
        assertThat(x.allNames()).noneMatch(n -> n.contains("（") || n.startsWith("与"));
    }

    @Test
    void a_firm_the_document_knows_before_a_conjunction_is_a_party_of_its_own_not_the_start_of_an_institute() {
        Extracted x = Extracted.from("链主企业：深圳市琮岳智能科技有限公司、深圳栖岚传感技术有限公司。\n"
                + "支持琮岳智能联合五邑大学共建人形机器人运动控制联合实验室；推动栖岚传感与华南理工大学共建触觉感知联合实验室。");
        assertThat(x.entity("五邑大学")).isPresent();
        assertThat(x.entity("华南理工大学")).isPresent();
        assertThat(x.allNames()).noneMatch(n -> n.startsWith("琮岳智能联合") || n.startsWith("栖岚传感与"));
        assertThat(x.hasRelation(RelationType.FOUNDED, "深圳栖岚传感技术有限公司", "触觉感知联合实验室")).isTrue();

        Extracted centre = Extracted.from("依托五邑大学建设江门市蓬江区具身智能创新中心。\n"
                + "江门市蓬江区具身智能创新中心与华南理工大学共建数据采集基地。");
        assertThat(centre.entity("华南理工大学")).isPresent();
        assertThat(centre.allNames()).noneMatch(n -> n.startsWith("江门市蓬江区具身智能创新中心与"));

        Extracted inside = Extracted.from("深圳市琮岳智能科技有限公司与五邑大学共建人形机器人感知与控制联合实验室。");
        assertThat(inside.entity("人形机器人感知与控制联合实验室")).isPresent();
    }

    @Test
    void a_firm_s_plant_or_base_is_no_park_but_a_zone_s_named_base_is() {
        Extracted x = Extracted.from("深圳市琮岳机器人有限公司在江门建设琮岳人形机器人整机及关节模组生产基地，并在江门布局制造基地。"
                + "江门市蓬江区的蓬江智能装备产业基地已引进企业20家。");
        assertThat(x.names(EntityLabel.Park)).noneMatch(n -> n.endsWith("生产基地") || n.endsWith("制造基地"));
        assertThat(x.label("蓬江智能装备产业基地")).isEqualTo(EntityLabel.Park);
    }

    @Test
    void the_writer_and_a_conjunction_before_a_list_of_places_make_no_firm() {
        Extracted x = Extracted.from("会上，学校与珠海、江门两地5家企业分别签署合作协议。");
        assertThat(x.names(EntityLabel.Enterprise)).isEmpty();

        Extracted tenants = Extracted.from("琮岳精密、栖岚医疗等园区企业参加了对接会。");
        assertThat(tenants.label("琮岳精密")).isEqualTo(EntityLabel.Enterprise);

        Extracted unit = Extracted.from("珠海科技学院与珠海市翊川智能装备有限公司共建联合实验室，由学校中德智能制造学院牵头。");
        assertThat(unit.allNames()).noneMatch(n -> n.startsWith("学校"));
    }

    @Test
    void a_localiser_after_a_verb_is_the_first_character_of_the_name_after_it() {
        Extracted x = Extracted.from("嵘峰动力科技有限公司的仓储中心位于前海湾物流园区。");
        assertThat(x.entity("前海湾物流园区")).isPresent();
        assertThat(x.allNames()).doesNotContain("海湾物流园区");
    }

    @Test
    void a_vague_quantity_or_a_particle_before_a_name_is_no_part_of_it() {
        Extracted x = Extracted.from("我们将推动更多浙江工业大学的团队和诸多宁波大学的教师参与。");
        assertThat(x.entity("浙江工业大学")).isPresent();
        assertThat(x.entity("宁波大学")).isPresent();
        assertThat(x.allNames()).noneMatch(n -> n.startsWith("多"));

        Extracted particle = Extracted.from("工厂设在滨江科技园（滨江）的和泰精工科技股份有限公司（以下简称“和泰精工”）是主要供应商。");
        assertThat(particle.entity("和泰精工科技股份有限公司")).isPresent();
        assertThat(particle.allNames()).noneMatch(n -> n.startsWith("的"));
    }

    @Test
    void a_company_name_whose_brand_the_segmenter_cut_takes_the_brand_the_document_knows() {
        Extracted x = Extracted.from("和泰精工科技股份有限公司（以下简称“和泰精工”）是主要供应商。"
                + "和泰精工今年在江门市设立和泰精工（江门）有限公司，投资约5亿元。");
        assertThat(x.hasRelation(RelationType.FOUNDED, "和泰精工科技股份有限公司", "和泰精工（江门）有限公司")).isTrue();
        assertThat(x.allNames()).doesNotContain("精工（江门）有限公司", "泰精工（江门）有限公司");

        Extracted unknown = Extracted.from("今年在江门市设立嵘峰精工（江门）有限公司，投资约5亿元。");
        assertThat(unknown.allNames()).noneMatch(n -> n.startsWith("设立"));
    }

    @Test
    void a_science_or_investment_company_named_after_its_zone_keeps_the_zone() {
        Extracted x = Extracted.from("苏州园区科创投资集团有限公司和嵘峰高新区科技发展有限公司作为出资方。");
        assertThat(x.entity("苏州园区科创投资集团有限公司")).isPresent();
        assertThat(x.entity("嵘峰高新区科技发展有限公司")).isPresent();
        assertThat(x.allNames()).doesNotContain("投资集团有限公司", "科技发展有限公司");
    }

    @Test
    void a_verb_of_publishing_before_a_park_is_no_part_of_its_name() {
        Extracted x = Extracted.from("关于公布岚汀智能装备产业园入驻企业名录的公告\n岚汀智能装备产业园位于湾区东岸。");
        assertThat(x.extraction.entities()).noneMatch(e -> e.name().startsWith("公布"));
        assertThat(x.entity("岚汀智能装备产业园")).isPresent();

        Extracted y = Extracted.from("近日，市工业和信息化局发布澄溪人形机器人产业园招商指南。");
        assertThat(y.extraction.entities()).noneMatch(e -> e.name().startsWith("发布"));
    }

    @Test
    void a_city_nickname_the_segmenter_cut_into_a_noun_and_an_adverb_stays_in_the_name() {
        Extracted x = Extracted.from("我市于2024年设立泉州鲤都智能制造子基金，由泉州市鲤都资本管理有限公司管理。");
        assertThat(x.entity("泉州鲤都智能制造子基金")).isPresent();
        assertThat(x.hasRelation(RelationType.MANAGES, "泉州市鲤都资本管理有限公司", "泉州鲤都智能制造子基金")).isTrue();
        assertThat(x.allNames()).doesNotContain("智能制造子基金");

        Extracted y = Extracted.from("该区设立佛山陶都机器人产业基金，由佛山市陶都资本管理有限公司负责运营。");
        assertThat(y.entity("佛山市陶都资本管理有限公司")).isPresent();
        assertThat(y.label("佛山市陶都资本管理有限公司")).isEqualTo(EntityLabel.Enterprise);
    }

    @Test
    void a_year_written_before_a_name_is_no_part_of_it() {
        Extracted x = Extracted.from("沐辰智能装备产业园2025年第三季度新入驻企业名单公告\n2025沐辰智能装备产业园新入驻企业10家。");
        assertThat(x.allNames()).contains("沐辰智能装备产业园").noneMatch(name -> name.startsWith("2025"));
    }

    @Test
    void a_name_never_starts_at_the_bracketed_place_after_a_brand() {
        Extracted x = Extracted.from("序号\t企业名称\t所属领域\n1\t岚汀运控（中山）科技有限公司\t运动控制\n2\t沐辰运控（中山）科技有限公司\t运动控制");
        assertThat(x.extraction.entities()).noneMatch(e -> e.name().startsWith("（") || e.name().startsWith("("));
        assertThat(x.entity("沐辰运控（中山）科技有限公司")).isPresent();
        assertThat(x.label("沐辰运控（中山）科技有限公司")).isEqualTo(EntityLabel.Enterprise);
    }

    @Test
    void a_verb_of_joining_the_segmenter_glued_to_the_next_name_ends_the_name_before_it() {
        Extracted x = Extracted.from("9月，深圳市霁川传感科技有限公司牵手棠溪大学深圳研究院，开展触觉传感研发。");
        assertThat(x.label("深圳市霁川传感科技有限公司")).isEqualTo(EntityLabel.Enterprise);
        assertThat(x.label("棠溪大学深圳研究院")).isEqualTo(EntityLabel.ResearchInstitute);

        Extracted y = Extracted.from("东莞市科学技术局配合市发展和改革局做好项目申报工作。");
        assertThat(y.label("东莞市科学技术局")).isEqualTo(EntityLabel.GovernmentAgency);
        assertThat(y.extraction.entities()).noneMatch(e -> e.name().contains("配合"));
    }

    @Test
    void what_a_park_company_does_before_its_legal_form_keeps_the_park_in_its_name() {
        Extracted x = Extracted.from("基金管理人为广州霁川智谷创业投资管理有限公司，托管人为某银行。");
        assertThat(x.label("广州霁川智谷创业投资管理有限公司")).isEqualTo(EntityLabel.Enterprise);
        assertThat(x.allNames()).doesNotContain("管理有限公司", "创业投资管理有限公司");

        Extracted y = Extracted.from("棠溪科创谷资产管理有限公司负责园区招商。");
        assertThat(y.label("棠溪科创谷资产管理有限公司")).isEqualTo(EntityLabel.Enterprise);
    }

    @Test
    void a_coined_brand_glued_to_a_brand_word_anchors_a_park_name() {
        Extracted x = Extracted.from("今年以来，霁川智造产业园累计引进企业31家。");
        assertThat(x.label("霁川智造产业园")).isEqualTo(EntityLabel.Park);

        Extracted y = Extracted.from("棠溪科技将投资12亿元在火炬开发区的岚曦智造产业园建设精密减速器生产基地。");
        assertThat(y.label("岚曦智造产业园")).isEqualTo(EntityLabel.Park);

        Extracted z = Extracted.from("全市加快打造先进智造产业园，推动智能制造产业园建设。");
        assertThat(z.names(EntityLabel.Park)).isEmpty();
    }

    @Test
    void a_brand_the_tagger_cut_or_read_as_a_verb_stays_in_a_funds_name_before_its_generic_words() {
        Extracted x = Extracted.from("江门市澄屿产业投资母基金拟出资8亿元。此前已获肇庆市雁汀科创种子基金投资。");
        assertThat(x.names(EntityLabel.Fund)).contains("肇庆市雁汀科创种子基金");
        assertThat(x.names(EntityLabel.Fund)).anyMatch(n -> n.endsWith("澄屿产业投资母基金"));
    }

    @Test
    void a_bracket_after_a_company_that_names_a_town_says_where_it_is_and_is_no_part_of_its_name() {
        Extracted x = Extracted.from("1. 江门市渚川精密传动有限公司（棠下镇）：谐波减速器产线改造。\n2. 雁汀大学（深圳）与澈岭研究院签约。");
        assertThat(x.names(EntityLabel.Enterprise)).contains("江门市渚川精密传动有限公司");
        assertThat(x.allNames()).noneMatch(n -> n.endsWith("（棠下镇）"));
        assertThat(x.names(EntityLabel.ResearchInstitute)).contains("雁汀大学（深圳）");
    }

    @Test
    void a_park_named_by_a_bay_of_innovation_is_a_park() {
        Extracted x = Extracted.from("研究院选址蓬江区的澄屿科创湾，首期用房2万平方米。");
        assertThat(x.label("澄屿科创湾")).isEqualTo(EntityLabel.Park);
        assertThat(Extracted.from("打造一流科创湾。").names(EntityLabel.Park)).isEmpty();
    }

    @Test
    void a_company_named_after_its_zone_keeps_the_zone_and_what_it_does_in_its_name() {
        Extracted x = Extracted.from("运营公司由江门澜山开发区建设投资集团有限公司与深圳市华龙产业发展集团有限公司合资组建。");
        assertThat(x.names(EntityLabel.Enterprise)).contains("江门澜山开发区建设投资集团有限公司", "深圳市华龙产业发展集团有限公司");

        Extracted y = Extracted.from("肇庆高新区建设投资集团有限公司负责园区开发。");
        assertThat(y.names(EntityLabel.Enterprise)).containsExactly("肇庆高新区建设投资集团有限公司");
    }

    @Test
    void a_conjunction_after_a_body_s_short_name_joins_two_names_not_one() {
        Extracted x = Extracted.from("江门澜山智能制造研究院（以下简称“澜山智造院”）在澜山开发区设立分院，由澜山智造院与澜山开发区管委会共同出资建设。");
        assertThat(x.names(EntityLabel.GovernmentAgency)).noneMatch(n -> n.contains("智造院"));
    }
}
