package org.industrykg.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A class noun standing alone stands for the last entity so named; invented texts on the real pipeline. */
class ReferringWordsTest {

    @Test
    void a_bare_class_noun_at_the_start_of_a_clause_or_after_a_place_word_is_the_last_entity_so_named() {
        Extracted x = Extracted.from("株洲市与长沙市共建株洲长沙产业协作示范区。示范区选址醴陵市。"
                + "星城动力科技有限公司已在示范区设立电机生产基地。");
        assertThat(x.hasRelation(RelationType.HOSTS, "醴陵市", "株洲长沙产业协作示范区")).isTrue();
        assertThat(x.hasRelation(RelationType.HOSTS, "株洲长沙产业协作示范区", "星城动力科技有限公司")).isTrue();

        Extracted institute = Extracted.from("湘江智能装备研究院由湖南科技大学牵头组建。研究院位于湘潭市岳塘区。");
        assertThat(institute.hasRelation(RelationType.HOSTS, "湘潭市岳塘区", "湘江智能装备研究院")).isTrue();

        Extracted fund = Extracted.from("岳阳新材料产业投资基金合伙企业（有限合伙）近日完成备案。该基金注册在岳阳市云溪区。");
        assertThat(fund.hasRelation(RelationType.HOSTS, "岳阳市云溪区", "岳阳新材料产业投资基金")).isTrue();
    }

    @Test
    void the_park_word_after_a_park_that_lies_in_another_is_the_park_the_sentence_is_about() {
        Extracted x = Extracted.from("澜山高新区与深圳市龙华区合作共建的深澜协同创新产业园位于澜山高新区北部片区。"
                + "园区规划面积约2平方公里，一期已建成标准厂房10万平方米，主攻智能装备和半导体两个方向。");
        assertThat(x.hasRelation(RelationType.IN_INDUSTRY, "深澜协同创新产业园", "半导体")).isTrue();
        assertThat(x.hasRelation(RelationType.IN_INDUSTRY, "澜山高新区", "半导体")).isFalse();

        Extracted set = Extracted.from("株洲智能装备产业园设在株洲高新区。园区重点发展工业机器人。");
        assertThat(set.hasRelation(RelationType.IN_INDUSTRY, "株洲智能装备产业园", "工业机器人")).isTrue();
    }

    @Test
    void the_park_word_far_from_any_park_in_a_park_s_own_brochure_is_that_park() {
        Extracted x = Extracted.from("嵘峰智能装备产业园招商手册（2025版）\n\n致投资者\n\n欢迎您关注湾区东岸。这里交通便利。"
                + "这里配套完善。这里人才集聚。园区已引进了沣溪科技、泷澜智能、皓汀传感等整机和零部件企业。");
        assertThat(x.hasRelation(RelationType.HOSTS, "嵘峰智能装备产业园", "沣溪科技")).isTrue();
        assertThat(x.hasRelation(RelationType.HOSTS, "嵘峰智能装备产业园", "皓汀传感")).isTrue();

        Extracted sentence = Extracted.from("嵘峰智能装备产业园今年举办了三场活动，反响热烈。这里交通便利。这里配套完善。这里人才集聚。"
                + "会议通报了进展。园区已引进了沣溪科技、泷澜智能等整机企业。");
        assertThat(sentence.hasRelation(RelationType.HOSTS, "嵘峰智能装备产业园", "沣溪科技")).isFalse();
    }

    @Test
    void a_class_noun_inside_a_longer_common_noun_or_too_far_back_refers_to_nothing() {
        Extracted x = Extracted.from("株洲长沙产业协作示范区已集聚企业30家。园区企业数量快速增长。");
        assertThat(x.extraction.relations()).noneMatch(r -> r.evidence().sentence().startsWith("园区企业"));

        Extracted far = Extracted.from("株洲长沙产业协作示范区正式揭牌。会议听取了汇报。会议部署了工作。会议强调了纪律。"
                + "会议通报了进展。示范区位于醴陵市。");
        assertThat(far.hasRelation(RelationType.HOSTS, "醴陵市", "株洲长沙产业协作示范区")).isFalse();
    }

    @Test
    void we_in_an_interview_is_the_firm_it_names_most_and_in_a_letter_its_issuer() {
        Extracted interview = Extracted.from("专访星城动力科技有限公司总经理\n\n星城动力科技有限公司成立于2019年。"
                + "问：星城动力科技有限公司为何落户株洲？答：星城动力科技有限公司看重这里的配套。"
                + "我们与湖南工业大学共建了储能电机联合实验室。");
        assertThat(interview.hasRelation(RelationType.PARTNERS_WITH, "星城动力科技有限公司", "湖南工业大学")
                || interview.hasRelation(RelationType.PARTNERS_WITH, "湖南工业大学", "星城动力科技有限公司")).isTrue();

        Extracted once = Extracted.from("星城动力科技有限公司参加了展会。我们与湖南工业大学共建了储能电机联合实验室。");
        assertThat(once.hasRelation(RelationType.PARTNERS_WITH, "星城动力科技有限公司", "湖南工业大学")
                || once.hasRelation(RelationType.PARTNERS_WITH, "湖南工业大学", "星城动力科技有限公司")).isFalse();
    }

    @Test
    void our_department_in_a_provincial_department_s_letter_is_that_department() {
        Extracted x = Extracted.from("湖南省工业和信息化厅\n\n湘工信函〔2025〕3号\n\n根据我厅印发的《湖南省智能制造示范工厂管理办法》，现将名单予以公布。");
        assertThat(x.hasRelation(RelationType.ISSUES, "湖南省工业和信息化厅", "湖南省智能制造示范工厂管理办法")).isTrue();
    }

    @Test
    void its_opening_a_clause_is_the_organisation_its_sentence_or_the_one_before_starts_with() {
        Extracted x = Extracted.from("星城动力科技有限公司是一家储能电机企业，其总部位于株洲市天元区。");
        assertThat(x.hasRelation(RelationType.HOSTS, "株洲市天元区", "星城动力科技有限公司")).isTrue();

        Extracted next = Extracted.from("湘江智能装备研究院去年通过省级认定。其研发中心位于湘潭市岳塘区。");
        assertThat(next.hasRelation(RelationType.HOSTS, "湘潭市岳塘区", "湘江智能装备研究院")).isTrue();

        Extracted among = Extracted.from("湘江智能装备研究院去年通过省级认定。其中，星城动力科技有限公司落户湘潭市岳塘区。");
        assertThat(among.hasRelation(RelationType.HOSTS, "湘潭市岳塘区", "湘江智能装备研究院")).isFalse();
    }

    @Test
    void our_school_on_a_university_page_is_the_university_and_a_team_founds_for_its_institute() {
        Extracted x = Extracted.from("岷山理工大学新闻网讯　岷山理工大学今年与多家企业深化合作。岷山理工大学机器人学科排名靠前。"
                + "11月3日，我校与洛阳星川机器人有限公司签署战略合作协议，双方共建人形机器人灵巧操作联合实验室。"
                + "洛阳星川机器人有限公司由岷山理工大学机器人团队于2021年创办。");
        assertThat(x.hasRelation(RelationType.PARTNERS_WITH, "岷山理工大学", "洛阳星川机器人有限公司")).isTrue();
        assertThat(x.hasRelation(RelationType.FOUNDED, "岷山理工大学", "人形机器人灵巧操作联合实验室")).isTrue();
        assertThat(x.hasRelation(RelationType.FOUNDED, "岷山理工大学", "洛阳星川机器人有限公司")).isTrue();
    }

    @Test
    void a_bare_class_noun_far_from_any_name_is_what_the_report_is_about() {
        Extracted x = Extracted.from("宁波岱舟智能装备研究院2025年工作总结\n"
                + "宁波岱舟智能装备研究院由宁波市鄞州区人民政府共建。宁波岱舟智能装备研究院全年新增专利40项。"
                + "宁波岱舟智能装备研究院新引进博士20名。全年承担省级项目6项。新建中试线2条。发表论文30篇。"
                + "研究院与宁波星川精工有限公司签署技术开发合同。");
        assertThat(x.hasRelation(RelationType.PARTNERS_WITH, "宁波岱舟智能装备研究院", "宁波星川精工有限公司")).isTrue();

        Extracted near = Extracted.from("宁波岱舟智能装备研究院全年新增专利40项。宁波岱舟智能装备研究院新引进博士20名。"
                + "宁波岱舟智能装备研究院发表论文30篇。宁波沐辰材料研究院去年成立。研究院与宁波星川精工有限公司签约。");
        assertThat(near.hasRelation(RelationType.PARTNERS_WITH, "宁波沐辰材料研究院", "宁波星川精工有限公司")).isTrue();
    }

    @Test
    void a_unit_of_our_school_is_named_with_the_schools_name() {
        Extracted x = Extracted.from("西岭理工大学发布年度报告。我校机器人研究院与广州丙丁机器人有限公司签署战略合作协议。"
                + "本校具身感知实验室团队创办了广州庚辛科技有限公司。");
        assertThat(x.names(EntityLabel.ResearchInstitute)).contains("西岭理工大学机器人研究院", "西岭理工大学具身感知实验室");
        assertThat(x.entity("机器人研究院")).get().extracting(ExtractedEntity::name).isEqualTo("西岭理工大学机器人研究院");
        assertThat(x.hasRelation(RelationType.PARTNERS_WITH, "西岭理工大学机器人研究院", "广州丙丁机器人有限公司")).isTrue();
        assertThat(x.hasRelation(RelationType.FOUNDED, "西岭理工大学", "广州庚辛科技有限公司")).isFalse();

        Extracted none = Extracted.from("我校机器人研究院与广州丙丁机器人有限公司签署战略合作协议。");
        assertThat(none.names(EntityLabel.ResearchInstitute)).doesNotContain("机器人研究院");
    }

    @Test
    void the_school_standing_alone_is_the_university_the_text_names() {
        Extracted x = Extracted.from("华南岳麓大学技术转移中心发布年度工作报告。华南岳麓大学全年签订横向合同1,286项。"
                + "学校与深圳星川智能科技有限公司共建具身智能大模型联合实验室。"
                + "学校还同佛山松川智能装备集团有限公司合作成立了协作机器人安全技术联合实验室。"
                + "由学校具身智能团队孵化的深圳栖川具身智能科技有限公司完成天使轮融资。");
        String school = "华南岳麓大学";
        assertThat(x.hasRelation(RelationType.PARTNERS_WITH, school, "深圳星川智能科技有限公司")).isTrue();
        assertThat(x.hasRelation(RelationType.FOUNDED, school, "具身智能大模型联合实验室")).isTrue();
        assertThat(x.hasRelation(RelationType.FOUNDED, school, "协作机器人安全技术联合实验室")).isTrue();
        assertThat(x.hasRelation(RelationType.FOUNDED, school, "深圳栖川具身智能科技有限公司")).isTrue();

        Extracted copula = Extracted.from("华南岳麓大学召开成果转化推进会。这是学校与深圳星川智能科技有限公司共建的灵巧手联合实验室推出的新成果。");
        assertThat(copula.hasRelation(RelationType.FOUNDED, school, "灵巧手联合实验室")).isTrue();

        Extracted general = Extracted.from("华南岳麓大学发布报告。学校和企业之间的合作日益紧密，深圳星川智能科技有限公司参与其中。");
        assertThat(general.hasRelation(RelationType.PARTNERS_WITH, school, "深圳星川智能科技有限公司")).isFalse();
    }

    @Test
    void this_fund_in_a_funds_letter_is_the_fund_it_names_most_not_the_last_fund_named() {
        Extracted x = Extracted.from("深圳岱宁人形机器人产业投资基金2025年第三季度报告\n"
                + "本季度深圳岱宁人形机器人产业投资基金新增投资两笔。深圳岱宁人形机器人产业投资基金累计投资额8亿元。\n"
                + "佛山岳岭精密传动有限公司本轮由深圳市泓岸创业投资基金合伙企业（有限合伙）领投。本基金跟投3,000万元。");
        assertThat(x.hasRelation(RelationType.FUNDS, "深圳岱宁人形机器人产业投资基金", "佛山岳岭精密传动有限公司")).isTrue();
    }

    @Test
    void two_cities_called_liang_shi_are_the_two_cities_the_text_names() {
        Extracted x = Extracted.from("湛江市与茂名市签署合作协议。两市约定共同发起设立湛茂砚山产业协同发展基金，目标规模50亿元。");
        String fund = x.names(EntityLabel.Fund).get(0);
        assertThat(x.hasRelation(RelationType.HOSTS, "湛江市", fund)).isTrue();
        assertThat(x.hasRelation(RelationType.HOSTS, "茂名市", fund)).isTrue();

        Extracted y = Extracted.from("湛江市、茂名市与阳江市签署合作协议。两市约定共同发起设立砚山产业协同发展基金。");
        assertThat(y.extraction.relations()).noneMatch(r -> r.type() == RelationType.HOSTS && r.target().startsWith("Fund:"));
    }

    @Test
    void a_name_declared_in_two_characters_quoted_or_not_is_that_name_where_a_token_writes_it_again() {
        Extracted x = Extracted.from("岚川精密股份有限公司（以下简称岚川）昨日公告，将与沐川电机股份有限公司（以下简称“沐川”）共同出资设立粤台澜峰机器人产业基金。"
                + "岚川认缴3亿元、沐川认缴2亿元。");
        assertThat(x.hasRelation(RelationType.FUNDS, "岚川精密股份有限公司", "粤台澜峰机器人产业基金")).isTrue();
        assertThat(x.entity("岚川精密股份有限公司").orElseThrow().aliases()).contains("岚川");
        assertThat(x.allNames()).doesNotContain("岚川", "沐川"); // no entities of their own

        Extracted alliance = Extracted.from("中原人形机器人产业创新联盟（以下简称“联盟”）成立大会在洛阳举行。"
                + "会上，洛阳市具身智能创业投资基金与联盟签署战略合作协议。产业联盟是一种组织形式。");
        assertThat(alliance.hasRelation(RelationType.PARTNERS_WITH, "洛阳市具身智能创业投资基金", "中原人形机器人产业创新联盟")).isTrue();
        assertThat(alliance.extraction.relations()).noneMatch(r -> r.source().endsWith(":产业联盟") || r.target().endsWith(":产业联盟"));
    }

    @Test
    void a_sub_fund_opening_a_clause_is_the_sub_fund_just_named() {
        Extracted x = Extracted.from("母基金之下还将设立一支子基金——江门市蓬江区灵巧手专项子基金。"
                + "母基金拟出资3亿元，子基金专投人形机器人灵巧手及触觉传感器，由广东渚川创业投资有限公司管理。");
        assertThat(x.hasRelation(RelationType.MANAGES, "广东渚川创业投资有限公司", "江门市蓬江区灵巧手专项子基金")).isTrue();
        assertThat(x.hasRelation(RelationType.TARGETS, "江门市蓬江区灵巧手专项子基金", "触觉传感器")).isTrue();
        Extracted general = Extracted.from("江门市澄屿产业母基金今年将加快设立子基金，子基金专投人形机器人。");
        assertThat(general.extraction.relations()).noneMatch(r -> r.type() == RelationType.TARGETS && r.target().endsWith(":人形机器人")
                && r.source().contains("子基金"));
    }

    @Test
    void gai_yuan_is_the_park_named_before_it() {
        Extracted x = Extracted.from("棠下镇今年建成江门市棠下智能装备产业园，规划面积2平方公里。佛山沅汀精密部件有限公司、佛山檀屿电机有限公司年内签约入驻该园。");
        assertThat(x.hasRelation(RelationType.HOSTS, "江门市棠下智能装备产业园", "佛山檀屿电机有限公司")).isTrue();
        Extracted bare = Extracted.from("江门市棠下智能装备产业园今年建成。佛山檀屿电机有限公司的员工可以入园参观，也可以到棠下公园游览。");
        assertThat(bare.hasRelation(RelationType.HOSTS, "江门市棠下智能装备产业园", "佛山檀屿电机有限公司")).isFalse();
    }

    @Test
    void a_park_named_with_two_cities_initials_is_a_park() {
        Extracted x = Extracted.from("两市合作建设的珠中智能装备产业园今年开工。");
        assertThat(x.names(EntityLabel.Park)).contains("珠中智能装备产业园");
        Extracted generic = Extracted.from("江门市大力发展新兴产业园，推动新兴产业集聚。");
        assertThat(generic.names(EntityLabel.Park)).isEmpty();
    }
}
