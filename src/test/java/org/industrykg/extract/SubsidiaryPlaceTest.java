package org.industrykg.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A firm that sets up a subsidiary in a place is not itself in that place; a firm that sets up a plant
 * there is. Invented sentences on the real pipeline.
 */
class SubsidiaryPlaceTest {

    private static final String PARENT = "深圳市沐辰运控技术有限公司";

    @Test
    void the_place_of_a_subsidiary_does_not_host_its_parent() {
        Extracted x = Extracted.from("其中，沐辰运控（中山）科技有限公司系深圳市沐辰运控技术有限公司在中山设立的全资子公司。");
        assertThat(x.extraction.relations()).noneMatch(r -> r.type() == RelationType.HOSTS && r.target().endsWith(PARENT));
        assertThat(x.hasRelation(RelationType.FOUNDED, PARENT, "沐辰运控（中山）科技有限公司")).isTrue();

        Extracted y = Extracted.from("深圳市乾坤机器人有限公司在中山市设立全资子公司中山乾坤智能制造有限公司。");
        assertThat(y.extraction.relations()).noneMatch(r -> r.type() == RelationType.HOSTS
                && r.target().endsWith("深圳市乾坤机器人有限公司"));
        assertThat(y.hasRelation(RelationType.HOSTS, "中山市", "中山乾坤智能制造有限公司")).isTrue();

        Extracted dated = Extracted.from("依托单位肇庆汀兰医疗材料有限公司是深圳汀兰医疗集团有限公司于2023年在肇庆市端州区设立的全资子公司。");
        assertThat(dated.hasRelation(RelationType.FOUNDED, "深圳汀兰医疗集团有限公司", "肇庆汀兰医疗材料有限公司")).isTrue();
        Extracted month = Extracted.from("肇庆砚溪电子有限公司系深圳砚溪科技股份有限公司2024年5月设立的控股子公司。");
        assertThat(month.hasRelation(RelationType.FOUNDED, "深圳砚溪科技股份有限公司", "肇庆砚溪电子有限公司")).isTrue();
    }

    @Test
    void a_firm_that_invests_through_its_subsidiary_founded_it() {
        Extracted x = Extracted.from("深圳琮岳智能装备有限公司以全资子公司江门琮岳智能制造有限公司为主体投资，总投资3亿元。");
        assertThat(x.hasRelation(RelationType.FOUNDED, "深圳琮岳智能装备有限公司", "江门琮岳智能制造有限公司")).isTrue();

        Extracted pledged = Extracted.from("深圳琮岳智能装备有限公司以全资子公司的股权质押给江门栖岚精密制造有限公司。");
        assertThat(pledged.extraction.relations()).noneMatch(r -> r.type() == RelationType.FOUNDED);
    }

    @Test
    void the_place_of_a_plant_hosts_the_firm_that_builds_it() {
        Extracted x = Extracted.from("深圳市乾坤机器人有限公司在中山市设立华南生产基地。");
        assertThat(x.hasRelation(RelationType.HOSTS, "中山市", "深圳市乾坤机器人有限公司")).isTrue();
    }

    @Test
    void the_project_company_of_an_investment_is_founded_by_the_investor() {
        Extracted x = Extracted.from("宝安区企业深圳市澈岭储能科技有限公司去年与澄屿新区管委会签约，投资20亿元建设储能电池基地，"
                + "项目公司江门澈岭新能源有限公司今年6月投产。");
        assertThat(x.hasRelation(RelationType.FOUNDED, "深圳市澈岭储能科技有限公司", "江门澈岭新能源有限公司")).isTrue();
        Extracted y = Extracted.from("渚川精密有限公司投资建设传动基地，项目实施主体为江门渚川传动有限公司。");
        assertThat(y.hasRelation(RelationType.FOUNDED, "渚川精密有限公司", "江门渚川传动有限公司")).isTrue();
    }
}
