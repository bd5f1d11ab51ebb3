package org.industrykg.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The two parties a signing list writes as a field of their own are partners; invented lists on the real pipeline. */
class SigningListPassTest {

    private static boolean signed(Extracted x, String a, String b) {
        return x.extraction.relations().stream().anyMatch(r -> r.type() == RelationType.PARTNERS_WITH
                && r.method().equals("rule:signing-list")
                && (r.source().endsWith(":" + a) && r.target().endsWith(":" + b) || r.source().endsWith(":" + b) && r.target().endsWith(":" + a)));
    }

    @Test
    void the_parties_of_each_signed_project_in_a_dashed_or_tabbed_list_are_partners() {
        Extracted dashed = Extracted.from("会上集中签约项目12个，名单如下：\n"
                + "1．伺服电机扩产项目 — 深圳市嵘峰传动科技有限公司与江门市蓬江区人民政府 — 8.5亿元\n"
                + "2．无人机总装基地项目 — 深圳市泷澜无人机科技有限公司与江门高新技术产业开发区管理委员会 — 6亿元");
        assertThat(signed(dashed, "深圳市嵘峰传动科技有限公司", "江门市蓬江区人民政府")).isTrue();
        assertThat(signed(dashed, "深圳市泷澜无人机科技有限公司", "江门高新技术产业开发区管理委员会")).isTrue();

        Extracted tabbed = Extracted.from("签约项目一览\n序号\t项目\t签约双方\n1\t联合实验室\t湄岭精密机械有限公司和五邑大学");
        assertThat(signed(tabbed, "湄岭精密机械有限公司", "五邑大学")).isTrue();
    }

    @Test
    void two_names_in_a_field_with_more_words_or_in_a_text_without_signing_are_no_pair() {
        Extracted more = Extracted.from("签约项目如下：\n1．伺服电机项目 — 深圳市嵘峰传动科技有限公司投资，江门市蓬江区人民政府配套 — 8.5亿元");
        assertThat(signed(more, "深圳市嵘峰传动科技有限公司", "江门市蓬江区人民政府")).isFalse();

        Extracted unsigned = Extracted.from("参展企业名单\n1．智能装备 — 深圳市嵘峰传动科技有限公司与湄岭精密机械有限公司 — 展位A3");
        assertThat(signed(unsigned, "深圳市嵘峰传动科技有限公司", "湄岭精密机械有限公司")).isFalse();
    }
}
