package org.industrykg.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A sentence that is only a heading naming an organisation ((一)某某合作园。) makes it the subject of the
 * sentences after it that have none of their own (位于…，由…共建). Invented texts.
 */
class HeadingTopicTest {

    @Test
    void the_sentences_after_a_park_heading_are_about_the_park() {
        Extracted x = Extracted.from("两市共建两个合作平台：\n"
                + "（一）岚曦智能制造合作园。位于湛江市麻章区，规划面积5平方公里，重点承接工业机器人产业。\n"
                + "（二）霁川低空经济产业园。位于湛江市坡头区，由茂名市茂南区人民政府与湛江市坡头区人民政府合作共建，聚焦无人机整机。\n");
        assertThat(x.hasRelation(RelationType.HOSTS, "湛江市麻章区", "岚曦智能制造合作园")).isTrue();
        assertThat(x.hasRelation(RelationType.HOSTS, "湛江市坡头区", "霁川低空经济产业园")).isTrue();
        assertThat(x.hasRelation(RelationType.FOUNDED, "茂名市茂南区人民政府", "霁川低空经济产业园")).isTrue();
        assertThat(x.hasRelation(RelationType.HOSTS, "湛江市坡头区", "岚曦智能制造合作园")).isFalse();
    }

    @Test
    void a_park_two_bodies_develop_together_is_founded_by_both_and_works_in_what_it_takes_on() {
        Extracted x = Extracted.from("（一）岚曦智能制造合作园。位于湛江市麻章区，规划面积5平方公里，由茂名市电白区人民政府与"
                + "湛江市麻章区人民政府共同开发，重点承接工业机器人和数控机床产业。");
        assertThat(x.hasRelation(RelationType.FOUNDED, "茂名市电白区人民政府", "岚曦智能制造合作园")).isTrue();
        assertThat(x.hasRelation(RelationType.FOUNDED, "湛江市麻章区人民政府", "岚曦智能制造合作园")).isTrue();
        assertThat(x.hasRelation(RelationType.IN_INDUSTRY, "岚曦智能制造合作园", "数控机床")).isTrue();
        assertThat(x.hasRelation(RelationType.PARTNERS_WITH, "茂名市电白区人民政府", "岚曦智能制造合作园")).isFalse();
    }

    @Test
    void a_numbered_heading_of_a_lab_carries_on_the_same_way() {
        Extracted x = Extracted.from("1. 砚山智能感知联合实验室。\n位于北岭科技园，由棠溪大学与砚山光电科技有限公司共同建设。\n");
        assertThat(x.hasRelation(RelationType.HOSTS, "北岭科技园", "砚山智能感知联合实验室")).isTrue();
    }

    @Test
    void a_heading_with_more_than_a_name_makes_no_topic() {
        Extracted x = Extracted.from("岚曦智能制造合作园建设进展顺利。位于湛江市麻章区的霁川产业园同步开工。");
        assertThat(x.hasRelation(RelationType.HOSTS, "湛江市麻章区", "岚曦智能制造合作园")).isFalse();
    }
}
