package org.industrykg.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * How Taiwan's press writes organisations and places (國立 universities, 財團法人 institutes, 業者 and
 * 廠商 before a brand, 落腳 for settling, the outlet in a 【某某日報／記者…】 masthead, districts such as 西屯區),
 * read after conversion to Simplified. Invented sentences on the real pipeline.
 */
class TaiwanWordingTest {

    @Test
    void the_outlet_in_a_news_masthead_is_a_firm_and_a_newspaper_in_a_sentence_is_not() {
        assertThat(Extracted.from("【澄屿產經週報／記者林小岚臺北報導】2025年12月，台灣機器人業者加速布局大灣區。")
                .label("澄屿产经周报")).isEqualTo(EntityLabel.Enterprise);
        assertThat(Extracted.from("【岚溪財經日報】大灣區機械人熱潮升溫").label("岚溪财经日报")).isEqualTo(EntityLabel.Enterprise);
        assertThat(Extracted.from("沁岚商訊報記者 梁小琪 報道\n澳門機械人產業發展迅速。").label("沁岚商讯报")).isEqualTo(EntityLabel.Enterprise);
        assertThat(Extracted.from("汀澜財經日報　2025年12月3日　大灣區機械人合作").label("汀澜财经日报")).isEqualTo(EntityLabel.Enterprise);
        assertThat(Extracted.from("湄岭產經新聞　記者林小岚／台北報導　2025年10月8日\n台灣機器人業者加速布局。").label("湄岭产经新闻"))
                .isEqualTo(EntityLabel.Enterprise);
        assertThat(Extracted.from("澳門機械人產業新聞發布會今日舉行。").allNames()).noneMatch(n -> n.endsWith("新闻"));
        assertThat(Extracted.from("各报记者到场采访。人民日报评论员文章指出，要加快发展。").names(EntityLabel.Enterprise)).isEmpty();
    }

    @Test
    void taiwan_s_districts_and_townships_are_places_of_their_city_or_county() {
        Extracted x = Extracted.from("總部位於臺中市西屯區的澄屿精密股份有限公司，去年在新竹縣竹東鎮設立研發中心。");
        assertThat(x.hasRelation(RelationType.PART_OF, "台中市西屯区", "台中市")).isTrue();
        assertThat(x.hasRelation(RelationType.PART_OF, "新竹县竹东镇", "新竹县")).isTrue();
        assertThat(x.hasRelation(RelationType.HOSTS, "台中市西屯区", "澄屿精密股份有限公司")).isTrue();

        Extracted y = Extracted.from("沁岚科技股份有限公司位於台北市內湖區。");
        assertThat(y.hasRelation(RelationType.HOSTS, "台北市内湖区", "沁岚科技股份有限公司")).isTrue();

        Extracted mainland = Extracted.from("大连市中山区的企业与社区共建大社区服务中心。"); // names the mainland shares stay the mainland's
        assertThat(mainland.names(EntityLabel.City)).contains("大连市中山区").noneMatch(n -> n.startsWith("台"));
    }

    @Test
    void national_universities_and_foundation_institutes_are_names_of_their_own() {
        Extracted x = Extracted.from("嵐峰科技與國立中正大學簽署產學合作協議。財團法人精密機械研究中心位於臺中市。");
        assertThat(x.names(EntityLabel.ResearchInstitute)).contains("国立中正大学", "财团法人精密机械研究中心")
                .noneMatch(n -> n.contains("与"));
        assertThat(x.hasRelation(RelationType.HOSTS, "台中市", "财团法人精密机械研究中心")).isTrue();
    }

    @Test
    void a_brand_after_a_trade_word_is_a_firm_and_settling_is_written_luojiao() {
        Extracted x = Extracted.from("沐辰智能科技股份有限公司宣布，首座工廠落腳臺南科技工業區。高雄在地廠商岷山伺服也將擴產。");
        assertThat(x.names(EntityLabel.Enterprise)).contains("岷山伺服");
        assertThat(x.names(EntityLabel.Park)).contains("台南科技工业区");
        assertThat(x.hasRelation(RelationType.HOSTS, "台南科技工业区", "沐辰智能科技股份有限公司")).isTrue();
    }

    @Test
    void a_firms_first_plant_settling_somewhere_puts_the_firm_there() {
        Extracted x = Extracted.from("澜峰机器人股份有限公司13日宣布，首座量产厂落户星湖智能装备产业园，总投资35亿元。"
                + "岷山精密有限公司表示，第二座厂房将建在青禾工业区。");
        assertThat(x.hasRelation(RelationType.HOSTS, "星湖智能装备产业园", "澜峰机器人股份有限公司")).isTrue();
        assertThat(x.hasRelation(RelationType.HOSTS, "青禾工业区", "岷山精密有限公司")).isTrue();
    }

    @Test
    void a_park_built_by_one_body_and_run_by_another_in_taiwan_s_words() {
        Extracted x = Extracted.from("中山琅岫具身智能產業園由中山翠亨新區管理委員會規劃興建，委託中山澹川科創產業運營有限公司營運，"
                + "園區內已有17家機器人相關廠商進駐。");
        assertThat(x.hasRelation(RelationType.FOUNDED, "中山翠亨新区管理委员会", "中山琅岫具身智能产业园")).isTrue();
        assertThat(x.partners("中山翠亨新区管理委员会", "中山澹川科创产业运营有限公司")).isTrue();
        assertThat(x.allNames()).doesNotContain("新创公司");
    }
}
