package org.industrykg.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The members an association names by their office are its partners; invented texts on the real pipeline. */
class MembershipPassTest {

    @Test
    void members_written_before_or_after_their_office_partner_the_association() {
        Extracted before = Extracted.from("深圳市甲乙机器人产业协同联盟成立。深圳市丙丁智能科技有限公司为理事长单位，"
                + "深圳戊己具身智能有限公司、深圳市庚辛传感科技有限公司为副理事长单位。");
        assertThat(before.hasRelation(RelationType.PARTNERS_WITH, "深圳市丙丁智能科技有限公司", "深圳市甲乙机器人产业协同联盟")).isTrue();
        assertThat(before.hasRelation(RelationType.PARTNERS_WITH, "深圳市庚辛传感科技有限公司", "深圳市甲乙机器人产业协同联盟")).isTrue();

        Extracted after = Extracted.from("绍兴市智能装备行业协会召开年会。副会长单位为绍兴壬癸精工有限公司、绍兴子丑电机有限公司和绍兴寅卯电池科技有限公司。");
        assertThat(after.hasRelation(RelationType.PARTNERS_WITH, "绍兴子丑电机有限公司", "绍兴市智能装备行业协会")).isTrue();
        assertThat(after.hasRelation(RelationType.PARTNERS_WITH, "绍兴寅卯电池科技有限公司", "绍兴市智能装备行业协会")).isTrue();

        Extracted named = Extracted.from("宁波甲丙传动科技股份有限公司是宁波市乙丁机器人产业链联盟的副理事长单位。");
        assertThat(named.hasRelation(RelationType.PARTNERS_WITH, "宁波甲丙传动科技股份有限公司", "宁波市乙丁机器人产业链联盟")).isTrue();
    }

    @Test
    void an_office_with_no_association_before_it_names_no_partner() {
        Extracted x = Extracted.from("深圳市丙丁智能科技有限公司为理事长单位。");
        assertThat(x.extraction.relations()).noneMatch(r -> r.method().equals("rule:membership"));
    }
}
