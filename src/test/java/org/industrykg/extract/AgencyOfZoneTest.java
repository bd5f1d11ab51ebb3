package org.industrykg.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A body named after a zone (its management committee, its bureaus, the government of a special
 * administrative region) is PART_OF that zone, also when its name uses the zone's short name. Invented
 * sentences on the real pipeline.
 */
class AgencyOfZoneTest {

    @Test
    void a_body_named_by_a_zones_short_name_is_part_of_the_zone() {
        Extracted x = Extracted.from("岚汀高新技术产业开发区（以下简称“岚汀高新区”）近日召开招商大会。"
                + "岚汀高新区投资促进局介绍，今年已引进项目28个。");
        assertThat(x.extraction.relations()).anyMatch(r -> r.type() == RelationType.PART_OF
                && r.source().endsWith("岚汀高新区投资促进局") && r.target().endsWith("岚汀高新技术产业开发区"));
    }

    @Test
    void a_committee_of_a_new_area_the_text_writes_as_a_place_is_part_of_it() {
        Extracted x = Extracted.from("澄溪新区位于湾区东岸。澄溪新区管理委员会发布了支持智能制造的若干措施。");
        assertThat(x.extraction.relations()).anyMatch(r -> r.type() == RelationType.PART_OF
                && r.source().endsWith("澄溪新区管理委员会") && r.target().endsWith("澄溪新区"));
    }

    @Test
    void the_government_of_a_special_administrative_region_is_part_of_the_region() {
        Extracted x = Extracted.from("香港特别行政区积极发展创新科技。香港特别行政区政府创新科技署资助了多个机器人项目。");
        assertThat(x.extraction.relations()).anyMatch(r -> r.type() == RelationType.PART_OF
                && r.source().endsWith("香港特别行政区政府创新科技署") && r.target().endsWith("香港特别行政区"));
    }

    @Test
    void a_committee_named_without_its_city_is_part_of_the_zone_named_with_it() {
        Extracted x = Extracted.from("中山市澄溪新区积极发展机器人产业。澄溪新区管委会表示，将加快建设人形机器人中试平台。");
        assertThat(x.extraction.relations()).anyMatch(r -> r.type() == RelationType.PART_OF
                && r.source().endsWith("澄溪新区管委会") && r.target().endsWith("中山市澄溪新区"));
    }

    @Test
    void the_park_committee_written_without_its_park_is_the_committee_the_notice_names() {
        Extracted x = Extracted.from("关于公布岚汀智能装备产业园入驻企业名录的公告\n"
                + "发布时间：2025-08-14　来源：中山岚汀智能装备产业园管理委员会\n"
                + "岚汀工业互联网赋能中心由园区管委会与中山行健云科技有限公司合作建设。\n"
                + "中山岚汀智能装备产业园管理委员会\n2025年8月14日");
        assertThat(x.extraction.entities()).noneMatch(e -> e.name().equals("中山市园区管委会"));
        assertThat(x.hasRelation(RelationType.FOUNDED, "中山岚汀智能装备产业园管理委员会", "岚汀工业互联网赋能中心")).isTrue();
    }
}
