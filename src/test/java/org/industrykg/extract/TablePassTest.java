package org.industrykg.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Rows of a table state facts typed by their column headers; invented tables on the real pipeline. */
class TablePassTest {

    private static boolean table(Extracted x, RelationType type, String source, String target) {
        return x.extraction.relations().stream().anyMatch(r -> r.type() == type && r.method().equals("rule:table-column")
                && r.source().endsWith(":" + source) && r.target().endsWith(":" + target));
    }

    @Test
    void a_list_of_recognised_centres_gives_founders_places_and_partners() {
        Extracted x = Extracted.from("""
                附件：2026年度拟认定省级工程技术研究中心名单

                序号\t工程技术研究中心名称\t依托单位\t所在地区
                1\t湖南省精密轴承工程技术研究中心\t株洲星辰轴承股份有限公司\t株洲市
                2\t湖南省智能农机工程技术研究中心\t湘潭禾丰农机有限公司、湖南科技大学\t湘潭市
                """);

        assertThat(table(x, RelationType.FOUNDED, "株洲星辰轴承股份有限公司", "湖南省精密轴承工程技术研究中心")).isTrue();
        assertThat(table(x, RelationType.HOSTS, "株洲市", "湖南省精密轴承工程技术研究中心")).isTrue();
        assertThat(table(x, RelationType.FOUNDED, "湖南科技大学", "湖南省智能农机工程技术研究中心")).isTrue();
        assertThat(table(x, RelationType.PARTNERS_WITH, "湘潭禾丰农机有限公司", "湖南科技大学")).isTrue();
        assertThat(table(x, RelationType.HOSTS, "湘潭市", "湖南省智能农机工程技术研究中心")).isTrue();
        assertThat(table(x, RelationType.HOSTS, "株洲市", "湖南省智能农机工程技术研究中心")).isFalse();
    }

    @Test
    void a_column_of_partner_universities_or_solvers_pairs_each_row_with_them() {
        Extracted solved = Extracted.from("""
                2025年度“揭榜挂帅”项目揭榜结果

                序号  发榜单位                      揭榜单位                技术领域
                1     江门市曦岙精密模具有限公司    五邑大学                精密模具
                2     江门市汐语照明科技有限公司    华南理工大学            智能照明
                """);
        assertThat(table(solved, RelationType.PARTNERS_WITH, "五邑大学", "江门市曦岙精密模具有限公司")).isTrue();
        assertThat(table(solved, RelationType.PARTNERS_WITH, "华南理工大学", "江门市汐语照明科技有限公司")).isTrue();
        assertThat(table(solved, RelationType.PARTNERS_WITH, "五邑大学", "江门市汐语照明科技有限公司")).isFalse();

        Extracted listed = Extracted.from("序号\t企业名称\t所在地\t合作高校院所\n1\t江门市琮岳机器人有限公司\t江门市\t五邑大学");
        assertThat(table(listed, RelationType.PARTNERS_WITH, "五邑大学", "江门市琮岳机器人有限公司")).isTrue();
        assertThat(table(listed, RelationType.HOSTS, "江门市", "江门市琮岳机器人有限公司")).isTrue();

    }

    @Test
    void a_header_cell_names_its_column_by_the_longest_column_word_it_holds_so_its_cells_are_names_whole() {
        Extracted x = Extracted.from("序号\t工程中心名称\t依托单位\t所在地市\n"
                + "1\t江门市服务机器人用视觉传感器工程技术研究中心\t江门市琮岳智能科技有限公司\t江门市");
        assertThat(table(x, RelationType.FOUNDED, "江门市琮岳智能科技有限公司", "江门市服务机器人用视觉传感器工程技术研究中心")).isTrue();
        assertThat(x.allNames()).doesNotContain("视觉传感器工程技术研究中心");

        Extracted operated = Extracted.from("序号\t运营机构\t孵化器名称\t所在地\n"
                + "1\t江门市琮岳科技有限公司\t江门市服务机器人用视觉传感器孵化器\t江门市");
        assertThat(operated.entity("江门市服务机器人用视觉传感器孵化器")).isPresent(); // the name column is 孵化器名称, not 运营机构
    }

    @Test
    void a_column_of_streets_places_each_row_in_its_street() {
        Extracted streets = Extracted.from("深圳市宝安区链主企业名单\n序号\t链主企业\t所在街道\n1\t深圳市琮岳智能科技有限公司\t福海街道");
        assertThat(table(streets, RelationType.HOSTS, "深圳市宝安区福海街道", "深圳市琮岳智能科技有限公司")).isTrue();
    }

    @Test
    void a_table_written_with_pipes_is_read_like_any_other() {
        Extracted x = Extracted.from("""
                附件：2026年度拟认定省级新型研发机构名单

                | 序号 | 机构名称 | 依托单位 | 所在地市 |
                |---|---|---|---|
                | 1 | 江西赣星精密传动研究院 | 江西赣星传动股份有限公司、南昌理工学院 | 南昌市 |
                | 2 | 江西庐峰智能感知研究院 | 九江庐峰电子有限公司 | 九江市 |
                """);

        assertThat(table(x, RelationType.FOUNDED, "江西赣星传动股份有限公司", "江西赣星精密传动研究院")).isTrue();
        assertThat(table(x, RelationType.PARTNERS_WITH, "江西赣星传动股份有限公司", "南昌理工学院")).isTrue();
        assertThat(table(x, RelationType.HOSTS, "九江市", "江西庐峰智能感知研究院")).isTrue();
        assertThat(table(x, RelationType.HOSTS, "南昌市", "江西庐峰智能感知研究院")).isFalse();
    }

    @Test
    void a_row_that_names_a_project_is_about_its_investor() {
        Extracted x = Extracted.from("""
                中山甲乙开发区2025年第三批重点项目签约名单如下。
                序号	项目名称	投资方	投资额（亿元）	落户园区
                1	人形机器人整机研发及量产基地项目	深圳市丙丁人形机器人有限公司	18.0	中山戊己具身智能科学城
                2	灵巧手及微型伺服系统生产项目	深圳市庚辛灵巧科技有限公司	9.5	中山壬癸智能装备产业园
                """);

        assertThat(table(x, RelationType.HOSTS, "中山戊己具身智能科学城", "深圳市丙丁人形机器人有限公司")).isTrue();
        assertThat(table(x, RelationType.HOSTS, "中山壬癸智能装备产业园", "深圳市庚辛灵巧科技有限公司")).isTrue();
        assertThat(table(x, RelationType.IN_INDUSTRY, "深圳市庚辛灵巧科技有限公司", "灵巧手")).isTrue();
        assertThat(table(x, RelationType.HOSTS, "中山戊己具身智能科学城", "深圳市庚辛灵巧科技有限公司")).isFalse();
    }

    @Test
    void a_list_of_grants_funds_each_row_from_the_body_its_heading_names() {
        Extracted x = Extracted.from("""
                深圳市工业和信息化局关于下达2025年机器人产业扶持计划资助资金的通知

                序号	企业名称	项目名称	资助金额（万元）
                1	深圳市午未机器人有限公司	人形机器人关节模组产业化项目	800
                2	深圳申酉视觉科技有限公司	机器视觉检测平台建设项目	1,200
                """);

        assertThat(x.relation(RelationType.FUNDS, "深圳市工业和信息化局", "深圳市午未机器人有限公司").properties())
                .containsEntry("amountCny", 8_000_000L);
        assertThat(x.relation(RelationType.FUNDS, "深圳市工业和信息化局", "深圳申酉视觉科技有限公司").properties())
                .containsEntry("amountCny", 12_000_000L);
    }

    @Test
    void a_list_of_new_enterprises_gives_their_park_and_industry() {
        Extracted x = Extracted.from("""
                序号\t企业名称\t所属产业\t落户园区\t计划投资（亿元）
                1\t岳阳云帆新材料有限公司\t新能源电池\t岳阳绿色化工产业园\t6.5
                2\t岳阳启明光电科技有限公司\t集成电路\t岳阳经济技术开发区\t3.0
                """);

        assertThat(table(x, RelationType.HOSTS, "岳阳绿色化工产业园", "岳阳云帆新材料有限公司")).isTrue();
        assertThat(table(x, RelationType.IN_INDUSTRY, "岳阳云帆新材料有限公司", "新能源电池")).isTrue();
        assertThat(table(x, RelationType.HOSTS, "岳阳经济技术开发区", "岳阳启明光电科技有限公司")).isTrue();
        assertThat(table(x, RelationType.IN_INDUSTRY, "岳阳启明光电科技有限公司", "集成电路")).isTrue();
    }

    @Test
    void a_column_of_where_a_firm_comes_from_or_has_its_headquarters_places_it_there() {
        Extracted x = Extracted.from("""
                序号	企业名称	所属领域	企业来源地	入驻时间
                1	深圳市岭澜激光技术有限公司	激光装备	深圳市宝安区	2025年7月
                2	广州沐川数控设备有限公司	数控机床	广州市番禺区	2025年8月
                序号	企业名称	总部所在地	主营产品
                1	东莞青禾传感科技有限公司	东莞市松山湖	触觉传感器
                """);
        assertThat(table(x, RelationType.HOSTS, "深圳市宝安区", "深圳市岭澜激光技术有限公司")).isTrue();
        assertThat(table(x, RelationType.HOSTS, "广州市番禺区", "广州沐川数控设备有限公司")).isTrue();
        assertThat(table(x, RelationType.IN_INDUSTRY, "广州沐川数控设备有限公司", "数控机床")).isTrue();
        assertThat(x.extraction.relations()).anyMatch(r -> r.type() == RelationType.HOSTS
                && r.target().endsWith("东莞青禾传感科技有限公司") && r.method().equals("rule:table-column"));
    }

    @Test
    void a_column_of_main_products_or_research_directions_gives_industries() {
        Extracted x = Extracted.from("""
                序号\t企业名称\t主营产品\t入驻时间
                1\t岳阳云帆精密传动有限公司\t谐波减速器\t2025年3月
                序号\t机构名称\t研究方向
                1\t岳阳启明智能装备研究院\t机器视觉
                """);
        assertThat(table(x, RelationType.IN_INDUSTRY, "岳阳云帆精密传动有限公司", "谐波减速器")).isTrue();
        assertThat(table(x, RelationType.IN_INDUSTRY, "岳阳启明智能装备研究院", "机器视觉")).isTrue();
    }

    @Test
    void a_park_notices_list_of_residents_is_hosted_by_the_park_and_an_operator_partners_its_platform() {
        Extracted x = Extracted.from("""
                关于公布岳阳云麓智能制造产业园入驻企业名录的公告
                各入驻企业：
                现将本年度入驻企业及园区公共服务平台名录公布如下。
                一、本年度入驻企业名录
                序号\t企业名称\t所属领域\t入驻时间
                1\t岳阳云帆精密传动有限公司\t谐波减速器\t2025年3月
                2\t岳阳启明光电科技有限公司\t机器视觉\t2025年5月
                二、园区公共服务平台名录
                序号\t平台名称\t运营单位\t服务内容
                1\t云麓检验检测公共服务平台\t岳阳衡山检测技术有限公司\t整机检测
                """);
        assertThat(x.extraction.relations()).anyMatch(r -> r.method().equals("rule:table-residents") && r.type() == RelationType.HOSTS
                && r.source().endsWith("岳阳云麓智能制造产业园") && r.target().endsWith("岳阳云帆精密传动有限公司"));
        assertThat(x.extraction.relations()).anyMatch(r -> r.method().equals("rule:table-residents")
                && r.target().endsWith("岳阳启明光电科技有限公司"));
        assertThat(x.extraction.relations()).anyMatch(r -> r.method().equals("rule:table-residents")
                && r.target().endsWith("云麓检验检测公共服务平台"));
        assertThat(table(x, RelationType.PARTNERS_WITH, "岳阳衡山检测技术有限公司", "云麓检验检测公共服务平台")).isTrue();
        assertThat(table(x, RelationType.FOUNDED, "岳阳衡山检测技术有限公司", "云麓检验检测公共服务平台")).isFalse();
    }

    @Test
    void a_table_under_a_heading_of_no_residents_gets_no_host() {
        Extracted x = Extracted.from("""
                关于岳阳云麓智能制造产业园2025年度检测补贴的公示
                一、拟补贴名单
                序号\t企业名称\t所属领域
                1\t岳阳云帆精密传动有限公司\t谐波减速器
                """);
        assertThat(x.extraction.relations()).noneMatch(r -> r.method().equals("rule:table-residents"));
    }

    @Test
    void a_funds_partners_listed_under_a_label_fund_it_and_its_portfolio_table_is_funded_by_it() {
        Extracted x = Extracted.from("""
                澄溪具身智能产业投资基金（有限合伙）
                2025年第三季度报告
                基金名称：澄溪具身智能产业投资基金（有限合伙）（以下简称“本基金”）
                有限合伙人（按认缴出资额排序）：
                　　宝安区岚汀产业引导基金　　　　　　认缴9亿元
                　　广东沐辰产业投资集团有限公司　　　认缴6亿元
                　　其余由普通合伙人认缴
                投资方向：本基金重点投向人形机器人整机。
                二、投资组合明细
                序号\t企业名称\t所在地\t细分领域\t轮次\t投资金额（万元）
                1\t深圳市乾坤动力科技有限公司\t深圳市南山区\t人形机器人整机\tA轮\t15000
                2\t中山市行健传动科技有限公司\t中山市火炬开发区\t精密减速器\tB轮\t8000
                """);
        String fund = "澄溪具身智能产业投资基金";
        assertThat(x.hasRelation(RelationType.FUNDS, "宝安区岚汀产业引导基金", fund)).isTrue();
        assertThat(x.hasRelation(RelationType.FUNDS, "广东沐辰产业投资集团有限公司", fund)).isTrue();
        assertThat(x.hasRelation(RelationType.FUNDS, fund, "深圳市乾坤动力科技有限公司")).isTrue();
        assertThat(x.hasRelation(RelationType.FUNDS, fund, "中山市行健传动科技有限公司")).isTrue();
        assertThat(x.extraction.relations()).noneMatch(r -> r.type() == RelationType.FUNDS && r.target().endsWith(fund)
                && r.source().endsWith("乾坤动力科技有限公司"));
    }

    @Test
    void labelled_fields_of_an_entry_state_facts_about_it() {
        Extracted x = Extracted.from("""
                二、合作方基本情况
                （一）普通合伙人暨基金管理人
                名称：湘江启元私募股权基金管理有限公司
                注册地址：长沙市岳麓区（详细地址略）
                （二）有限合伙人
                1. 株洲星辰轴承股份有限公司
                注册地址：株洲市天元区
                主营业务：精密轴承和工业机器人减速器的研发与销售。
                三、投资标的基本情况
                1. 基金名称：湘江启元智能制造产业投资基金合伙企业（有限合伙）
                2. 主要经营场所：长沙市岳麓区
                3. 执行事务合伙人、基金管理人：湘江启元私募股权基金管理有限公司
                """);

        assertThat(field(x, RelationType.HOSTS, "长沙市岳麓区", "湘江启元私募股权基金管理有限公司")).isTrue();
        assertThat(field(x, RelationType.HOSTS, "株洲市天元区", "株洲星辰轴承股份有限公司")).isTrue();
        assertThat(field(x, RelationType.IN_INDUSTRY, "株洲星辰轴承股份有限公司", "工业机器人")).isTrue();
        assertThat(field(x, RelationType.HOSTS, "长沙市岳麓区", "湘江启元智能制造产业投资基金")).isTrue();
        assertThat(field(x, RelationType.MANAGES, "湘江启元私募股权基金管理有限公司", "湘江启元智能制造产业投资基金")).isTrue();
        assertThat(field(x, RelationType.HOSTS, "株洲市天元区", "湘江启元私募股权基金管理有限公司")).isFalse();
    }

    @Test
    void a_table_of_partners_below_a_fund_entry_funds_that_fund() {
        Extracted x = Extracted.from("""
                三、投资标的基本情况
                1. 基金名称：湘江启元智能制造产业投资基金合伙企业（有限合伙）
                2. 各合伙人认缴出资情况：
                序号\t合伙人名称\t认缴出资额（万元）
                1\t株洲星辰轴承股份有限公司\t5,000
                2\t岳阳市产业投资集团有限公司\t3,000
                """);

        assertThat(table(x, RelationType.FUNDS, "株洲星辰轴承股份有限公司", "湘江启元智能制造产业投资基金")).isTrue();
        assertThat(table(x, RelationType.FUNDS, "岳阳市产业投资集团有限公司", "湘江启元智能制造产业投资基金")).isTrue();
    }

    private static boolean field(Extracted x, RelationType type, String source, String target) {
        return x.extraction.relations().stream().anyMatch(r -> r.type() == type && r.method().equals("rule:labelled-field")
                && r.source().endsWith(":" + source) && r.target().endsWith(":" + target));
    }

    @Test
    void rows_without_a_header_of_known_columns_state_nothing() {
        Extracted x = Extracted.from("""
                序号\t备注\t金额
                1\t岳阳云帆新材料有限公司\t岳阳绿色化工产业园
                """);

        assertThat(x.extraction.relations()).noneMatch(r -> r.method().equals("rule:table-column"));
    }

    @Test
    void a_bad_column_class_in_the_lexicon_is_named_in_the_error() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new TablePass(
                        Resources.classedWords("extract/verbs.lex", TablePass.Role.class)))
                .hasMessageContaining("extract/verbs.lex").hasMessageContaining("unknown class");
    }

    @Test
    void a_cell_of_the_place_column_that_ends_like_a_park_is_a_park_that_hosts_the_row() {
        Extracted x = Extracted.from("""
                序号\t企业名称\t项目名称\t落户园区
                1\t岳阳云帆新材料有限公司\t云帆复合材料基地\t湘畔智造产业园
                2\t湘江启元精工有限公司\t精密零部件项目\t湘滨精密制造产业园
                """);
        assertThat(x.names(EntityLabel.Park)).contains("湘畔智造产业园", "湘滨精密制造产业园");
        assertThat(table(x, RelationType.HOSTS, "湘畔智造产业园", "岳阳云帆新材料有限公司")).isTrue();
        assertThat(table(x, RelationType.HOSTS, "湘滨精密制造产业园", "湘江启元精工有限公司")).isTrue();

        Extracted prose = Extracted.from("湘畔智造产业园今年开工。");
        assertThat(prose.names(EntityLabel.Park)).doesNotContain("湘畔智造产业园");
    }

    @Test
    void a_field_inside_an_entrys_own_line_states_its_fact() {
        Extracted x = Extracted.from("1、岳阳云帆投资发展有限公司，注册地址：岳阳市岳阳楼区（详细地址略），系岳阳市岳阳楼区人民政府全资控股的区属国有企业，"
                + "本次认缴出资2亿元；\n2、湘江启元精工有限公司，注册地址：长沙市雨花区，主营业务：精密减速器的研发与制造。");
        assertThat(field(x, RelationType.HOSTS, "岳阳市岳阳楼区", "岳阳云帆投资发展有限公司")).isTrue();
        assertThat(field(x, RelationType.HOSTS, "岳阳市", "岳阳云帆投资发展有限公司")).isFalse();
        assertThat(field(x, RelationType.HOSTS, "长沙市雨花区", "湘江启元精工有限公司")).isTrue();
        assertThat(field(x, RelationType.IN_INDUSTRY, "湘江启元精工有限公司", "精密减速器")).isTrue();
        assertThat(x.names(EntityLabel.GovernmentAgency)).contains("岳阳市岳阳楼区人民政府").noneMatch(n -> n.startsWith("系"));
    }

    @Test
    void a_title_separator_is_no_part_of_a_name() {
        Extracted x = Extracted.from("岳阳举行项目签约仪式 - 园区要闻 - 岳阳经济技术开发区管理委员会\n正文。");
        assertThat(x.names(EntityLabel.GovernmentAgency)).contains("岳阳经济技术开发区管理委员会").noneMatch(n -> n.startsWith("-"));
    }

    @Test
    void a_funds_letter_lists_its_investments_and_its_partners_in_tables() {
        Extracted x = Extracted.from("深圳岱宁人形机器人产业投资基金2025年第三季度报告\n"
                + "本季度深圳岱宁人形机器人产业投资基金新增投资两笔。\n"
                + "截至本季度末，本基金投资组合如下：\n"
                + "序号\t被投企业\t投资轮次\t累计投资金额（万元）\t所在地\n"
                + "1\t深圳市星澜机器人有限公司\tB轮\t12,000\t深圳市龙岗区\n"
                + "2\t东莞市岭川伺服科技有限公司\tA轮\t6,000\t东莞市\n"
                + "本基金合伙人认缴出资情况如下：\n"
                + "序号\t合伙人名称\t合伙人类型\t认缴出资额（万元）\n"
                + "1\t深圳市岱宁私募股权投资基金管理有限公司\t普通合伙人\t1,000\n"
                + "2\t员工持股平台（3名自然人）\t有限合伙人\t2,000\n" // no name: still a row, not a header of 合伙人 columns
                + "3\t东莞市墨砚投资控股有限公司\t有限合伙人\t30,000\n");
        String fund = "深圳岱宁人形机器人产业投资基金";
        assertThat(x.hasRelation(RelationType.FUNDS, fund, "深圳市星澜机器人有限公司")).isTrue();
        assertThat(x.hasRelation(RelationType.FUNDS, fund, "东莞市岭川伺服科技有限公司")).isTrue();
        assertThat(x.hasRelation(RelationType.HOSTS, "深圳市龙岗区", "深圳市星澜机器人有限公司")).isTrue();
        assertThat(x.hasRelation(RelationType.FUNDS, "东莞市墨砚投资控股有限公司", fund)).isTrue();
        assertThat(x.hasRelation(RelationType.FUNDS, fund, "东莞市墨砚投资控股有限公司")).isFalse();
    }

    @Test
    void a_residents_heading_above_a_paragraph_still_names_the_park_that_hosts_the_rows() {
        Extracted x = Extracted.from("入驻企业名录 - 澄屿智能制造产业园管理委员会\n"
                + "澄屿智能制造产业园入驻企业名录（截至2025年6月30日）\n"
                + "发布时间：2025-07-08　来源：园区招商服务部\n"
                + "澄屿智能制造产业园位于江门市蓬江区，规划面积2平方公里。截至6月底，园区累计入驻企业6家。园区建有公共检测平台。\n"
                + "序号\t入驻企业\t入驻时间\t所属行业\n"
                + "1\t江门市雁汀机器人科技有限公司\t2024年11月\t工业机器人\n"
                + "2\t枫渚传感技术有限公司\t2025年1月\t智能传感器\n");
        assertThat(x.hasRelation(RelationType.HOSTS, "澄屿智能制造产业园", "江门市雁汀机器人科技有限公司")).isTrue();
        assertThat(x.hasRelation(RelationType.HOSTS, "澄屿智能制造产业园", "枫渚传感技术有限公司")).isTrue();
    }

    @Test
    void a_products_column_gives_the_rows_industries_only_in_a_table_without_an_industry_column() {
        Extracted both = Extracted.from("序号\t企业名称\t主导产品\t所属行业\n"
                + "1\t江门市雁汀机器人科技有限公司\t双足人形机器人整机\t人形机器人\n"
                + "2\t枫渚传感技术有限公司\t六维力传感器\t智能传感器\n");
        assertThat(both.hasRelation(RelationType.IN_INDUSTRY, "江门市雁汀机器人科技有限公司", "人形机器人")).isTrue();
        assertThat(both.hasRelation(RelationType.IN_INDUSTRY, "枫渚传感技术有限公司", "智能传感器")).isTrue();
        assertThat(both.hasRelation(RelationType.IN_INDUSTRY, "枫渚传感技术有限公司", "六维力传感器")).isFalse();
        Extracted products = Extracted.from("序号\t企业名称\t主导产品\n"
                + "1\t江门市雁汀机器人科技有限公司\t双足人形机器人\n"
                + "2\t枫渚传感技术有限公司\t六维力传感器\n");
        assertThat(products.hasRelation(RelationType.IN_INDUSTRY, "枫渚传感技术有限公司", "六维力传感器")).isTrue();
    }
    @Test
    void a_work_plans_lead_unit_builds_the_rows_park_and_its_responsible_units_back_it() {
        Extracted x = Extracted.from("株洲市天元区人民政府办公室关于印发《天元区低空经济产业集群发展工作方案》的通知\n\n"
                + "序号 | 重点任务 | 牵头单位 | 责任单位\n"
                + "1 | 规划建设天元低空经济产业园，引进整机企业不少于10家 | 株洲市天元区工业和信息化局 | 株洲市天元区投资促进局、株洲市天元区自然资源局\n"
                + "2 | 支持湖南工业大学、中南大学建设飞控技术实验平台 | 株洲市天元区科学技术局 | 株洲市天元区教育局\n"
                + "3 | 引进低空经济企业不少于20家 | 株洲市天元区投资促进局 | 株洲市天元区商务局");
        assertThat(table(x, RelationType.FOUNDED, "株洲市天元区工业和信息化局", "天元低空经济产业园")).isTrue();
        assertThat(table(x, RelationType.SUPPORTS, "株洲市天元区自然资源局", "天元低空经济产业园")).isTrue();
        assertThat(table(x, RelationType.SUPPORTS, "株洲市天元区科学技术局", "湖南工业大学")).isTrue();
        assertThat(table(x, RelationType.FOUNDED, "株洲市天元区科学技术局", "湖南工业大学")).isFalse();
        assertThat(table(x, RelationType.SUPPORTS, "株洲市天元区教育局", "中南大学")).isTrue();
        assertThat(table(x, RelationType.SUPPORTS, "株洲市天元区商务局", "株洲市天元区投资促进局")).isFalse();

        Extracted centres = Extracted.from("序号\t中心名称\t牵头单位\t配合单位\n"
                + "1\t湖南省伺服驱动工程技术研究中心\t湄岭传动科技有限公司\t株洲市科学技术局");
        assertThat(table(centres, RelationType.FOUNDED, "湄岭传动科技有限公司", "湖南省伺服驱动工程技术研究中心")).isTrue();
        assertThat(table(centres, RelationType.SUPPORTS, "株洲市科学技术局", "湖南省伺服驱动工程技术研究中心")).isTrue();
    }

    @Test
    void a_list_of_projects_names_each_projects_firm_and_the_park_it_lands_in() {
        Extracted x = Extracted.from("""
                重点项目进展：

                序号	项目投资方	落户载体	总投资（亿元）	状态
                1	佛山市檀屿机械有限公司	棠下—顺德产业合作园	9.6	已投产
                2	佛山沅汀机器人有限公司	棠下镇新材料产业园	2.8	在建
                """);
        assertThat(x.hasRelation(RelationType.HOSTS, "棠下—顺德产业合作园", "佛山市檀屿机械有限公司")).isTrue();
        assertThat(x.hasRelation(RelationType.HOSTS, "棠下镇新材料产业园", "佛山沅汀机器人有限公司")).isTrue();
        assertThat(x.hasRelation(RelationType.FUNDS, "佛山市檀屿机械有限公司", "棠下—顺德产业合作园")).isFalse();
    }

    @Test
    void a_partners_table_without_a_name_column_lists_who_works_with_the_texts_own_company() {
        Extracted x = Extracted.from("""
                本报告是江门沅汀机器人股份有限公司（以下简称“沅汀机器人”“公司”或“我们”）发布的第二份ESG报告。
                报告期内，公司新签产学研合作协议5项，主要合作情况如下：

                合作单位	合作形式	主要内容
                五邑大学	共建联合实验室	底盘导航研究
                广东省智能制造研究所	委托开发	多模态融合算法
                """);
        assertThat(x.hasRelation(RelationType.PARTNERS_WITH, "五邑大学", "江门沅汀机器人股份有限公司")).isTrue();
        assertThat(x.hasRelation(RelationType.PARTNERS_WITH, "广东省智能制造研究所", "江门沅汀机器人股份有限公司")).isTrue();
        assertThat(x.hasRelation(RelationType.FOUNDED, "五邑大学", "江门沅汀机器人股份有限公司")).isFalse();

        Extracted noOwner = Extracted.from("江门市科学技术局公布2025年产学研合作项目：\n\n合作单位\t合作形式\n五邑大学\t共建联合实验室\n"
                + "广东省智能制造研究所\t委托开发\n");
        assertThat(noOwner.extraction.relations()).noneMatch(r -> r.type() == RelationType.PARTNERS_WITH); // whose partners, it does not say

        Extracted school = Extracted.from("五邑大学2025年度产学研合作工作总结\n\n重大横向项目一览\n合作单位 | 合作项目 | 合同金额（万元）\n"
                + "江门沅汀机器人股份有限公司 | 运动控制算法 | 960\n佛山檀屿电器有限公司 | 语音交互模组 | 420\n");
        assertThat(school.hasRelation(RelationType.PARTNERS_WITH, "佛山檀屿电器有限公司", "五邑大学")).isTrue(); // the title's school

        Extracted plan = Extracted.from("江门沅汀机器人股份有限公司（以下简称“公司”）参与以下任务。\n序号 | 任务 | 牵头单位 | 配合单位\n"
                + "1 | 支持五邑大学设立联合研究机构 | 江门市科学技术局 | 江门市教育局\n");
        assertThat(plan.extraction.relations()).noneMatch(r -> r.method().equals("rule:table-own-partners")); // a work plan's leads lead tasks
    }

    @Test
    void a_column_of_the_firms_each_row_set_up_elsewhere_gives_their_founder_and_their_place() {
        Extracted x = Extracted.from("""
                　　在江门投产的孵化企业：

                　　孵化企业　　　　　　　　　　　江门生产主体　　　　　　　　　　所在镇街　　　主要产品
                　　佛山沅汀动力科技有限公司　　　江门沅汀精密传动有限公司　　　　棠下镇　　　　关节模组
                　　佛山市檀屿视觉技术有限公司　　（与江门市沐溪精密五金有限公司合作生产）　杜阮镇　　　　结构光相机
                """);
        assertThat(x.hasRelation(RelationType.FOUNDED, "佛山沅汀动力科技有限公司", "江门沅汀精密传动有限公司")).isTrue();
        assertThat(x.hasRelation(RelationType.HOSTS, "江门市蓬江区棠下镇", "江门沅汀精密传动有限公司")).isTrue();
        assertThat(x.hasRelation(RelationType.HOSTS, "江门市蓬江区棠下镇", "佛山沅汀动力科技有限公司")).isFalse();
        // a partner written in the column is no firm of the row's own
        assertThat(x.hasRelation(RelationType.FOUNDED, "佛山市檀屿视觉技术有限公司", "江门市沐溪精密五金有限公司")).isFalse();
    }

    @Test
    void a_brand_in_a_column_of_firms_is_a_firm_and_the_chain_segment_column_its_field() {
        Extracted x = Extracted.from("""
                粤西机器人重点企业名录
                细分环节	企业	所在地	合作院所
                减速器	沅汀传动	佛山顺德	—
                灵巧手	檀屿感知	江门蓬江	五邑大学
                整机	智能机器人	江门	—
                """);
        assertThat(x.names(EntityLabel.Enterprise)).contains("沅汀传动", "檀屿感知").doesNotContain("智能机器人");
        assertThat(x.hasRelation(RelationType.IN_INDUSTRY, "沅汀传动", "减速器")).isTrue();
        assertThat(x.hasRelation(RelationType.PARTNERS_WITH, "五邑大学", "檀屿感知")).isTrue();
    }

    @Test
    void a_table_of_funds_with_a_column_of_their_investments_gives_each_fund_its_firms() {
        Extracted x = Extracted.from("""
                粤西机器人基金一览
                基金名称	所在地	规模	管理人	已投企业（部分）
                江门沅汀机器人产业投资基金	江门	30亿元	江门沅汀私募股权基金管理有限公司	檀屿智能、澄屿传感
                佛山市顺德机器人产业发展基金	佛山	15亿元	佛山顺德创业投资管理有限公司	沐辰机器人
                """);
        assertThat(x.hasRelation(RelationType.FUNDS, "江门沅汀机器人产业投资基金", "澄屿传感")).isTrue();
        assertThat(x.hasRelation(RelationType.FUNDS, "佛山市顺德机器人产业发展基金", "沐辰机器人")).isTrue();
        assertThat(x.hasRelation(RelationType.FUNDS, "江门沅汀机器人产业投资基金", "沐辰机器人")).isFalse();
        assertThat(x.hasRelation(RelationType.FUNDS, "江门沅汀机器人产业投资基金", "江门沅汀私募股权基金管理有限公司")).isFalse();
    }

    @Test
    void a_header_cell_holding_two_column_words_of_one_length_is_read_by_the_one_that_ends_it() {
        assertThat(TablePass.headsBetter("合作单位名称", "单位名称", "合作单位")).isTrue();
        assertThat(TablePass.headsBetter("合作单位名称", "合作单位", "单位名称")).isFalse();
        assertThat(TablePass.headsBetter("所在地区名称", "所在地区", "名称")).isTrue(); // a longer word wins first
        Extracted x = Extracted.from("序号\t合作单位名称\t所在地\n1\t江门沅汀机器人有限公司\t江门市蓬江区\n");
        assertThat(x.hasRelation(RelationType.HOSTS, "江门市蓬江区", "江门沅汀机器人有限公司")).isTrue(); // the name column's row
    }
}
