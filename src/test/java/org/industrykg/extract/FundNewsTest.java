package org.industrykg.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * How fund news goes on about a fund it has named: by a measure word (这只基金), by the bare class noun
 * after its founders were named (基金委托…), and by the roles of an announcement (执行事务合伙人暨基金管理人是…);
 * and a kind of fund named only by its field (这只…人形机器人专项基金) is none unless the text sets it up there.
 * Invented texts on the real pipeline.
 */
class FundNewsTest {

    @Test
    void a_fund_called_by_its_measure_word_is_the_fund_named_before() {
        Extracted x = Extracted.from("澜峰具身智能产业基金于今年3月在洛阳市揭牌，规模8亿元。"
                + "这只基金交由青禾私募基金管理有限公司管理，重点投向人形机器人整机。");
        assertThat(x.allNames()).doesNotContain("只基金");
        assertThat(x.hasRelation(RelationType.MANAGES, "青禾私募基金管理有限公司", "澜峰具身智能产业基金")).isTrue();
        assertThat(x.hasRelation(RelationType.TARGETS, "澜峰具身智能产业基金", "人形机器人")).isTrue();

        Extracted other = Extracted.from("星川智能制造基金去年在宁波市完成备案。该只基金已投资沐辰传感科技有限公司。");
        assertThat(other.allNames()).doesNotContain("只基金");
        assertThat(other.hasRelation(RelationType.FUNDS, "星川智能制造基金", "沐辰传感科技有限公司")).isTrue();
    }

    @Test
    void a_fund_for_embodied_intelligence_or_intelligent_robots_is_wider_than_humanoid_robots() {
        Extracted x = Extracted.from("青禾具身智能天使基金规模3亿元，主要投资具身智能方向的早期项目。"
                + "当地已聚集人形机器人整机企业12家。");
        assertThat(x.hasRelation(RelationType.TARGETS, "青禾具身智能天使基金", "具身智能")).isTrue();
        assertThat(x.hasRelation(RelationType.PART_OF, "人形机器人", "具身智能")).isTrue();

        Extracted robots = Extracted.from("沐辰智能机器人产业基金总规模10亿元，重点投向智能机器人整机，"
                + "首批投资了两家人形机器人企业。");
        assertThat(robots.hasRelation(RelationType.PART_OF, "人形机器人", "智能机器人")).isTrue();

        Extracted skipped = Extracted.from("澜峰机器人产业基金重点投向机器人整机，已投资两家人形机器人企业。");
        assertThat(skipped.hasRelation(RelationType.PART_OF, "人形机器人", "机器人")).isTrue(); // 智能机器人 unnamed: the next one up

        Extracted ai = Extracted.from("岷山人工智能基金重点投资人工智能和具身智能。");
        assertThat(ai.hasRelation(RelationType.PART_OF, "具身智能", "人工智能")).isFalse();
    }

    @Test
    void a_field_the_fund_does_not_invest_in_is_not_its_target_and_a_broad_category_is_no_field() {
        Extracted x = Extracted.from("青禾科创母基金规模30亿元，该母基金主要投向半导体和生物医药，暂未单设机器人方向。");
        assertThat(x.hasRelation(RelationType.TARGETS, "青禾科创母基金", "半导体")).isTrue();
        assertThat(x.hasRelation(RelationType.TARGETS, "青禾科创母基金", "机器人")).isFalse();

        Extracted y = Extracted.from("澜峰天使基金重点投资未来产业和人形机器人，不投资房地产，投向机器人领域的资金比例不低于60%。");
        assertThat(y.hasRelation(RelationType.TARGETS, "澜峰天使基金", "人形机器人")).isTrue();
        assertThat(y.hasRelation(RelationType.TARGETS, "澜峰天使基金", "机器人")).isTrue(); // 不低于 denies nothing
        assertThat(y.allNames()).doesNotContain("未来");
    }

    @Test
    void partners_listed_after_a_fund_was_set_up_put_money_into_that_fund_not_into_its_last_founder() {
        Extracted x = Extracted.from("据介绍，洛阳星川人形机器人基金由河南省先进制造业引导基金与洛阳市科创产业引导基金共同发起设立。"
                + "其中，河南省先进制造业引导基金认缴12亿元，洛阳市科创产业引导基金认缴10亿元，"
                + "洛阳青禾投资集团有限公司认缴8亿元，产业方洛阳澜峰机器人股份有限公司认缴5亿元。");
        String fund = "洛阳星川人形机器人基金";
        assertThat(x.hasRelation(RelationType.FUNDS, "河南省先进制造业引导基金", fund)).isTrue();
        assertThat(x.hasRelation(RelationType.FUNDS, "洛阳青禾投资集团有限公司", fund)).isTrue();
        assertThat(x.hasRelation(RelationType.FUNDS, "洛阳澜峰机器人股份有限公司", fund)).isTrue();
        assertThat(x.hasRelation(RelationType.FUNDS, "洛阳青禾投资集团有限公司", "洛阳市科创产业引导基金")).isFalse();
    }

    @Test
    void a_class_of_funds_is_no_fund() {
        Extracted x = Extracted.from("该基金是目前河南省内规模最大的具身智能专项产业基金之一。此前，洛阳市已参与设立机器人及智能装备相关子基金多只。"
                + "企业通过合资基金、在地设厂等方式布局。");
        assertThat(x.extraction.entities()).noneMatch(e -> e.label() == EntityLabel.Fund);

        Extracted phase = Extracted.from("洛阳星川人形机器人基金之一期规模5亿元。");
        assertThat(phase.entity("洛阳星川人形机器人基金")).isPresent();
    }

    @Test
    void the_manager_an_announcement_names_manages_the_fund_it_is_about() {
        Extracted joined = Extracted.from("星川人形机器人创业投资基金合伙企业（有限合伙）今年8月在宁波市登记成立，"
                + "执行事务合伙人暨基金管理人是岷山私募基金管理有限公司。");
        assertThat(joined.hasRelation(RelationType.MANAGES, "岷山私募基金管理有限公司", "星川人形机器人创业投资基金")).isTrue();

        Extracted planned = Extracted.from("洛阳市拟设立沐辰机器人产业基金，拟定规模15亿元，基金管理人拟为洛阳青禾创业投资管理有限公司。");
        assertThat(planned.hasRelation(RelationType.MANAGES, "洛阳青禾创业投资管理有限公司", "沐辰机器人产业基金")).isTrue();

        Extracted led = Extracted.from("沐辰人形机器人基金由洛阳市产业投资引导母基金牵头发起并认缴首期份额的40%。"
                + "基金管理人为洛阳江城私募基金管理有限公司。");
        assertThat(led.hasRelation(RelationType.MANAGES, "洛阳江城私募基金管理有限公司", "沐辰人形机器人基金")).isTrue();
        assertThat(led.hasRelation(RelationType.MANAGES, "洛阳江城私募基金管理有限公司", "洛阳市产业投资引导母基金")).isFalse();

        Extracted later = Extracted.from("澜峰智能装备基金总规模6亿元。管理人是星川资本管理有限公司，托管人为某银行。");
        assertThat(later.hasRelation(RelationType.MANAGES, "星川资本管理有限公司", "澜峰智能装备基金")).isTrue();
    }

    @Test
    void the_controlling_shareholder_in_a_party_s_fields_owns_that_party() {
        Extracted named = Extracted.from("二、合作方基本情况\n（一）普通合伙人\n名称：皓汀私募股权投资基金管理有限公司\n"
                + "企业类型：有限责任公司\n注册地址：江门市蓬江区\n控股股东：皓汀投资控股集团有限公司，持股比例100%\n"
                + "（二）有限合伙人\n1．嵘峰产业投资控股有限公司\n企业类型：有限责任公司（国有独资）\n控股股东为江门市国有资产监督管理委员会");
        assertThat(named.hasRelation(RelationType.FUNDS, "皓汀投资控股集团有限公司", "皓汀私募股权投资基金管理有限公司")).isTrue();
        assertThat(named.hasRelation(RelationType.FUNDS, "江门市国有资产监督管理委员会", "嵘峰产业投资控股有限公司")).isTrue();
        assertThat(named.hasRelation(RelationType.FUNDS, "皓汀投资控股集团有限公司", "嵘峰产业投资控股有限公司")).isFalse();

        Extracted far = Extracted.from("名称：皓汀私募股权投资基金管理有限公司\n一\n二\n三\n四\n五\n六\n七\n八\n九\n十\n十一\n"
                + "控股股东：皓汀投资控股集团有限公司");
        assertThat(far.hasRelation(RelationType.FUNDS, "皓汀投资控股集团有限公司", "皓汀私募股权投资基金管理有限公司")).isFalse();
    }

    @Test
    void the_fund_a_later_sentence_means_is_the_one_set_up_not_the_one_that_led_or_paid() {
        Extracted x = Extracted.from("沐辰智能制造产业基金由洛阳市产业投资母基金牵头、青禾投资集团有限公司参与发起，总规模20亿元。"
                + "基金委托岷山私募基金管理有限公司运营管理，重点布局工业软件和工业母机。");
        assertThat(x.hasRelation(RelationType.MANAGES, "岷山私募基金管理有限公司", "沐辰智能制造产业基金")).isTrue();
        assertThat(x.hasRelation(RelationType.MANAGES, "岷山私募基金管理有限公司", "洛阳市产业投资母基金")).isFalse();
        assertThat(x.hasRelation(RelationType.TARGETS, "沐辰智能制造产业基金", "工业软件")).isTrue();
        assertThat(x.hasRelation(RelationType.TARGETS, "洛阳市产业投资母基金", "工业软件")).isFalse();
        assertThat(x.hasRelation(RelationType.FOUNDED, "青禾投资集团有限公司", "沐辰智能制造产业基金")).isTrue();

        Extracted initiator = Extracted.from("宁波市拟设立澜峰具身智能机器人产业基金，拟定规模15亿元，由宁波岱舟创新投资集团有限公司作为主发起人。");
        assertThat(initiator.hasRelation(RelationType.FOUNDED, "宁波岱舟创新投资集团有限公司", "澜峰具身智能机器人产业基金")).isTrue();

        Extracted paid = Extracted.from("澜峰机器人天使基金规模3亿元，宁波市天使投资引导基金认缴1亿元。该基金已投资星川关节科技有限公司。");
        assertThat(paid.hasRelation(RelationType.FUNDS, "澜峰机器人天使基金", "星川关节科技有限公司")).isTrue();
        assertThat(paid.hasRelation(RelationType.FUNDS, "宁波市天使投资引导基金", "星川关节科技有限公司")).isFalse();
    }

    @Test
    void the_investors_of_a_round_fund_the_firm_that_raised_it_however_the_round_is_written() {
        Extracted relative = Extracted.from("洛阳星川机器人有限公司刚完成由洛阳市人形机器人天使基金和洛阳岱舟创业投资合伙企业（有限合伙）"
                + "联合领投的Pre-A轮融资。");
        assertThat(relative.names(EntityLabel.Fund)).contains("洛阳岱舟创业投资合伙企业（有限合伙）");
        assertThat(relative.hasRelation(RelationType.FUNDS, "洛阳市人形机器人天使基金", "洛阳星川机器人有限公司")).isTrue();
        assertThat(relative.hasRelation(RelationType.FUNDS, "洛阳岱舟创业投资合伙企业（有限合伙）", "洛阳星川机器人有限公司")).isTrue();

        Extracted thisRound = Extracted.from("洛阳沐辰智能科技有限公司宣布完成B轮融资。本轮由洛阳澜峰产业基金和洛阳溯川具身智能基金联合领投，"
                + "宁波岷山产业投资基金、宁波青禾电器集团股份有限公司跟投。");
        assertThat(thisRound.hasRelation(RelationType.FUNDS, "宁波岷山产业投资基金", "洛阳沐辰智能科技有限公司")).isTrue();
        assertThat(thisRound.hasRelation(RelationType.FUNDS, "宁波青禾电器集团股份有限公司", "洛阳沐辰智能科技有限公司")).isTrue();
        assertThat(thisRound.hasRelation(RelationType.FUNDS, "宁波岷山产业投资基金", "洛阳溯川具身智能基金")).isFalse();

        Extracted chained = Extracted.from("澜峰具身智能基金重点投向人形机器人整机。基金成立当年即领投了洛阳星川仿生机器人有限公司1.5亿元B轮融资，"
                + "并参投洛阳岱舟传感科技有限公司Pre-A轮。");
        assertThat(chained.hasRelation(RelationType.FUNDS, "澜峰具身智能基金", "洛阳星川仿生机器人有限公司")).isTrue();
        assertThat(chained.hasRelation(RelationType.FUNDS, "澜峰具身智能基金", "洛阳岱舟传感科技有限公司")).isTrue();
        assertThat(chained.hasRelation(RelationType.FOUNDED, "澜峰具身智能基金", "洛阳星川仿生机器人有限公司")).isFalse();

        Extracted serial = Extracted.from("岷山理工大学与洛阳星川软件股份有限公司、洛阳沐辰数智科技有限公司签订三方协议，共同发起设立洛阳工业软件创新联盟。");
        assertThat(serial.hasRelation(RelationType.FOUNDED, "洛阳沐辰数智科技有限公司", "洛阳工业软件创新联盟")).isTrue();
    }

    @Test
    void who_puts_money_into_a_fund_in_a_passive_and_what_a_sub_fund_invests_in() {
        Extracted passive = Extracted.from("洛阳先进制造母基金于2023年由洛阳市人民政府发起设立，总规模100亿元，"
                + "由洛阳市财政局和洛阳新质控股有限公司共同出资。");
        assertThat(passive.hasRelation(RelationType.FUNDS, "洛阳市财政局", "洛阳先进制造母基金")).isTrue();
        assertThat(passive.hasRelation(RelationType.FUNDS, "洛阳新质控股有限公司", "洛阳先进制造母基金")).isTrue();
        assertThat(passive.hasRelation(RelationType.FUNDS, "洛阳市财政局", "洛阳市人民政府")).isFalse();

        Extracted sub = Extracted.from("宁波沐辰智能网联产业基金完成备案，规模15亿元。该子基金聚焦智能网联汽车，目前已出资宁波星川智驾科技有限公司等4个项目。");
        assertThat(sub.hasRelation(RelationType.FUNDS, "宁波沐辰智能网联产业基金", "宁波星川智驾科技有限公司")).isTrue();
    }

    @Test
    void the_manager_a_fund_is_entrusted_to_after_its_partners_manages_it() {
        Extracted x = Extracted.from("两市约定共同发起设立茂湛产业协同发展基金，目标规模30亿元，由茂名砚山投资控股集团有限公司与"
                + "湛江北岭投资控股集团有限公司共同出资，委托茂名岚曦私募股权基金管理有限公司管理，主要投向人形机器人领域。");
        assertThat(x.hasRelation(RelationType.MANAGES, "茂名岚曦私募股权基金管理有限公司", "茂湛产业协同发展基金")).isTrue();
        assertThat(x.hasRelation(RelationType.MANAGES, "茂名砚山投资控股集团有限公司", "茂湛产业协同发展基金")).isFalse();
        assertThat(x.hasRelation(RelationType.FUNDS, "湛江北岭投资控股集团有限公司", "茂湛产业协同发展基金")).isTrue();
    }

    @Test
    void the_name_of_a_fund_a_firm_owns_starts_after_the_word_for_owning() {
        Extracted x = Extracted.from("目前在管基金总规模约65亿元。旗下砚澜先进制造一期基金（规模8亿元，2021年设立）已投资工业机器人。");
        assertThat(x.label("砚澜先进制造一期基金")).isEqualTo(EntityLabel.Fund);
        assertThat(x.allNames()).doesNotContain("先进制造一期基金");

        Extracted y = Extracted.from("公司旗下霁川人形机器人产业基金规模10亿元。");
        assertThat(y.label("霁川人形机器人产业基金")).isEqualTo(EntityLabel.Fund);
        assertThat(y.allNames()).noneMatch(n -> n.contains("旗下"));
    }

    @Test
    void partners_listed_before_the_money_verb_with_unnamed_people_after_them_fund_the_fund() {
        Extracted x = Extracted.from("砚山具身智能产业投资基金于今年9月完成设立，由砚山莲海资本管理有限公司担任管理人，"
                + "砚山镜海投资发展有限公司、砚山汇澳智能科技有限公司及多名企业家出资。");
        assertThat(x.hasRelation(RelationType.FUNDS, "砚山镜海投资发展有限公司", "砚山具身智能产业投资基金")).isTrue();
        assertThat(x.hasRelation(RelationType.FUNDS, "砚山汇澳智能科技有限公司", "砚山具身智能产业投资基金")).isTrue();
    }

    @Test
    void a_fund_registered_in_a_zone_is_hosted_by_it() {
        Extracted x = Extracted.from("霁川人形机器人产业基金注册于横琴粤澳深度合作区，目标规模人民币20亿元。");
        assertThat(x.hasRelation(RelationType.HOSTS, "横琴粤澳深度合作区", "霁川人形机器人产业基金")).isTrue();

        Extracted y = Extracted.from("北岭智能制造基金注册在湛江市麻章区，由砚山资本管理。");
        assertThat(y.hasRelation(RelationType.HOSTS, "湛江市麻章区", "北岭智能制造基金")).isTrue();
    }

    @Test
    void the_one_who_leads_sets_up_the_fund_and_only_the_named_manager_manages_it() {
        Extracted x = Extracted.from("（七）设立产业基金。由江门市渚川产业投资集团有限公司牵头，发起设立规模20亿元的江门市智能机器人产业基金，"
                + "重点投向人形机器人和低空经济领域，基金拟由江门澄屿私募基金管理有限公司担任管理人。");
        assertThat(x.hasRelation(RelationType.FOUNDED, "江门市渚川产业投资集团有限公司", "江门市智能机器人产业基金")).isTrue();
        assertThat(x.hasRelation(RelationType.MANAGES, "江门澄屿私募基金管理有限公司", "江门市智能机器人产业基金")).isTrue();
        assertThat(x.hasRelation(RelationType.MANAGES, "江门市渚川产业投资集团有限公司", "江门市智能机器人产业基金")).isFalse();
    }

    @Test
    void a_fund_named_only_by_its_field_and_fund_words_is_a_kind_of_fund_not_a_fund() {
        Extracted x = Extracted.from("江门澄屿人形机器人产业投资基金近日落地，这只由省市两级引导基金共同发起的人形机器人专项基金"
                + "总规模50亿元，将是国内规模最大的机器人主题基金之一。");
        assertThat(x.names(EntityLabel.Fund)).containsExactly("江门澄屿人形机器人产业投资基金");

        Extracted setUp = Extracted.from("会议提出探索设立人形机器人产业基金，并建立规模不低于2亿元的人工智能产业投资专项基金。");
        assertThat(setUp.names(EntityLabel.Fund)).contains("人形机器人产业基金", "人工智能产业投资专项基金");

        Extracted said = Extracted.from("某县特别设立基金规模为2亿元的灵巧手产业基金。");
        assertThat(said.names(EntityLabel.Fund)).containsExactly("灵巧手产业基金");

        Extracted under = Extracted.from("由市财政出资设立肇庆市澄屿未来产业引导基金，下设灵巧手产业子基金，规模10亿元。");
        assertThat(under.names(EntityLabel.Fund)).anyMatch(n -> n.endsWith("灵巧手产业子基金"));

        Extracted named = Extracted.from("江门澄屿人形机器人产业投资基金今年完成备案，深圳市具身智能产业基金同步设立。");
        assertThat(named.names(EntityLabel.Fund)).containsExactlyInAnyOrder("江门澄屿人形机器人产业投资基金", "深圳市具身智能产业基金");
    }

    @Test
    void a_funds_letter_puts_money_into_the_firm_whose_round_its_item_names() {
        Extracted x = Extracted.from("""
                江门沅汀具身智能一期创业投资合伙企业（有限合伙）（以下简称“本基金”）本年度的投资如下。

                　　1．江门檀屿智能科技有限公司（檀屿智能）：做五指灵巧手的初创团队。本基金在其A+轮领投8000万元。
                　　2．佛山澄屿关节科技有限公司（澄屿关节）：做伺服关节。本基金领投其天使+轮6500万元，江门蓬江科创投资有限公司同轮跟投。
                　　3．佛山沐辰传感科技有限公司：主营触觉传感器。本基金还在其他领域投资了多个项目。
                """);
        assertThat(x.hasRelation(RelationType.FUNDS, "江门沅汀具身智能一期创业投资合伙企业（有限合伙）", "江门檀屿智能科技有限公司")).isTrue();
        assertThat(x.hasRelation(RelationType.FUNDS, "江门沅汀具身智能一期创业投资合伙企业（有限合伙）", "佛山澄屿关节科技有限公司")).isTrue();
        assertThat(x.hasRelation(RelationType.FUNDS, "江门蓬江科创投资有限公司", "佛山澄屿关节科技有限公司")).isTrue();
        assertThat(x.hasRelation(RelationType.FUNDS, "江门沅汀具身智能一期创业投资合伙企业（有限合伙）", "江门蓬江科创投资有限公司")).isFalse();
        assertThat(x.hasRelation(RelationType.FUNDS, "江门沅汀具身智能一期创业投资合伙企业（有限合伙）", "佛山沐辰传感科技有限公司")).isFalse();
    }

    @Test
    void a_fund_named_after_a_district_is_hosted_by_it_and_by_the_city_its_name_writes() {
        Extracted x = Extracted.from("深圳市今年新设基金10支，深圳市南山区创新创业引导基金出资2亿元。");
        assertThat(x.hasRelation(RelationType.HOSTS, "深圳市南山区", "深圳市南山区创新创业引导基金")).isTrue();
        assertThat(x.hasRelation(RelationType.HOSTS, "深圳市", "深圳市南山区创新创业引导基金")).isTrue();

        Extracted district = Extracted.from("深圳市岫澜科技有限公司总部位于深圳市，近日完成融资，投资方为福田区天使投资引导基金。");
        assertThat(district.hasRelation(RelationType.HOSTS, "深圳市福田区", "福田区天使投资引导基金")).isTrue();
        assertThat(district.hasRelation(RelationType.HOSTS, "深圳市", "福田区天使投资引导基金")).isFalse(); // its name writes no city

        Extracted nowhere = Extracted.from("福田区天使投资引导基金参与投资。"); // which 福田区 the text does not say
        assertThat(nowhere.extraction.relations()).noneMatch(r -> r.type() == RelationType.HOSTS);
    }
}
