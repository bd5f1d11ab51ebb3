package org.industrykg.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A place written as the owner of an organisation hosts it; invented sentences on the real pipeline. */
class PlaceOfPassTest {

    private static boolean hosts(Extracted x, String place, String organisation) {
        return hosts(x, place, organisation, "rule:place-of");
    }

    private static boolean hosts(Extracted x, String place, String organisation, String method) {
        return x.extraction.relations().stream().anyMatch(r -> r.type() == RelationType.HOSTS
                && r.method().equals(method) && r.source().endsWith(":" + place) && r.target().endsWith(":" + organisation));
    }

    @Test
    void the_city_firms_come_from_hosts_each_of_them() {
        Extracted x = Extracted.from("深圳市琮岳精密科技有限公司、深圳栖岚医疗器械有限公司等企业均来自深圳。");
        assertThat(x.hasRelation(RelationType.HOSTS, "深圳市", "深圳市琮岳精密科技有限公司")).isTrue();
        assertThat(x.hasRelation(RelationType.HOSTS, "深圳市", "深圳栖岚医疗器械有限公司")).isTrue();

        Extracted orders = Extracted.from("深圳市琮岳精密科技有限公司的订单主要来自江门，核心团队来自五邑大学。");
        assertThat(orders.extraction.relations()).noneMatch(r -> r.type() == RelationType.HOSTS && r.source().endsWith(":江门市"));
    }

    @Test
    void an_organisation_of_a_place_is_hosted_by_it() {
        Extracted a = Extracted.from("株洲高新技术产业开发区内的株洲航空产业园已集聚企业60余家。");
        assertThat(hosts(a, "株洲高新技术产业开发区", "株洲航空产业园")).isTrue();

        Extracted b = Extracted.from("醴陵市的星城动力科技有限公司、麓谷微电子股份有限公司等企业参加了展会。");
        assertThat(hosts(b, "醴陵市", "星城动力科技有限公司")).isTrue();
        assertThat(hosts(b, "醴陵市", "麓谷微电子股份有限公司")).isTrue();

        Extracted c = Extracted.from("醴陵市与星城动力科技有限公司签署协议。");
        assertThat(hosts(c, "醴陵市", "星城动力科技有限公司")).isFalse();
    }

    @Test
    void a_place_named_as_the_descriptor_of_organisations_hosts_them() {
        Extracted a = Extracted.from("醴陵市企业星城动力科技有限公司与高校签约。");
        assertThat(hosts(a, "醴陵市", "星城动力科技有限公司")).isTrue();

        Extracted owned = Extracted.from("株洲市天元区属国企株洲天元产业发展集团有限公司出资2亿元，醴陵市本地的湘瓷精工有限公司参与配套。");
        assertThat(hosts(owned, "株洲市天元区", "株洲天元产业发展集团有限公司")).isTrue();
        assertThat(hosts(owned, "醴陵市", "湘瓷精工有限公司")).isTrue();

    }

    @Test
    void a_list_closed_by_its_members_place_is_hosted_by_that_place() {
        Extracted b = Extracted.from("星城动力科技有限公司、麓谷微电子股份有限公司等12家株洲企业已签约入园。");
        assertThat(hosts(b, "株洲市", "星城动力科技有限公司", "rule:list-place")).isTrue();
        assertThat(hosts(b, "株洲市", "麓谷微电子股份有限公司", "rule:list-place")).isTrue();

        Extracted c = Extracted.from("星城动力科技有限公司、麓谷微电子股份有限公司等企业赴株洲考察。");
        assertThat(hosts(c, "株洲市", "星城动力科技有限公司", "rule:list-place")).isFalse();
    }
}
