package org.industrykg.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A party that leads a joint undertaking partners the parties it leads. Invented sentences on the real pipeline. */
class LeadPartnersPassTest {

    private static final String UNIVERSITY = "岚汀大学";
    private static final String FIRM = "澄溪智能科技有限公司";
    private static final String MAKER = "沐辰精密传动有限公司";

    @Test
    void the_lead_partners_each_party_after_a_connector_or_a_role() {
        Extracted joined = Extracted.from("由岚汀大学牵头，联合澄溪智能科技有限公司、沐辰精密传动有限公司共同组建岚汀人形机器人创新联合体。");
        assertThat(joined.hasRelation(RelationType.PARTNERS_WITH, UNIVERSITY, FIRM)).isTrue();
        assertThat(joined.hasRelation(RelationType.PARTNERS_WITH, UNIVERSITY, MAKER)).isTrue();

        Extracted roles = Extracted.from("项目一：关节模组可靠性提升，牵头单位为澄溪智能科技有限公司，参与单位为岚汀大学、沐辰精密传动有限公司，资助300万元。");
        assertThat(roles.extraction.relations()).anyMatch(r -> r.method().equals("rule:lead-partners")
                && r.source().endsWith(FIRM) && r.target().endsWith(UNIVERSITY));
        assertThat(roles.extraction.relations()).anyMatch(r -> r.method().equals("rule:lead-partners")
                && r.source().endsWith(FIRM) && r.target().endsWith(MAKER));

        Extracted closed = Extracted.from("该中心由岚汀大学牵头，澄溪智能科技有限公司、沐辰精密传动有限公司等12家单位共同发起。");
        assertThat(closed.extraction.relations()).anyMatch(r -> r.method().equals("rule:lead-partners")
                && r.source().endsWith(UNIVERSITY) && r.target().endsWith(MAKER));
    }

    @Test
    void leading_a_project_alone_partners_no_one() {
        Extracted x = Extracted.from("澄溪智能科技有限公司牵头承担了省级项目，岚汀大学参加了评审。");
        assertThat(x.extraction.relations()).noneMatch(r -> r.method().equals("rule:lead-partners"));
    }
}
