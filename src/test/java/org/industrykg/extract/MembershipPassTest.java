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

    @Test
    void a_line_of_a_list_of_offices_names_members_and_guiding_bodies_support_the_alliance() {
        Extracted x = Extracted.from("""
                11月20日，中原人形机器人产业创新联盟成立大会在洛阳市涧西区星川智造港举行。联盟由洛阳市具身智能产业促进会联合洛阳星川人形机器人科技有限公司等12家企业共同发起，洛阳市工业和信息化局、郑州市工业和信息化局作为指导单位出席大会。
                📍副理事长单位：郑州澜峰智能装备有限公司、洛阳沐辰精密驱动股份有限公司、洛阳岷山智能机器人研究院
                """);
        String alliance = "中原人形机器人产业创新联盟";
        assertThat(x.hasRelation(RelationType.PARTNERS_WITH, "郑州澜峰智能装备有限公司", alliance)).isTrue();
        assertThat(x.hasRelation(RelationType.PARTNERS_WITH, "洛阳岷山智能机器人研究院", alliance)).isTrue();
        assertThat(x.hasRelation(RelationType.SUPPORTS, "洛阳市工业和信息化局", alliance)).isTrue();
        assertThat(x.hasRelation(RelationType.SUPPORTS, "郑州市工业和信息化局", alliance)).isTrue();
        // 成立大会在某港举行: where the meeting was, not what the alliance founded
        assertThat(x.extraction.relations()).noneMatch(r -> r.type() == RelationType.FOUNDED && r.target().endsWith("星川智造港"));

        Extracted listed = Extracted.from("岷山机器人产业联盟今日成立。指导单位：洛阳市科学技术局。");
        assertThat(listed.hasRelation(RelationType.SUPPORTS, "洛阳市科学技术局", "岷山机器人产业联盟")).isTrue();
    }
    @Test
    void members_of_several_kinds_that_become_first_officers_of_a_newly_founded_alliance_are_its_partners() {
        Extracted x = Extracted.from("大会闭幕前，江门市机器人协会联合江门市人工智能产业协会发起成立江门具身智能产业创新联盟，"
                + "首批成员单位52家，嵘峰动力科技有限公司、泷澜智能装备有限公司、五邑大学等企业和高校院所成为首批理事单位。");
        assertThat(x.hasRelation(RelationType.PARTNERS_WITH, "嵘峰动力科技有限公司", "江门具身智能产业创新联盟")).isTrue();
        assertThat(x.hasRelation(RelationType.PARTNERS_WITH, "五邑大学", "江门具身智能产业创新联盟")).isTrue();
        assertThat(x.hasRelation(RelationType.PARTNERS_WITH, "五邑大学", "江门市机器人协会")).isFalse();
    }
}
