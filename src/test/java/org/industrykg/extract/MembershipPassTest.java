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

    @Test
    void counted_members_of_two_kinds_belong_to_the_alliance_the_sentence_opens_with() {
        Extracted x = Extracted.from("会上，深中澄溪产业联盟（以下简称“联盟”）正式揭牌成立。联盟由深圳市岚汀产业促进会和中山市沐辰商会共同发起，"
                + "首批成员单位68家，包括深圳乾坤灵巧手科技有限公司、中山市湘瓷电器有限公司等整机和部件企业，以及中山岳屿机器人研究院等科研机构。");
        String alliance = "深中澄溪产业联盟";
        assertThat(x.hasRelation(RelationType.PARTNERS_WITH, "深圳乾坤灵巧手科技有限公司", alliance)).isTrue();
        assertThat(x.hasRelation(RelationType.PARTNERS_WITH, "中山市湘瓷电器有限公司", alliance)).isTrue();
        assertThat(x.hasRelation(RelationType.PARTNERS_WITH, "中山岳屿机器人研究院", alliance)).isTrue();
        assertThat(x.hasRelation(RelationType.PARTNERS_WITH, "深圳乾坤灵巧手科技有限公司", "中山市沐辰商会")).isFalse();
    }
}
