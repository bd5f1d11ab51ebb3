package org.industrykg.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Where an organisation is said to be from (A为中山市企业), licences (A获B授权), companies of one trade name in two
 * places (the parent founded the other), role words before a name (合作方, 投资方), building together after a
 * signing (双方携手建设), a policy referred to by its class (该措施由…印发), supply ties written as nouns and what a
 * firm makes written colloquially (主做, 是做…的). Invented texts on the real pipeline.
 */
class HomesLicencesAndSiblingsTest {

    @Test
    void the_place_an_organisation_is_said_to_be_of_hosts_it() {
        Extracted x = Extracted.from("鼗鼙电子为中山市企业，主要生产伺服控制器。"
                + "中山市艋筚传动有限公司是一家坦洲镇本土企业。"
                + "深圳市靺鞣具身智能研究院为龙华区新型研发机构，由区政府支持建设。"
                + "深圳市氍鞣灵巧手科技有限公司是南山区的灵巧手企业之一。");
        assertThat(x.hasRuleRelation(RelationType.HOSTS, "中山市", "鼗鼙电子")).isTrue();
        assertThat(x.hasRuleRelation(RelationType.HOSTS, "中山市坦洲镇", "中山市艋筚传动有限公司")).isTrue();
        assertThat(x.hasRuleRelation(RelationType.HOSTS, "深圳市龙华区", "深圳市靺鞣具身智能研究院")).isTrue();
        assertThat(x.hasRuleRelation(RelationType.HOSTS, "深圳市南山区", "深圳市氍鞣灵巧手科技有限公司")).isTrue();
    }

    @Test
    void serving_or_partnering_a_places_firms_is_no_home_there() {
        Extracted x = Extracted.from("鼗鼙电子为深圳企业提供伺服控制器。中山市艋筚传动有限公司是深圳市的合作伙伴。"
                + "深圳市篥觫科技有限公司为中山市企业搭建了检测平台。");
        assertThat(x.hasRuleRelation(RelationType.HOSTS, "深圳市", "鼗鼙电子")).isFalse();
        assertThat(x.hasRuleRelation(RelationType.HOSTS, "深圳市", "中山市艋筚传动有限公司")).isFalse();
        assertThat(x.hasRuleRelation(RelationType.HOSTS, "中山市", "深圳市篥觫科技有限公司")).isFalse();
    }

    @Test
    void a_licence_granted_or_received_pairs_the_licensor_and_the_licensee() {
        Extracted x = Extracted.from("深圳市鼗鼙机器人有限公司获香港城市大学授权使用一项谐波减速器润滑专利。"
                + "中山市艋筚传动有限公司获得中国科学院深圳先进技术研究院两项力矩传感专利的独占许可。"
                + "华南理工大学于2025年5月以非独占许可方式授权予深圳市篥觫科技有限公司。");
        assertThat(x.partners("深圳市鼗鼙机器人有限公司", "香港城市大学")).isTrue();
        assertThat(x.partners("中山市艋筚传动有限公司", "中国科学院深圳先进技术研究院")).isTrue();
        assertThat(x.partners("华南理工大学", "深圳市篥觫科技有限公司")).isTrue();
    }

    @Test
    void receiving_money_or_an_order_is_no_licence() {
        Extracted x = Extracted.from("深圳市鼗鼙机器人有限公司获得中山市艋筚传动有限公司的批量订单。"
                + "深圳市篥觫科技有限公司获得深圳市氍鞣精密有限公司颁发的优秀供应商证书。");
        assertThat(x.hasRuleRelation(RelationType.PARTNERS_WITH, "深圳市鼗鼙机器人有限公司", "中山市艋筚传动有限公司")).isFalse();
        assertThat(x.hasRuleRelation(RelationType.PARTNERS_WITH, "深圳市篥觫科技有限公司", "深圳市氍鞣精密有限公司")).isFalse();
    }

    @Test
    void a_company_of_the_same_trade_name_in_another_place_was_founded_by_the_parent() {
        Extracted x = Extracted.from("深圳市鼗鼙智能科技有限公司成立于2018年，主要做商用服务机器人。去年，中山鼗鼙机器人有限公司在火炬开发区投产。\n"
                + "艋筚精密股份有限公司是台湾的上市公司。艋筚精密（中山）有限公司位于翠亨新区。\n"
                + "中山篥觫电器有限公司今年扩产。深圳市篥觫精工科技有限公司也参加了展会。");
        assertThat(x.hasRuleRelation(RelationType.FOUNDED, "深圳市鼗鼙智能科技有限公司", "中山鼗鼙机器人有限公司")).isTrue();
        assertThat(x.hasRuleRelation(RelationType.FOUNDED, "艋筚精密股份有限公司", "艋筚精密（中山）有限公司")).isTrue();
        // with no other sign, the company named first is the parent
        assertThat(x.hasRuleRelation(RelationType.FOUNDED, "中山篥觫电器有限公司", "深圳市篥觫精工科技有限公司")).isTrue();
        assertThat(x.hasRuleRelation(RelationType.FOUNDED, "中山鼗鼙机器人有限公司", "深圳市鼗鼙智能科技有限公司")).isFalse();
    }

    @Test
    void funds_managers_partners_and_firms_of_one_place_are_no_parent_and_child() {
        Extracted x = Extracted.from("深圳市鼗鼙驱动技术有限公司和深圳鼗鼙私募股权基金管理有限公司参加了活动。"
                + "深圳市艋筚科技有限公司与中山艋筚电子有限公司签署合作协议。"
                + "深圳市篥觫电机有限公司和深圳篥觫精工有限公司都在宝安。");
        assertThat(x.hasRuleRelation(RelationType.FOUNDED, "深圳市鼗鼙驱动技术有限公司", "深圳鼗鼙私募股权基金管理有限公司")).isFalse();
        assertThat(x.partners("深圳市艋筚科技有限公司", "中山艋筚电子有限公司")).isTrue();
        assertThat(x.hasRuleRelation(RelationType.FOUNDED, "深圳市艋筚科技有限公司", "中山艋筚电子有限公司")).isFalse();
        assertThat(x.hasRuleRelation(RelationType.FOUNDED, "深圳市篥觫电机有限公司", "深圳篥觫精工有限公司")).isFalse();
    }

    @Test
    void a_role_word_before_a_name_is_no_part_of_it() {
        Extracted x = Extracted.from("第5项的合作方中山鼗鼙具身智能研究院位于翠亨新区。"
                + "本轮投资方深圳市艋筚创业投资有限公司出资2000万元。"
                + "委托方深圳市篥觫机器人有限公司提出了验收要求。");
        assertThat(x.label("中山鼗鼙具身智能研究院")).isEqualTo(EntityLabel.ResearchInstitute);
        assertThat(x.label("深圳市艋筚创业投资有限公司")).isEqualTo(EntityLabel.Enterprise);
        assertThat(x.label("深圳市篥觫机器人有限公司")).isEqualTo(EntityLabel.Enterprise);
        assertThat(x.allNames()).noneMatch(n -> n.startsWith("合作方") || n.startsWith("投资方") || n.startsWith("委托方"));
    }

    @Test
    void two_parties_that_build_together_after_signing_founded_what_they_build() {
        Extracted x = Extracted.from("宝龙街道办事处与中山市黄圃镇人民政府签约后，双方携手建设鼗鼙智造机器人产业园。"
                + "深圳市艋筚科技有限公司与华南理工大学联手建设柔性装配联合实验室。");
        assertThat(x.hasRuleRelation(RelationType.FOUNDED, "中山市黄圃镇人民政府", "鼗鼙智造机器人产业园")).isTrue();
        assertThat(x.hasRuleRelation(RelationType.FOUNDED, "深圳市艋筚科技有限公司", "柔性装配联合实验室")).isTrue();
        assertThat(x.hasRuleRelation(RelationType.FOUNDED, "华南理工大学", "柔性装配联合实验室")).isTrue();
        // the park they build is no partner of theirs
        assertThat(x.partners("中山市黄圃镇人民政府", "鼗鼙智造机器人产业园")).isFalse();
    }

    @Test
    void a_firm_said_to_be_incubated_by_a_body_was_founded_by_it() {
        Extracted x = Extracted.from("深圳市鼗鼙科技有限公司为哈尔滨工业大学（深圳）孵化的科技企业。"
                + "深圳市艋筚科技有限公司为中山市篥觫电器有限公司设计了装配线。");
        assertThat(x.hasRuleRelation(RelationType.FOUNDED, "哈尔滨工业大学（深圳）", "深圳市鼗鼙科技有限公司")).isTrue();
        assertThat(x.hasRelation(RelationType.FOUNDED, "深圳市鼗鼙科技有限公司", "哈尔滨工业大学（深圳）")).isFalse();
        // designing a line for a firm founds nothing
        assertThat(x.hasRuleRelation(RelationType.FOUNDED, "深圳市艋筚科技有限公司", "中山市篥觫电器有限公司")).isFalse();
    }

    @Test
    void a_policy_referred_to_by_its_class_is_the_one_named_before() {
        Extracted x = Extracted.from("区里出台了《鼗鼙区支持具身智能机器人产业发展若干措施》。该措施由深圳市龙岗区人民政府于2025年9月印发。"
                + "《艋筚市加快推进人形机器人产业创新发展行动方案（2026—2028年）》聚焦人形机器人整机。该行动方案由深圳市工业和信息化局发布。");
        assertThat(x.hasRuleRelation(RelationType.ISSUES, "深圳市龙岗区人民政府", "鼗鼙区支持具身智能机器人产业发展若干措施")).isTrue();
        assertThat(x.hasRuleRelation(RelationType.ISSUES, "深圳市工业和信息化局",
                "艋筚市加快推进人形机器人产业创新发展行动方案（2026—2028年）")).isTrue();
        // a bare class noun is a common word, not the policy
        Extracted y = Extracted.from("《鼗鼙区支持具身智能机器人产业发展若干措施》已出台。措施由深圳市龙岗区科技创新局负责解读。");
        assertThat(y.hasRuleRelation(RelationType.ISSUES, "深圳市龙岗区科技创新局", "鼗鼙区支持具身智能机器人产业发展若干措施")).isFalse();
    }

    @Test
    void a_supply_tie_written_as_a_noun_pairs_supplier_and_customer() {
        Extracted x = Extracted.from("中山市鼗鼙精工有限公司已与深圳市艋筚驱动技术有限公司形成配套供货关系。"
                + "深圳市篥觫智能装备有限公司的主要产品为巡检机器人，其控制器供应商中山市氍鞣电子有限公司也在中山。");
        assertThat(x.partners("中山市鼗鼙精工有限公司", "深圳市艋筚驱动技术有限公司")).isTrue();
        assertThat(x.partners("深圳市篥觫智能装备有限公司", "中山市氍鞣电子有限公司")).isTrue();
        // working with suppliers in general ties no two firms
        Extracted y = Extracted.from("深圳市篥觫智能装备有限公司与多家供应商合作，中山市氍鞣电子有限公司则专注控制器。");
        assertThat(y.partners("深圳市篥觫智能装备有限公司", "中山市氍鞣电子有限公司")).isFalse();
    }

    @Test
    void what_a_firm_is_said_to_do_colloquially_is_its_field() {
        Extracted x = Extracted.from("深圳市鼗鼙科技有限公司主做灵巧手。中山市艋筚电机有限公司是做空心杯电机的。");
        assertThat(x.hasRuleRelation(RelationType.IN_INDUSTRY, "深圳市鼗鼙科技有限公司", "灵巧手")).isTrue();
        assertThat(x.hasRuleRelation(RelationType.IN_INDUSTRY, "中山市艋筚电机有限公司", "空心杯电机")).isTrue();
    }

    @Test
    void a_class_noun_after_a_bracketed_label_refers_to_the_one_named_before() {
        Extracted x = Extracted.from("3．深圳市鼗鼙人形机器人创新中心由下列哪两家单位共同组建？（　　）\n"
                + "【解析】创新中心由香港中文大学（深圳）与深圳市艋筚机器人科技有限公司于2025年联合组建。");
        assertThat(x.hasRuleRelation(RelationType.FOUNDED, "香港中文大学（深圳）", "深圳市鼗鼙人形机器人创新中心")).isTrue();
        assertThat(x.hasRuleRelation(RelationType.FOUNDED, "深圳市艋筚机器人科技有限公司", "深圳市鼗鼙人形机器人创新中心")).isTrue();
    }

    @Test
    void a_university_written_by_its_usual_short_name_is_the_one_named_before() {
        Extracted x = Extracted.from("香港城市大学今年与多家企业合作。深圳市鼗鼙机器人有限公司委托城大开发关节力控算法。"
                + "南方科技大学在深圳。中山市艋筚电器有限公司与南科大共建家电机器人联合实验室。"
                + "哈尔滨工业大学（深圳）的团队也参加了签约，深圳市篥觫科技有限公司与哈工大签署技术开发合同。"
                + "华南理工大学在广州。中山市氍鞣精工有限公司与华南理工合作开发焊接机器人。");
        assertThat(x.entity("城大").map(ExtractedEntity::name)).contains("香港城市大学");
        assertThat(x.entity("南科大").map(ExtractedEntity::name)).contains("南方科技大学");
        assertThat(x.entity("哈工大").map(ExtractedEntity::name)).contains("哈尔滨工业大学（深圳）");
        assertThat(x.entity("华南理工").map(ExtractedEntity::name)).contains("华南理工大学");
        assertThat(x.partners("深圳市鼗鼙机器人有限公司", "香港城市大学")).isTrue();
        assertThat(x.partners("中山市艋筚电器有限公司", "南方科技大学")).isTrue();
        assertThat(x.partners("深圳市篥觫科技有限公司", "哈尔滨工业大学（深圳）")).isTrue();
        assertThat(x.partners("中山市氍鞣精工有限公司", "华南理工大学")).isTrue();
    }

    @Test
    void a_common_word_that_looks_like_a_universitys_short_name_is_none() {
        Extracted x = Extracted.from("广东工业大学和香港中文大学在广州联合办展。广大市民和中大型企业欢迎中山市艋筚电器有限公司的产品。");
        assertThat(x.entity("广大")).isEmpty();
        assertThat(x.allNames()).noneMatch(n -> n.startsWith("中大"));
        assertThat(x.entity("广东工业大学").orElseThrow().aliases()).doesNotContain("广大");
        assertThat(x.entity("香港中文大学").orElseThrow().aliases()).doesNotContain("中大");
    }
}
