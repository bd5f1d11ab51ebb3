package org.industrykg.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Records whose first field names their party (建设单位：…, 竞得人：…): the role word standing alone in the record's
 * prose means that party, 该公司 means it too, and what the record says of it (a subsidiary set up somewhere, a
 * consultant it commissioned, where it builds) is said of that party. Invented texts on the real pipeline.
 */
class RoleRecordsTest {

    @Test
    void the_role_word_of_a_record_stands_for_the_party_its_field_names() {
        Extracted x = Extracted.from("关于建设项目环境影响评价文件受理情况的公示\n"
                + "一、中山澂岚机器人有限公司人形机器人生产基地建设项目\n"
                + "（一）建设单位：中山澂岚机器人有限公司\n"
                + "（二）建设地点：中山市翠亨新区和耀路以南（中山澂亨智能制造产业园B区）\n"
                + "（三）环评机构：深圳市澂禾环境技术有限公司\n"
                + "（四）项目概况：建设单位是深圳市澂岚动力科技股份有限公司（以下简称“澂岚动力”）于2024年11月在翠亨新区投资设立的全资子公司。"
                + "建设单位委托深圳市澂禾环境技术有限公司编制了本项目环境影响报告表。\n"
                + "二、中山澂岳精密传动有限公司关节模组生产项目\n"
                + "（一）建设单位：中山澂岳精密传动有限公司\n"
                + "（二）环评机构：中山市澂粤环保工程咨询有限公司\n"
                + "（三）项目概况：该公司由深圳澂岳传动科技有限公司与中山澂炬产业投资有限公司于2025年3月合资设立。"
                + "项目产品由建设单位与电子科技大学中山学院联合研发。\n");
        assertThat(x.hasRuleRelation(RelationType.FOUNDED, "深圳市澂岚动力科技股份有限公司", "中山澂岚机器人有限公司")).isTrue();
        assertThat(x.hasRuleRelation(RelationType.HOSTS, "中山市翠亨新区", "中山澂岚机器人有限公司")).isTrue();
        assertThat(x.hasRuleRelation(RelationType.HOSTS, "中山澂亨智能制造产业园", "中山澂岚机器人有限公司")).isTrue();
        assertThat(x.hasRuleRelation(RelationType.PARTNERS_WITH, "中山澂岚机器人有限公司", "深圳市澂禾环境技术有限公司")).isTrue();
        // the second record's 该公司 and 建设单位 are its own party, not the consultant named last nor the first record's
        assertThat(x.hasRuleRelation(RelationType.FOUNDED, "深圳澂岳传动科技有限公司", "中山澂岳精密传动有限公司")).isTrue();
        assertThat(x.hasRelation(RelationType.FOUNDED, "深圳澂岳传动科技有限公司", "中山市澂粤环保工程咨询有限公司")).isFalse();
        assertThat(x.hasRuleRelation(RelationType.PARTNERS_WITH, "中山澂岳精密传动有限公司", "电子科技大学中山学院")).isTrue();
        assertThat(x.hasRelation(RelationType.PARTNERS_WITH, "中山澂岚机器人有限公司", "电子科技大学中山学院")).isFalse();
        assertThat(x.allNames()).doesNotContain("与电子科技大学中山学院");
    }

    @Test
    void other_roles_and_wordings_read_the_same_way() {
        Extracted x = Extracted.from("国有建设用地使用权出让结果公示\n"
                + "宗地编号：ZS2025-061\n"
                + "竞得人：中山澂星机器人科技有限公司\n"
                + "备注：竞得人系深圳市澂星机器人科技有限公司在中山注册设立的全资子公司，由竞得人与澂湾大学联合开展步态规划技术攻关。\n"
                + "申请人：中山市澂汀电子有限公司\n"
                + "说明：申请人聘请深圳市澂源检测技术有限公司负责产品检测。\n");
        assertThat(x.hasRuleRelation(RelationType.FOUNDED, "深圳市澂星机器人科技有限公司", "中山澂星机器人科技有限公司")).isTrue();
        assertThat(x.hasRuleRelation(RelationType.PARTNERS_WITH, "中山澂星机器人科技有限公司", "澂湾大学")).isTrue();
        assertThat(x.hasRuleRelation(RelationType.PARTNERS_WITH, "中山市澂汀电子有限公司", "深圳市澂源检测技术有限公司")).isTrue();
    }

    @Test
    void a_party_s_address_a_plant_set_up_elsewhere_and_the_incubator_it_entered_place_it() {
        Extracted x = Extracted.from("民事判决书摘要\n"
                + "原告：深圳市澂擎机器人有限公司，住所地广东省深圳市宝安区航城街道宝安澂谷科技园D栋。\n"
                + "被告：中山市澂驰智能科技有限公司，住所地广东省中山市三乡镇金涌大道9号。\n"
                + "中山澂石智能装备有限公司是深圳澂石科技有限公司在中山设立的生产基地。\n"
                + "中山澂具身智能创业孵化器位于翠亨新区。中山市澂翼机器人科技有限公司入驻该孵化器。\n");
        assertThat(x.hasRuleRelation(RelationType.HOSTS, "宝安澂谷科技园", "深圳市澂擎机器人有限公司")).isTrue();
        assertThat(x.hasRuleRelation(RelationType.HOSTS, "中山市三乡镇", "中山市澂驰智能科技有限公司")).isTrue();
        assertThat(x.names(EntityLabel.City)).contains("深圳市宝安区航城街道");
        assertThat(x.hasRuleRelation(RelationType.FOUNDED, "深圳澂石科技有限公司", "中山澂石智能装备有限公司")).isTrue();
        assertThat(x.hasRuleRelation(RelationType.HOSTS, "中山澂具身智能创业孵化器", "中山市澂翼机器人科技有限公司")).isTrue();
    }

    @Test
    void we_in_a_speech_is_the_organisation_its_speaker_line_names() {
        Extracted x = Extracted.from("中山市政企座谈会发言摘要\n"
                + "一、深圳市澂犀动力科技股份有限公司副总裁\n"
                + "我们在翠亨新区设立的中山澂犀智造机器人有限公司今年9月一期投产。\n"
                + "二、深圳澂岳传动科技有限公司总经理\n"
                + "我们正在与澂湾理工学院合作攻关行星滚柱丝杠的磨削工艺。\n");
        assertThat(x.hasRuleRelation(RelationType.FOUNDED, "深圳市澂犀动力科技股份有限公司", "中山澂犀智造机器人有限公司")).isTrue();
        assertThat(x.hasRuleRelation(RelationType.HOSTS, "翠亨新区", "中山澂犀智造机器人有限公司")).isTrue();
        assertThat(x.hasRelation(RelationType.HOSTS, "翠亨新区", "深圳市澂犀动力科技股份有限公司")).isFalse();
        assertThat(x.hasRuleRelation(RelationType.PARTNERS_WITH, "深圳澂岳传动科技有限公司", "澂湾理工学院")).isTrue();
        assertThat(x.partners("深圳市澂犀动力科技股份有限公司", "澂湾理工学院")).isFalse();
    }

    @Test
    void a_firm_described_as_a_place_s_firm_is_in_that_place() {
        Extracted x = Extracted.from("澂驰驱动是深圳市宝安区的精密传动企业，主要生产谐波减速器。\n"
                + "中山澂洲产业投资发展有限公司为坦洲镇属国有企业。\n"
                + "深圳市澂汀检测技术有限公司为中山市企业提供检测服务。\n");
        assertThat(x.hasRuleRelation(RelationType.HOSTS, "深圳市宝安区", "澂驰驱动")).isTrue();
        assertThat(x.hasRuleRelation(RelationType.HOSTS, "中山市坦洲镇", "中山澂洲产业投资发展有限公司")).isTrue();
        assertThat(x.hasRelation(RelationType.HOSTS, "中山市", "深圳市澂汀检测技术有限公司")).isFalse();
    }

    @Test
    void a_role_word_inside_a_longer_word_or_before_its_line_stands_for_nothing() {
        Extracted x = Extracted.from("建设单位应当在开工前委托深圳市澂川咨询有限公司开展评估。\n"
                + "管理人：深圳市澂岫私募股权投资基金管理有限公司\n"
                + "澂岫具身智能产业投资基金的基金管理人委托深圳市澂峤会计师事务所有限公司完成审计。\n");
        assertThat(x.extraction.relations().stream().anyMatch(r -> r.target().endsWith(":深圳市澂川咨询有限公司"))).isFalse();
        assertThat(x.hasRelation(RelationType.PARTNERS_WITH, "深圳市澂岫私募股权投资基金管理有限公司", "深圳市澂峤会计师事务所有限公司"))
                .isFalse();
    }
}
