package org.industrykg.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Organisations described by their field, on the real pipeline with invented sentences. */
class IndustryDescriptorPassTest {

    private static boolean by(Extracted x, String organisation, String industry, String method) {
        return x.extraction.relations().stream().anyMatch(r -> r.type() == RelationType.IN_INDUSTRY
                && r.method().equals(method) && r.source().endsWith(":" + organisation) && r.target().endsWith(":" + industry));
    }

    @Test
    void the_subject_of_a_clause_works_in_the_fields_named_after_it() {
        Extracted a = Extracted.from("湘江材料研究院在稀土永磁、碳纤维等方向形成了一批成果。");
        assertThat(by(a, "湘江材料研究院", "稀土永磁", "rule:subject-field")).isTrue();
        assertThat(by(a, "湘江材料研究院", "碳纤维", "rule:subject-field")).isTrue();

        Extracted b = Extracted.from("湘江实验室作为新材料领域的省实验室，承担了重大项目。");
        assertThat(by(b, "湘江实验室", "新材料", "rule:subject-field")).isTrue();

        Extracted c = Extracted.from("株洲航空产业园已集聚一批通用航空和无人机企业。");
        assertThat(by(c, "株洲航空产业园", "无人机", "rule:subject-field")).isTrue();

        Extracted d = Extracted.from("株洲航空产业园在新能源汽车上取得突破。");
        assertThat(by(d, "株洲航空产业园", "新能源汽车", "rule:subject-field")).isFalse();
    }

    @Test
    void a_field_written_before_an_organisation_is_its_industry() {
        Extracted x = Extracted.from("人工智能领域的湘江智行科技有限公司与岳麓工业大学签署合作协议。");
        assertThat(by(x, "湘江智行科技有限公司", "人工智能", "rule:industry-descriptor")).isTrue();
        assertThat(by(x, "岳麓工业大学", "人工智能", "rule:industry-descriptor")).isFalse();
    }

    @Test
    void the_organisations_of_a_clause_after_in_field_x_work_in_x() {
        Extracted a = Extracted.from("在低空经济领域，湘江飞行器有限公司和岳麓工业大学联合攻关。");
        assertThat(by(a, "湘江飞行器有限公司", "低空经济", "rule:field-clause")).isTrue();
        assertThat(by(a, "岳麓工业大学", "低空经济", "rule:field-clause")).isTrue();

        Extracted b = Extracted.from("在工业机器人、人形机器人等领域，星城动力科技有限公司推出多款产品。");
        assertThat(by(b, "星城动力科技有限公司", "工业机器人", "rule:field-clause")).isTrue();
        assertThat(by(b, "星城动力科技有限公司", "人形机器人", "rule:field-clause")).isTrue();
    }

    @Test
    void an_organisation_that_is_a_firm_of_a_field_works_in_it() {
        Extracted a = Extracted.from("星城动力科技有限公司是一家人形机器人整机企业。");
        assertThat(by(a, "星城动力科技有限公司", "人形机器人", "rule:industry-copula")).isTrue();

        Extracted b = Extracted.from("麓山智能装备有限公司是国内领先的工业机器人和数控机床制造企业。");
        assertThat(by(b, "麓山智能装备有限公司", "工业机器人", "rule:industry-copula")).isTrue();

        Extracted c = Extracted.from("麓山智能装备有限公司是工业机器人的重要用户。");
        assertThat(by(c, "麓山智能装备有限公司", "工业机器人", "rule:industry-copula")).isFalse();
    }

    @Test
    void a_list_closed_by_fields_and_a_kind_of_organisation_works_in_those_fields() {
        Extracted x = Extracted.from("园区已聚集星城动力科技有限公司、麓谷微电子股份有限公司等一批人形机器人和工业机器人整机企业。");
        assertThat(by(x, "星城动力科技有限公司", "人形机器人", "rule:industry-of-list")).isTrue();
        assertThat(by(x, "麓谷微电子股份有限公司", "工业机器人", "rule:industry-of-list")).isTrue();

        Extracted y = Extracted.from("湘潭理工大学、岳麓工业大学等具身智能方向的高校参与。");
        assertThat(by(y, "湘潭理工大学", "具身智能", "rule:industry-of-list")).isTrue();

        Extracted none = Extracted.from("星城动力科技有限公司、麓谷微电子股份有限公司等推动人形机器人产业发展。");
        assertThat(by(none, "星城动力科技有限公司", "人形机器人", "rule:industry-of-list")).isFalse();
    }

    @Test
    void a_place_and_a_field_before_a_maker_say_where_it_is_and_what_it_makes() {
        Extracted x = Extracted.from("岚川精密股份有限公司将与桃园伺服马达厂沐川电机股份有限公司共同出资。宁波减速器企业星川传动有限公司也参与其中。");
        assertThat(x.entity("沐川电机股份有限公司")).isPresent();
        assertThat(x.allNames()).noneMatch(name -> name.contains("马达厂"));
        assertThat(x.hasRelation(RelationType.HOSTS, "桃园市", "沐川电机股份有限公司")).isTrue();
        assertThat(x.hasRelation(RelationType.HOSTS, "宁波市", "星川传动有限公司")).isTrue();
        assertThat(x.hasRelation(RelationType.IN_INDUSTRY, "星川传动有限公司", "减速器")).isTrue();

        Extracted far = Extracted.from("宁波市近年来培育了一批减速器企业，星川传动有限公司是其中之一。");
        assertThat(far.extraction.relations()).noneMatch(r -> r.method().equals("rule:place-descriptor"));
    }
}
