package org.industrykg.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** One test per relation family, on the real pipeline; each edge must carry its sentence. */
class RelationRulesTest {

    private static final String LETTERHEAD = "株洲市工业和信息化局\n\n株工信函〔2024〕12号\n\n";

    @Test
    void subject_carries_over_and_respectively_pairs_lists_in_order() {
        Extracted x = Extracted.from(LETTERHEAD
                + "市工业和信息化局指导成立株洲市航空产业协会、株洲市轨道交通产业协会，并分别与长沙市无人机产业协会、湘潭市装备制造产业协会签订合作协议。");
        assertThat(x.hasRelation(RelationType.FOUNDED, "株洲市工业和信息化局", "株洲市航空产业协会")).isTrue();
        assertThat(x.hasRelation(RelationType.FOUNDED, "株洲市工业和信息化局", "株洲市轨道交通产业协会")).isTrue();
        assertThat(partners(x, "株洲市航空产业协会", "长沙市无人机产业协会")).isTrue();
        assertThat(partners(x, "株洲市轨道交通产业协会", "湘潭市装备制造产业协会")).isTrue();
        assertThat(partners(x, "株洲市航空产业协会", "湘潭市装备制造产业协会")).isFalse();
    }

    private static boolean partners(Extracted x, String a, String b) {
        return x.hasRelation(RelationType.PARTNERS_WITH, a, b) || x.hasRelation(RelationType.PARTNERS_WITH, b, a);
    }

    @Test
    void fund_focus_manager_and_host() {
        Extracted x = Extracted.from("2024年6月，株洲市设立株洲航空产业投资基金，由株洲国投集团有限公司管理，重点投向通用航空、无人机等领域。");
        assertThat(x.hasRelation(RelationType.TARGETS, "株洲航空产业投资基金", "通用航空")).isTrue();
        assertThat(x.hasRelation(RelationType.TARGETS, "株洲航空产业投资基金", "无人机")).isTrue();
        assertThat(x.hasRelation(RelationType.MANAGES, "株洲国投集团有限公司", "株洲航空产业投资基金")).isTrue();
        assertThat(x.hasRelation(RelationType.HOSTS, "株洲市", "株洲航空产业投资基金")).isTrue();
    }

    @Test
    void landing_in_a_park_is_hosting() {
        Extracted x = Extracted.from("湖南星翼航空科技有限公司落户株洲航空产业园。");
        assertThat(x.hasRelation(RelationType.HOSTS, "株洲航空产业园", "湖南星翼航空科技有限公司")).isTrue();
    }

    @Test
    void agency_issues_policy_and_policy_targets_industries_in_its_title() {
        Extracted x = Extracted.from("株洲市科学技术局印发《株洲市支持低空经济发展若干措施》。");
        assertThat(x.hasRelation(RelationType.ISSUES, "株洲市科学技术局", "株洲市支持低空经济发展若干措施")).isTrue();
        assertThat(x.hasRelation(RelationType.TARGETS, "株洲市支持低空经济发展若干措施", "低空经济")).isTrue();
    }

    @Test
    void subjectless_support_in_a_letter_is_the_issuers() {
        Extracted x = Extracted.from(LETTERHEAD + "二、关于创新平台\n\n支持株洲中车智能装备研究院开展关键技术攻关。");
        assertThat(x.hasRelation(RelationType.SUPPORTS, "株洲市工业和信息化局", "株洲中车智能装备研究院")).isTrue();
    }

    @Test
    void subjectless_support_in_measures_a_notice_issues_is_the_policys() {
        Extracted x = Extracted.from("衡阳市人民政府办公室关于印发衡阳市促进先进材料产业发展若干措施的通知\n\n衡政办发〔2026〕3号\n\n"
                + "各县市区人民政府：\n\n《衡阳市促进先进材料产业发展若干措施》已经市人民政府同意，现印发给你们。\n\n"
                + "衡阳市人民政府办公室\n\n2026年2月1日\n\n衡阳市促进先进材料产业发展若干措施\n\n"
                + "第一条 支持衡阳华菱新材料有限公司建设中试线。\n\n第二条 支持南华大学开展关键技术攻关。");
        assertThat(x.hasRelation(RelationType.SUPPORTS, "衡阳市促进先进材料产业发展若干措施", "衡阳华菱新材料有限公司")).isTrue();
        assertThat(x.hasRelation(RelationType.SUPPORTS, "衡阳市促进先进材料产业发展若干措施", "南华大学")).isTrue();
        assertThat(x.hasRelation(RelationType.SUPPORTS, "衡阳市人民政府办公室", "南华大学")).isFalse();
    }

    @Test
    void a_district_body_written_as_qu_is_the_documents_district_and_every_district_is_nobody() {
        Extracted x = Extracted.from("长沙市岳麓区近日举办机器人产业对接会。岳麓区已集聚机器人企业120家。"
                + "区科技局表示，将为企业开通研发项目快审通道。会议要求各区人民政府抓好落实。");
        assertThat(x.names(EntityLabel.GovernmentAgency)).contains("长沙市岳麓区科技局");
        assertThat(x.names(EntityLabel.GovernmentAgency)).noneMatch(name -> name.contains("区人民政府"));

        Extracted two = Extracted.from("岳麓区和天心区近日举办对接会。区科技局表示将开通快审通道。");
        assertThat(two.names(EntityLabel.GovernmentAgency)).noneMatch(name -> name.endsWith("区科技局"));
    }

    @Test
    void a_town_whose_name_other_places_share_is_part_of_the_city_the_text_puts_it_in() {
        Extracted x = Extracted.from("湘江智造科技有限公司位于衡阳市新市镇。衡阳市将给予支持。");
        assertThat(x.hasRelation(RelationType.PART_OF, "衡阳市耒阳市新市镇", "衡阳市")).isTrue();
    }

    @Test
    void a_development_zone_named_after_its_city_is_part_of_it_and_a_park_is_not() {
        Extracted x = Extracted.from("湘潭高新技术产业开发区与衡阳白沙新区签约，湘潭智能装备产业园同时揭牌。");
        assertThat(x.hasRelation(RelationType.PART_OF, "湘潭高新技术产业开发区", "湘潭市")).isTrue();
        assertThat(x.hasRelation(RelationType.PART_OF, "衡阳白沙新区", "衡阳市")).isTrue();
        assertThat(x.hasRelation(RelationType.PART_OF, "湘潭智能装备产业园", "湘潭市")).isFalse();
    }

    @Test
    void bodies_are_part_of_their_city_and_districts_of_theirs() {
        Extracted x = Extracted.from("株洲市科学技术局联合株洲市天元区开展调研。");
        assertThat(x.hasRelation(RelationType.PART_OF, "株洲市科学技术局", "株洲市")).isTrue();
        assertThat(x.hasRelation(RelationType.PART_OF, "株洲市天元区", "株洲市")).isTrue();
    }

    @Test
    void a_body_named_after_a_district_or_town_is_part_of_that_place_not_of_its_city() {
        Extracted x = Extracted.from("株洲市天元区工业和信息化局与湘潭市雨湖区人民政府签订合作协议。");
        assertThat(x.hasRelation(RelationType.PART_OF, "株洲市天元区工业和信息化局", "株洲市天元区")).isTrue();
        assertThat(x.hasRelation(RelationType.PART_OF, "株洲市天元区工业和信息化局", "株洲市")).isFalse();
        assertThat(x.hasRelation(RelationType.PART_OF, "湘潭市雨湖区人民政府", "湘潭市雨湖区")).isTrue();
    }

    @Test
    void a_district_is_part_of_the_city_the_document_names_elsewhere() {
        Extracted x = Extracted.from("株洲市是全国重要的轨道交通装备基地。推动形成以天元区、芦淞区为主体的产业布局。");
        assertThat(x.hasRelation(RelationType.PART_OF, "株洲市天元区", "株洲市")).isTrue();
        assertThat(x.hasRelation(RelationType.PART_OF, "株洲市芦淞区", "株洲市")).isTrue();
        assertThat(x.hasRelation(RelationType.PART_OF, "株洲市天元区", "湖南省")).isFalse();
    }

    @Test
    void explicit_enumeration_makes_industries_part_of_the_whole() {
        Extracted x = Extracted.from("重点发展工业机器人、服务机器人等机器人产业。");
        assertThat(x.hasRelation(RelationType.PART_OF, "工业机器人", "机器人")).isTrue();
        assertThat(x.hasRelation(RelationType.PART_OF, "服务机器人", "机器人")).isTrue();
    }

    @Test
    void parties_after_you_founded_what_the_sentence_is_about() {
        Extracted x = Extracted.from("株洲工业互联网赋能中心正式启动，该中心由株洲市、湖南星翼航空科技有限公司及湖南云箭信息科技有限公司（株洲国投集团有限公司下属企业）三方共建。");
        assertThat(x.hasRelation(RelationType.FOUNDED, "株洲市", "株洲工业互联网赋能中心")).isTrue();
        assertThat(x.hasRelation(RelationType.FOUNDED, "湖南星翼航空科技有限公司", "株洲工业互联网赋能中心")).isTrue();
        assertThat(x.hasRelation(RelationType.FOUNDED, "湖南云箭信息科技有限公司", "株洲工业互联网赋能中心")).isTrue();
        assertThat(partners(x, "湖南星翼航空科技有限公司", "湖南云箭信息科技有限公司")).isTrue();
        assertThat(x.hasRelation(RelationType.FOUNDED, "株洲国投集团有限公司", "湖南云箭信息科技有限公司")).isTrue();
    }

    @Test
    void an_institute_working_in_fields_belongs_to_those_industries() {
        Extracted x = Extracted.from("株洲中车智能装备研究院在轨道交通装备、工业机器人等领域具有优势。");
        assertThat(x.hasRelation(RelationType.IN_INDUSTRY, "株洲中车智能装备研究院", "轨道交通装备")).isTrue();
        assertThat(x.hasRelation(RelationType.IN_INDUSTRY, "株洲中车智能装备研究院", "工业机器人")).isTrue();
    }

    @Test
    void an_institute_is_in_the_specific_field_its_name_holds_but_not_in_all_of_robotics() {
        Extracted x = Extracted.from("株洲岳麓机器人研究院与株洲湘瓷人形机器人创新中心同日揭牌。株洲岳麓机器人产业园同时开园。");
        assertThat(x.hasRelation(RelationType.IN_INDUSTRY, "株洲岳麓机器人研究院", "机器人")).isFalse();
        assertThat(x.hasRelation(RelationType.IN_INDUSTRY, "株洲湘瓷人形机器人创新中心", "人形机器人")).isTrue();
        assertThat(x.hasRelation(RelationType.IN_INDUSTRY, "株洲岳麓机器人产业园", "机器人")).isTrue(); // a park's name says what it gathers
    }

    @Test
    void every_edge_carries_the_sentence_that_states_it() {
        Extracted x = Extracted.from("湖南星翼航空科技有限公司落户株洲航空产业园。");
        assertThat(x.extraction.relations()).isNotEmpty().allSatisfy(r -> {
            assertThat(r.evidence().sentence()).isNotBlank();
            assertThat(r.method()).isNotBlank();
        });
    }

    @Test
    void a_company_founded_its_subsidiary_however_the_text_says_so() {
        Extracted a = Extracted.from("湘江智巡科技有限公司是长沙岳麓控股集团有限公司的全资子公司。");
        assertThat(a.hasRelation(RelationType.FOUNDED, "长沙岳麓控股集团有限公司", "湘江智巡科技有限公司")).isTrue();

        Extracted b = Extracted.from("长沙岳麓控股集团有限公司下属的湘江智巡科技有限公司负责园区运营。");
        assertThat(b.hasRelation(RelationType.FOUNDED, "长沙岳麓控股集团有限公司", "湘江智巡科技有限公司")).isTrue();

        Extracted c = Extracted.from("星城动力科技有限公司在株洲市天元区设立全资附属公司株洲星动智能装备有限公司，并租用厂房2万平方米。");
        assertThat(c.hasRelation(RelationType.FOUNDED, "星城动力科技有限公司", "株洲星动智能装备有限公司")).isTrue();
        assertThat(c.allNames()).as("the clause before the subsidiary's name is no name").noneMatch(n -> n.endsWith("附属公司"));

        Extracted e = Extracted.from("基金由长沙岳麓控股集团有限公司全资子公司湘江智巡私募基金管理有限公司担任管理人。");
        assertThat(e.hasRelation(RelationType.FOUNDED, "长沙岳麓控股集团有限公司", "湘江智巡私募基金管理有限公司")).isTrue();

        Extracted f = Extracted.from("湘江投资发展有限公司系长沙市岳麓区人民政府全资控股的区属国有企业。"
                + "长沙星城产业集团有限公司是长沙市国有资产监督管理委员会控股的国有资本投资公司。");
        assertThat(f.hasRelation(RelationType.FOUNDED, "长沙市岳麓区人民政府", "湘江投资发展有限公司")).isTrue();
        assertThat(f.hasRelation(RelationType.FOUNDED, "长沙市国有资产监督管理委员会", "长沙星城产业集团有限公司")).isTrue();

        Extracted d = Extracted.from("长沙岳麓控股集团有限公司旗下拥有三家公司。湘江智巡科技有限公司成立于2019年。");
        assertThat(d.hasRelation(RelationType.FOUNDED, "长沙岳麓控股集团有限公司", "湘江智巡科技有限公司")).isFalse();
    }

    @Test
    void a_measure_after_a_note_of_who_leads_the_one_before_is_supported_by_the_policy() {
        Extracted x = Extracted.from("湖南省人民政府办公厅关于印发《湖南省加快智能机器人产业发展若干措施》的通知\n\n"
                + "各市州人民政府，省政府各部门：\n　　《湖南省加快智能机器人产业发展若干措施》已经省人民政府同意，现印发给你们。\n\n"
                + "湖南省人民政府办公厅\n2025年6月3日\n\n湖南省加快智能机器人产业发展若干措施\n\n"
                + "　　一、强化技术攻关。支持中南大学牵头组建湖南省智能机器人创新中心。（省科技厅牵头，省工业和信息化厅负责）\n"
                + "　　二、培育骨干企业。支持星城动力科技有限公司等企业开展关键零部件攻关。（省工业和信息化厅牵头）\n");
        assertThat(x.hasRelation(RelationType.SUPPORTS, "湖南省加快智能机器人产业发展若干措施", "中南大学")).isTrue();
        assertThat(x.hasRelation(RelationType.SUPPORTS, "湖南省加快智能机器人产业发展若干措施", "星城动力科技有限公司")).isTrue();
        assertThat(x.extraction.relations()).as("the note closes its measure: the next one is not the lead agency's")
                .noneMatch(r -> r.type() == RelationType.SUPPORTS && r.target().endsWith(":星城动力科技有限公司")
                        && r.source().startsWith("GovernmentAgency:"));
    }

    @Test
    void a_body_named_after_a_zone_of_the_text_is_part_of_the_zone() {
        Extracted x = Extracted.from("株洲高新技术产业开发区位于株洲市天元区。揭牌仪式由株洲高新技术产业开发区管理委员会主办，"
                + "株洲高新技术产业开发区投资促进局承办。");
        assertThat(x.hasRelation(RelationType.PART_OF, "株洲高新技术产业开发区管理委员会", "株洲高新技术产业开发区")).isTrue();
        assertThat(x.hasRelation(RelationType.PART_OF, "株洲高新技术产业开发区投资促进局", "株洲高新技术产业开发区")).isTrue();
        assertThat(x.allNames()).doesNotContain("促进局");

        Extracted y = Extracted.from("主办单位：岳阳经济技术开发区管理委员会。");
        assertThat(y.allNames()).as("a zone named only inside its body's name is no entity").doesNotContain("岳阳经济技术开发区");
    }

    @Test
    void a_policy_issued_in_the_passive_or_named_in_quotes_has_its_issuers() {
        Extracted passive = Extracted.from("《青禾市人形机器人产业发展行动方案》由青禾市经济和信息化局、青禾市科学技术局联合印发。");
        assertThat(passive.hasRelation(RelationType.ISSUES, "青禾市经济和信息化局", "青禾市人形机器人产业发展行动方案")).isTrue();
        assertThat(passive.hasRelation(RelationType.ISSUES, "青禾市科学技术局", "青禾市人形机器人产业发展行动方案")).isTrue();

        Extracted quoted = Extracted.from("岷山市经济和信息化局今年推出“岷山市机器人产业跃升计划”，鼓励企业“上云用数赋智”。");
        assertThat(quoted.names(EntityLabel.Policy)).containsExactly("岷山市机器人产业跃升计划");
        assertThat(quoted.hasRelation(RelationType.ISSUES, "岷山市经济和信息化局", "岷山市机器人产业跃升计划")).isTrue();
    }
}
