package org.industrykg.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A district government's reply to a proposal: its bureaus written 区某某局, its own government 区政府, the
 * democratic party that proposed; invented letters on the real pipeline.
 */
class DistrictLetterTest {

    private static final String LETTER = """
            宁波市鄞州区人民政府
            鄞政提〔2025〕12号
            宁波市鄞州区人民政府对区政协第0088号提案的答复
            九三学社宁波市鄞州区基层委员会：
            贵会提出的提案收悉。本提案由区经济和信息化局主办，区科技局、区财政局协办。现答复如下：
            区政府已于2024年批复设立星川机器人产业园，区财政安排专项资金支持园区建设。
            宁波市鄞州区人民政府
            2025年7月1日
            """;

    @Test
    void the_bureaus_of_a_district_letter_are_the_districts_bodies() {
        Extracted x = Extracted.from(LETTER);
        assertThat(x.names(EntityLabel.GovernmentAgency)).contains("宁波市鄞州区人民政府", "宁波市鄞州区经济和信息化局",
                "宁波市鄞州区科技局", "宁波市鄞州区财政局", "宁波市鄞州区政协");
        assertThat(x.allNames()).noneMatch(n -> n.contains("对区") || n.startsWith("宁波市宁波市"));
        assertThat(x.hasRelation(RelationType.PART_OF, "宁波市鄞州区经济和信息化局", "宁波市鄞州区")).isTrue();
    }

    @Test
    void a_democratic_partys_committee_is_an_association() {
        Extracted x = Extracted.from(LETTER);
        assertThat(x.label("九三学社宁波市鄞州区基层委员会")).isEqualTo(EntityLabel.Association);
        Extracted other = Extracted.from("民盟洛阳市委员会提出的提案收悉。民进洛阳市委员会也提出了相关建议。");
        assertThat(other.names(EntityLabel.Association)).contains("民盟洛阳市委员会", "民进洛阳市委员会");
        assertThat(other.names(EntityLabel.GovernmentAgency)).isEmpty();
    }

    @Test
    void a_city_letter_keeps_its_bureaus_at_the_city() {
        Extracted x = Extracted.from("""
                宁波市人民政府
                甬政提〔2025〕3号
                宁波市人民政府对市政协第0012号提案的答复
                本提案由市经济和信息化局主办，市科技局协办。鄞州区人民政府也参与了办理。
                """);
        assertThat(x.names(EntityLabel.GovernmentAgency)).contains("宁波市经济和信息化局", "宁波市科技局")
                .doesNotContain("宁波市鄞州区经济和信息化局");
    }

    @Test
    void a_bulletin_compiled_by_a_district_body_names_the_body_and_its_streets_belong_to_the_district() {
        Extracted x = Extracted.from("招商引资工作简报\n深圳市罗湖区投资促进局编　　　　2025年9月30日\n"
                + "9月，我区新签约产业项目21个。东门街道、翠竹街道两个片区签约项目数量居前。罗湖区将继续优化营商环境。\n");
        assertThat(x.label("深圳市罗湖区投资促进局")).isEqualTo(EntityLabel.GovernmentAgency);
        assertThat(x.hasRelation(RelationType.PART_OF, "深圳市罗湖区东门街道", "深圳市罗湖区")).isTrue();
        assertThat(x.hasRelation(RelationType.PART_OF, "深圳市罗湖区翠竹街道", "深圳市罗湖区")).isTrue();
    }

    @Test
    void a_park_called_an_industry_harbour_is_a_park() {
        Extracted x = Extracted.from("霁川低空经济产业港已入驻企业12家，北岭电子签约落户该产业港。");
        assertThat(x.label("霁川低空经济产业港")).isEqualTo(EntityLabel.Park);
    }

    @Test
    void the_bodies_a_reply_joins_its_writer_with_are_its_partners() {
        Extracted x = Extracted.from("""
                洛阳市工业和信息化局
                关于市政协十三届四次会议第20250117号提案的答复
                民盟洛阳市委会：
                贵单位提出的《关于加快培育我市智能机器人产业集群的提案》收悉。经认真研究，并会同市科学技术局、市发展和改革局等单位办理，现答复如下：
                下一步，我局将会同市财政局研究设立人形机器人专项子基金。企业可联合高校申报项目。
                """);
        String writer = "洛阳市工业和信息化局";
        assertThat(x.hasRelation(RelationType.PARTNERS_WITH, writer, "洛阳市科学技术局")).isTrue();
        assertThat(x.hasRelation(RelationType.PARTNERS_WITH, writer, "洛阳市发展和改革局")).isTrue();
        assertThat(x.hasRelation(RelationType.PARTNERS_WITH, writer, "洛阳市财政局")).isTrue();
        assertThat(x.extraction.relations()).filteredOn(r -> r.method().equals("rule:issuer-joins")).hasSize(3);
    }
}
