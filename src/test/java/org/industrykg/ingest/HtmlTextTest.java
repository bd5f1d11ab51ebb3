package org.industrykg.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;

import org.junit.jupiter.api.Test;

class HtmlTextTest {

    private static final Charset GB18030 = Charset.forName("GB18030");

    private static String normalise(String text) {
        return new TextNormaliser().normalise(text).text();
    }

    @Test
    void strips_scripts_styles_navigation_and_comments_and_puts_blocks_on_their_own_lines() {
        String html = "<html><head><title>新闻</title><style>p{color:red}</style>"
                + "<script>var a = '<p>不要</p>';</script></head><body>"
                + "<nav><a href='/'>首页</a> <a href='/news'>要闻</a></nav>"
                + "<h1>地方政府产业基金</h1><p>北京&nbsp;机器人&amp;产业&#22522;&#x91D1;&ldquo;成立&rdquo;</p>"
                + "<!-- 注释 --><div>第二段<br>第二行</div><noscript>请启用脚本</noscript></body></html>";

        String text = HtmlText.of(html);

        assertThat(text).doesNotContain("<").doesNotContain("不要").doesNotContain("color").doesNotContain("注释")
                .doesNotContain("首页").doesNotContain("请启用脚本");
        assertThat(text).contains("# 地方政府产业基金").contains("机器人&产业基金“成立”").contains("第二段\n第二行");
        assertThat(normalise(text)).isEqualTo("新闻\n\n地方政府产业基金\n\n北京机器人&产业基金“成立”\n\n第二段\n第二行");
    }

    @Test
    void decodes_every_html_entity_not_only_common_ones() {
        String text = HtmlText.of("<p>&yen;5&ensp;亿元&hellip;&sect;3 &frac12; &lsaquo;&rsaquo; &permil; &#x4E2D;&#23665; &zzz;</p>");

        assertThat(text).isEqualTo("¥5\u2002亿元…§3 ½ ‹› ‰ 中山 &zzz;");
    }

    @Test
    void table_rows_become_lines_and_cells_stay_apart() {
        String text = HtmlText.of("<table><tr><th>单位</th><th>城市</th></tr>"
                + "<tr><td>东湖示范装备公司</td><td>江城</td></tr></table>");

        assertThat(normalise(text)).isEqualTo("单位\t城市\n\n东湖示范装备公司\t江城");
    }

    @Test
    void honours_meta_charset_when_decoding_bytes() throws Exception {
        String page = "<html><head><meta charset=\"big5\"><title>新聞</title></head>"
                + "<body><p>清華大學與台北示範機器人公司合作。</p></body></html>";

        DecodedText read = HtmlText.read(page.getBytes("Big5"), "big5.html");

        assertThat(read.charset().name()).isEqualTo("Big5");
        assertThat(read.format()).isEqualTo("html");
        assertThat(read.text()).contains("清華大學與台北示範機器人公司合作。");
    }

    @Test
    void honours_http_equiv_content_type_and_reads_gbk_family_as_gb18030() throws Exception {
        String page = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\">"
                + "</head><body><p>深中合作示范区揭牌。</p></body></html>";

        DecodedText read = HtmlText.read(page.getBytes(GB18030), "gb.htm");

        assertThat(read.charset()).isEqualTo(GB18030);
        assertThat(read.text()).isEqualTo("深中合作示范区揭牌。");
    }

    @Test
    void page_without_declaration_or_with_a_wrong_one_is_decoded_by_detection() throws Exception {
        String body = "<p>机器人产业是重点培育的未来产业之一，人形机器人发展前景十分广阔。</p>";
        String mislabelled = "<html><head><meta charset=\"utf-8\"></head><body>" + body + "</body></html>";

        assertThat(HtmlText.read(("<html><body>" + body + "</body></html>").getBytes(GB18030), "plain.html").text())
                .isEqualTo("机器人产业是重点培育的未来产业之一，人形机器人发展前景十分广阔。");
        DecodedText read = HtmlText.read(mislabelled.getBytes(GB18030), "wrong.html");
        assertThat(read.charset()).isEqualTo(GB18030);
        assertThat(read.text()).isEqualTo("机器人产业是重点培育的未来产业之一，人形机器人发展前景十分广阔。");
    }

    @Test
    void document_reader_reads_html_by_extension() throws Exception {
        DecodedText read = DocumentReader.read("<p>A&amp;B</p>".getBytes(GB18030), "page.HTML");

        assertThat(read.text()).isEqualTo("A&B");
    }

    @Test
    void a_label_element_first_in_its_line_gets_the_colon_it_stands_for() {
        String text = HtmlText.of("<div><p><span class=\"tag\">已投项目</span>某甲科技有限公司、某乙电子有限公司</p>"
                + "<p><label>所属领域</label>触觉传感器</p>"
                + "<p><span class=\"hl\">深圳市</span>与中山市签署协议</p>"
                + "<p>据介绍<span class=\"tag\">重点</span>项目已开工</p>"
                + "<p><span class=\"label\">备注</span>：另附清单</p></div>");

        assertThat(normalise(text)).isEqualTo("已投项目：某甲科技有限公司、某乙电子有限公司\n\n所属领域：触觉传感器\n\n"
                + "深圳市与中山市签署协议\n\n据介绍重点项目已开工\n\n备注：另附清单");
    }
}
