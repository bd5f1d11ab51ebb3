package org.industrykg.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Government bodies named by the suffixes of a letter's copy list and of a meeting's participants: a
 * government's inspection office (督查室), a CPPCC's proposals committee (提案委员会), courts and procuratorates,
 * and a party committee's office (中共…委员会办公室), which is a government body, not an association.
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
}
