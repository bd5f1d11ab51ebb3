package org.industrykg.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Government bodies named by the suffixes of a letter's copy list and of a meeting's participants: a
 * government's inspection office (督查室), a CPPCC's proposals committee (提案委员会), courts and procuratorates,
 * and a party committee's office (中共…委员会办公室), which is a government body, not an association; a bureau
 * written after its government (某特别行政区政府创新科技及工业局) is one name with it.
 */
class AgencySuffixTest {

    @Test
    void bodies_of_a_copy_list_and_of_the_courts_are_government_agencies() {
        Extracted x = Extracted.from("抄送：株洲市人民政府督查室，株洲市政协提案委员会，株洲市中级人民法院，株洲市人民检察院。");
        assertThat(x.label("株洲市人民政府督查室")).isEqualTo(EntityLabel.GovernmentAgency);
        assertThat(x.label("株洲市政协提案委员会")).isEqualTo(EntityLabel.GovernmentAgency);
        assertThat(x.label("株洲市中级人民法院")).isEqualTo(EntityLabel.GovernmentAgency);
        assertThat(x.label("株洲市人民检察院")).isEqualTo(EntityLabel.GovernmentAgency);
    }

    @Test
    void a_party_committees_office_is_a_government_agency() {
        Extracted x = Extracted.from("会议由中共株洲市委金融委员会办公室主办。");
        assertThat(x.label("中共株洲市委金融委员会办公室")).isEqualTo(EntityLabel.GovernmentAgency);
    }

    @Test
    void a_bureau_written_after_its_government_is_one_name_with_it() {
        Extracted x = Extracted.from("香港特別行政區政府創新科技及工業局今日宣布，將與深圳市科技創新局合作推動機械人產業發展。");
        assertThat(x.names(EntityLabel.GovernmentAgency)).contains("香港特别行政区政府创新科技及工业局", "深圳市科技创新局");
        assertThat(x.hasRelation(RelationType.PARTNERS_WITH, "香港特别行政区政府创新科技及工业局", "深圳市科技创新局")).isTrue();

        Extracted firm = Extracted.from("香港特區政府支持香港科技園公司發展。"); // a verb after a government, then a firm: two names
        assertThat(firm.names(EntityLabel.GovernmentAgency)).containsExactly("香港特区政府");
    }
    @Test
    void a_body_followed_by_the_title_of_its_head_is_still_named() {
        Extracted x = Extracted.from("江门市工业和信息化局局长出席会议。株洲市科学技术局副局长介绍情况。嵘峰高新区管委会主任致辞。");
        assertThat(x.entity("江门市工业和信息化局")).isPresent();
        assertThat(x.entity("株洲市科学技术局")).isPresent();
        assertThat(x.allNames()).noneMatch(n -> n.endsWith("局长") || n.endsWith("主任"));
    }
}
