package org.industrykg.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Entries written as cards of labelled fields (a fund filing bulletin: 基金名称：…, 托管人名称：…, 投资方向：…, 备注：…),
 * the units of an award's project that did it together, the two sides of a cooperation ledger, owners written in a
 * firm's bracket, sub-funds, bank branches, streets of a district whose name other cities also have, and a place the
 * segmenter cut at a name's start. Invented texts on the real pipeline.
 */
class CardsAndTeamsTest {

    private static final String FIRST = "深圳市霁岚人形机器人创业投资合伙企业（有限合伙）";
    private static final String SECOND = "中山市琼汀具身智能产业投资基金合伙企业（有限合伙）";
    private static final String BULLETIN = "私募基金备案信息摘录（第3期）\n\n"
            + "【1】\n"
            + "基金名称：" + FIRST + "\n"
            + "管理人名称：深圳霁岚私募股权基金管理有限公司\n"
            + "托管人名称：岚屿银行股份有限公司深圳分行\n"
            + "注册地：深圳市南山区西丽街道\n"
            + "投资方向：人形机器人整机、灵巧手\n"
            + "备注：有限合伙人包括深圳澜岫投资控股有限公司（认缴3亿元）、中山市屿川电机有限公司（认缴1亿元）等。\n"
            + "【2】\n"
            + "基金名称：" + SECOND + "\n"
            + "管理人名称：中山潆川私募基金管理有限公司\n"
            + "托管人名称：潆岫银行股份有限公司\n"
            + "注册地：中山市翠亨新区\n"
            + "投资方向：具身智能、智能传感器\n"
            + "备注：本基金由深圳市龙岗区引导基金与中山市潆汀科创母基金共同发起；深圳市溯岫控股有限公司认缴4亿元。\n";

    @Test
    void the_fields_of_a_fund_s_card_are_about_that_fund() {
        Extracted x = Extracted.from(BULLETIN);
        String bank = "岚屿银行股份有限公司深圳分行";
        assertThat(x.names(EntityLabel.Enterprise)).contains(bank); // the branch, not the bank
        assertThat(x.partners(bank, FIRST)).isTrue(); // the custodian keeps the fund's money: no entry of its own
        assertThat(x.hasRelation(RelationType.MANAGES, "深圳霁岚私募股权基金管理有限公司", FIRST)).isTrue();
        assertThat(x.hasRelation(RelationType.TARGETS, FIRST, "灵巧手")).isTrue(); // 投资方向 is no 投资方
        assertThat(x.hasRelation(RelationType.HOSTS, "深圳市南山区西丽街道", FIRST)).isTrue();
        assertThat(x.hasRelation(RelationType.HOSTS, "深圳市南山区", FIRST)).isFalse(); // the street, not the district that qualifies it
        assertThat(x.hasRelation(RelationType.HOSTS, "深圳市南山区", bank)).isFalse();
        assertThat(x.hasRelation(RelationType.FUNDS, "中山市屿川电机有限公司", FIRST)).isTrue(); // its remarks' partners
        assertThat(x.hasRelation(RelationType.FUNDS, "中山市屿川电机有限公司", SECOND)).isFalse();
    }

    @Test
    void this_fund_in_a_card_s_remarks_is_the_card_s_fund() {
        Extracted x = Extracted.from(BULLETIN);
        String second = x.names(EntityLabel.Fund).stream().filter(n -> n.startsWith("中山市琼汀")).findFirst().orElseThrow();
        assertThat(x.hasRelation(RelationType.FOUNDED, "中山市潆汀科创母基金", second)).isTrue();
        assertThat(x.hasRelation(RelationType.FOUNDED, "深圳市龙岗区引导基金", "中山市潆汀科创母基金")).isFalse();
        assertThat(x.hasRelation(RelationType.FUNDS, "深圳市溯岫控股有限公司", second)).isTrue(); // not into a co-founder
        assertThat(x.hasRelation(RelationType.FUNDS, "深圳市溯岫控股有限公司", "中山市潆汀科创母基金")).isFalse();
        assertThat(x.partners("潆岫银行股份有限公司", second)).isTrue();
    }

    @Test
    void a_fund_that_is_another_s_sub_fund_is_part_of_it_and_funded_by_it() {
        Extracted x = Extracted.from("深圳泠岫机器人产业子基金系深圳市宝安区产业投资引导基金的子基金，规模8亿元。"
                + "中山泠川智造基金作为中山市泠汀母基金参股的专项子基金，重点投向机器人零部件。");
        assertThat(x.hasRelation(RelationType.PART_OF, "深圳泠岫机器人产业子基金", "深圳市宝安区产业投资引导基金")).isTrue();
        assertThat(x.hasRelation(RelationType.FUNDS, "深圳市宝安区产业投资引导基金", "深圳泠岫机器人产业子基金")).isTrue();
        assertThat(x.hasRelation(RelationType.PART_OF, "中山泠川智造基金", "中山市泠汀母基金")).isTrue();

        Extracted manager = Extracted.from("深圳泠岫创业投资管理有限公司是深圳市宝安区产业投资引导基金的子基金管理人。");
        assertThat(manager.extraction.relations()).noneMatch(r -> r.type() == RelationType.PART_OF && r.source().contains("泠岫"));
    }

    @Test
    void the_units_that_completed_a_project_together_are_partners_of_each_other() {
        Extracted x = Extracted.from("2025年度某省科学技术奖获奖项目（节选）\n\n"
                + "序号　项目编号　　项目名称　　主要完成单位　　主要完成人\n"
                + "1　　K25-1-03　　仿人机器人灵巧操作关键技术　　深圳市霁岚智能科技股份有限公司，南方科技大学，中山市屿川电机有限公司　　周某某，黄某某\n"
                + "2　　K25-2-11　　协作机器人柔性关节研制　　中山市琼汀精密传动有限公司，华南理工大学　　陈某某，林某某\n");
        assertThat(x.partners("深圳市霁岚智能科技股份有限公司", "南方科技大学")).isTrue();
        assertThat(x.partners("南方科技大学", "中山市屿川电机有限公司")).isTrue();
        assertThat(x.partners("中山市琼汀精密传动有限公司", "华南理工大学")).isTrue();
        assertThat(x.partners("中山市屿川电机有限公司", "华南理工大学")).isFalse(); // two rows, two projects

        Extracted field = Extracted.from("项目名称：复合材料机械臂轻量化设计\n主要完成单位：深圳澜岫机器人有限公司、清华大学深圳国际研究生院\n");
        assertThat(field.partners("深圳澜岫机器人有限公司", "清华大学深圳国际研究生院")).isTrue();
    }

    @Test
    void a_branch_written_after_its_bank_or_company_is_one_name() {
        Extracted x = Extracted.from("潆岫银行股份有限公司中山分行与中山市屿川电机有限公司签署战略合作协议。"
                + "深圳溯岫科技有限公司深圳研发团队负责算法开发。");
        assertThat(x.names(EntityLabel.Enterprise)).contains("潆岫银行股份有限公司中山分行", "深圳溯岫科技有限公司");
        assertThat(x.allNames()).noneMatch(n -> n.endsWith("研发团队"));
    }

    @Test
    void the_two_sides_of_a_cooperation_ledger_work_together_or_one_set_the_other_up() {
        Extracted x = Extracted.from("深中合作重点项目台账\n\n"
                + "序号\t项目名称\t深圳方\t中山方\t合作方式\t落地载体\n"
                + "1\t减速器产线转移项目\t深圳泠岫精密传动有限公司\t中山泠岫精密传动有限公司\t在中山设立全资子公司\t中山市三乡镇\n"
                + "2\t关节电机供应链配套\t深圳市潆川智能科技有限公司\t中山市屿川电机有限公司\t供应链配套，年采购额约3000万元\t—\n"
                + "3\t泠汀深中产业协作园\t深圳市龙华区人民政府\t中山市东升镇人民政府\t两地共建园区\t中山市东升镇\n");
        assertThat(x.hasRelation(RelationType.FOUNDED, "深圳泠岫精密传动有限公司", "中山泠岫精密传动有限公司")).isTrue();
        assertThat(x.partners("深圳泠岫精密传动有限公司", "中山泠岫精密传动有限公司")).isFalse(); // a subsidiary, no partner
        assertThat(x.partners("深圳市潆川智能科技有限公司", "中山市屿川电机有限公司")).isTrue();
        assertThat(x.hasRelation(RelationType.FOUNDED, "深圳市龙华区人民政府", "泠汀深中产业协作园")).isTrue();
        assertThat(x.hasRelation(RelationType.FOUNDED, "中山市东升镇人民政府", "泠汀深中产业协作园")).isTrue();
        assertThat(x.partners("深圳市潆川智能科技有限公司", "中山泠岫精密传动有限公司")).isFalse(); // two rows
    }

    @Test
    void an_owner_written_in_a_firm_s_bracket_founded_it() {
        Extracted x = Extracted.from("深圳市泠岫智能科技有限公司（以下简称“泠岫智能”）总部位于深圳。本月新注册企业：中山泠岫智能科技有限公司"
                + "（3月12日注册，注册资本1亿元，泠岫智能全资）、中山潆川机器人科技有限公司（深圳潆川机器人有限公司持股100%）、"
                + "中山溯岫数据服务有限公司（由深圳溯岫科技有限公司出资设立）。中山琼汀电子有限公司（深圳霁岚科技有限公司持股20%）已投产。");
        assertThat(x.hasRelation(RelationType.FOUNDED, "深圳市泠岫智能科技有限公司", "中山泠岫智能科技有限公司")).isTrue();
        assertThat(x.hasRelation(RelationType.FOUNDED, "深圳潆川机器人有限公司", "中山潆川机器人科技有限公司")).isTrue();
        assertThat(x.hasRelation(RelationType.FOUNDED, "深圳溯岫科技有限公司", "中山溯岫数据服务有限公司")).isTrue();
        assertThat(x.hasRelation(RelationType.FOUNDED, "深圳霁岚科技有限公司", "中山琼汀电子有限公司")).isFalse(); // a minority stake
    }

    @Test
    void a_place_the_segmenter_cut_at_a_name_s_start_stays_in_the_name() {
        Extracted x = Extracted.from("三、重点载体\n（四）黄圃（福田）创新飞地：位于深圳市福田区沙头街道，由中山市黄圃镇人民政府与深圳市福田区沙头街道办事处共建。");
        assertThat(x.names(EntityLabel.Park)).contains("黄圃（福田）创新飞地");
        assertThat(x.hasRelation(RelationType.FOUNDED, "中山市黄圃镇人民政府", "黄圃（福田）创新飞地")).isTrue();
    }
}
