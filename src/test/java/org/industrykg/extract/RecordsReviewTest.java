package org.industrykg.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Wrong firings a review found in the record, page, money and speaker rules (RoleRecordsTest,
 * CompanyPagesAndMoneyTest), each with the reading that is right. Invented texts on the real pipeline.
 */
class RecordsReviewTest {

    @Test
    void a_role_word_stays_in_its_record_and_a_firm_named_in_the_sentence_beats_the_card() {
        Extracted x = Extracted.from("建设项目竣工环境保护验收公示\n"
                + "建设单位：深圳市翀泉电子有限公司\n"
                + "验收监测单位：深圳市翀源检测技术有限公司\n"
                + "情况说明：深圳市翀源检测技术有限公司成立于2012年，该公司于2016年在东莞设立了翀源华南检测研究院。\n"
                + "二、翀峪电子有限公司技改项目\n"
                + "项目单位：深圳市翀峪电子有限公司\n"
                + "说明：建设单位应委托深圳市翀净环境监测有限公司开展竣工验收监测。\n");
        assertThat(x.hasRuleRelation(RelationType.FOUNDED, "深圳市翀源检测技术有限公司", "翀源华南检测研究院")).isTrue();
        assertThat(x.hasRelation(RelationType.FOUNDED, "深圳市翀泉电子有限公司", "翀源华南检测研究院")).isFalse();
        assertThat(x.partners("深圳市翀泉电子有限公司", "深圳市翀净环境监测有限公司")).isFalse();
    }

    @Test
    void what_follows_a_subsidiary_word_and_whose_address_a_field_is() {
        Extracted x = Extracted.from("翀峦精工有限公司是翀峰机器人股份有限公司在中山设立的生产基地的设备供应商。\n"
                + "翀峤精工有限公司系翀峤科技集团股份有限公司（以下简称“翀峤科技”）2023年8月在中山市火炬开发区注册设立的全资子公司。\n"
                + "原告：深圳市翀澜科技有限公司，被告：深圳市翀涛电子有限公司，住所地广州市天河区。\n");
        assertThat(x.hasRelation(RelationType.FOUNDED, "翀峰机器人股份有限公司", "翀峦精工有限公司")).isFalse();
        assertThat(x.hasRuleRelation(RelationType.FOUNDED, "翀峤科技集团股份有限公司", "翀峤精工有限公司")).isTrue();
        assertThat(x.hasRuleRelation(RelationType.HOSTS, "广州市天河区", "深圳市翀涛电子有限公司")).isTrue();
        assertThat(x.hasRuleRelation(RelationType.HOSTS, "广州市天河区", "深圳市翀澜科技有限公司")).isFalse();
    }

    @Test
    void a_target_s_card_an_event_venue_and_a_name_s_own_number() {
        Extracted x = Extracted.from("翀石股份有限公司关于收购翀砺科技有限公司51%股权的公告\n"
                + "二、交易标的基本情况\n"
                + "名称\t翀砺科技有限公司\n"
                + "注册地址\t深圳市南山区粤海街道科技南十二路18号\n");
        assertThat(x.hasRuleRelation(RelationType.HOSTS, "深圳市南山区粤海街道", "翀砺科技有限公司")).isTrue();
        assertThat(x.hasRelation(RelationType.HOSTS, "深圳市南山区粤海街道", "翀石股份有限公司")).isFalse();
        Extracted invitation = Extracted.from("深圳市翀鸿科技有限公司新品发布会邀请函\n"
                + "时间\t2025年5月20日\n"
                + "地址\t深圳市宝安区新安街道翀湾会展中心\n");
        assertThat(invitation.extraction.relations().stream()
                .anyMatch(r -> r.type() == RelationType.HOSTS && r.target().endsWith(":深圳市翀鸿科技有限公司"))).isFalse();
        Extracted park = Extracted.from("中山翀谷8号数字经济产业园开园，首批入驻企业包括中山市翀凌科技有限公司。\n");
        assertThat(park.names(EntityLabel.Park)).contains("中山翀谷8号数字经济产业园");
    }

    @Test
    void money_held_back_bonds_and_a_report_to_a_government_are_no_funding_or_founding() {
        Extracted x = Extracted.from("翀湾集团有限公司曾计划向深圳市翀骁智能科技有限公司注入资金，但最终放弃。\n"
                + "深圳市翀岱投资有限公司认购了翀川银行股份有限公司发行的二级资本债券。\n"
                + "翀鹏集团有限公司向深圳市龙华区人民政府汇报了其在观澜设立的翀鹏具身智能研究院建设进展。\n");
        assertThat(x.hasRelation(RelationType.FUNDS, "翀湾集团有限公司", "深圳市翀骁智能科技有限公司")).isFalse();
        assertThat(x.hasRelation(RelationType.FUNDS, "深圳市翀岱投资有限公司", "翀川银行股份有限公司")).isFalse();
        assertThat(x.hasRuleRelation(RelationType.FOUNDED, "翀鹏集团有限公司", "翀鹏具身智能研究院")).isTrue();
    }

    @Test
    void firms_that_each_sign_are_no_partners_and_a_named_pair_before_two_schools_founds() {
        Extracted x = Extracted.from("翀明科技有限公司（以下简称“翀明科技”）、翀亮电子有限公司分别与翀湾大学签署合作协议。\n"
                + "翀湾职业技术学院与翀川理工学院签署协议。会上，翀山大学和翀海大学两校还共同发起成立翀湾高校科创联盟。\n");
        assertThat(x.partners("翀明科技有限公司", "翀亮电子有限公司")).isFalse();
        assertThat(x.partners("翀亮电子有限公司", "翀湾大学")).isTrue();
        assertThat(x.hasRelation(RelationType.FOUNDED, "翀湾职业技术学院", "翀湾高校科创联盟")).isFalse();
    }

    @Test
    void a_heading_that_names_no_firm_ends_the_speech_before_it() {
        Extracted x = Extracted.from("深圳人形机器人产业座谈会发言摘要\n"
                + "一、深圳市翀犀智能科技有限公司总经理\n"
                + "我们在光明区设立了研发中心。\n"
                + "三、高校代表\n"
                + "我们与深圳市翀锋科技有限公司共建翀锋机器人联合实验室。\n"
                + "四、深圳市翀锐机器人有限公司董事长李明：\n"
                + "我们去年在中山设立了中山翀锐智造有限公司。\n");
        assertThat(x.hasRelation(RelationType.FOUNDED, "深圳市翀犀智能科技有限公司", "翀锋机器人联合实验室")).isFalse();
        assertThat(x.partners("深圳市翀犀智能科技有限公司", "深圳市翀锋科技有限公司")).isFalse();
        assertThat(x.hasRuleRelation(RelationType.FOUNDED, "深圳市翀锐机器人有限公司", "中山翀锐智造有限公司")).isTrue();
    }
}
