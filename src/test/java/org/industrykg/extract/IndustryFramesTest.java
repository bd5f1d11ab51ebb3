package org.industrykg.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Industries the taxonomy does not list, found by the frame that names them, on sentences written
 * for this test (the real CoreNLP Chinese pipeline), with the lists that must not be read as fields.
 */
class IndustryFramesTest {

    @Test
    void typed_enumeration_names_each_item_of_the_list() {
        Extracted x = Extracted.from("当地在海水淡化、智能灌溉和冷链物流等新兴领域布局较早，已形成纸浆模塑、竹木加工两大特色产业集群。");
        assertThat(x.names(EntityLabel.Industry)).contains("海水淡化", "智能灌溉", "冷链物流", "纸浆模塑", "竹木加工");
    }

    @Test
    void a_single_field_needs_its_typed_frame() {
        Extracted x = Extracted.from("他们希望在海水淡化领域继续深耕。");
        assertThat(x.label("海水淡化")).isEqualTo(EntityLabel.Industry);
    }

    @Test
    void a_focus_list_names_fields_and_the_fund_targets_them() {
        Extracted x = Extracted.from("星河光电产业投资基金重点投向光子芯片、柔性显示和工业视觉检测，单个项目投资不超过5000万元。");
        assertThat(x.names(EntityLabel.Industry)).contains("光子芯片", "柔性显示", "工业视觉检测");
        assertThat(x.hasRelation(RelationType.TARGETS, "星河光电产业投资基金", "光子芯片")).isTrue();
    }

    @Test
    void a_single_focus_item_must_be_a_technology_field_compound() {
        Extracted x = Extracted.from("公司主营业务为高温合金材料的研发与销售。研究院专注于客户服务。");
        assertThat(x.label("高温合金材料")).isEqualTo(EntityLabel.Industry);
        assertThat(x.names(EntityLabel.Industry)).doesNotContain("客户服务", "客户");
    }

    @Test
    void makers_of_technology_field_compounds_name_their_fields() {
        Extracted x = Extracted.from("园区已集聚一批谐振式传感器和无刷电机企业。");
        assertThat(x.names(EntityLabel.Industry)).contains("谐振式传感器", "无刷电机");
    }

    @Test
    void a_company_list_is_not_an_industry_list() {
        Extracted x = Extracted.from("本届博览会吸引了华为、腾讯和比亚迪等企业参展。市政府将支持鸿远科技、星辉股份等龙头企业做大做强。");
        assertThat(x.names(EntityLabel.Industry)).isEmpty();
    }

    @Test
    void broad_categories_and_places_are_not_industries() {
        Extracted x = Extracted.from("推动制造业、服务业等产业深度融合。该集团业务覆盖深圳、东莞和惠州。龙华区是先进制造业大区。");
        assertThat(x.names(EntityLabel.Industry)).isEmpty();
    }

    @Test
    void a_verb_tagged_as_a_noun_before_a_field_is_not_part_of_it() {
        Extracted x = Extracted.from("湘潭云帆精密科技有限公司专注研发人形机器人及手术机器人。");
        assertThat(x.names(EntityLabel.Industry)).contains("人形机器人").doesNotContain("研发人形机器人");

        Extracted trad = Extracted.from("維港靈動科技有限公司專注研發人形機械人及手術機械人。");
        assertThat(trad.names(EntityLabel.Industry)).contains("人形机器人", "手术机器人");
    }

    @Test
    void a_field_compound_the_tagger_splits_with_a_verb_stays_one_item() {
        Extracted x = Extracted.from("宁波甲乙驱动有限公司主营伺服驱动器、无框力矩电机及一体化关节模组。宁波丙丁科技有限公司主营无人机和无刷电机。");
        assertThat(x.hasRelation(RelationType.IN_INDUSTRY, "宁波甲乙驱动有限公司", "无框力矩电机")).isTrue();
        assertThat(x.hasRelation(RelationType.IN_INDUSTRY, "宁波甲乙驱动有限公司", "一体化关节模组")).isTrue();
        assertThat(x.hasRelation(RelationType.IN_INDUSTRY, "宁波丙丁科技有限公司", "无刷电机")).isTrue();
        assertThat(x.names(EntityLabel.Industry)).doesNotContain("无框");
    }

    @Test
    void a_firms_main_products_are_its_fields() {
        Extracted x = Extracted.from("台中甲乙马达股份有限公司主力产品为无框力矩马达与空心杯马达。苏州丙丁传动有限公司成立于2016年，核心产品为行星滚柱丝杠和精密减速器。");
        // 空心杯电机 is a taxonomy term: written 马达 in Taiwan, it is that term, with the written form as an alias
        assertThat(x.hasRelation(RelationType.IN_INDUSTRY, "台中甲乙马达股份有限公司", "空心杯电机")).isTrue();
        assertThat(x.entity("空心杯马达")).map(ExtractedEntity::name).contains("空心杯电机");
        assertThat(x.hasRelation(RelationType.IN_INDUSTRY, "苏州丙丁传动有限公司", "行星滚柱丝杠")).isTrue();
    }
}
