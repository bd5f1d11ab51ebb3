package org.industrykg.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A zone made of parks hosts each of them, however the text lists them; invented texts on the real pipeline. */
class ZonePartsPassTest {

    @Test
    void a_core_and_the_parks_built_beside_it() {
        Extracted x = Extracted.from("近年来，江门高新技术产业开发区以棠下具身智能科学城为核心，配套建设杜阮智能装备产业园和荷塘机器人产业园，"
                + "形成了研发在科学城、制造在产业园的格局。");
        assertThat(x.hasRelation(RelationType.HOSTS, "江门高新技术产业开发区", "棠下具身智能科学城")).isTrue();
        assertThat(x.hasRelation(RelationType.HOSTS, "江门高新技术产业开发区", "杜阮智能装备产业园")).isTrue();
        assertThat(x.hasRelation(RelationType.HOSTS, "江门高新技术产业开发区", "荷塘机器人产业园")).isTrue();
    }

    @Test
    void a_zone_that_has_or_is_made_of_parks() {
        Extracted has = Extracted.from("佛山高新技术产业开发区目前下辖狮山机器人产业园、丹灶智能制造产业园等五个园区。");
        assertThat(has.hasRelation(RelationType.HOSTS, "佛山高新技术产业开发区", "狮山机器人产业园")).isTrue();
        assertThat(has.hasRelation(RelationType.HOSTS, "佛山高新技术产业开发区", "丹灶智能制造产业园")).isTrue();

        Extracted madeOf = Extracted.from("肇庆经济开发区由大旺智能制造产业园和永安工业机器人产业园两个片区组成。");
        assertThat(madeOf.hasRelation(RelationType.HOSTS, "肇庆经济开发区", "大旺智能制造产业园")).isTrue();
        assertThat(madeOf.hasRelation(RelationType.HOSTS, "肇庆经济开发区", "永安工业机器人产业园")).isTrue();
    }

    @Test
    void a_city_hosts_its_zones_and_other_lists_are_not_parts() {
        Extracted city = Extracted.from("珠海市下辖横琴新区和珠海高新技术产业开发区两个功能区。");
        assertThat(city.hasRelation(RelationType.HOSTS, "珠海市", "横琴新区")).isTrue();

        Extracted visited = Extracted.from("佛山高新技术产业开发区考察了狮山机器人产业园和丹灶智能制造产业园。");
        assertThat(visited.hasRelation(RelationType.HOSTS, "佛山高新技术产业开发区", "狮山机器人产业园")).isFalse();
    }

    @Test
    void a_zone_listed_with_towns_is_part_of_their_city_whichever_city_the_text_names_most() {
        Extracted x = Extracted.from("深圳企业加快布局。深圳市宝安区、深圳市南山区企业纷纷外迁，深圳企业越来越多。"
                + "中山全市新签约深圳来源项目147个，其中超过六成集中在澄屿新区、雁汀开发区以及南头镇、坦洲镇等镇街。");
        assertThat(x.hasRelation(RelationType.PART_OF, "澄屿新区", "中山市")).isTrue();
        assertThat(x.hasRelation(RelationType.PART_OF, "雁汀开发区", "中山市")).isTrue();
        assertThat(x.hasRelation(RelationType.PART_OF, "澄屿新区", "深圳市")).isFalse();
    }
    @Test
    void a_park_named_after_a_zone_or_its_declared_short_name_lies_in_that_zone() {
        Extracted x = Extracted.from("株洲高新技术产业开发区（以下简称“株洲高新区”）发布招商公告。\n"
                + "一、株洲高新区新能源产业园\n园区规划面积2平方公里。\n二、株洲高新区科技企业孵化器\n孵化器面积3万平方米。");
        assertThat(x.hasRelation(RelationType.HOSTS, "株洲高新技术产业开发区", "株洲高新区新能源产业园")).isTrue();
        assertThat(x.hasRelation(RelationType.HOSTS, "株洲高新技术产业开发区", "株洲高新区科技企业孵化器")).isTrue();
        assertThat(x.hasRelation(RelationType.HOSTS, "株洲市", "株洲高新区新能源产业园")).isFalse();
    }

    @Test
    void a_park_named_by_the_words_of_a_zones_name_lies_in_that_zone_not_only_in_its_city() {
        Extracted x = Extracted.from("江门火炬高技术产业开发区今年上半年新引进项目12个。江门火炬传感器产业园完成扩建。");
        assertThat(x.hasRelation(RelationType.HOSTS, "江门火炬高技术产业开发区", "江门火炬传感器产业园")).isTrue();
        Extracted place = Extracted.from("江门市新会经济开发区今年新引进项目8个。江门市新会智能装备产业园同期开工。");
        assertThat(place.hasRelation(RelationType.HOSTS, "江门市新会经济开发区", "江门市新会智能装备产业园")).isFalse(); // places name no zone's park
    }
}
