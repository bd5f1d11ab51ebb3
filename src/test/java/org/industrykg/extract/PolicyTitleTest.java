package org.industrykg.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A policy named without 《》 where only a title stands: in a notice's title (关于印发…的通知) and on a line of
 * its own. The verbs inside such a title (加快, 推动, 促进) are part of the name; invented texts on the real pipeline.
 */
class PolicyTitleTest {

    @Test
    void the_policy_a_notice_title_issues_keeps_its_place_and_verb() {
        Extracted x = Extracted.from("""
                洛阳市人民政府办公室
                关于印发洛阳市加快人形机器人产业发展若干措施的通知
                各县区人民政府，市直各有关单位：
                现将《洛阳市加快人形机器人产业发展若干措施》印发给你们，请认真贯彻落实。
                洛阳市人民政府办公室
                洛阳市加快人形机器人产业发展若干措施
                第一条 支持星川机器人科技有限公司等整机企业扩大产能，对首次突破5亿元的企业奖励300万元。
                """);
        assertThat(x.names(EntityLabel.Policy)).containsExactly("洛阳市加快人形机器人产业发展若干措施");
        assertThat(x.hasRelation(RelationType.ISSUES, "洛阳市人民政府办公室", "洛阳市加快人形机器人产业发展若干措施")).isTrue();
        assertThat(x.hasRelation(RelationType.SUPPORTS, "洛阳市加快人形机器人产业发展若干措施", "星川机器人科技有限公司")).isTrue();
    }

    @Test
    void other_titles_and_verbs() {
        Extracted published = Extracted.from("宁波市经济和信息化局关于发布宁波市促进具身智能产业创新发展实施细则的通知\n"
                + "各区（县、市）经信局：\n为落实市委部署，现予发布。");
        assertThat(published.names(EntityLabel.Policy)).containsExactly("宁波市促进具身智能产业创新发展实施细则");

        Extracted line = Extracted.from("宁波市推动智能装备产业集群发展行动方案\n一、总体要求\n到2027年，智能装备产业规模突破千亿元。");
        assertThat(line.names(EntityLabel.Policy)).containsExactly("宁波市推动智能装备产业集群发展行动方案");
    }

    @Test
    void a_sentence_or_a_body_before_the_title_is_no_title_line() {
        Extracted sentence = Extracted.from("宁波市将出台推动智能装备产业集群发展的若干政策。");
        assertThat(sentence.names(EntityLabel.Policy)).doesNotContain("宁波市将出台推动智能装备产业集群发展的若干政策");
    }
}
