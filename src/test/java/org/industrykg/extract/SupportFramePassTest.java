package org.industrykg.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Support written as a frame around the supported organisation. Invented sentences on the real pipeline. */
class SupportFramePassTest {

    @Test
    void support_given_to_received_from_or_backed_by_a_body_or_policy() {
        Extracted given = Extracted.from("杭州市经济和信息化局对澜峰机器人股份有限公司给予政策扶持。");
        assertThat(given.hasRelation(RelationType.SUPPORTS, "杭州市经济和信息化局", "澜峰机器人股份有限公司")).isTrue();
        Extracted money = Extracted.from("杭州市经济和信息化局对澜峰机器人股份有限公司给予500万元奖励。"); // money: DESIGN.md's 资助, 补助
        assertThat(money.hasRelation(RelationType.FUNDS, "杭州市经济和信息化局", "澜峰机器人股份有限公司")).isTrue();
        Extracted received = Extracted.from("沐辰智能科技有限公司获得宁波市科学技术局300万元资助。");
        assertThat(received.hasRelation(RelationType.FUNDS, "宁波市科学技术局", "沐辰智能科技有限公司")).isTrue();
        Extracted helped = Extracted.from("沐辰智能科技有限公司获得宁波市科学技术局支持。");
        assertThat(helped.hasRelation(RelationType.SUPPORTS, "宁波市科学技术局", "沐辰智能科技有限公司")).isTrue();
        Extracted under = Extracted.from("在苏州市工业和信息化局的支持下，星川精密股份有限公司建成中试平台。");
        assertThat(under.hasRelation(RelationType.SUPPORTS, "苏州市工业和信息化局", "星川精密股份有限公司")).isTrue();
        Extracted backed = Extracted.from("岷山智能研究中心是杭州市科学技术局支持的新型研发机构。");
        assertThat(backed.hasRelation(RelationType.SUPPORTS, "杭州市科学技术局", "岷山智能研究中心")).isTrue();
        Extracted policy = Extracted.from("《青禾市促进人形机器人产业发展若干措施》明确，对澜峰机器人股份有限公司等链主企业给予支持。");
        assertThat(policy.extraction.relations()).anyMatch(r -> r.type() == RelationType.SUPPORTS
                && r.target().endsWith(":澜峰机器人股份有限公司") && r.method().equals("rule:support-frame"));
    }

    @Test
    void in_the_text_of_a_policy_a_notice_issues_support_given_without_a_supporter_is_the_policys() {
        Extracted x = Extracted.from("洛阳市人民政府办公厅关于印发洛阳市促进具身智能产业发展若干措施的通知\n\n"
                + "现将《洛阳市促进具身智能产业发展若干措施》印发给你们，请认真贯彻执行。\n\n"
                + "第二条 对澜峰精密有限公司等核心零部件企业首台套产品给予奖励。\n"
                + "第三条 对岷山智能科技有限公司、星川电子有限公司等年营业收入首次突破5亿元的企业，给予一次性奖励300万元。\n"
                + "第四条 重点支持洛阳伊滨机器人产业园建设。");
        assertThat(x.hasRelation(RelationType.SUPPORTS, "洛阳市促进具身智能产业发展若干措施", "澜峰精密有限公司")).isTrue();
        assertThat(x.hasRelation(RelationType.SUPPORTS, "洛阳市促进具身智能产业发展若干措施", "岷山智能科技有限公司")).isTrue();
        assertThat(x.hasRelation(RelationType.SUPPORTS, "洛阳市促进具身智能产业发展若干措施", "星川电子有限公司")).isTrue();
        assertThat(x.extraction.relations()).anyMatch(r -> r.type() == RelationType.SUPPORTS && r.target().endsWith(":洛阳伊滨机器人产业园"));
    }

    @Test
    void a_policys_own_text_supports_the_parks_platforms_and_funds_it_builds_without_a_subject() {
        Extracted x = Extracted.from("""
                绵阳市加快具身智能产业发展实施方案（2026—2028年）
                一、建设创新载体
                （一）加快建设岚汀具身智能创新中心，开展关键技术攻关。
                （二）依托绵阳高新技术产业开发区建设岚汀人形机器人中试验证平台。
                （三）支持在绵阳经济技术开发区高标准建设岚汀机器人产业园。
                二、强化金融支持
                联合社会资本设立岚汀具身智能产业投资基金，首期规模10亿元。
                支持涪城区设立总规模5亿元的涪城机器人天使投资基金。
                （四）支持建设绵阳市机器人检验检测公共服务平台和绵阳市具身智能数据训练场。
                澄溪精密传动有限公司建设了关节模组产线。
                """);
        String policy = "绵阳市加快具身智能产业发展实施方案（2026—2028年）";
        assertThat(x.hasRelation(RelationType.SUPPORTS, policy, "岚汀具身智能创新中心")).isTrue();
        assertThat(x.hasRelation(RelationType.SUPPORTS, policy, "岚汀人形机器人中试验证平台")).isTrue();
        assertThat(x.hasRelation(RelationType.SUPPORTS, policy, "岚汀机器人产业园")).isTrue();
        assertThat(x.hasRelation(RelationType.SUPPORTS, policy, "岚汀具身智能产业投资基金")).isTrue();
        assertThat(x.hasRelation(RelationType.SUPPORTS, policy, "涪城机器人天使投资基金")).isTrue();
        assertThat(x.hasRelation(RelationType.SUPPORTS, policy, "绵阳市机器人检验检测公共服务平台")).isTrue();
        assertThat(x.hasRelation(RelationType.SUPPORTS, policy, "绵阳市具身智能数据训练场")).isTrue();
        // the zone the platform is built on, and a firm's own building, are not the policy's
        assertThat(x.extraction.relations()).noneMatch(r -> r.method().equals("rule:policy-builds")
                && (r.target().contains("高新技术产业开发区") || r.target().contains("澄溪")));

        // a reply letter is no policy: what it says is being built is not a proposal's support
        Extracted letter = Extracted.from("""
                关于加快发展人形机器人产业的提案的答复
                我市将加快建设岚汀具身智能创新中心。
                """);
        assertThat(letter.extraction.relations()).noneMatch(r -> r.method().equals("rule:policy-builds"));
    }

    @Test
    void a_body_that_recognises_or_lists_an_organisation_supports_it() {
        String body = "宁波市科学技术局";
        Extracted listed = Extracted.from("宁波市经济和信息化局已把澄溪精密传动有限公司的关节扩产项目列入市级重点工业项目。");
        assertThat(listed.hasRelation(RelationType.SUPPORTS, "宁波市经济和信息化局", "澄溪精密传动有限公司")).isTrue();
        Extracted pool = Extracted.from("宁波市科学技术局将澄溪智能科技有限公司纳入科技型中小企业培育库。");
        assertThat(pool.hasRelation(RelationType.SUPPORTS, body, "澄溪智能科技有限公司")).isTrue();
        Extracted named = Extracted.from("岚汀智能装备研究院于2025年被宁波市科学技术局认定为市级新型研发机构。");
        assertThat(named.hasRelation(RelationType.SUPPORTS, body, "岚汀智能装备研究院")).isTrue();
        Extracted approved = Extracted.from("岚汀智能装备研究院获宁波市科学技术局批准组建。");
        assertThat(approved.hasRelation(RelationType.SUPPORTS, body, "岚汀智能装备研究院")).isTrue();
        Extracted recognisedBy = Extracted.from("岚汀具身智能研究院是宁波市科学技术局认定的新型研发机构。");
        assertThat(recognisedBy.hasRelation(RelationType.SUPPORTS, body, "岚汀具身智能研究院")).isTrue();

        Extracted notYet = Extracted.from("宁波市科学技术局将于下月公布名单，澄溪智能科技有限公司将参加评审。");
        assertThat(notYet.extraction.relations()).noneMatch(r -> r.type() == RelationType.SUPPORTS);
    }

    @Test
    void guidance_or_a_certificate_is_no_support() {
        Extracted x = Extracted.from("杭州市科学技术局对外发布通知，对申报单位给予指导。澜峰机器人股份有限公司获得杭州市科学技术局颁发的证书。");
        assertThat(x.extraction.relations()).noneMatch(r -> r.method().equals("rule:support-frame"));
    }

    @Test
    void each_item_of_a_list_of_grants_is_funded_by_the_body_that_issued_it() {
        Extracted x = Extracted.from("""
                佛山市科学技术局关于下达2025年度机器人产业专项资助资金的通知
                各有关单位：
                根据有关规定，现将资助项目公布如下：
                1．佛山市岳屿机器人有限公司：协作机器人量产线建设项目，资助800万元。
                2．佛山松川智能科技有限公司：视觉检测系统研发项目，补助金额为350万元。
                3．顺德岭南机器人公共测试服务平台（运营单位：佛山市澜川检测技术有限公司）：可靠性测试能力建设，资助1,200万元。
                4．佛山市澜川检测技术有限公司：参与标准制定。
                佛山市科学技术局
                2025年10月9日
                """);
        String body = "佛山市科学技术局";
        assertThat(x.relation(RelationType.FUNDS, body, "佛山市岳屿机器人有限公司").properties()).containsEntry("amountCny", 8_000_000L);
        assertThat(x.hasRelation(RelationType.FUNDS, body, "佛山松川智能科技有限公司")).isTrue();
        assertThat(x.hasRelation(RelationType.FUNDS, body, "顺德岭南机器人公共测试服务平台")).isTrue();
        assertThat(x.hasRelation(RelationType.FUNDS, body, "佛山市澜川检测技术有限公司")).isFalse(); // its item grants nothing
    }

    @Test
    void an_item_that_is_to_be_supported_or_written_as_fields_is_a_grant_and_its_bracketed_place_hosts_the_grantee() {
        Extracted x = Extracted.from("""
                洛阳市科学技术局关于2025年度科技创新专项资金拟资助项目的公示
                经企业申报、专家评审，拟对以下项目给予资金支持，现公示如下：
                1．洛阳星川智能科技有限公司：协作机器人关节模组研发项目（偃师区），拟资助200万元。
                2．洛阳沐辰精密传动有限公司：谐波减速器产业化项目（孟津区），拟支持150万元。
                3．河南岷山传感技术有限公司：柔性触觉传感器研制项目（一期），拟支持80万元。
                洛阳市科学技术局
                2025年10月9日
                """);
        String body = "洛阳市科学技术局";
        assertThat(x.relation(RelationType.FUNDS, body, "洛阳沐辰精密传动有限公司").properties()).containsEntry("amountCny", 1_500_000L);
        assertThat(x.hasRelation(RelationType.FUNDS, body, "河南岷山传感技术有限公司")).isTrue();
        assertThat(x.hasRelation(RelationType.HOSTS, "洛阳市偃师区", "洛阳星川智能科技有限公司")).isTrue();
        assertThat(x.hasRelation(RelationType.HOSTS, "洛阳市孟津区", "洛阳沐辰精密传动有限公司")).isTrue();
        assertThat(x.extraction.relations()).noneMatch(r -> r.type() == RelationType.HOSTS
                && r.target().endsWith("河南岷山传感技术有限公司")); // （一期） is no place

        Extracted fields = Extracted.from("""
                宁波市经济和信息化局关于下达2025年度智能制造专项补助资金的通知
                根据《宁波市智能制造专项资金管理办法》，现将补助项目下达如下：
                （一）宁波澜峰机器人有限公司，焊接机器人工作站项目，补助资金300万元；
                （二）宁波青禾模具科技有限公司，数字化车间改造项目，补助资金120万元。
                """);
        assertThat(fields.relation(RelationType.FUNDS, "宁波市经济和信息化局", "宁波澜峰机器人有限公司").properties())
                .containsEntry("amountCny", 3_000_000L);
        assertThat(fields.hasRelation(RelationType.FUNDS, "宁波市经济和信息化局", "宁波青禾模具科技有限公司")).isTrue();
    }

    @Test
    void services_provided_guidance_given_and_supervising_bodies_are_support() {
        Extracted served = Extracted.from("东莞市智能机器人公共测试服务平台已为东莞市穹川机器人科技有限公司提供整机可靠性测试服务。");
        assertThat(served.hasRelation(RelationType.SUPPORTS, "东莞市智能机器人公共测试服务平台", "东莞市穹川机器人科技有限公司")).isTrue();
        Extracted plant = Extracted.from("中山市南朗街道办事处为深圳市岱川机器人科技有限公司提供了代建厂房。");
        assertThat(plant.hasRelation(RelationType.SUPPORTS, "中山市南朗街道办事处", "深圳市岱川机器人科技有限公司")).isTrue();
        Extracted money = Extracted.from("东莞市科学技术局为东莞岭川伺服科技有限公司提供300万元研发补助。");
        assertThat(money.hasRelation(RelationType.FUNDS, "东莞市科学技术局", "东莞岭川伺服科技有限公司")).isTrue();

        Extracted guided = Extracted.from("在佛山市工业和信息化局、佛山市民政局的指导下，佛山市具身智能产业协会正式成立。");
        assertThat(guided.hasRelation(RelationType.SUPPORTS, "佛山市工业和信息化局", "佛山市具身智能产业协会")).isTrue();
        assertThat(guided.hasRelation(RelationType.SUPPORTS, "佛山市民政局", "佛山市具身智能产业协会")).isTrue();

        Extracted supervised = Extracted.from("佛山市机器人产业协会的业务主管单位为佛山市工业和信息化局。");
        assertThat(supervised.hasRelation(RelationType.SUPPORTS, "佛山市工业和信息化局", "佛山市机器人产业协会")).isTrue();
    }

    @Test
    void a_list_of_firms_granted_a_subsidy_without_an_amount_or_giver_is_funded_by_the_issuer() {
        Extracted x = Extracted.from("""
                中山市岭澜智能装备产业园管理委员会
                关于2025年第三季度新入驻企业名单的公告
                新入驻企业可按照《岭澜智能装备产业园入驻企业扶持办法》申请厂房租金补贴。其中，深圳市沐川机器人有限公司、深圳星川机器人研究院已获批首年厂房租金全额补贴。洛阳澜峰传感有限公司获得洛阳市科学技术局研发补助。
                """);
        String body = "中山市岭澜智能装备产业园管理委员会";
        assertThat(x.hasRelation(RelationType.FUNDS, body, "深圳市沐川机器人有限公司")).isTrue();
        assertThat(x.hasRelation(RelationType.FUNDS, body, "深圳星川机器人研究院")).isTrue();
        assertThat(x.hasRelation(RelationType.FUNDS, "洛阳市科学技术局", "洛阳澜峰传感有限公司")).isTrue();
        assertThat(x.hasRelation(RelationType.FUNDS, body, "洛阳澜峰传感有限公司")).isFalse(); // its giver is named
    }

    @Test
    void a_joint_notice_lists_grants_in_dashed_fields_and_each_issuing_body_funds_each_item() {
        Extracted x = Extracted.from("肇庆市科学技术局　肇庆市财政局\n"
                + "关于2025年度肇庆市智能装备专项资金拟支持项目的公示\n\n"
                + "拟支持项目名单（企业名称 — 项目名称 — 支持金额）：\n"
                + "1. 肇庆渚川精密机械有限公司（四会市）— 谐波减速器产线智能化改造 — 300万元\n"
                + "2. 肇庆市澈岭智能科技有限公司（高要区）— 巡检机器人研发 — 120万元\n"
                + "3. 枫渚传感技术有限公司 — 六维力传感器研发及产业化 — 80万元\n");
        for (String firm : new String[] {"肇庆渚川精密机械有限公司", "肇庆市澈岭智能科技有限公司", "枫渚传感技术有限公司"}) {
            assertThat(x.hasRelation(RelationType.FUNDS, "肇庆市科学技术局", firm)).as(firm).isTrue();
            assertThat(x.hasRelation(RelationType.FUNDS, "肇庆市财政局", firm)).as(firm).isTrue();
        }
        assertThat(x.entity("肇庆渚川精密机械有限公司（四会市）")).isEmpty(); // the bracket says where, it is no part of the name
        assertThat(x.hasRelation(RelationType.HOSTS, "肇庆市四会市", "肇庆渚川精密机械有限公司")
                || x.hasRelation(RelationType.HOSTS, "四会市", "肇庆渚川精密机械有限公司")).isTrue();
    }

    @Test
    void dashed_fields_ending_in_an_amount_are_no_grant_without_a_heading_that_names_the_money() {
        Extracted x = Extracted.from("肇庆市投资促进局\n关于2025年度重大项目集中签约情况的通报\n\n"
                + "签约项目名单：\n"
                + "1. 肇庆渚川精密机械有限公司 — 精密传动生产基地 — 12亿元\n"
                + "2. 枫渚传感技术有限公司 — 传感器研发总部 — 5亿元\n");
        assertThat(x.extraction.relations()).noneMatch(r -> r.type() == RelationType.FUNDS);
    }

    @Test
    void the_fields_of_the_firms_a_policys_own_text_rewards_or_supports_are_its_targets() {
        Extracted x = Extracted.from("江门市人民政府办公室关于印发《江门市促进智能装备产业发展若干措施》的通知\n\n"
                + "现将《江门市促进智能装备产业发展若干措施》印发给你们，请认真贯彻执行。\n\n"
                + "（一）支持整机企业做大做强。对工业机器人、服务机器人整机企业，年主营业务收入首次突破1亿元的，给予100万元一次性奖励。\n"
                + "（二）引育链主企业。支持无人机整机企业在我市设立总部。\n");
        for (String field : new String[] {"工业机器人", "服务机器人", "无人机"}) {
            assertThat(x.hasRelation(RelationType.TARGETS, "江门市促进智能装备产业发展若干措施", field)).as(field).isTrue();
        }
    }

    @Test
    void an_organisation_that_takes_a_bodys_guidance_is_supported_by_it() {
        Extracted x = Extracted.from("联合实验室挂牌后，中山湉岚智能装备研究院接受中山市科学技术局的业务指导，每年报送年度报告。"
                + "深圳市湉川机器人产业促进会受深圳市工业和信息化局指导。中山湉澜科技有限公司接受中山市工业和信息化局的检查。");
        assertThat(x.hasRuleRelation(RelationType.SUPPORTS, "中山市科学技术局", "中山湉岚智能装备研究院")).isTrue();
        assertThat(x.hasRuleRelation(RelationType.SUPPORTS, "深圳市工业和信息化局", "深圳市湉川机器人产业促进会")).isTrue();
        assertThat(x.hasRuleRelation(RelationType.SUPPORTS, "中山市工业和信息化局", "中山湉澜科技有限公司")).isFalse(); // an inspection
    }

    @Test
    void money_put_into_an_organisation_or_a_round_it_raises_funds_it() {
        Extracted x = Extracted.from("中山湉岚装备有限公司每年向湉岚联合实验室投入研发经费不少于600万元。"
                + "深圳市湉溪创业投资基金于2024年8月参与深圳市湉峤科技有限公司A轮融资。"
                + "深圳市湉溪创业投资基金参与深圳市湉屿科技有限公司的项目评审。");
        assertThat(x.relation(RelationType.FUNDS, "中山湉岚装备有限公司", "湉岚联合实验室").properties()).containsEntry("amountCny", 6_000_000L);
        assertThat(x.hasRuleRelation(RelationType.FUNDS, "深圳市湉溪创业投资基金", "深圳市湉峤科技有限公司")).isTrue();
        assertThat(x.hasRuleRelation(RelationType.FUNDS, "深圳市湉溪创业投资基金", "深圳市湉屿科技有限公司")).isFalse(); // no round
        Extracted not = Extracted.from("深圳市湉澜资本管理有限公司未参与深圳市湉川科技有限公司的B轮融资。"
                + "深圳市湉岫证券股份有限公司作为独家财务顾问参与深圳市湉汀智能科技有限公司的B轮融资。"
                + "深圳市湉峤创业投资有限公司参与深圳市湉屿智能科技有限公司的融资路演活动。");
        assertThat(not.extraction.relations()).noneMatch(r -> r.type() == RelationType.FUNDS && r.method().equals("rule:support-frame"));
    }

    @Test
    void support_written_after_the_supported_and_guidance_from_several_bodies() {
        Extracted after = Extracted.from("深圳市濯峰电子有限公司在深圳市工业和信息化局的大力支持下建成了智能工厂。\n"
                + "中山市濯泉精密有限公司于2025年在中山市科学技术局的支持下完成了关节模组中试。\n");
        assertThat(after.hasRuleRelation(RelationType.SUPPORTS, "深圳市工业和信息化局", "深圳市濯峰电子有限公司")).isTrue();
        assertThat(after.hasRuleRelation(RelationType.SUPPORTS, "中山市科学技术局", "中山市濯泉精密有限公司")).isTrue();
        Extracted guided = Extracted.from("湾区濯澜机器人产业联盟接受中山市工业和信息化局、深圳市工业和信息化局的业务指导和监督管理。");
        assertThat(guided.hasRuleRelation(RelationType.SUPPORTS, "中山市工业和信息化局", "湾区濯澜机器人产业联盟")).isTrue();
        assertThat(guided.hasRuleRelation(RelationType.SUPPORTS, "深圳市工业和信息化局", "湾区濯澜机器人产业联盟")).isTrue();
        // the supported firm comes after the comma: the firm before 在 is not it
        Extracted other = Extracted.from("深圳市濯溪科技有限公司表示，在深圳市科学技术局的支持下，中山市濯岫电子有限公司建成了新产线。");
        assertThat(other.hasRuleRelation(RelationType.SUPPORTS, "深圳市科学技术局", "深圳市濯溪科技有限公司")).isFalse();
    }
}
