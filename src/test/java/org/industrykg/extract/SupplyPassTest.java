package org.industrykg.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A supplier and its customer are partners, however the text puts it; invented texts on the real pipeline. */
class SupplyPassTest {

    private static boolean partners(Extracted x, String a, String b) {
        return x.hasRelation(RelationType.PARTNERS_WITH, a, b) || x.hasRelation(RelationType.PARTNERS_WITH, b, a);
    }

    @Test
    void customers_between_the_preposition_and_the_verb_or_after_the_verb() {
        Extracted toward = Extracted.from("深圳市庚辛驱动科技有限公司专注关节模组。公司一体化关节模组已向深圳市壬癸机器人科技有限公司、"
                + "无锡子丑具身机器人科技有限公司等整机企业小批量供货。");
        assertThat(partners(toward, "深圳市庚辛驱动科技有限公司", "深圳市壬癸机器人科技有限公司")).isTrue();
        assertThat(partners(toward, "深圳市庚辛驱动科技有限公司", "无锡子丑具身机器人科技有限公司")).isTrue();

        Extracted after = Extracted.from("宁波甲丙传动科技股份有限公司成立于2015年，其谐波减速器长期配套国内协作机器人厂商宁波戊庚自动化有限公司。");
        assertThat(partners(after, "宁波甲丙传动科技股份有限公司", "宁波戊庚自动化有限公司")).isTrue();

        Extracted owned = Extracted.from("杭州申酉视觉科技有限公司的产品已批量供应杭州午未机器人有限公司和杭州辰巳智能科技有限公司。");
        assertThat(partners(owned, "杭州申酉视觉科技有限公司", "杭州午未机器人有限公司")).isTrue();
        assertThat(partners(owned, "杭州申酉视觉科技有限公司", "杭州辰巳智能科技有限公司")).isTrue();
    }

    @Test
    void a_clause_that_names_no_supplier_is_about_the_firm_its_sentence_named() {
        Extracted x = Extracted.from("其中，苏州卯辰感知科技有限公司专注三维视觉相机，今年完成A轮融资，产品已批量供应苏州寅丑机器人有限公司。");
        assertThat(partners(x, "苏州卯辰感知科技有限公司", "苏州寅丑机器人有限公司")).isTrue();
    }

    @Test
    void a_part_supplied_by_a_firm_makes_it_a_partner_of_the_parts_owner_and_in_that_field() {
        Extracted x = Extracted.from("深圳市寅卯机器人科技有限公司的关节电机主要由深圳市辰巳伺服科技有限公司配套，"
                + "谐波减速器则来自在中山火炬开发区设厂的深圳市午未传动科技有限公司。");
        assertThat(partners(x, "深圳市辰巳伺服科技有限公司", "深圳市寅卯机器人科技有限公司")).isTrue();
        assertThat(partners(x, "深圳市午未传动科技有限公司", "深圳市寅卯机器人科技有限公司")).isTrue();
        assertThat(x.hasRelation(RelationType.IN_INDUSTRY, "深圳市辰巳伺服科技有限公司", "关节电机")).isTrue();
        assertThat(x.hasRelation(RelationType.IN_INDUSTRY, "深圳市午未传动科技有限公司", "谐波减速器")).isTrue();
    }

    @Test
    void supply_chains_roles_and_purchases() {
        Extracted chain = Extracted.from("宁波甲丙传动科技股份有限公司已进入宁波乙丁机器人有限公司和上海辛壬机器人有限公司的供应链。");
        assertThat(partners(chain, "宁波甲丙传动科技股份有限公司", "宁波乙丁机器人有限公司")).isTrue();
        assertThat(partners(chain, "宁波甲丙传动科技股份有限公司", "上海辛壬机器人有限公司")).isTrue();

        Extracted roles = Extracted.from("宁波丙戊精工有限公司是宁波乙丁机器人有限公司最早的一批本地供应商。"
                + "宁波乙丁机器人有限公司的第一个客户是杭州子丑智能装备有限公司。");
        assertThat(partners(roles, "宁波丙戊精工有限公司", "宁波乙丁机器人有限公司")).isTrue();
        assertThat(partners(roles, "宁波乙丁机器人有限公司", "杭州子丑智能装备有限公司")).isTrue();

        Extracted bought = Extracted.from("佛山市甲乙家电有限公司已采购佛山丙丁视觉科技有限公司的工业相机。");
        assertThat(partners(bought, "佛山市甲乙家电有限公司", "佛山丙丁视觉科技有限公司")).isTrue();
    }

    @Test
    void supply_as_a_noun_or_money_from_a_body_is_no_partnership() {
        Extracted x = Extracted.from("佛山市甲乙家电有限公司获得配套资金300万元，由佛山市工业和信息化局提供。"
                + "佛山丙丁视觉科技有限公司是华南地区较具规模的视觉部件供应商，与佛山市甲乙家电有限公司同在一个园区。");
        assertThat(x.extraction.relations()).noneMatch(r -> r.method().equals("rule:supply"));
    }

    @Test
    void our_school_is_the_university_the_text_names() {
        Extracted x = Extracted.from("华南星海大学召开年度总结会。我校与广州申酉仿生机器人有限公司签署战略合作协议，双方共建人形机器人灵巧操作联合实验室。");
        assertThat(partners(x, "华南星海大学", "广州申酉仿生机器人有限公司")).isTrue();
        assertThat(x.hasRelation(RelationType.FOUNDED, "华南星海大学", "人形机器人灵巧操作联合实验室")).isTrue();
    }

    @Test
    void customers_written_by_their_brand_alone_are_the_firms_the_text_named_in_full() {
        Extracted x = Extracted.from("深圳市乾坤人形机器人有限公司和深圳市行健人形机器人科技有限公司是当地的整机企业。"
                + "中山澄溪精密传动股份有限公司已为乾坤、行健等深圳整机企业批量供货。");
        assertThat(partners(x, "中山澄溪精密传动股份有限公司", "深圳市乾坤人形机器人有限公司")).isTrue();
        assertThat(partners(x, "中山澄溪精密传动股份有限公司", "深圳市行健人形机器人科技有限公司")).isTrue();
        assertThat(x.entity("深圳市乾坤人形机器人有限公司").orElseThrow().aliases()).contains("乾坤").doesNotContain("为乾坤");
        assertThat(x.names(EntityLabel.Enterprise)).doesNotContain("乾坤", "为乾坤", "行健");

        // a brand two firms of the text begin with stands for neither
        Extracted two = Extracted.from("深圳市乾坤人形机器人有限公司与深圳市乾坤精密传动有限公司同属一个集团。"
                + "中山澄溪精密传动股份有限公司已向乾坤、行健等整机企业批量供货。");
        assertThat(two.names(EntityLabel.Enterprise)).contains("乾坤");
    }
}
