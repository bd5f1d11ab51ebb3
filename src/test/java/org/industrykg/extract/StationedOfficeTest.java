package org.industrykg.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A zone's or city's office stationed in another place (某开发区驻深圳招商工作站); invented texts on the real pipeline. */
class StationedOfficeTest {

    @Test
    void an_office_written_with_the_other_place_in_brackets_is_one_too() {
        Extracted x = Extracted.from("江门市投资促进局在深圳设立江门（深圳）智能装备产业招商服务站，为深圳企业提供对接服务。");
        assertThat(x.label("江门（深圳）智能装备产业招商服务站")).isEqualTo(EntityLabel.GovernmentAgency);
        assertThat(x.hasRelation(RelationType.PART_OF, "江门（深圳）智能装备产业招商服务站", "江门市")).isTrue();
        assertThat(x.hasRelation(RelationType.FOUNDED, "江门市投资促进局", "江门（深圳）智能装备产业招商服务站")).isTrue();

        Extracted service = Extracted.from("江门市琮岳科技有限公司在深圳设立琮岳（深圳）技术服务中心，为客户提供维修服务。");
        assertThat(service.label("琮岳（深圳）技术服务中心")).isNotEqualTo(EntityLabel.GovernmentAgency);
    }

    @Test
    void an_office_a_zone_stations_elsewhere_is_one_government_body_of_that_zone_set_up_where_it_stands() {
        Extracted x = Extracted.from("澜山高新技术产业开发区（以下简称“澜山高新区”）在深圳市福田区设立了澜山高新区驻深圳招商工作站。");
        assertThat(x.label("澜山高新区驻深圳招商工作站")).isEqualTo(EntityLabel.GovernmentAgency);
        assertThat(x.hasRelation(RelationType.PART_OF, "澜山高新区驻深圳招商工作站", "澜山高新技术产业开发区")).isTrue();
        assertThat(x.hasRelation(RelationType.FOUNDED, "澜山高新技术产业开发区", "澜山高新区驻深圳招商工作站")).isTrue();
        assertThat(x.hasRelation(RelationType.HOSTS, "深圳市福田区", "澜山高新区驻深圳招商工作站")).isTrue();
        assertThat(x.hasRelation(RelationType.PART_OF, "澜山高新技术产业开发区", "深圳市")).isFalse(); // 在P设立: where it acts

        Extracted elsewhere = Extracted.from("深圳市南山区今年新增企业200家。深圳市与江门市合作密切。"
                + "澜山高新区在深圳市南山区设立了澜山高新区驻深圳招商工作站。");
        assertThat(elsewhere.entity("澜山高新区驻深圳招商工作站")).isPresent(); // named by its own zone, not by 深圳市

        Extracted generic = Extracted.from("肇庆汀兰电子有限公司设有博士后科研工作站和院士专家工作站。"); // kinds of station, no names
        assertThat(generic.names(EntityLabel.Platform)).isEmpty();

        Extracted station = Extracted.from("肇庆市砚溪新区驻广州招商服务站昨日揭牌，将为在穗企业提供对接服务。");
        assertThat(station.label("肇庆市砚溪新区驻广州招商服务站")).isEqualTo(EntityLabel.GovernmentAgency);
    }

    @Test
    void a_firm_that_sets_up_something_in_a_place_is_not_itself_in_that_place() {
        Extracted x = Extracted.from("江门市溪岚科技有限公司在深圳市福田区设立了江门溪岚智能研究院。");
        assertThat(x.hasRelation(RelationType.HOSTS, "深圳市福田区", "江门溪岚智能研究院")).isTrue();
        assertThat(x.hasRelation(RelationType.HOSTS, "深圳市福田区", "江门市溪岚科技有限公司")).isFalse();

        Extracted settled = Extracted.from("江门市溪岚科技有限公司在深圳市福田区成立，主营工业机器人。");
        assertThat(settled.hasRelation(RelationType.HOSTS, "深圳市福田区", "江门市溪岚科技有限公司")).isTrue();
    }

    @Test
    void a_town_s_office_in_another_city_is_a_body_of_the_town() {
        Extracted x = Extracted.from("中山市沙溪镇人民政府在深圳市龙华区设立沙溪镇驻深圳招商工作站，由镇投资促进中心派员常驻。");
        assertThat(x.label("沙溪镇驻深圳招商工作站")).isEqualTo(EntityLabel.GovernmentAgency);
        assertThat(x.hasRelation(RelationType.PART_OF, "沙溪镇驻深圳招商工作站", "中山市沙溪镇")).isTrue();
        assertThat(x.hasRelation(RelationType.FOUNDED, "中山市沙溪镇人民政府", "沙溪镇驻深圳招商工作站")).isTrue();
    }
}
