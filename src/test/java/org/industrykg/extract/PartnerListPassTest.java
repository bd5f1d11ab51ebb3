package org.industrykg.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Lists of partners introduced by a line that ends with a colon, one item a line. Invented texts on the real pipeline. */
class PartnerListPassTest {


    @Test
    void suppliers_after_a_line_that_introduces_them_are_the_maker_s_partners() {
        Extracted x = Extracted.from("澹川机器人发布新一代整机\n\n深圳市澹川机器人有限公司（以下简称“澹川机器人”）今天发布新一代整机。"
                + "澹川机器人联合创始人在发布会上介绍了背后的供应链伙伴：\n"
                + "● 谐波减速器：深圳市琅岫传动科技有限公司，由其工厂供货；\n"
                + "● 灵巧手：深圳市苒川灵巧科技有限公司；\n"
                + "● 动力电池：中山市翎溪电池科技有限公司。\n"
                + "发布会后，嘉宾参观了中山市翠亨新区的生产线。");
        assertThat(x.partners("深圳市澹川机器人有限公司", "深圳市苒川灵巧科技有限公司")).isTrue();
        assertThat(x.partners("深圳市澹川机器人有限公司", "中山市翎溪电池科技有限公司")).isTrue();
    }

    @Test
    void numbered_customers_are_partners_too_and_the_list_ends_at_a_line_that_is_no_item() {
        Extracted x = Extracted.from("霏岭智能的主要客户包括：\n"
                + "1．中山市沣屿电器有限公司：部署20台机器人；\n"
                + "2．深圳市岫溪物流有限公司：开展搬运试点。\n"
                + "此外，深圳市琅汀电子有限公司也在评估该产品。");
        assertThat(x.partners("霏岭智能", "中山市沣屿电器有限公司")).isTrue();
        assertThat(x.partners("霏岭智能", "深圳市岫溪物流有限公司")).isTrue();
        assertThat(x.partners("霏岭智能", "深圳市琅汀电子有限公司")).isFalse();
    }

    @Test
    void a_list_that_is_not_introduced_as_partners_gives_none() {
        Extracted x = Extracted.from("霏岭智能今年获得的荣誉如下：\n"
                + "● 中山市沣屿电器有限公司颁发的优秀供应奖；\n"
                + "● 深圳市岫溪物流有限公司颁发的年度创新奖。");
        assertThat(x.partners("霏岭智能", "中山市沣屿电器有限公司")).isFalse();
    }
}
