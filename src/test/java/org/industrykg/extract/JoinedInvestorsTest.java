package org.industrykg.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Who a clause puts money into after 向 (A联合B，共同向C投资: C is its object), and parks named after their town without
 * 镇. Invented sentences on the real pipeline.
 */
class JoinedInvestorsTest {

    @Test
    void who_a_clause_invests_in_after_toward_is_its_object_not_its_subject() {
        Extracted x = Extracted.from("泠汀镇产业发展引导基金（规模2亿元）本月联合深圳潆岫创业投资有限公司，共同向中山澜岫智能科技有限公司投资6000万元。");
        assertThat(x.hasRelation(RelationType.FUNDS, "泠汀镇产业发展引导基金", "中山澜岫智能科技有限公司")).isTrue();
        assertThat(x.hasRelation(RelationType.FUNDS, "中山澜岫智能科技有限公司", "泠汀镇产业发展引导基金")).isFalse();

        Extracted support = Extracted.from("深圳市澜岫智能科技有限公司成立于2019年，向中山溯岫机器人有限公司采购关节模组。");
        assertThat(support.hasRelation(RelationType.FUNDS, "深圳市澜岫智能科技有限公司", "中山溯岫机器人有限公司")).isFalse();
    }

    @Test
    void a_park_named_after_its_town_without_zhen_is_a_park() {
        Extracted x = Extracted.from("中山市三乡镇今年引进项目12个。投资方为深圳溯岫机器人有限公司，协议投资8.5亿元，选址三乡智能装备产业园。"
                + "深圳市澜岫智能科技有限公司拟租用坦洲智造产业园标准厂房1万平方米。");
        assertThat(x.names(EntityLabel.Park)).contains("三乡智能装备产业园", "坦洲智造产业园");
        assertThat(x.hasRelation(RelationType.HOSTS, "三乡智能装备产业园", "深圳溯岫机器人有限公司")).isTrue();
        assertThat(x.hasRelation(RelationType.HOSTS, "坦洲智造产业园", "深圳市澜岫智能科技有限公司")).isTrue();

        Extracted base = Extracted.from("深圳市澜岫智能科技有限公司计划明年在三乡基地试产轮式机器人。");
        assertThat(base.names(EntityLabel.Park)).doesNotContain("三乡基地"); // the firm's base at 三乡, no park's name
    }
}
