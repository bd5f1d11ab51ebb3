package org.industrykg.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TextNormaliserTest {

    private final TextNormaliser normaliser = new TextNormaliser();

    private String normalise(String source) {
        return normaliser.normalise(source).text();
    }

    @Test
    void turns_the_cells_of_a_pipe_table_into_tab_separated_cells_and_drops_its_rule() {
        String source = "| 序号 | 单位名称 | 所在地市 |\n|---|:---:|---|\n| 1 | 甲乙科技有限公司 | 南昌市 |\n";
        assertThat(normalise(source)).isEqualTo("序号\t单位名称\t所在地市\n1\t甲乙科技有限公司\t南昌市");
        assertThat(normalise("机构名称｜依托单位｜所在地市")).isEqualTo("机构名称\t依托单位\t所在地市");
        assertThat(normalise("电压为220V|50Hz。")).isEqualTo("电压为220V|50Hz。");
    }

    @Test
    void rows_of_comma_separated_values_become_table_rows_but_prose_with_half_width_commas_does_not() {
        String csv = "企业名称,所属行业,来源城市\n甲乙科技有限公司,智能装备,\"深圳市,南山区\"\n丙丁精密有限公司,\"减速器,\"\"谐波\"\"\",中山市\n"
                + "戊己电子有限公司,传感器,东莞市\n";
        assertThat(normalise(csv)).isEqualTo("企业名称\t所属行业\t来源城市\n甲乙科技有限公司\t智能装备\t深圳市,南山区\n"
                + "丙丁精密有限公司\t减速器,\"谐波\"\t中山市\n戊己电子有限公司\t传感器\t东莞市");
        // two such lines are no table
        assertThat(normalise("企业名称,所属行业,来源城市\n甲乙科技有限公司,智能装备,深圳市")).doesNotContain("\t");
        // an OCR'd paragraph whose commas came out half-width: indented, ending a sentence, or ending in a comma
        String ocr = "　　到2027年,全市产业规模突破150亿元,引进\n培育整机企业5家,关键零部件企业50家,建\n成特色园区3个,共建研发机构10个,形成协同格局。\n";
        assertThat(normalise(ocr)).doesNotContain("\t");
        String wrapped = "支持甲乙科技有限公司,丙丁精密有限公司,\n戊己电子有限公司,庚辛智能有限公司,\n壬癸传感有限公司,子丑机器人有限公司,\n进入供应链。";
        assertThat(normalise(wrapped)).doesNotContain("\t");
        // prose with half-width commas and no header of short labels
        String prose = "甲乙科技有限公司与丙丁大学合作,戊己电子有限公司与庚辛研究院合作,共建联合实验室\n"
                + "壬癸传感有限公司与子丑大学合作,寅卯精密有限公司与辰巳研究院合作,共建中试基地\n"
                + "午未智能有限公司与申酉大学合作,戌亥电子有限公司与甲丙研究院合作,共建检测平台\n";
        assertThat(normalise(prose)).doesNotContain("\t");
    }

    @Test
    void a_spreadsheet_saved_as_csv_with_units_in_its_header_lists_in_its_cells_and_empty_cells_at_the_end_of_its_rows_is_a_table() {
        String sheet = "某某区2025年重点项目推进台账,,,,,\n"
                + "序号,项目业主,投资方来源地,2025年计划投资（万元）,责任单位,备注\n"
                + "1,甲乙机器人制造有限公司,深圳市南山区,45000,区经发局,\n"
                + "2,丙丁精密传动有限公司,深圳市宝安区,12000,区经发局；区投促局,\n"
                + "3,戊己伺服电机有限公司,本地,8000,区经发局,扩产\n";
        String out = normalise(sheet);
        assertThat(out).contains("1\t甲乙机器人制造有限公司\t深圳市南山区\t45000\t区经发局");
        assertThat(out).contains("序号\t项目业主\t投资方来源地\t2025年计划投资（万元）\t责任单位\t备注");
        assertThat(out).contains("3\t戊己伺服电机有限公司\t本地\t8000\t区经发局\t扩产");
        assertThat(out).contains("2\t丙丁精密传动有限公司\t深圳市宝安区\t12000\t区经发局；区投促局");
    }

    @Test
    void a_table_drawn_with_box_characters_loses_its_borders_and_a_cell_wrapped_onto_the_next_line_comes_out_whole() {
        String drawn = "┌──┬────────┬──────┐\n"
                + "│序号│承担单位        │合作单位    │\n"
                + "├──┼────────┼──────┤\n"
                + "│1 │深圳市甲乙智能科│南方科技大学│\n"
                + "│  │技有限公司      │            │\n"
                + "├──┼────────┼──────┤\n"
                + "│2 │丙丁精密有限公司│深圳大学    │\n"
                + "└──┴────────┴──────┘\n"
                + "+----+----+\n";
        assertThat(normalise(drawn)).isEqualTo("序号\t承担单位\t合作单位\n1\t深圳市甲乙智能科技有限公司\t南方科技大学\n2\t丙丁精密有限公司\t深圳大学");
        NormalisedText normalised = normaliser.normalise(drawn);
        int name = normalised.text().indexOf("深圳市甲乙");
        assertThat(drawn.charAt(normalised.sourceOffset(name))).isEqualTo('深'); // merged cells still map to their source
        assertThat(drawn.charAt(normalised.sourceOffset(name + 8))).isEqualTo('技');
        // a pipe table's blank first cell is a merged cell over rows of their own, not a wrapped one
        String merged = "| 领域 | 企业 | 所在区 |\n|---|---|---|\n| 新能源 | 甲乙科技有限公司 | 南山区 |\n|  | 丙丁电池有限公司 | 宝安区 |\n";
        assertThat(normalise(merged)).contains("甲乙科技有限公司\t南山区\n").contains("丙丁电池有限公司\t宝安区");
    }

    @Test
    void drops_page_number_lines() {
        String source = "第一段。\n\n- 1 -\n\n第二段。\n— 2 —\n-3-\n第 1 页\n第1页 共5页\n1/5\n12\n\n第三段。";

        assertThat(normalise(source)).isEqualTo("第一段。\n\n第二段。\n\n第三段。");
    }

    @Test
    void drops_the_title_a_pdf_repeats_after_each_page_number_and_keeps_it_where_it_first_stands() {
        String source = "江门市科学技术局关于第12号提案答复的函\n民盟江门市委会：\n我局支持五邑大学与\n— 1 —\n\f江门市科学技术局关于第12号提案答复的函\n"
                + "江门市人民政府共建研究院。";
        String text = normalise(source);
        assertThat(text).startsWith("江门市科学技术局关于第12号提案答复的函");
        assertThat(text.split("江门市科学技术局关于第12号提案答复的函", -1)).hasSize(2);
        assertThat(text).contains("江门市人民政府共建研究院。");

        String repeated = "江门市科学技术局关于第12号提案答复的函\n正文第一段。\n江门市科学技术局关于第12号提案答复的函\n正文第二段。";
        assertThat(normalise(repeated).split("江门市科学技术局关于第12号提案答复的函", -1)).hasSize(3);
    }

    @Test
    void removes_spaces_between_chinese_characters_and_numbers() {
        assertThat(normalise("2025 年 9 月 4 日")).isEqualTo("2025年9月4日");
        assertThat(normalise("关于市政协十三届 四次会议第 134078 号提案答复的函"))
                .isEqualTo("关于市政协十三届四次会议第134078号提案答复的函");
        assertThat(normalise("总规模超 16 亿元。")).isEqualTo("总规模超16亿元。");
        assertThat(normalise("扶持资金 11. 19 亿元")).isEqualTo("扶持资金11.19亿元");
    }

    @Test
    void removes_spaces_between_chinese_and_latin_but_keeps_one_between_latin_words() {
        assertThat(normalise("华为（中山）产业 AI 促进中心")).isEqualTo("华为（中山）产业AI促进中心");
        assertThat(normalise("5G  RedCap 在县级以上城区")).isEqualTo("5G RedCap在县级以上城区");
        assertThat(normalise("open \t source   model")).isEqualTo("open source model");
        assertThat(normalise("1　　J24-1-07　　关节模组技术")).isEqualTo("1\tJ24-1-07\t关节模组技术"); // cells, not words
        // two figures' columns of a fixed-width row are two cells; figures in prose stay as written
        assertThat(normalise("1     某某有限公司     A1栋     6,200       2024.03.01-2029.02.28     灵巧手"))
                .isEqualTo("1\t某某有限公司\tA1栋\t6,200\t2024.03.01-2029.02.28\t灵巧手");
        assertThat(normalise("共 1 000 台")).isEqualTo("共1 000台");
        assertThat(normalise("共 1 000 台")).isEqualTo("共1 000台");
    }

    @Test
    void converts_full_width_letters_digits_and_number_signs_but_keeps_chinese_punctuation() {
        assertThat(normalise("２０２５年ＡＩ应用增长１５．５％，（一）《方案》“投早”：＋－；、。"))
                .isEqualTo("2025年AI应用增长15.5%，（一）《方案》“投早”：+-；、。");
    }

    @Test
    void unifies_line_breaks_and_special_spaces() {
        assertThat(normalise("甲。\r\n乙。\r丙。\nA\u00A0B\u3000C")).isEqualTo("甲。\n乙。\n丙。\nA B C");
    }

    @Test
    void rejoins_line_broken_inside_sentence() {
        String source = "加强人工智能产业首台（套）重大装备、首版\n\n次软件等创新产品推广应用。\n\n"
                + "支持特色型、区域型、行业型工业互联网平\n\n台建设。八是支持企业安全绿色低碳发展。";

        assertThat(normalise(source)).isEqualTo("加强人工智能产业首台（套）重大装备、首版次软件等创新产品推广应用。\n\n"
                + "支持特色型、区域型、行业型工业互联网平台建设。八是支持企业安全绿色低碳发展。");
    }

    @Test
    void rejoins_short_fragment_that_ends_in_a_comma_or_carries_a_sentence() {
        assertThat(normalise("为加强金融助力人形机器人产业，中山投资控股集团\n\n有限公司将加大投资。"))
                .isEqualTo("为加强金融助力人形机器人产业，中山投资控股集团有限公司将加大投资。");
        assertThat(normalise("4.实施质量提升行动。推动企业首席\n\n质量官制度全覆盖。"))
                .isEqualTo("4.实施质量提升行动。推动企业首席质量官制度全覆盖。");
    }

    @Test
    void rejoins_sentence_across_page_number() {
        String source = "对我市抢抓产业变革机遇、抢占未来产业制高点具有重要的指导意义和\n\n- 2 -\n\n现实价值。";

        assertThat(normalise(source)).isEqualTo("对我市抢抓产业变革机遇、抢占未来产业制高点具有重要的指导意义和现实价值。");
    }

    @Test
    void keeps_the_items_of_a_bulleted_or_dashed_list_apart() {
        assertThat(normalise("・星川精机（台南）：谐波减速器、精密齿轮\n・岷山伺服（高雄）：伺服电机、关节驱动器\n"
                + "——澜峰人形：双足人形机器人整机、灵巧手\n——沐辰智能：仓储物流机器人"))
                .isEqualTo("・星川精机（台南）：谐波减速器、精密齿轮\n・岷山伺服（高雄）：伺服电机、关节驱动器\n"
                        + "——澜峰人形：双足人形机器人整机、灵巧手\n——沐辰智能：仓储物流机器人");
    }

    @Test
    void joins_latin_words_with_a_space() {
        assertThat(normalise("The proposal asks the bureau to support humanoid robotics and\n\nembodied AI."))
                .isEqualTo("The proposal asks the bureau to support humanoid robotics and embodied AI.");
    }

    @Test
    void does_not_glue_headings_to_next_line() {
        String source = "中山市工业和信息化局\n\n中工信函〔2025〕107号\n\n一、对提案内容的总体表态\n\n"
                + "机器人产业是中山市重点培育的未来产业之一。\n\n（一）关于“加强顶层设计”的建议\n\n吸收采纳该建议。\n\n"
                + "## 北京市\n\n2023年12月,北京机器人产业发展投资基金正式成立。";

        assertThat(normalise(source)).isEqualTo("中山市工业和信息化局\n\n中工信函〔2025〕107号\n\n一、对提案内容的总体表态\n\n"
                + "机器人产业是中山市重点培育的未来产业之一。\n\n（一）关于“加强顶层设计”的建议\n\n吸收采纳该建议。\n\n"
                + "北京市\n\n2023年12月,北京机器人产业发展投资基金正式成立。");
    }

    @Test
    void does_not_join_title_to_salutation_or_long_line_to_enumerated_item() {
        String title = "中山市工业和信息化局关于市政协十三届四次会议第134078号提案答复的函";
        String unfinished = "该提案介绍了人形机器人产业发展的背景和市场前景以及目前存在的主要问题";

        assertThat(normalise(title + "\n\n九三学社中山市委会：")).isEqualTo(title + "\n\n九三学社中山市委会：");
        assertThat(normalise(unfinished + "\n\n二、对提案内容的归纳分析")).isEqualTo(unfinished + "\n\n二、对提案内容的归纳分析");
    }

    @Test
    void does_not_join_across_three_blank_lines_and_collapses_them() {
        String open = "该提案介绍了人形机器人产业发展的背景和市场前景，分析了中山市布局人形机器人产业的";

        assertThat(normalise("\n\n" + open + "\n\n\n\n产业基础和优势。\n\n\n")).isEqualTo(open + "\n\n产业基础和优势。");
    }

    @Test
    void keeps_single_newline_between_signature_and_date() {
        assertThat(normalise("专此函复。\n\n中山市科学技术局\n2020年10月15日\n"))
                .isEqualTo("专此函复。\n\n中山市科学技术局\n2020年10月15日");
    }

    @Test
    void removes_markdown_heading_and_emphasis_markers() {
        String source = "# 地方政府产业基金瞄准人形机器人\n\n### 5G基站将达27万个\n\n"
                + "具体包括：**一是**加强顶层设计。__二是__优化产业布局。\n\n**本报讯** 近日,山东省印发方案。";

        assertThat(normalise(source)).isEqualTo("地方政府产业基金瞄准人形机器人\n\n5G基站将达27万个\n\n"
                + "具体包括：一是加强顶层设计。二是优化产业布局。\n\n本报讯近日,山东省印发方案。");
    }

    @Test
    void maps_every_character_back_to_its_source() {
        String source = "\uFEFF  第 １ 页\r\n２０２５ 年 2 月，\u00A0产业 AI 促进中心\u200B正式启动、首版\r\n\r\n"
                + "- 2 -\r\n\r\n次软件。\r\r**一是**加强。\n\n\n\n# 北京市\n";

        NormalisedText normalised = normaliser.normalise(source);

        assertThat(normalised.text()).isEqualTo("2025年2月，产业AI促进中心正式启动、首版次软件。\n\n一是加强。\n\n北京市");
        assertExactOffsets(source, normalised);
    }

    @ParameterizedTest
    @ValueSource(strings = {"000_8ba42ca9dc866ec8.txt", "001_a2a320b1c994b575.txt", "002_2b304c4e4a6feb7f.txt",
            "003_78249f80b13b42c9.txt", "004_5a32d58461d66799.txt"})
    void maps_every_character_of_the_seeds_back_to_its_source(String seed) throws IOException {
        String source = Files.readString(Path.of("seeds", seed), StandardCharsets.UTF_8);

        NormalisedText normalised = normaliser.normalise(source);

        assertExactOffsets(source, normalised);
        assertThat(normalised.text()).doesNotContain("\n\n\n").doesNotContain("**").doesNotStartWith("\n");
    }

    @Test
    void maps_end_offset_to_end_of_last_kept_character() {
        String source = "甲乙丙。\n\n- 3 -\n";

        NormalisedText normalised = normaliser.normalise(source);

        assertThat(normalised.toSource()).hasSize(normalised.text().length() + 1);
        assertThat(normalised.sourceOffset(normalised.text().length())).isEqualTo(4);
        assertThat(source.substring(normalised.sourceOffset(0), normalised.sourceOffset(4))).isEqualTo("甲乙丙。");
    }

    @Test
    void repairs_the_seed_letters() throws IOException {
        String letter = normalise(Files.readString(Path.of("seeds", "000_8ba42ca9dc866ec8.txt")));
        String news = normalise(Files.readString(Path.of("seeds", "004_5a32d58461d66799.txt")));

        assertThat(letter)
                .contains("\n\n中工信函〔2025〕107号\n\n")
                .contains("首台（套）重大装备、首版次软件等创新产品推广应用")
                .contains("中山投资控股集团有限公司将依托")
                .contains("四是推进深中金融合作，市、镇两级国资")
                .contains("华为（中山）产业AI促进中心")
                .contains("\n\n中山市工业和信息化局\n\n2025年9月4日\n\n");
        assertThat(news)
                .startsWith("地方政府产业基金瞄准人形机器人\n\n")
                .contains("\n\n北京市\n\n2023年12月,北京机器人产业发展投资基金正式成立")
                .contains("2024年5月,苏州吴中区设立总规模达100亿元的机器人产业投资基金")
                .contains("支持特色型、区域型、行业型工业互联网平台建设。");
    }

    /**
     * Offsets increase strictly, and every character either is the source character it maps to or
     * is one of the replacements the normaliser makes (line break, space, full width to half width,
     * the mask over personal data).
     */
    private static void assertExactOffsets(String source, NormalisedText normalised) {
        String text = normalised.text();
        int[] toSource = normalised.toSource();
        assertThat(toSource).hasSize(text.length() + 1);
        for (int i = 0; i < text.length(); i++) {
            char original = source.charAt(toSource[i]);
            char result = text.charAt(i);
            boolean replacement = (result == '\n' && (original == '\r' || original == '\n'))
                    || (result == ' ' && (Character.isWhitespace(original) || Character.isSpaceChar(original)))
                    || result == original - 0xFEE0
                    || result == PersonalData.MASK;
            assertThat(original == result || replacement)
                    .as("char %d '%s' maps to source char %d '%s'", i, result, toSource[i], original)
                    .isTrue();
            assertThat(toSource[i + 1]).as("offset after char %d", i).isGreaterThan(toSource[i]);
        }
    }

    @Test
    void table_cells_stay_apart_and_rows_are_not_joined() {
        assertThat(normalise("序号\t名称\t城市\n1\t东湖示范装备有限公司\t江城市\n2\t西岭精密有限公司\t江城市"))
                .isEqualTo("序号\t名称\t城市\n1\t东湖示范装备有限公司\t江城市\n2\t西岭精密有限公司\t江城市");
        assertThat(normalise("1　东湖示范装备有限公司　有限合伙人　500")).isEqualTo("1\t东湖示范装备有限公司\t有限合伙人\t500");
        assertThat(normalise("通　知")).isEqualTo("通知");
    }

    @Test
    void two_spaces_between_words_of_an_aligned_table_part_its_cells_but_not_spaced_out_characters() {
        assertThat(normalise("序号  发榜单位            揭榜单位\n1     江门市曦岙精密模具有限公司    五邑大学"))
                .isEqualTo("序号\t发榜单位\t揭榜单位\n1\t江门市曦岙精密模具有限公司\t五邑大学");
        assertThat(normalise("中  山  市")).isEqualTo("中山市");
        assertThat(normalise("江门市  蓬江区")).isEqualTo("江门市蓬江区"); // one double space in prose is no table
        assertThat(normalise("江门市琮岳智能科技有限公司  与五邑大学共建联合实验室。"))
                .isEqualTo("江门市琮岳智能科技有限公司与五邑大学共建联合实验室。");
    }

    @Test
    void a_line_that_opens_with_a_short_head_and_a_colon_is_not_joined_to_the_line_before() {
        assertThat(normalise("澜峰动力：人形机器人整机研发，计划投资5亿元\n沐辰触感：电子皮肤与柔性触觉传感器\n岱舟驱动：关节模组"))
                .isEqualTo("澜峰动力：人形机器人整机研发，计划投资5亿元\n沐辰触感：电子皮肤与柔性触觉传感器\n岱舟驱动：关节模组");
        assertThat(normalise("公司当年营业收入达到三亿元，同比增长百分之二十，其中海外\n市场占比进一步提高。"))
                .isEqualTo("公司当年营业收入达到三亿元，同比增长百分之二十，其中海外市场占比进一步提高。");
    }

    @Test
    void a_text_hard_wrapped_at_one_width_is_joined_inside_rows_and_words_but_rows_stay_apart() {
        String wrapped = String.join("\n",
                "湖南省科学技术厅关于公布2026年度湖南省工程技术研究中心认定名单的通",
                "知",
                "根据《湖南省工程技术研究中心建设管理办法》，经专家评审和公示，认定以下",
                "4家单位为2026年度湖南省工程技术研究中心，现予公布。",
                "序号　名称　依托单位　所在地市",
                "1　湖南省智能关节模组工程技术研究中心　株洲澄溪精密传动有限公司　株洲",
                "市",
                "2　湖南省服务机器人视觉感知工程技术研究中心　长沙岚汀智能科技股份有限",
                "公司　长沙市",
                "3　湖南省具身智能数据采集与训练工程技术研究中心　湘潭沐辰大学　湘潭市",
                "4　湖南省精密减速器可靠性工程技术研究中心　衡阳岳屿传动科技有限公司、",
                "南华山大学　衡阳市");
        String text = normalise(wrapped);
        assertThat(text).contains("认定名单的通知\n", "认定以下4家单位",
                "\n1\t湖南省智能关节模组工程技术研究中心\t株洲澄溪精密传动有限公司\t株洲市\n",
                "\n2\t湖南省服务机器人视觉感知工程技术研究中心\t长沙岚汀智能科技股份有限公司\t长沙市\n",
                "\n3\t湖南省具身智能数据采集与训练工程技术研究中心\t湘潭沐辰大学\t湘潭市\n",
                "\n4\t湖南省精密减速器可靠性工程技术研究中心\t衡阳岳屿传动科技有限公司、南华山大学\t衡阳市");
    }

    @Test
    void an_indented_enumerated_first_line_of_a_wrapped_paragraph_is_joined_and_so_is_a_number_cut_in_two() {
        String wrapped = String.join("\n",
                "　　近年来，我市把智能机器人产业作为培育发展智能装备产业集",
                "群的重要方向，产业规模持续扩大。全市机器人及相关企业实现产",
                "值约八十六亿元，同比增长百分之二十一点三，于是我局出台了2",
                "024年度奖补细则，对二十三个机器人应用示范项目给予奖补资金。",
                "江门国家高新技术产业开发区已集聚江门智驰机器人有限公司、广",
                "东侨创智能装备股份有限公司等机器人整机和核心部件企业三十余",
                "　　（二）搭建创新平台。市人民政府与河洛理工大学共建的河洛",
                "理工大学洛阳智能制造研究院于二〇二四年九月在洛阳高新区揭牌",
                "运行。");
        String text = normalise(wrapped);
        assertThat(text).contains("共建的河洛理工大学洛阳智能制造研究院", "出台了2024年度奖补细则", "产业集群的重要方向");
        assertThat(text).contains("三十余\n（二）搭建创新平台"); // the enumerated line still starts its own line
    }

    @Test
    void rows_of_an_aligned_table_of_one_width_stay_apart() {
        String aligned = String.join("\n",
                "项目名称　　　　　　　　　　本期金额　　　　上期金额　　　　变动",
                "营业收入　　　　　　　　　　１２３４５　　　　１１０００　　　　增加",
                "营业成本　　　　　　　　　　　８０００　　　　　７５００　　　　增加",
                "研发投入　　　　　　　　　　　２０００　　　　　１８００　　　　增加",
                "销售费用　　　　　　　　　　　　９００　　　　　　８５０　　　　增加",
                "管理费用　　　　　　　　　　　　８００　　　　　　７９０　　　　增加");
        assertThat(normalise(aligned).split("\n")).hasSize(6);
    }

    @Test
    void an_indented_line_opens_an_item_of_its_own_unless_the_text_indents_every_line() {
        String items = "企业名称：甲乙人形机器人创业投资合伙企业（有限合伙）\n合伙人及出资：\n"
                + "\u3000甲乙私募股权投资基金管理有限公司（普通合伙人），认缴1000万元\n"
                + "\u3000丙丁投资发展有限公司（有限合伙人），认缴40000万元\n"
                + "经营范围：股权投资\n";
        assertThat(normalise(items)).isEqualTo("企业名称：甲乙人形机器人创业投资合伙企业（有限合伙）\n合伙人及出资：\n甲乙私募股权投资基金管理有限公司（普通合伙人），认缴1000万元\n"
                + "丙丁投资发展有限公司（有限合伙人），认缴40000万元\n经营范围：股权投资");
        // a paragraph broken before its end still joins its unindented continuation
        assertThat(normalise("\u3000\u3000本项目由甲乙科技有限公司牵头，联合丙丁大学和戊己研究院共同\n承担，计划于2026年完成。\n"))
                .isEqualTo("本项目由甲乙科技有限公司牵头，联合丙丁大学和戊己研究院共同承担，计划于2026年完成。");
        // a text layer that indents every line is joined as before
        assertThat(normalise("  本项目由甲乙科技有限公司牵头，联合丙丁大学和戊己研究院共同\n  承担，计划于2026年完成。\n"))
                .isEqualTo("本项目由甲乙科技有限公司牵头，联合丙丁大学和戊己研究院共同承担，计划于2026年完成。");
    }

    @Test
    void empty_cell_gaps_between_numbers_stay_cell_gaps() {
        // two HTML cells of figures come out as 10, two tabs, 2.5: still two cells, not one "10 2.5"
        assertThat(normalise("1\t某某投资基金\t10\t\t2.5\t翠亨新区")).isEqualTo("1\t某某投资基金\t10\t2.5\t翠亨新区");
        assertThat(normalise("Model X  2.5")).isEqualTo("Model X 2.5");
    }

    @Test
    void a_label_spaced_out_to_the_width_of_its_neighbours_is_one_label_not_two_cells() {
        assertThat(normalise("　　备　　注：已在翮翯新区设立量产基地")).isEqualTo("备注：已在翮翯新区设立量产基地");
        // two cells of words stay two cells
        assertThat(normalise("企业名称　　所在地")).isEqualTo("企业名称\t所在地");
    }

    @Test
    void a_feed_or_wiki_source_saved_as_text_loses_its_tags_and_keeps_what_they_enclose() {
        String feed = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\"><channel>\n"
                + "<item><title>翮翯新区产业园开园</title>\n"
                + "<description><![CDATA[江门翮翯机器人有限公司入驻翮翯新区产业园。]]></description></item>\n"
                + "</channel></rss>\n";
        NormalisedText normalised = normaliser.normalise(feed);
        assertThat(normalised.text()).doesNotContain("<", ">", "CDATA")
                .contains("翮翯新区产业园开园").contains("江门翮翯机器人有限公司入驻翮翯新区产业园。");
        int at = normalised.text().indexOf("江门翮翯机器人有限公司");
        assertThat(feed.substring(normalised.sourceOffset(at), normalised.sourceOffset(at) + 4)).isEqualTo("江门翮翯"); // offsets still map back
        // a sign in prose is no tag
        assertThat(normalise("产值增速<5%的企业有3家，<10%的有7家。")).isEqualTo("产值增速<5%的企业有3家，<10%的有7家。");
    }

    @Test
    void a_json_export_becomes_records_of_labelled_fields_parted_by_blank_lines() {
        String json = "[\n  {\"序号\": 1, \"平台名称\": \"佛山市嫚嬿焊接工程技术研究中心\", \"依托单位\": \"佛山市嫚嬿机器人有限公司\"},\n"
                + "  {\"序号\": 2, \"平台名称\": \"佛山市燏焜陶瓷重点实验室\", \"备注\": \"含\\\"逗号,冒号:\\\"的说明\"}\n]\n";
        NormalisedText normalised = normaliser.normalise(json);
        assertThat(normalised.text()).doesNotContain("\"平台名称\"", "{", "[")
                .contains("平台名称：佛山市嫚嬿焊接工程技术研究中心\n")
                .contains("依托单位：佛山市嫚嬿机器人有限公司");
        // a comma or colon inside a string stays; the records are apart
        assertThat(normalised.text()).contains("含\"逗号,冒号:\"的说明");
        assertThat(normalised.text().substring(normalised.text().indexOf("佛山市嫚嬿机器人有限公司"), normalised.text().indexOf("序号：2")))
                .contains("\n\n");
        int at = normalised.text().indexOf("佛山市燏焜陶瓷重点实验室");
        assertThat(json.substring(normalised.sourceOffset(at), normalised.sourceOffset(at) + 5)).isEqualTo("佛山市燏焜"); // offsets map back
        // braces in prose, or a JSON-looking text that does not close, are left alone
        assertThat(normalise("{一} 关于“A：B”的说明，见[附件1]。")).isEqualTo("{一} 关于“A：B”的说明，见[附件1]。");
        assertThat(normalise("{\"名称\": \"甲\", \"地址\": \"乙\", \"类别\": \"丙\", \"备注\": \"丁\"")).contains("\"名称\"");
    }
}
