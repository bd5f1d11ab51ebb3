package org.industrykg.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * How Hong Kong and Macau releases write who acts together and when (A聯同B及C推出…, 於今年四月), read after
 * conversion to Simplified. Invented sentences on the real pipeline.
 */
class HongKongWordingTest {

    @Test
    void bodies_joined_by_lian_tong_act_together_in_a_passive_and_in_an_active_clause() {
        Extracted passive = Extracted.from("「澄屿創科協作計劃」由創新科技署聯同深圳市科技創新局及江門市科學技術局於今年四月推出。");
        assertThat(passive.hasRelation(RelationType.ISSUES, "创新科技署", "澄屿创科协作计划")).isTrue();
        assertThat(passive.hasRelation(RelationType.ISSUES, "江门市科学技术局", "澄屿创科协作计划")).isTrue();

        Extracted active = Extracted.from("嵘峰科技園公司聯同深圳市泷澜金融控股有限公司及江門市皓汀創業投資有限公司，共同發起設立「湄岭具身智能創業投資基金」。");
        assertThat(active.hasRelation(RelationType.FOUNDED, "江门市皓汀创业投资有限公司", "湄岭具身智能创业投资基金")).isTrue();
        assertThat(active.hasRelation(RelationType.PARTNERS_WITH, "嵘峰科技园公司", "深圳市泷澜金融控股有限公司")
                || active.hasRelation(RelationType.PARTNERS_WITH, "深圳市泷澜金融控股有限公司", "嵘峰科技园公司")).isTrue();
    }

    @Test
    void a_month_written_in_chinese_numerals_stands_between_the_parties_and_their_verb() {
        Extracted x = Extracted.from("《江門市機械人產業扶持辦法》由江門市工業和信息化局於十一月發布。");
        assertThat(x.hasRelation(RelationType.ISSUES, "江门市工业和信息化局", "江门市机械人产业扶持办法")
                || x.hasRelation(RelationType.ISSUES, "江门市工业和信息化局", "江门市机器人产业扶持办法")).isTrue();
    }
}
