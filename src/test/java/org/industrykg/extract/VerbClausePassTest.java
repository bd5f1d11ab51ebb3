package org.industrykg.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The verb classes of {@code verbs.lex} on the real pipeline: each class on several differently
 * worded, invented sentences, checked by the {@code verb:CLASS} method its edges carry.
 */
class VerbClausePassTest {

    private static final String LETTERHEAD = "株洲市工业和信息化局\n\n株工信函〔2024〕31号\n\n";

    private static boolean by(Extracted x, RelationType type, String source, String target, String method) {
        return x.extraction.relations().stream().anyMatch(r -> r.type() == type && r.method().equals(method)
                && (r.source().endsWith(":" + source) && r.target().endsWith(":" + target)
                || type.isSymmetric() && r.source().endsWith(":" + target) && r.target().endsWith(":" + source)));
    }

    @Test
    void a_park_that_takes_in_projects_and_a_firm_whose_main_business_is_named_are_in_those_industries() {
        Extracted a = Extracted.from("岳阳绿色化工产业园重点承接新能源电池和工业机器人项目。");
        assertThat(by(a, RelationType.IN_INDUSTRY, "岳阳绿色化工产业园", "新能源电池", "verb:focus")).isTrue();
        assertThat(by(a, RelationType.IN_INDUSTRY, "岳阳绿色化工产业园", "工业机器人", "verb:focus")).isTrue();

        Extracted b = Extracted.from("株洲星辰轴承股份有限公司主营业务为精密轴承和谐波减速器。");
        assertThat(by(b, RelationType.IN_INDUSTRY, "株洲星辰轴承股份有限公司", "谐波减速器", "verb:focus")).isTrue();
    }

    @Test
    void items_of_a_list_carry_the_subject_of_the_sentence_that_introduces_it() {
        Extracted x = Extracted.from("湘江智能装备研究院年内新建企业联合实验室2个：\n"
                + "1. 与星城动力科技有限公司共建储能电机联合实验室；\n"
                + "2. 与麓谷微电子股份有限公司共建传感芯片联合实验室。");
        assertThat(by(x, RelationType.PARTNERS_WITH, "湘江智能装备研究院", "星城动力科技有限公司", "verb:cofound")).isTrue();
        assertThat(by(x, RelationType.FOUNDED, "湘江智能装备研究院", "传感芯片联合实验室", "verb:cofound")).isTrue();

        Extracted plain = Extracted.from("湘江智能装备研究院年内完成中试项目12项。\n"
                + "1. 与星城动力科技有限公司共建储能电机联合实验室。");
        assertThat(by(plain, RelationType.PARTNERS_WITH, "湘江智能装备研究院", "星城动力科技有限公司", "verb:cofound")).isFalse();
    }

    @Test
    void items_that_open_with_a_partner_in_an_organisation_s_report_on_its_own_work_are_the_organisation_s() {
        Extracted x = Extracted.from("沣溪理工大学2025年度校地合作工作总结\n\n（一）联合实验室\n"
                + "1．与嵘峰动力科技有限公司共建储能电机联合实验室，重点开展电机控制研究。\n"
                + "2．同泷澜微电子股份有限公司共建传感芯片联合研究中心。");
        assertThat(by(x, RelationType.FOUNDED, "沣溪理工大学", "储能电机联合实验室", "verb:cofound")).isTrue();
        assertThat(by(x, RelationType.PARTNERS_WITH, "沣溪理工大学", "嵘峰动力科技有限公司", "verb:cofound")).isTrue();
        assertThat(by(x, RelationType.FOUNDED, "沣溪理工大学", "传感芯片联合研究中心", "verb:cofound")).isTrue();

        Extracted report = Extracted.from("湄岭智能装备研究院年度报告\n\n与皓汀精密机械有限公司签署战略合作协议，共同开发减速器。");
        assertThat(report.hasRelation(RelationType.PARTNERS_WITH, "湄岭智能装备研究院", "皓汀精密机械有限公司")
                || report.hasRelation(RelationType.PARTNERS_WITH, "皓汀精密机械有限公司", "湄岭智能装备研究院")).isTrue();

        Extracted news = Extracted.from("沣溪理工大学举办校友论坛\n\n1．与嵘峰动力科技有限公司共建储能电机联合实验室。");
        assertThat(by(news, RelationType.FOUNDED, "沣溪理工大学", "储能电机联合实验室", "verb:cofound")).isFalse();
    }

    @Test
    void items_that_open_with_a_partner_under_a_first_person_title_are_the_writer_s() {
        Extracted x = Extracted.from("珠海科技学院科研处 > 学院新闻\n\n我校与四家企业集中签约共建联合实验室\n\n"
                + "（一）与珠海市翊川智能装备有限公司共建智能焊接联合实验室，面向新能源汽车开展焊接工艺研究。");
        assertThat(by(x, RelationType.FOUNDED, "珠海科技学院", "智能焊接联合实验室", "verb:cofound")).isTrue();
        assertThat(by(x, RelationType.PARTNERS_WITH, "珠海科技学院", "珠海市翊川智能装备有限公司", "verb:cofound")).isTrue();

        Extracted third = Extracted.from("珠海科技学院科研处 > 学院新闻\n\n校企合作签约仪式举行\n\n"
                + "（一）与珠海市翊川智能装备有限公司共建智能焊接联合实验室。");
        assertThat(by(third, RelationType.FOUNDED, "珠海科技学院", "智能焊接联合实验室", "verb:cofound")).isFalse();
    }

    @Test
    void a_numbered_project_title_names_the_firm_that_the_lines_after_it_speak_of() {
        Extracted x = Extracted.from("一季度签约落户项目如下：\n\n"
                + "1. 琮岳机器人灵巧手生产基地项目。投资方为深圳市琮岳机器人有限公司，总投资6亿元，落户滨江智能装备产业园。\n\n"
                + "2. 栖岚医疗手术耗材项目。总投资2亿元，落户滨江智能装备产业园。");
        assertThat(x.hasRelation(RelationType.HOSTS, "滨江智能装备产业园", "深圳市琮岳机器人有限公司")).isTrue();
        assertThat(x.label("栖岚医疗")).isEqualTo(EntityLabel.Enterprise);
        assertThat(x.hasRelation(RelationType.HOSTS, "滨江智能装备产业园", "栖岚医疗")).isTrue();
        assertThat(x.allNames()).noneMatch(n -> n.endsWith("生产基地"));

        Extracted fields = Extracted.from("签约项目如下：\n\n3. 人形机器人整机制造项目。总投资3亿元，落户滨江智能装备产业园。\n\n"
                + "4. 蓬江数字经济产业园项目。总投资9亿元，落户蓬江区。");
        assertThat(fields.names(EntityLabel.Enterprise)).isEmpty();
        assertThat(fields.label("蓬江数字经济产业园")).isEqualTo(EntityLabel.Park);

        Extracted institute = Extracted.from("签约项目如下：\n\n5. 琮岳智能机器人研究院项目。总投资2亿元，落户蓬江区。");
        assertThat(institute.label("琮岳智能机器人研究院")).isEqualTo(EntityLabel.ResearchInstitute);
        assertThat(institute.entity("琮岳智能")).isEmpty();
    }

    @Test
    void firms_that_enter_the_park_without_naming_it_are_in_the_park_the_text_speaks_of() {
        Extracted x = Extracted.from("渟渊智造产业园一期已建成。截至10月底，园区已引进企业18家。琮岳精密、栖岚医疗等企业也已陆续入园。");
        assertThat(x.hasRelation(RelationType.HOSTS, "渟渊智造产业园", "琮岳精密")).isTrue();
        assertThat(x.hasRelation(RelationType.HOSTS, "渟渊智造产业园", "栖岚医疗")).isTrue();

        Extracted signed = Extracted.from("渟渊智造产业园一期已建成。琮岳精密、栖岚医疗等企业已签约入园。");
        assertThat(signed.hasRelation(RelationType.HOSTS, "渟渊智造产业园", "琮岳精密")).isTrue();

        Extracted applying = Extracted.from("渟渊智造产业园一期已建成。琮岳精密、栖岚医疗等企业正在办理入园手续。");
        assertThat(applying.extraction.relations()).noneMatch(r -> r.type() == RelationType.HOSTS);
    }

    @Test
    void a_founding_verb_that_ends_its_clause_built_what_the_line_before_names_alone() {
        Extracted x = Extracted.from("（二）技术转移中心\n1．沣溪理工大学江门技术转移中心。学校与江门市蓬江区人民政府共建，中心设在蓬江区。");
        assertThat(by(x, RelationType.FOUNDED, "江门市蓬江区人民政府", "沣溪理工大学江门技术转移中心", "verb:cofound")).isTrue();

        Extracted lab = Extracted.from("嵘峰储能材料联合实验室。嵘峰动力科技有限公司与湖南科技大学合作共建，聚焦固态电池。");
        assertThat(by(lab, RelationType.FOUNDED, "湖南科技大学", "嵘峰储能材料联合实验室", "verb:cofound")).isTrue();

        Extracted more = Extracted.from("嵘峰动力科技有限公司参观了嵘峰储能材料联合实验室。湖南科技大学与株洲市人民政府共建，推进成果转化。");
        assertThat(by(more, RelationType.FOUNDED, "湖南科技大学", "嵘峰储能材料联合实验室", "verb:cofound")).isFalse();
    }

    @Test
    void building_together_buying_land_drafting_and_working_with_are_verbs_of_their_classes() {
        Extracted built = Extracted.from("在嵘峰高新区，深圳市宝安区与嵘峰高新区合作建设的宝嵘智造产业合作园已进入二期建设。");
        assertThat(by(built, RelationType.FOUNDED, "深圳市宝安区", "宝嵘智造产业合作园", "verb:cofound")).isTrue();
        Extracted jointly = Extracted.from("泷澜动力科技有限公司与湖南科技大学联合建设泷澜储能联合实验室。");
        assertThat(by(jointly, RelationType.FOUNDED, "湖南科技大学", "泷澜储能联合实验室", "verb:cofound")).isTrue();

        Extracted land = Extracted.from("深圳市皓汀光电科技有限公司已在江门市蓬江区购地120亩，建设光学膜生产基地。");
        assertThat(by(land, RelationType.HOSTS, "江门市蓬江区", "深圳市皓汀光电科技有限公司", "verb:locate")).isTrue();
        Extracted plot = Extracted.from("湄岭精密机械有限公司今年在株洲市天元区拿地50亩。");
        assertThat(by(plot, RelationType.HOSTS, "株洲市天元区", "湄岭精密机械有限公司", "verb:locate")).isTrue();

        Extracted drafted = Extracted.from("《株洲市低空经济发展若干措施》由株洲市工业和信息化局会同株洲市科学技术局、株洲市财政局等部门起草。");
        assertThat(by(drafted, RelationType.ISSUES, "株洲市科学技术局", "株洲市低空经济发展若干措施", "verb:issue")).isTrue();
        assertThat(by(drafted, RelationType.ISSUES, "株洲市工业和信息化局", "株洲市低空经济发展若干措施", "verb:issue")).isTrue();
        assertThat(by(drafted, RelationType.PARTNERS_WITH, "株洲市工业和信息化局", "株洲市财政局", "verb:issue")).isTrue();
        assertThat(by(drafted, RelationType.PARTNERS_WITH, "株洲市科学技术局", "株洲市财政局", "verb:issue")).isFalse();

        Extracted with = Extracted.from("江门市工业和信息化局会同江门市科学技术局开展专项检查。");
        assertThat(by(with, RelationType.PARTNERS_WITH, "江门市工业和信息化局", "江门市科学技术局", "verb:cooperate")).isTrue();
    }

    @Test
    void a_firm_that_invests_to_build_its_own_plant_in_a_place_is_hosted_there() {
        Extracted x = Extracted.from("深圳市嵘峰电机有限公司投资5亿元在江门市蓬江区建设伺服电机生产线。");
        assertThat(by(x, RelationType.HOSTS, "江门市蓬江区", "深圳市嵘峰电机有限公司", "verb:found")).isTrue();
        Extracted signed = Extracted.from("深圳市泷澜家电有限公司与株洲市天元区人民政府签订投资协议，总投资8亿元在天元区建设智能厨电生产基地。");
        assertThat(signed.hasRelation(RelationType.HOSTS, "株洲市天元区", "深圳市泷澜家电有限公司")).isTrue();
        Extracted notHere = Extracted.from("深圳市嵘峰电机有限公司投资5亿元，江门市蓬江区建设伺服电机产业园。");
        assertThat(notHere.hasRelation(RelationType.HOSTS, "江门市蓬江区", "深圳市嵘峰电机有限公司")).isFalse();
    }

    @Test
    void a_founding_verb_with_a_partner_joined_by_yu_makes_them_partners() {
        Extracted x = Extracted.from("深圳市皓汀模具有限公司将生产线迁至江门市蓬江区，并与蓬江区本地的江门市湄岭五金制品有限公司组建联合体，共同承接订单。");
        assertThat(by(x, RelationType.PARTNERS_WITH, "深圳市皓汀模具有限公司", "江门市湄岭五金制品有限公司", "verb:found")).isTrue();
        Extracted list = Extracted.from("深圳市皓汀模具有限公司、江门市湄岭五金制品有限公司等企业成立产业联盟筹备组。");
        assertThat(by(list, RelationType.PARTNERS_WITH, "深圳市皓汀模具有限公司", "江门市湄岭五金制品有限公司", "verb:found")).isFalse();
    }

    @Test
    void the_headquarters_of_a_firm_in_a_place_is_hosted_by_it() {
        Extracted a = Extracted.from("星城动力科技有限公司的研发总部在长沙市岳麓区，生产基地在株洲。");
        assertThat(by(a, RelationType.HOSTS, "长沙市岳麓区", "星城动力科技有限公司", "verb:locate")).isTrue();
    }

    @Test
    void a_passive_without_object_is_about_the_heading_before_it() {
        Extracted a = Extracted.from("二、新认定创新平台\n\n湘江储能材料联合实验室。由星城动力科技有限公司与湖南科技大学共建，聚焦固态电池。");
        assertThat(by(a, RelationType.FOUNDED, "星城动力科技有限公司", "湘江储能材料联合实验室", "verb:cofound")).isTrue();
        assertThat(by(a, RelationType.FOUNDED, "湖南科技大学", "湘江储能材料联合实验室", "verb:cofound")).isTrue();

        Extracted b = Extracted.from("株洲低空经济创新中心。由株洲市工业和信息化局牵头组建。");
        assertThat(by(b, RelationType.FOUNDED, "株洲市工业和信息化局", "株洲低空经济创新中心", "verb:found")).isTrue();

        Extracted c = Extracted.from("会议在株洲召开，与会代表参观了湘江储能材料联合实验室。由星城动力科技有限公司牵头组建产业联盟。");
        assertThat(by(c, RelationType.FOUNDED, "星城动力科技有限公司", "湘江储能材料联合实验室", "verb:found")).isFalse();
    }

    @Test
    void coordinated_parties_that_build_something_together_founded_it_and_are_partners() {
        Extracted a = Extracted.from("湘江智造科技有限公司与岳麓工业大学共建株洲智能传感联合实验室。");
        assertThat(by(a, RelationType.PARTNERS_WITH, "湘江智造科技有限公司", "岳麓工业大学", "verb:cofound")).isTrue();
        assertThat(by(a, RelationType.FOUNDED, "湘江智造科技有限公司", "株洲智能传感联合实验室", "verb:cofound")).isTrue();
        assertThat(by(a, RelationType.FOUNDED, "岳麓工业大学", "株洲智能传感联合实验室", "verb:cofound")).isTrue();

        Extracted b = Extracted.from("2024年，麓谷微电子股份有限公司和星城理工大学在株洲市共同设立株洲功率芯片联合研发中心。");
        assertThat(by(b, RelationType.FOUNDED, "麓谷微电子股份有限公司", "株洲功率芯片联合研发中心", "verb:cofound")).isTrue();
        assertThat(by(b, RelationType.FOUNDED, "星城理工大学", "株洲功率芯片联合研发中心", "verb:cofound")).isTrue();
        assertThat(by(b, RelationType.HOSTS, "株洲市", "株洲功率芯片联合研发中心", "verb:cofound")).isTrue();

        Extracted c = Extracted.from("潇湘重工机械有限公司携手湘潭先进制造研究院签约共建湘潭重载机器人研究中心。");
        assertThat(by(c, RelationType.PARTNERS_WITH, "潇湘重工机械有限公司", "湘潭先进制造研究院", "verb:cofound")).isTrue();
        assertThat(by(c, RelationType.FOUNDED, "湘潭先进制造研究院", "湘潭重载机器人研究中心", "verb:cofound")).isTrue();
    }

    @Test
    void the_parties_after_you_founded_what_stands_before_it_and_the_next_clause_is_about_it() {
        Extracted a = Extracted.from("醴陵智能传感研究院由岳麓工业大学、湘江智造科技有限公司于2023年联合发起设立，聚焦机器视觉和传感器。");
        assertThat(by(a, RelationType.FOUNDED, "岳麓工业大学", "醴陵智能传感研究院", "verb:cofound")).isTrue();
        assertThat(by(a, RelationType.FOUNDED, "湘江智造科技有限公司", "醴陵智能传感研究院", "verb:cofound")).isTrue();
        assertThat(by(a, RelationType.IN_INDUSTRY, "醴陵智能传感研究院", "机器视觉", "verb:focus")).isTrue();
        assertThat(by(a, RelationType.IN_INDUSTRY, "岳麓工业大学", "机器视觉", "verb:focus")).isFalse();

        Extracted b = Extracted.from("该园区由潇湘重工机械有限公司与株洲城发集团有限公司合资成立的株洲智造园区运营有限公司负责运营。");
        assertThat(by(b, RelationType.FOUNDED, "潇湘重工机械有限公司", "株洲智造园区运营有限公司", "verb:cofound")).isTrue();
        assertThat(by(b, RelationType.FOUNDED, "株洲城发集团有限公司", "株洲智造园区运营有限公司", "verb:cofound")).isTrue();
    }

    @Test
    void money_put_into_an_organisation_is_funding_with_its_amount() {
        Extracted a = Extracted.from("株洲市产业投资母基金向株洲市低空经济产业基金出资2亿元。");
        assertThat(by(a, RelationType.FUNDS, "株洲市产业投资母基金", "株洲市低空经济产业基金", "verb:fund")).isTrue();
        assertThat(a.extraction.relations()).anySatisfy(r -> {
            assertThat(r.method()).isEqualTo("verb:fund");
            assertThat(r.properties()).containsEntry("amountCny", 200_000_000L);
        });

        Extracted c = Extracted.from("湘江私募基金管理有限公司发起设立株洲市低空经济产业基金。"
                + "株洲市产业投资母基金、麓谷微电子股份有限公司作为有限合伙人参与出资。");
        assertThat(by(c, RelationType.FUNDS, "株洲市产业投资母基金", "株洲市低空经济产业基金", "verb:fund")).isTrue();
        assertThat(by(c, RelationType.FUNDS, "麓谷微电子股份有限公司", "株洲市低空经济产业基金", "verb:fund")).isTrue();

        Extracted b = Extracted.from("湘江创业投资有限公司拟对洞庭先进制造产业基金认缴出资15,000万元。");
        assertThat(by(b, RelationType.FUNDS, "湘江创业投资有限公司", "洞庭先进制造产业基金", "verb:fund")).isTrue();
        assertThat(b.extraction.relations()).anySatisfy(r ->
                assertThat(r.properties()).containsEntry("amountCny", 150_000_000L));
    }

    @Test
    void settling_in_a_place_is_being_hosted_by_it_and_a_place_that_gathers_hosts_each() {
        Extracted a = Extracted.from("星城动力科技有限公司、麓谷微电子股份有限公司等企业已入驻株洲航空产业园。");
        assertThat(by(a, RelationType.HOSTS, "株洲航空产业园", "星城动力科技有限公司", "verb:locate")).isTrue();
        assertThat(by(a, RelationType.HOSTS, "株洲航空产业园", "麓谷微电子股份有限公司", "verb:locate")).isTrue();

        // A firm's own part (研发中心, 生产基地, 华东总部) placed somewhere puts the firm there too.
        Extracted b = Extracted.from("其中星城动力科技有限公司的研发中心位于株洲航空产业园。");
        assertThat(by(b, RelationType.HOSTS, "株洲航空产业园", "星城动力科技有限公司", "verb:locate")).isTrue();
        Extracted c = Extracted.from("目前，湘江智造科技有限公司已正式落户醴陵陶瓷产业园，总投资5亿元。");
        assertThat(by(c, RelationType.HOSTS, "醴陵陶瓷产业园", "湘江智造科技有限公司", "verb:locate")).isTrue();

        Extracted e = Extracted.from("星城动力科技有限公司、麓谷微电子股份有限公司等企业已在醴陵陶瓷产业园设立生产基地。");
        assertThat(by(e, RelationType.HOSTS, "醴陵陶瓷产业园", "星城动力科技有限公司", "verb:found")).isTrue();
        assertThat(by(e, RelationType.HOSTS, "醴陵陶瓷产业园", "麓谷微电子股份有限公司", "verb:found")).isTrue();
        Extracted f = Extracted.from("湘潭智能制造研究院已于2024年3月在株洲航空产业园揭牌。");
        assertThat(by(f, RelationType.HOSTS, "株洲航空产业园", "湘潭智能制造研究院", "verb:locate")).isTrue();

        Extracted d = Extracted.from(LETTERHEAD + "我市已集聚麓谷微电子股份有限公司、星城动力科技有限公司等一批龙头企业。");
        assertThat(by(d, RelationType.HOSTS, "株洲市", "麓谷微电子股份有限公司", "verb:gather")).isTrue();
        assertThat(by(d, RelationType.HOSTS, "株洲市", "星城动力科技有限公司", "verb:gather")).isTrue();
    }

    @Test
    void a_manager_named_for_a_fund_manages_it_and_the_fund_keeps_the_focus() {
        Extracted a = Extracted.from("2024年设立株洲低空经济产业基金，由湘江私募基金管理有限公司担任管理人，重点投向无人机和通用航空。");
        assertThat(by(a, RelationType.MANAGES, "湘江私募基金管理有限公司", "株洲低空经济产业基金", "verb:manage")).isTrue();
        assertThat(by(a, RelationType.IN_INDUSTRY, "湘江私募基金管理有限公司", "无人机", "verb:focus")).isFalse();

        Extracted b = Extracted.from("株洲市天使投资基金由湘江私募基金管理有限公司受托管理。");
        assertThat(by(b, RelationType.MANAGES, "湘江私募基金管理有限公司", "株洲市天使投资基金", "verb:manage")).isTrue();
    }

    @Test
    void a_clause_without_subject_and_an_anaphor_take_the_subject_before_them() {
        Extracted a = Extracted.from("星城动力科技有限公司成立于2019年，专注于人形机器人和精密减速器。");
        assertThat(by(a, RelationType.IN_INDUSTRY, "星城动力科技有限公司", "人形机器人", "verb:focus")).isTrue();

        Extracted b = Extracted.from("麓山智能装备有限公司是株洲的龙头企业。该公司主营工业机器人和数控机床。");
        assertThat(by(b, RelationType.IN_INDUSTRY, "麓山智能装备有限公司", "工业机器人", "verb:focus")).isTrue();

        Extracted c = Extracted.from("湘江智造科技有限公司与岳麓工业大学签署战略合作协议。双方将在株洲市共建株洲市智能焊接研究中心。");
        assertThat(by(c, RelationType.PARTNERS_WITH, "湘江智造科技有限公司", "岳麓工业大学", "verb:cooperate")).isTrue();
        assertThat(by(c, RelationType.FOUNDED, "岳麓工业大学", "株洲市智能焊接研究中心", "verb:cofound")).isTrue();
        assertThat(by(c, RelationType.HOSTS, "株洲市", "株洲市智能焊接研究中心", "verb:cofound")).isTrue();
    }

    @Test
    void in_a_letter_we_are_its_issuer() {
        Extracted x = Extracted.from(LETTERHEAD + "我局与湘潭市科学技术局共同组建湘潭智能制造研究院。");
        assertThat(by(x, RelationType.FOUNDED, "株洲市工业和信息化局", "湘潭智能制造研究院", "verb:cofound")).isTrue();
        assertThat(by(x, RelationType.PARTNERS_WITH, "株洲市工业和信息化局", "湘潭市科学技术局", "verb:cofound")).isTrue();
    }

    @Test
    void the_lexicon_names_its_file_and_line_on_an_unknown_class() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> VerbLexicon.load("extract/test-bad-verbs.lex"))
                .hasMessageContaining("test-bad-verbs.lex").hasMessageContaining("unknown class");
    }

    @Test
    void a_firm_described_as_a_settled_firm_of_the_park_is_hosted_by_it_and_is_what_follows_is_about() {
        Extracted a = Extracted.from("湘潭智造产业园去年新增企业40家。湘潭远舟机器人科技有限公司是园区首批入驻企业，主营巡检机器人和特种机器人。");
        assertThat(by(a, RelationType.HOSTS, "湘潭智造产业园", "湘潭远舟机器人科技有限公司", "verb:locate")).isTrue();
        assertThat(by(a, RelationType.IN_INDUSTRY, "湘潭远舟机器人科技有限公司", "巡检机器人", "verb:focus")).isTrue();

        Extracted b = Extracted.from("岳阳临港智能装备产业园聚集了一批企业。其中，岳阳恒川精密机械有限公司为该园区重点引进的企业，主要生产谐波减速器。");
        assertThat(by(b, RelationType.HOSTS, "岳阳临港智能装备产业园", "岳阳恒川精密机械有限公司", "verb:locate")).isTrue();
        assertThat(by(b, RelationType.IN_INDUSTRY, "岳阳恒川精密机械有限公司", "谐波减速器", "verb:focus")).isTrue();

        Extracted c = Extracted.from("衡阳云帆电子科技有限公司是一家专业的电子企业，专注于工业传感器。");
        assertThat(by(c, RelationType.IN_INDUSTRY, "衡阳云帆电子科技有限公司", "工业传感器", "verb:focus")).isTrue();
        assertThat(c.extraction.relations().stream().noneMatch(r -> r.type() == RelationType.HOSTS)).isTrue();
    }

    @Test
    void what_is_built_without_a_named_builder_is_what_the_next_clause_is_about() {
        Extracted a = Extracted.from("加快建设潇湘机器人创新港，重点发展工业机器人和服务机器人。");
        assertThat(by(a, RelationType.IN_INDUSTRY, "潇湘机器人创新港", "工业机器人", "verb:focus")).isTrue();

        Extracted b = Extracted.from("支持雨湖区依托湘潭高新技术产业开发区打造湘江智能制造产业园，聚焦新能源汽车零部件。");
        assertThat(by(b, RelationType.IN_INDUSTRY, "湘江智能制造产业园", "新能源汽车零部件", "verb:focus")).isTrue();
    }

    @Test
    void partners_of_a_cooperation_both_build_what_the_next_clause_has_them_build() {
        Extracted a = Extracted.from("株洲星辰轴承股份有限公司携手湖南工程大学，共建精密轴承联合实验室，重点研发机器人用交叉滚子轴承。");
        assertThat(by(a, RelationType.FOUNDED, "湖南工程大学", "精密轴承联合实验室", "verb:cofound")).isTrue();
        assertThat(by(a, RelationType.FOUNDED, "株洲星辰轴承股份有限公司", "精密轴承联合实验室", "verb:cofound")).isTrue();

        Extracted b = Extracted.from("湘潭远舟机器人科技有限公司与湖南工程大学签署战略合作协议，共同设立智能巡检研究中心。");
        assertThat(by(b, RelationType.FOUNDED, "湖南工程大学", "智能巡检研究中心", "verb:cofound")).isTrue();

        Extracted c = Extracted.from("湘潭远舟机器人科技有限公司对接湖南工程大学，在雨湖区共建巡检机器人中试基地。");
        assertThat(by(c, RelationType.FOUNDED, "湖南工程大学", "巡检机器人中试基地", "verb:cofound")).isTrue();
    }

    @Test
    void what_a_firm_or_a_laboratory_develops_is_its_industry() {
        Extracted a = Extracted.from("衡阳云帆电子科技有限公司主要研发工业传感器和机器视觉系统。");
        assertThat(by(a, RelationType.IN_INDUSTRY, "衡阳云帆电子科技有限公司", "机器视觉", "verb:focus")).isTrue();

        Extracted b = Extracted.from("湘江储能材料联合实验室重点研发固态电池。");
        assertThat(by(b, RelationType.IN_INDUSTRY, "湘江储能材料联合实验室", "固态电池", "verb:focus")).isTrue();

        Extracted together = Extracted.from("湖南大学与嵘峰存储技术有限公司合作开发存算一体芯片。泷澜光电有限公司与中南大学联合研制激光雷达。");
        assertThat(by(together, RelationType.IN_INDUSTRY, "嵘峰存储技术有限公司", "存算一体芯片", "verb:focus")).isTrue();
        assertThat(by(together, RelationType.IN_INDUSTRY, "泷澜光电有限公司", "激光雷达", "verb:focus")).isTrue();
    }

    @Test
    void a_park_that_has_taken_in_firms_hosts_them() {
        Extracted a = Extracted.from("湘江智造产业园位于雨湖区，目前已入驻远舟机器人、云帆传感等企业30余家。");
        assertThat(by(a, RelationType.HOSTS, "湘江智造产业园", "远舟机器人", "verb:locate")).isTrue();
        assertThat(by(a, RelationType.HOSTS, "湘江智造产业园", "云帆传感", "verb:locate")).isTrue();

        Extracted b = Extracted.from("岳阳临港产业园已入驻湘潭远舟机器人科技有限公司等企业。");
        assertThat(by(b, RelationType.HOSTS, "岳阳临港产业园", "湘潭远舟机器人科技有限公司", "verb:locate")).isTrue();
    }

    @Test
    void a_firm_whose_short_name_is_declared_in_brackets_is_the_subject_of_the_verb_after_them() {
        Extracted a = Extracted.from("湘潭云帆精密科技有限公司（以下简称“云帆精密”）宣布在株洲市天元区投资8亿元建设减速器生产基地。");
        assertThat(by(a, RelationType.HOSTS, "株洲市天元区", "湘潭云帆精密科技有限公司", "verb:fund")).isTrue();
    }

    @Test
    void what_a_fund_invests_in_after_its_partners_are_listed_is_the_funds_field_not_the_partners() {
        Extracted a = Extracted.from("湘江机器人产业基金首期规模5亿元。湖南省产业投资引导母基金、株洲星辰投资（集团）有限公司（以下简称“星辰集团”）"
                + "等作为有限合伙人出资，主要投资具身智能和智能传感器领域。");
        assertThat(by(a, RelationType.FUNDS, "株洲星辰投资（集团）有限公司", "湘江机器人产业基金", "verb:fund")).isTrue();
        assertThat(a.extraction.relations()).noneMatch(r -> r.type() == RelationType.IN_INDUSTRY
                && r.source().endsWith("株洲星辰投资（集团）有限公司"));
    }

    @Test
    void with_respectively_the_ith_party_goes_with_the_ith_field_place_or_partner_only() {
        Extracted a = Extracted.from("湘潭市雨湖区位于湘潭市西北部。湘锐智能、云帆传动、星澜视觉3家企业落户雨湖，分别从事协作机器人、精密减速器和机器视觉的研发。");
        assertThat(by(a, RelationType.IN_INDUSTRY, "云帆传动", "精密减速器", "verb:focus")).isTrue();
        assertThat(by(a, RelationType.IN_INDUSTRY, "星澜视觉", "机器视觉", "verb:focus")).isTrue();
        assertThat(by(a, RelationType.IN_INDUSTRY, "湘锐智能", "精密减速器", "verb:focus")).isFalse();

        Extracted b = Extracted.from("今年，湘潭云帆科技有限公司和株洲远舟电子有限公司分别落户湘潭经开区和株洲市天元区。");
        assertThat(by(b, RelationType.HOSTS, "湘潭经开区", "湘潭云帆科技有限公司", "verb:locate")).isTrue();
        assertThat(by(b, RelationType.HOSTS, "株洲市天元区", "株洲远舟电子有限公司", "verb:locate")).isTrue();
        assertThat(b.extraction.relations()).noneMatch(r -> r.type() == RelationType.HOSTS
                && r.source().endsWith("湘潭经开区") && r.target().endsWith("株洲远舟电子有限公司"));

        Extracted c = Extracted.from("会上，湘潭大学、湖南工程学院两所高校分别与湘潭云帆科技有限公司、株洲远舟电子有限公司签署战略合作协议。");
        assertThat(by(c, RelationType.PARTNERS_WITH, "湘潭大学", "湘潭云帆科技有限公司", "verb:cooperate")).isTrue();
        assertThat(by(c, RelationType.PARTNERS_WITH, "湖南工程学院", "株洲远舟电子有限公司", "verb:cooperate")).isTrue();
        assertThat(c.hasRelation(RelationType.PARTNERS_WITH, "湘潭大学", "株洲远舟电子有限公司")
                || c.hasRelation(RelationType.PARTNERS_WITH, "株洲远舟电子有限公司", "湘潭大学")).isFalse();
        assertThat(c.hasRelation(RelationType.PARTNERS_WITH, "湘潭云帆科技有限公司", "株洲远舟电子有限公司")
                || c.hasRelation(RelationType.PARTNERS_WITH, "株洲远舟电子有限公司", "湘潭云帆科技有限公司")).isFalse();
    }

    @Test
    void a_party_joined_by_an_adverb_and_yu_is_the_partner_of_the_subject_before_it() {
        Extracted a = Extracted.from("湖南工程学院积极与株洲远舟电子有限公司开展合作。");
        assertThat(by(a, RelationType.PARTNERS_WITH, "湖南工程学院", "株洲远舟电子有限公司", "verb:cooperate")).isTrue();

        Extracted b = Extracted.from("湘潭大学分别与湘潭云帆科技有限公司、株洲远舟电子有限公司签订合作协议。");
        assertThat(by(b, RelationType.PARTNERS_WITH, "湘潭大学", "湘潭云帆科技有限公司", "verb:cooperate")).isTrue();
        assertThat(by(b, RelationType.PARTNERS_WITH, "湘潭大学", "株洲远舟电子有限公司", "verb:cooperate")).isTrue();
        assertThat(by(b, RelationType.PARTNERS_WITH, "湘潭云帆科技有限公司", "株洲远舟电子有限公司", "verb:cooperate")).isFalse();
    }

    @Test
    void a_firm_described_after_its_declared_short_name_is_the_topic_of_the_clauses_after() {
        Extracted a = Extracted.from("湘潭远舟机器人科技有限公司（以下简称“远舟机器人”）是园区引进的首家整机企业，主营焊接机器人和喷涂机器人。");
        assertThat(by(a, RelationType.IN_INDUSTRY, "湘潭远舟机器人科技有限公司", "焊接机器人", "verb:focus")).isTrue();

        Extracted b = Extracted.from("株洲云帆传动有限公司为天元区重点引进的企业，主要生产谐波减速器。");
        assertThat(by(b, RelationType.IN_INDUSTRY, "株洲云帆传动有限公司", "谐波减速器", "verb:focus")).isTrue();
    }

    @Test
    void where_a_park_lies_and_what_an_institute_researches_are_read_from_their_verbs() {
        Extracted a = Extracted.from("湘江智造产业园地处湘潭市雨湖区，规划面积约3平方公里。");
        assertThat(by(a, RelationType.HOSTS, "湘潭市雨湖区", "湘江智造产业园", "verb:locate")).isTrue();

        Extracted b = Extracted.from("株洲先进制造研究院由天元区人民政府与湖南工业大学共同组建，研究方向为运动控制和机器视觉。");
        assertThat(by(b, RelationType.IN_INDUSTRY, "株洲先进制造研究院", "机器视觉", "verb:focus")).isTrue();

        Extracted c = Extracted.from("湘潭云帆科技有限公司的产品涵盖伺服电机和工业机器人。");
        assertThat(by(c, RelationType.IN_INDUSTRY, "湘潭云帆科技有限公司", "伺服电机", "verb:focus")).isTrue();
    }

    @Test
    void a_firm_described_as_a_maker_of_a_field_is_in_that_field_also_in_a_clause_of_its_own() {
        Extracted a = Extracted.from("湘潭远舟传动有限公司是华中地区规模最大的精密减速器制造商。");
        assertThat(by(a, RelationType.IN_INDUSTRY, "湘潭远舟传动有限公司", "精密减速器", "verb:focus")).isTrue();

        Extracted b = Extracted.from("株洲云帆机器人有限公司总部位于天元区，是国内协作机器人出货量排名前列的企业。");
        assertThat(by(b, RelationType.IN_INDUSTRY, "株洲云帆机器人有限公司", "协作机器人", "verb:focus")).isTrue();

        Extracted c = Extracted.from("湘潭星澜电子有限公司是本地主要的伺服电机供应商之一。");
        assertThat(by(c, RelationType.IN_INDUSTRY, "湘潭星澜电子有限公司", "伺服电机", "verb:focus")).isTrue();
    }

    @Test
    void making_verbs_name_a_firms_fields_but_not_what_the_product_is_for() {
        Extracted a = Extracted.from("株洲星辰电子有限公司今年将建设年产30万台谐波减速器生产线。");
        assertThat(by(a, RelationType.IN_INDUSTRY, "株洲星辰电子有限公司", "谐波减速器", "verb:focus")).isTrue();

        Extracted b = Extracted.from("湘潭云帆智能科技有限公司去年推出了首款全尺寸人形机器人，并开始量产外骨骼机器人。");
        assertThat(by(b, RelationType.IN_INDUSTRY, "湘潭云帆智能科技有限公司", "人形机器人", "verb:focus")).isTrue();
        assertThat(by(b, RelationType.IN_INDUSTRY, "湘潭云帆智能科技有限公司", "外骨骼机器人", "verb:focus")).isTrue();

        Extracted c = Extracted.from("湘潭远舟传动有限公司与湘潭大学共同开发人形机器人用的高功率密度伺服电机。");
        assertThat(by(c, RelationType.IN_INDUSTRY, "湘潭远舟传动有限公司", "伺服电机", "verb:focus")).isTrue();
        assertThat(by(c, RelationType.IN_INDUSTRY, "湘潭远舟传动有限公司", "人形机器人", "verb:focus")).isFalse();
        // 共同开发 is a verb of building together (由A与B共同开发 a park: both found it), which partners its subjects too
        assertThat(by(c, RelationType.PARTNERS_WITH, "湘潭远舟传动有限公司", "湘潭大学", "verb:cofound")).isTrue();
    }

    @Test
    void a_firm_setting_up_a_facility_in_a_place_or_in_the_park_is_hosted_there() {
        Extracted a = Extracted.from("株洲云帆机器人有限公司签约在岳麓机器人产业园设立华中生产基地。");
        assertThat(by(a, RelationType.HOSTS, "岳麓机器人产业园", "株洲云帆机器人有限公司", "verb:found")).isTrue();
        assertThat(by(a, RelationType.PARTNERS_WITH, "株洲云帆机器人有限公司", "岳麓机器人产业园", "verb:cooperate")).isFalse();

        Extracted b = Extracted.from("岳麓机器人产业园位于长沙市岳麓区。湘潭昇海智能装备股份有限公司则在园区新建伺服电机产线。");
        assertThat(by(b, RelationType.HOSTS, "岳麓机器人产业园", "湘潭昇海智能装备股份有限公司", "verb:found")).isTrue();

        Extracted c = Extracted.from("湘潭远舟精密有限公司今年4月在湘潭市雨湖区租下2万平方米厂房。");
        assertThat(by(c, RelationType.HOSTS, "湘潭市雨湖区", "湘潭远舟精密有限公司", "verb:locate")).isTrue();
    }

    @Test
    void the_place_of_a_relative_clause_hosts_the_organisation_it_describes() {
        Extracted a = Extracted.from("总部位于株洲市天元区的初创湘锐智能专注开发机器人视觉模型。");
        assertThat(by(a, RelationType.HOSTS, "株洲市天元区", "湘锐智能", "verb:locate")).isTrue();

        Extracted b = Extracted.from("落户长沙市岳麓区的湘潭云帆科技有限公司今年产值翻番。");
        assertThat(by(b, RelationType.HOSTS, "长沙市岳麓区", "湘潭云帆科技有限公司", "verb:locate")).isTrue();
    }

    @Test
    void partners_subscribing_one_after_another_put_money_into_the_fund_of_the_text_not_into_each_other() {
        Extracted a = Extracted.from("湘江具身智能产业投资基金总规模20亿元。其中，株洲市未来产业引导基金认缴4亿元，"
                + "天元区科技创新母基金认缴2亿元，株洲云帆资本投资有限公司认缴3亿元。");
        assertThat(by(a, RelationType.FUNDS, "天元区科技创新母基金", "湘江具身智能产业投资基金", "verb:fund")).isTrue();
        assertThat(by(a, RelationType.FUNDS, "株洲云帆资本投资有限公司", "湘江具身智能产业投资基金", "verb:fund")).isTrue();
        assertThat(by(a, RelationType.FUNDS, "天元区科技创新母基金", "株洲市未来产业引导基金", "verb:fund")).isFalse();
        assertThat(by(a, RelationType.FUNDS, "株洲云帆资本投资有限公司", "天元区科技创新母基金", "verb:fund")).isFalse();
    }

    @Test
    void an_investment_written_as_a_noun_after_de_names_who_invested_in_whom() {
        Extracted a = Extracted.from("湘潭远舟精密有限公司今年还拿到了天元区创新投资母基金的一笔战略投资。");
        assertThat(by(a, RelationType.FUNDS, "天元区创新投资母基金", "湘潭远舟精密有限公司", "verb:fund")).isTrue();

        Extracted b = Extracted.from("株洲云帆机器人有限公司去年获得湘江资本投资有限公司的A轮投资。");
        assertThat(by(b, RelationType.FUNDS, "湘江资本投资有限公司", "株洲云帆机器人有限公司", "verb:fund")).isTrue();

        Extracted c = Extracted.from("湘江具身智能创投基金已完成对株洲星辰电子有限公司的Pre-A轮投资。");
        assertThat(by(c, RelationType.FUNDS, "湘江具身智能创投基金", "株洲星辰电子有限公司", "verb:fund")).isTrue();
        assertThat(by(c, RelationType.FUNDS, "株洲星辰电子有限公司", "湘江具身智能创投基金", "verb:fund")).isFalse();
    }

    @Test
    void a_park_that_gathered_firms_of_a_field_is_in_that_field() {
        Extracted a = Extracted.from("岳麓智造产业园已累计入驻机器人企业46家。");
        assertThat(by(a, RelationType.IN_INDUSTRY, "岳麓智造产业园", "机器人", "verb:gather")).isTrue();

        Extracted b = Extracted.from("湘江智造产业园引进了云帆科技等人工智能企业。");
        assertThat(by(b, RelationType.IN_INDUSTRY, "湘江智造产业园", "人工智能", "verb:gather")).isTrue();

        Extracted c = Extracted.from("湘江智造产业园引进了人工智能人才500名。");
        assertThat(by(c, RelationType.IN_INDUSTRY, "湘江智造产业园", "人工智能", "verb:gather")).isFalse();
    }

    @Test
    void firms_that_settle_without_naming_a_place_are_in_the_park_the_text_is_about() {
        Extracted a = Extracted.from("岳麓智能装备产业园于2022年开园，规划面积1500亩。今年以来，星城动力科技有限公司和麓谷微电子股份有限公司先后入驻。");
        assertThat(by(a, RelationType.HOSTS, "岳麓智能装备产业园", "星城动力科技有限公司", "verb:locate")).isTrue();
        assertThat(by(a, RelationType.HOSTS, "岳麓智能装备产业园", "麓谷微电子股份有限公司", "verb:locate")).isTrue();

        Extracted b = Extracted.from("湘潭九华机器人产业园（以下简称“九华园”）去年扩区。专注于巡检机器人的湘江智巡科技有限公司也签约落地。");
        assertThat(by(b, RelationType.HOSTS, "湘潭九华机器人产业园", "湘江智巡科技有限公司", "verb:locate")).isTrue();

        Extracted c = Extracted.from("岳阳市工业和信息化局召开座谈会。星城动力科技有限公司的项目已落户。");
        assertThat(c.extraction.relations()).as("no park in the text: nothing hosts the firm")
                .noneMatch(r -> r.type() == RelationType.HOSTS && r.target().endsWith(":星城动力科技有限公司"));
    }

    @Test
    void a_part_of_a_firm_placed_somewhere_puts_the_firm_there() {
        Extracted a = Extracted.from("星城动力科技有限公司把华东总部设在了湘潭九华机器人产业园。");
        assertThat(by(a, RelationType.HOSTS, "湘潭九华机器人产业园", "星城动力科技有限公司", "verb:locate")).isTrue();

        Extracted b = Extracted.from("麓谷微电子股份有限公司的生产基地设在岳麓智能装备产业园。");
        assertThat(by(b, RelationType.HOSTS, "岳麓智能装备产业园", "麓谷微电子股份有限公司", "verb:locate")).isTrue();

        Extracted c = Extracted.from("湘江智巡科技有限公司的研发团队则继续留在长沙市岳麓区。");
        assertThat(by(c, RelationType.HOSTS, "长沙市岳麓区", "湘江智巡科技有限公司", "verb:locate")).isTrue();

        Extracted d = Extracted.from("星城动力科技有限公司已将整机装配线迁至株洲市天元区。");
        assertThat(by(d, RelationType.HOSTS, "株洲市天元区", "星城动力科技有限公司", "verb:locate")).isTrue();

        Extracted e = Extracted.from("星城动力科技有限公司今年将华东量产基地落户株洲航空产业园，研发中心则继续保留在长沙市岳麓区。");
        assertThat(by(e, RelationType.HOSTS, "株洲航空产业园", "星城动力科技有限公司", "verb:locate")).isTrue();
        assertThat(by(e, RelationType.HOSTS, "长沙市岳麓区", "星城动力科技有限公司", "verb:locate")).isTrue();
        assertThat(e.label("华东量产基地")).as("a firm's own plant is no park").isNull();
    }

    @Test
    void an_operator_partners_what_it_runs_and_a_supplier_its_customer() {
        Extracted a = Extracted.from("湘潭九华机器人产业园由湘潭九华园区运营管理有限公司负责开发运营。");
        assertThat(by(a, RelationType.PARTNERS_WITH, "湘潭九华园区运营管理有限公司", "湘潭九华机器人产业园", "verb:manage")).isTrue();
        Extracted b = Extracted.from("岳麓智能装备产业园于2023年开园，由长沙岳麓产业投资有限公司负责招商和运营。");
        assertThat(by(b, RelationType.PARTNERS_WITH, "长沙岳麓产业投资有限公司", "岳麓智能装备产业园", "verb:manage")).isTrue();

        Extracted c = Extracted.from("麓谷微电子股份有限公司为湘江智巡科技有限公司配套供应传感芯片。");
        assertThat(by(c, RelationType.PARTNERS_WITH, "麓谷微电子股份有限公司", "湘江智巡科技有限公司", "verb:cooperate")).isTrue();
        Extracted d = Extracted.from("星城动力科技有限公司今年已向湘江智巡科技有限公司小批量供货。");
        assertThat(by(d, RelationType.PARTNERS_WITH, "星城动力科技有限公司", "湘江智巡科技有限公司", "verb:cooperate")).isTrue();
    }

    @Test
    void this_firm_and_a_clause_opening_with_the_company_go_on_about_the_firm_just_named() {
        Extracted a = Extracted.from("岳麓精工科技有限公司位于长沙市岳麓区。这家成立于2012年的企业专注于光纤激光器和激光精密加工装备。");
        assertThat(by(a, RelationType.IN_INDUSTRY, "岳麓精工科技有限公司", "光纤激光器", "verb:focus")).isTrue();

        Extracted b = Extracted.from("湘江智巡科技有限公司成立于2019年。公司还计划明年在株洲市建设生产基地。");
        assertThat(by(b, RelationType.HOSTS, "株洲市", "湘江智巡科技有限公司", "verb:found")).isTrue();

        Extracted c = Extracted.from("长沙市工业和信息化局发布通知。企业购置工业机器人的，按设备投资额给予补贴。");
        assertThat(c.extraction.relations()).noneMatch(r -> r.type() == RelationType.IN_INDUSTRY);
    }

    @Test
    void a_short_name_that_ends_in_a_field_is_the_firm_not_the_field() {
        Extracted a = Extracted.from("深圳市迅衡机器人科技有限公司成立于2015年。迅衡机器人主营商用清洁机器人和配送机器人。");
        assertThat(by(a, RelationType.IN_INDUSTRY, "深圳市迅衡机器人科技有限公司", "配送机器人", "verb:focus")).isTrue();
        assertThat(a.label("机器人")).as("the field inside the short name is no mention of its own").isNull();

        Extracted b = Extracted.from("株洲星辰轴承股份有限公司落户株洲市。星辰轴承主营精密轴承和谐波减速器。");
        assertThat(by(b, RelationType.IN_INDUSTRY, "株洲星辰轴承股份有限公司", "谐波减速器", "verb:focus")).isTrue();
    }

    @Test
    void firms_listed_as_an_object_and_then_respectively_doing_something_each_do_their_own() {
        Extracted a = Extracted.from("园区已集聚星城传动、麓谷伺服和岳麓视觉等一批专精特新企业，分别专注于谐波减速器、伺服电机和机器视觉。");
        assertThat(by(a, RelationType.IN_INDUSTRY, "星城传动", "谐波减速器", "verb:focus")).isTrue();
        assertThat(by(a, RelationType.IN_INDUSTRY, "岳麓视觉", "机器视觉", "verb:focus")).isTrue();
        assertThat(by(a, RelationType.IN_INDUSTRY, "星城传动", "机器视觉", "verb:focus")).isFalse();

        Extracted b = Extracted.from("株洲航空产业园引进了湘江智巡科技有限公司和麓谷微电子股份有限公司，分别从事巡检机器人和传感芯片的研发。");
        assertThat(by(b, RelationType.IN_INDUSTRY, "麓谷微电子股份有限公司", "传感芯片", "verb:focus")).isTrue();
        assertThat(by(b, RelationType.IN_INDUSTRY, "株洲航空产业园", "传感芯片", "verb:focus")).isFalse();
    }

    @Test
    void the_leader_of_the_clause_before_is_an_agent_with_those_it_joins() {
        Extracted passive = Extracted.from("湖南丙丁具身智能创新中心由湖南戊己智能机器人研究院牵头，联合中南庚辛大学、湖南壬癸机器人股份有限公司等单位共同组建。");
        assertThat(passive.hasRelation(RelationType.PARTNERS_WITH, "湖南戊己智能机器人研究院", "湖南壬癸机器人股份有限公司")).isTrue();
        assertThat(passive.hasRelation(RelationType.FOUNDED, "湖南戊己智能机器人研究院", "湖南丙丁具身智能创新中心")).isTrue();
        assertThat(passive.hasRelation(RelationType.FOUNDED, "湖南壬癸机器人股份有限公司", "湖南丙丁具身智能创新中心")).isTrue();

        Extracted active = Extracted.from("支持西岭大学牵头，联合东川大学、四川甲乙智能机器人股份有限公司等单位组建四川省甲乙具身智能创新中心。");
        assertThat(active.hasRelation(RelationType.FOUNDED, "西岭大学", "四川省甲乙具身智能创新中心")).isTrue();

        Extracted built = Extracted.from("该中试平台由广东甲乙精密传动有限公司牵头，联合深圳市丙丁传动科技有限公司、深圳市戊己伺服技术有限公司等7家上下游企业共同建设。");
        assertThat(built.hasRelation(RelationType.PARTNERS_WITH, "广东甲乙精密传动有限公司", "深圳市戊己伺服技术有限公司")).isTrue();
    }

    @Test
    void a_park_or_its_next_phase_that_brings_in_projects_of_listed_fields_is_in_each_field() {
        Extracted x = Extracted.from("宁波丙丁智能机器人产业园已入驻企业32家。园区二期将重点引进灵巧手、六维力传感器、无框力矩电机等“卡脖子”部件项目。");
        assertThat(x.hasRelation(RelationType.IN_INDUSTRY, "宁波丙丁智能机器人产业园", "灵巧手")).isTrue();
        assertThat(x.hasRelation(RelationType.IN_INDUSTRY, "宁波丙丁智能机器人产业园", "无框力矩电机")).isTrue();

        Extracted quiet = Extracted.from("宁波丙丁智能机器人产业园已入驻企业32家。园区将重点引进灵巧手、六维力传感器等领域的高层次人才。");
        // The verb-clause rules read 引进…人才 as no project; the pair model (model:pair), a separate layer, may still guess.
        assertThat(quiet.extraction.relations()).noneMatch(r -> r.type() == RelationType.IN_INDUSTRY
                && r.target().endsWith("六维力传感器") && !r.method().equals(PairModelPass.METHOD));
    }

    @Test
    void a_firm_that_builds_a_plant_or_project_for_fields_is_in_them() {
        Extracted x = Extracted.from("深圳市甲乙伺服科技有限公司将建设伺服电机生产基地。"
                + "深圳市庚辛人形机器人有限公司将在中山壬癸科学城建设人形机器人整机研发及量产基地。");
        assertThat(x.hasRelation(RelationType.IN_INDUSTRY, "深圳市甲乙伺服科技有限公司", "伺服电机")).isTrue();
        assertThat(x.hasRelation(RelationType.IN_INDUSTRY, "深圳市庚辛人形机器人有限公司", "人形机器人")).isTrue();

        Extracted park = Extracted.from("深圳市子丑科技有限公司将投资建设智能家电产业园。");
        assertThat(park.hasRelation(RelationType.IN_INDUSTRY, "深圳市子丑科技有限公司", "智能家电")).isFalse();
    }

    @Test
    void places_paired_up_and_operators_entrusted_with_a_park_or_centre_are_partners() {
        Extracted paired = Extracted.from("深圳市宝安区与中山市南头镇结为产业协作对子。");
        assertThat(paired.hasRelation(RelationType.PARTNERS_WITH, "深圳市宝安区", "中山市南头镇")).isTrue();
        Extracted twinned = Extracted.from("广州市南沙区与佛山市顺德区结成产业协作伙伴。");
        assertThat(twinned.hasRelation(RelationType.PARTNERS_WITH, "广州市南沙区", "佛山市顺德区")
                || twinned.hasRelation(RelationType.PARTNERS_WITH, "佛山市顺德区", "广州市南沙区")).isTrue();

        Extracted park = Extracted.from("中山南头智能装备合作产业园委托深圳市安川产业园运营管理有限公司统一招商和运营。");
        assertThat(park.hasRelation(RelationType.PARTNERS_WITH, "中山南头智能装备合作产业园", "深圳市安川产业园运营管理有限公司")).isTrue();
        Extracted centre = Extracted.from("龙岗启川人形机器人中试验证中心由区里投资建设，委托深圳启川机器人研究院负责运营。");
        assertThat(centre.hasRelation(RelationType.PARTNERS_WITH, "龙岗启川人形机器人中试验证中心", "深圳启川机器人研究院")).isTrue();
    }

    @Test
    void a_sentence_that_opens_with_what_is_made_continues_the_organisation_the_sentence_before_opened_with() {
        Extracted made = Extracted.from("深圳市甲乙伺服科技有限公司成立于2019年。主要生产伺服电机和关节模组。");
        assertThat(made.hasRelation(RelationType.IN_INDUSTRY, "深圳市甲乙伺服科技有限公司", "关节模组")).isTrue();
        Extracted studied = Extracted.from("宁波丙丁智能装备研究院去年揭牌。从事机器视觉和运动控制研究。");
        assertThat(studied.hasRelation(RelationType.IN_INDUSTRY, "宁波丙丁智能装备研究院", "运动控制")).isTrue();
        Extracted products = Extracted.from("深圳市庚辛人形机器人有限公司位于南山区。产品包括灵巧手和六维力传感器。");
        assertThat(products.hasRelation(RelationType.IN_INDUSTRY, "深圳市庚辛人形机器人有限公司", "灵巧手")).isTrue();

        // a noun made of the same characters (生产线, 研发中心) opens no continued clause
        Extracted line = Extracted.from("深圳市甲乙伺服科技有限公司成立于2019年。生产线位于宁波丙丁智能机器人产业园。");
        assertThat(line.hasRelation(RelationType.HOSTS, "宁波丙丁智能机器人产业园", "深圳市甲乙伺服科技有限公司")).isFalse();
    }

    @Test
    void an_agreement_two_governments_sign_is_issued_by_both_but_not_by_a_body_that_signs_with_a_firm() {
        Extracted cities = Extracted.from("今年5月，江门市人民政府与肇庆市人民政府签署《江门市 肇庆市产业协同发展合作协议》。");
        assertThat(cities.hasRelation(RelationType.ISSUES, "江门市人民政府", "江门市肇庆市产业协同发展合作协议")).isTrue();
        assertThat(cities.hasRelation(RelationType.ISSUES, "肇庆市人民政府", "江门市肇庆市产业协同发展合作协议")).isTrue();
        Extracted bureaus = Extracted.from("江门市工业和信息化局和肇庆市工业和信息化局共同签署了《两市机器人产业协作备忘录》。");
        assertThat(bureaus.hasRelation(RelationType.ISSUES, "肇庆市工业和信息化局", "两市机器人产业协作备忘录")).isTrue();
        Extracted firm = Extracted.from("江门市人民政府与枫渚传感技术有限公司签署《智能传感器产业基地投资协议》。");
        assertThat(firm.extraction.relations()).noneMatch(r -> r.type() == RelationType.ISSUES);
        assertThat(firm.hasRelation(RelationType.PARTNERS_WITH, "江门市人民政府", "枫渚传感技术有限公司")).isTrue();
    }

    @Test
    void a_passive_whose_clause_names_no_object_is_about_the_topic_an_earlier_clause_opens_with() {
        Extracted x = Extracted.from("澄屿机器人产业园位于江门市蓬江区棠下镇，规划面积1.2平方公里，"
                + "由蓬江区人民政府与深圳市渚川产业园区运营有限公司合作共建。");
        assertThat(x.hasRelation(RelationType.FOUNDED, "深圳市渚川产业园区运营有限公司", "澄屿机器人产业园")).isTrue();
        assertThat(x.extraction.relations()).noneMatch(r -> r.type() == RelationType.FOUNDED && r.target().contains("棠下镇"));
        Extracted centre = Extracted.from("雁汀智能检测中心设在肇庆高新区，去年投入使用，由肇庆市澈岭智能科技有限公司负责建设。");
        assertThat(centre.hasRelation(RelationType.FOUNDED, "肇庆市澈岭智能科技有限公司", "雁汀智能检测中心")).isTrue();
        // an organisation the clause before set up is the object, not the topic that set it up
        Extracted fund = Extracted.from("推动江门市澄屿产业母基金出资设立江门市雁汀具身智能机器人产业基金，规模50亿元，"
                + "由渚川资本管理有限公司担任基金管理人，重点投向人形机器人。");
        assertThat(fund.hasRelation(RelationType.MANAGES, "渚川资本管理有限公司", "江门市雁汀具身智能机器人产业基金")).isTrue();
        assertThat(fund.hasRelation(RelationType.TARGETS, "江门市澄屿产业母基金", "人形机器人")).isFalse();
    }

    @Test
    void partners_written_before_their_role_put_money_into_the_fund_and_both_of_a_pair_found_what_they_set_up() {
        Extracted lps = Extracted.from("江门澄屿具身智能创业投资基金于9月完成备案，基金规模10亿元。"
                + "渚川投资控股有限公司及江门市雁汀产业投资有限公司为主要有限合伙人，两者合共认缴6亿元。");
        assertThat(lps.hasRelation(RelationType.FUNDS, "渚川投资控股有限公司", "江门澄屿具身智能创业投资基金")).isTrue();
        assertThat(lps.hasRelation(RelationType.FUNDS, "江门市雁汀产业投资有限公司", "江门澄屿具身智能创业投资基金")).isTrue();
        Extracted pair = Extracted.from("江门市人民政府与肇庆市人民政府签署协议。"
                + "蓬江区管委会还与肇庆市端州区工业和信息化局建立了产业协作机制，双方共同发起设立澄屿产业协作基金。");
        assertThat(pair.hasRelation(RelationType.FOUNDED, "肇庆市端州区工业和信息化局", "澄屿产业协作基金")).isTrue();
        assertThat(pair.hasRelation(RelationType.FOUNDED, "江门市人民政府", "澄屿产业协作基金")).isFalse();
    }

    @Test
    void cooperation_written_with_its_kind_joins_the_clauses_subject_and_the_partners_after_yu() {
        Extracted carried = Extracted.from("五邑大学江门机器人研究院于2023年揭牌，已与沅汀五金、檀屿电机等10余家江门企业开展技术合作。");
        assertThat(carried.hasRelation(RelationType.PARTNERS_WITH, "五邑大学江门机器人研究院", "沅汀五金")).isTrue();
        assertThat(carried.hasRelation(RelationType.PARTNERS_WITH, "五邑大学江门机器人研究院", "檀屿电机")).isTrue();
        Extracted kept = Extracted.from("江门沅汀传感科技有限公司由五邑大学教授团队创立，并与五邑大学保持联合研发关系。");
        assertThat(kept.hasRelation(RelationType.PARTNERS_WITH, "江门沅汀传感科技有限公司", "五邑大学")).isTrue();
        Extracted none = Extracted.from("五邑大学江门机器人研究院于2023年揭牌，将围绕技术合作开展人才培养。");
        assertThat(none.extraction.relations()).noneMatch(r -> r.type() == RelationType.PARTNERS_WITH);
    }

    @Test
    void the_place_where_one_party_signs_with_another_is_no_party() {
        Extracted x = Extracted.from("澳门沅汀创新投资公司（创新投资公司）今日（十一月六日）在澳门青洲科创园与江门市蓬江区科技创新局、"
                + "佛山顺德新区管理委员会（顺德新区管委会）签署三方合作备忘录。创新投资公司将提供对接服务。");
        assertThat(x.hasRelation(RelationType.PARTNERS_WITH, "澳门沅汀创新投资公司", "江门市蓬江区科技创新局")).isTrue();
        assertThat(x.hasRelation(RelationType.PARTNERS_WITH, "澳门沅汀创新投资公司", "佛山顺德新区管理委员会")).isTrue();
        assertThat(x.extraction.relations()).noneMatch(r -> r.type() == RelationType.PARTNERS_WITH && r.source().contains("青洲科创园"));
        // a bracketed tail of four characters or more is the short name of a release (创新投资公司, 顺德新区管委会)
        assertThat(x.names(EntityLabel.Enterprise)).containsExactly("澳门沅汀创新投资公司");
        assertThat(x.names(EntityLabel.GovernmentAgency)).doesNotContain("顺德新区管委会");
    }
}
