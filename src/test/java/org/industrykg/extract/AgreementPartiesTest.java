package org.industrykg.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * An agreement declares its parties on lines of their own (甲方：…) and then writes their letters: the letters stand for
 * the parties, and the parties named together and then called 三方 or 双方 work with one another. Invented texts on the
 * real pipeline.
 */
class AgreementPartiesTest {

    private static final String AGREEMENT = "深中具身智能协同创新战略合作框架协议\n\n"
            + "甲方：中山湉澜高新技术产业开发区管理委员会\n"
            + "住所：中山市东区\n"
            + "乙方：深圳市湉溪私募股权投资基金管理有限公司\n"
            + "住所：深圳市福田区\n"
            + "丙方：深圳市湉峤机器人研究院\n"
            + "住所：深圳市南山区\n\n"
            + "甲方、乙方、丙方（以下合称“三方”）本着优势互补、互利共赢的原则，经友好协商，达成如下协议。\n"
            + "第一条 甲方在园区内提供不少于5000平方米的场地。\n"
            + "第二条 三方在中山共同建设深中湉澜具身智能协同创新中心。\n"
            + "第三条 丙方与区内企业中山湉汀传感技术有限公司开展灵巧手触觉传感器联合研发。\n";

    @Test
    void the_parties_named_together_and_called_three_parties_work_with_one_another() {
        Extracted x = Extracted.from(AGREEMENT);
        assertThat(x.partners("中山湉澜高新技术产业开发区管理委员会", "深圳市湉溪私募股权投资基金管理有限公司")).isTrue();
        assertThat(x.partners("中山湉澜高新技术产业开发区管理委员会", "深圳市湉峤机器人研究院")).isTrue();
        assertThat(x.partners("深圳市湉溪私募股权投资基金管理有限公司", "深圳市湉峤机器人研究院")).isTrue();
    }

    @Test
    void what_the_three_parties_build_together_each_of_them_founded() {
        Extracted x = Extracted.from(AGREEMENT);
        for (String party : java.util.List.of("中山湉澜高新技术产业开发区管理委员会", "深圳市湉溪私募股权投资基金管理有限公司", "深圳市湉峤机器人研究院")) {
            assertThat(x.hasRuleRelation(RelationType.FOUNDED, party, "深中湉澜具身智能协同创新中心")).as(party).isTrue();
        }
        assertThat(x.hasRuleRelation(RelationType.FOUNDED, "中山湉汀传感技术有限公司", "深中湉澜具身智能协同创新中心")).isFalse();
    }

    @Test
    void a_partys_letter_stands_for_the_party_its_line_declared() {
        Extracted x = Extracted.from(AGREEMENT);
        assertThat(x.partners("深圳市湉峤机器人研究院", "中山湉汀传感技术有限公司")).isTrue();
        assertThat(x.partners("深圳市湉溪私募股权投资基金管理有限公司", "中山湉汀传感技术有限公司")).isFalse();
        assertThat(x.hasRuleRelation(RelationType.HOSTS, "深圳市南山区", "深圳市湉峤机器人研究院")).isTrue(); // its card's 住所
    }

    @Test
    void two_firms_named_together_without_a_word_for_both_are_no_agreements_parties() {
        Extracted x = Extracted.from("深圳市湉溪科技有限公司、中山湉汀传感技术有限公司（以下简称“湉汀传感”）均为本次展会参展企业。");
        assertThat(x.extraction.relations().stream().anyMatch(r -> r.method().equals("rule:agreement-parties"))).isFalse();
    }
}
