package org.industrykg.job;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.github.houbb.opencc4j.core.impl.ZhConvertBootstrap;

/**
 * A benchmark corpus: {@code ./kg synth --docs N --output DIR [--seed S]} writes N invented Chinese
 * documents of four kinds (reply letters, policy measures, fund news, park notices) into
 * {@code DIR/docs} and, for each, a gold file of what it states into {@code DIR/gold}, in the
 * format of {@code eval/gold} (eval/README.md), so that {@code ./kg evaluate --input DIR/docs
 * --gold DIR/gold} scores the extractor on it.
 *
 * <p>Organisations, funds, parks, universities and districts are put together from name parts, so
 * that the graph grows with N; cities are real prefecture-level cities drawn with a skew, so that a
 * few of them become hubs. About one document in ten is written in Traditional characters (the gold
 * keeps the Simplified name and gives the written form as an alias, as docs/design.md says), about
 * one in seven is saved as GB18030. Document i depends only on the seed and i, so the same seed gives
 * the same bytes. It is a measuring tool: the extractor must not know these name parts.
 */
public final class SyntheticCorpus {

    /** Real cities, most frequent first (the draw favours the head of the list). */
    private static final String[] CITIES = {"深圳", "广州", "佛山", "东莞", "杭州", "苏州", "中山", "珠海", "宁波", "合肥",
            "成都", "武汉", "西安", "长沙", "南京", "无锡", "常州", "厦门", "福州", "青岛", "济南", "郑州", "南昌", "惠州",
            "江门", "肇庆", "绍兴", "嘉兴", "温州", "台州", "泉州", "烟台", "潍坊", "洛阳", "芜湖", "株洲", "襄阳", "宜宾",
            "绵阳", "柳州"};
    private static final String[] HEADS = {"华", "中", "新", "瑞", "博", "智", "天", "恒", "盛", "宏", "鼎", "锦", "安", "鸿",
            "凯", "嘉", "海", "星", "云", "远", "正", "泰", "卓", "越", "启", "明", "信", "德", "和", "美"};
    private static final String[] TAILS = {"创", "达", "拓", "联", "川", "锐", "航", "微", "芯", "源", "峰", "驰", "图", "捷",
            "辰", "逸", "腾", "科", "晟", "能", "研", "量", "景", "澜", "为", "翼", "衡", "森", "途", "极"};
    private static final String[] PLACE_HEADS = {"云", "凤", "龙", "松", "清", "永", "兴", "长", "宁", "丰", "临", "鹤", "金",
            "玉", "石", "桃", "湖", "溪", "岭", "梅"};
    private static final String[] PLACE_TAILS = {"川", "阳", "江", "山", "湾", "原", "城", "陵", "源", "门", "塘", "洲"};
    private static final String[] REGIONS = {"华南", "东方", "江海", "中原", "西湖", "南湖", "北辰", "滨海", "岭南", "长江",
            "齐鲁", "巴蜀"};
    private static final String[] SCHOOLS = {"理工", "工业", "科技", "交通", "电子科技", "工程"};
    /** Industries of the taxonomy, each with the business words of a company in it. */
    private static final String[][] INDUSTRIES = {{"人形机器人", "机器人"}, {"工业机器人", "智能装备"}, {"新能源汽车", "汽车科技"},
            {"集成电路", "半导体"}, {"生物医药", "生物医药"}, {"新材料", "新材料"}, {"低空经济", "航空科技"},
            {"人工智能", "智能科技"}, {"储能", "储能技术"}, {"智能制造", "精密制造"}};
    private static final String[] KINDS = {"reply", "measures", "fundnews", "parknotice"};

    private static final Charset GB18030 = Charset.forName("GB18030");

    private final long seed;
    private final ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private final ZhConvertBootstrap converter = ZhConvertBootstrap.newInstance().init();

    public SyntheticCorpus(long seed) {
        this.seed = seed;
    }

    /** A gold entity as eval/README.md describes it. */
    public record GoldEntity(String name, List<String> types, List<String> aliases, String note) {
    }

    /** A gold relation as eval/README.md describes it. */
    public record GoldRelation(String source, String type, String target,
                               @JsonProperty("alt_types") List<String> altTypes, String quote) {
    }

    /** The gold of one document. */
    public record Gold(String document, List<GoldEntity> entities, List<GoldRelation> relations) {
    }

    /** One generated document: its file name, text, encoding and gold. */
    public record Document(String fileName, String text, Charset charset, Gold gold) {
    }

    /**
     * Writes documents 0 to count-1 into {@code output/docs} and their gold into {@code output/gold};
     * refuses an output folder that already holds either, so that no stale file mixes in.
     */
    public void write(int count, Path output, PrintStream out) throws IOException {
        if (count < 1) {
            throw new IllegalArgumentException("--docs " + count + ": must be at least 1");
        }
        Path docs = output.resolve("docs");
        Path gold = output.resolve("gold");
        for (Path folder : List.of(docs, gold)) {
            if (Files.isDirectory(folder)) {
                try (Stream<Path> listing = Files.list(folder)) {
                    if (listing.findAny().isPresent()) {
                        throw new IllegalArgumentException("--output " + output + ": " + folder + " is not empty");
                    }
                }
            }
            Files.createDirectories(folder);
        }
        long characters = 0;
        for (int i = 0; i < count; i++) {
            Document document = document(i);
            Files.write(docs.resolve(document.fileName()), document.text().getBytes(document.charset()));
            String goldName = document.fileName().replaceFirst("\\.txt$", ".json");
            json.writeValue(gold.resolve(goldName).toFile(), document.gold());
            characters += document.text().length();
        }
        out.printf("Wrote %d documents (%,d characters) to %s and their gold to %s (seed %d)%n", count, characters, docs,
                gold, seed);
    }

    /** Document i of this seed. */
    public Document document(int index) {
        Random random = new Random(mixed(seed * 0x9E3779B97F4A7C15L + index));
        String kind = KINDS[random.nextInt(KINDS.length)];
        Draft draft = new Draft(random.nextInt(10) == 0);
        Names names = new Names(random);
        switch (kind) {
            case "reply" -> reply(draft, names, random);
            case "measures" -> measures(draft, names, random);
            case "fundnews" -> fundNews(draft, names, random);
            default -> parkNotice(draft, names, random);
        }
        Charset charset = random.nextInt(7) == 0 ? GB18030 : StandardCharsets.UTF_8;
        String fileName = String.format("syn%05d_%s.txt", index, kind);
        return new Document(fileName, draft.text.toString(), charset, draft.gold(fileName));
    }

    /**
     * Scrambles the bits of a seed (the finaliser of SplittableRandom): java.util.Random's first
     * draws of neighbouring seeds are nearly equal, so document seeds must not be neighbours.
     */
    private static long mixed(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    private static void reply(Draft d, Names n, Random random) {
        Entity agency = n.agency("科学技术局");
        Entity policy = n.policy();
        Entity industry = n.industry();
        Entity park = n.park(industry);
        Entity district = n.district();
        Entity first = n.enterprise(industry);
        Entity second = n.enterprise(industry);
        Entity university = n.university();
        Entity institute = n.institute(university, industry);
        d.name(agency).text("关于市政协第" + (random.nextInt(12) + 1) + "届" + (random.nextInt(5) + 1) + "次会议第"
                + (random.nextInt(300) + 1) + "号提案的答复函").line();
        d.text("尊敬的委员：").line();
        d.text("您提出的《关于推动" + industry.name + "产业高质量发展的提案》收悉，现答复如下：").line();
        d.text("一、").name(n.city).text("高度重视").name(industry).text("产业发展。").name(agency).text("印发了《")
                .name(policy).text("》，重点支持").name(industry).text("领域企业做大做强。");
        d.relation(agency, "ISSUES", policy).relation(policy, "TARGETS", industry).sentence();
        d.name(park).text("位于").name(district).text("，目前已集聚").name(first).text("、").name(second).text("等"
                + (random.nextInt(40) + 10) + "家企业。");
        d.relation(district, "HOSTS", park).relation(park, "HOSTS", first).relation(park, "HOSTS", second)
                .relation(district, "PART_OF", n.city).sentence();
        d.text("二、").name(first).text("与").name(university).text("共建").name(institute).text("，聚焦").name(industry)
                .text("关键技术攻关。");
        d.relation(first, "PARTNERS_WITH", university).relation(university, "FOUNDED", institute, "PARTNERS_WITH")
                .relation(institute, "IN_INDUSTRY", industry).sentence();
        d.text("感谢您对我市科技工作的关心和支持。").line();
        d.name(agency).line();
        d.text(n.date()).line();
    }

    private static void measures(Draft d, Names n, Random random) {
        Entity government = n.agency("人民政府");
        Entity agency = n.agency("工业和信息化局");
        Entity policy = n.policy();
        Entity industry = n.industry();
        Entity enterprise = n.enterprise(industry);
        Entity park = n.park(industry);
        Entity district = n.district();
        Entity fund = n.fund(industry);
        d.text("《").name(policy).text("》").line();
        d.text("为加快").name(n.city).name(industry).text("产业集聚发展，").name(government).text("制定本措施。");
        d.relation(government, "ISSUES", policy).relation(policy, "TARGETS", industry).sentence();
        d.text("第一条 支持").name(enterprise).text("等龙头企业牵头建设创新平台，").name(agency).text("按项目投资额给予最高"
                + (random.nextInt(9) + 1) * 100 + "万元补助。");
        d.relation(agency, "SUPPORTS", enterprise).sentence();
        d.text("第二条 加快建设").name(park).text("，").name(district).text("负责园区基础设施配套。");
        d.relation(district, "HOSTS", park).relation(district, "PART_OF", n.city).sentence();
        d.text("第三条 设立").name(fund).text("，规模" + (random.nextInt(50) + 5) + "亿元，重点投向").name(industry)
                .text("领域。");
        d.relation(fund, "TARGETS", industry).sentence();
        d.text("第四条 本措施自印发之日起施行，由").name(agency).text("负责解释。").line();
    }

    private static void fundNews(Draft d, Names n, Random random) {
        Entity industry = n.industry();
        Entity fund = n.fund(industry);
        Entity manager = n.manager();
        Entity district = n.district();
        Entity enterprise = n.enterprise(industry);
        Entity park = n.park(industry);
        d.name(fund).text("在").name(n.city).text("正式设立").line();
        d.text(n.date() + "，").name(fund).text("签约仪式在").name(district).text("举行。");
        d.relation(district, "HOSTS", fund).relation(district, "PART_OF", n.city).sentence();
        d.text("该基金总规模" + (random.nextInt(80) + 10) + "亿元，由").name(manager).text("担任基金管理人，重点投向")
                .name(industry).text("等领域。");
        d.relation(manager, "MANAGES", fund).relation(fund, "TARGETS", industry).sentence();
        d.text("目前，").name(fund).text("已完成对").name(enterprise).text("的首笔投资。");
        d.relation(fund, "FUNDS", enterprise).sentence();
        d.name(enterprise).text("是一家专注于").name(industry).text("的高新技术企业，总部位于").name(park).text("。");
        d.relation(enterprise, "IN_INDUSTRY", industry).relation(park, "HOSTS", enterprise).sentence();
    }

    private static void parkNotice(Draft d, Names n, Random random) {
        Entity industry = n.industry();
        Entity park = n.park(industry);
        Entity committee = n.committee(park);
        Entity policy = n.policy();
        Entity district = n.district();
        Entity university = n.university();
        d.text("关于").name(park).text((2020 + random.nextInt(6)) + "年度拟入园企业名单的公示").line();
        d.text("根据《").name(policy).text("》，经").name(committee).text("审核，以下企业拟入驻").name(park).text("：")
                .line();
        int count = 2 + random.nextInt(3);
        for (int i = 1; i <= count; i++) {
            Entity enterprise = n.enterprise(industry);
            d.text(i + ". ").name(enterprise);
            d.relation(park, "HOSTS", enterprise).sentence();
        }
        d.name(park).text("位于").name(district).text("，重点发展").name(industry).text("产业。");
        d.relation(district, "HOSTS", park).relation(district, "PART_OF", n.city)
                .relation(park, "IN_INDUSTRY", industry).sentence();
        d.name(university).text("与").name(park).text("签订合作协议，共建人才培养基地。");
        d.relation(university, "PARTNERS_WITH", park).sentence();
        d.text("公示期为五个工作日。").line();
        d.name(committee).line();
        d.text(n.date()).line();
    }

    /** An entity of a document: its canonical name, its label and the city its name starts with (districts). */
    private record Entity(String name, String label, Entity within) {
        Entity(String name, String label) {
            this(name, label, null);
        }
    }

    /** A relation stated by the sentence being written. */
    private record Pending(Entity source, String type, Entity target, List<String> alternatives) {
    }

    /** The names of one document, put together from the name parts around one city. */
    private static final class Names {
        private final Random random;
        final Entity city;
        private final String cityShort;

        Names(Random random) {
            this.random = random;
            double skewed = Math.pow(random.nextDouble(), 2.5);
            this.cityShort = CITIES[(int) (skewed * CITIES.length)];
            this.city = new Entity(cityShort + "市", "City");
        }

        private String pick(String[] parts) {
            return parts[random.nextInt(parts.length)];
        }

        private String tradeName() {
            return pick(HEADS) + pick(TAILS);
        }

        private String placeName() {
            return pick(PLACE_HEADS) + pick(PLACE_TAILS);
        }

        Entity industry() {
            return new Entity(INDUSTRIES[random.nextInt(INDUSTRIES.length)][0], "Industry");
        }

        private static String business(Entity industry) {
            for (String[] row : INDUSTRIES) {
                if (row[0].equals(industry.name)) {
                    return row[1];
                }
            }
            throw new IllegalStateException(industry.name);
        }

        Entity enterprise(Entity industry) {
            String suffix = random.nextInt(3) == 0 ? "股份有限公司" : "有限公司";
            String prefix = random.nextBoolean() ? cityShort : "";
            return new Entity(prefix + tradeName() + business(industry) + suffix, "Enterprise");
        }

        Entity manager() {
            String kind = random.nextBoolean() ? "私募基金管理有限公司" : "资本管理有限公司";
            return new Entity(cityShort + tradeName() + kind, "Enterprise");
        }

        Entity district() {
            return new Entity(city.name + placeName() + "区", "City", city);
        }

        Entity park(Entity industry) {
            return new Entity(cityShort + placeName() + industry.name + "产业园", "Park");
        }

        Entity committee(Entity park) {
            return new Entity(park.name + "管理委员会", "GovernmentAgency");
        }

        Entity university() {
            return new Entity(pick(REGIONS) + pick(SCHOOLS) + "大学", "ResearchInstitute");
        }

        Entity institute(Entity university, Entity industry) {
            return new Entity(university.name + cityShort + industry.name + "研究院", "ResearchInstitute");
        }

        Entity fund(Entity industry) {
            return random.nextBoolean()
                    ? new Entity(cityShort + placeName() + industry.name + "产业投资基金", "Fund")
                    : new Entity(tradeName() + industry.name + "创业投资基金", "Fund");
        }

        Entity agency(String body) {
            return new Entity(city.name + body, "GovernmentAgency");
        }

        Entity policy() {
            String industry = INDUSTRIES[random.nextInt(INDUSTRIES.length)][0];
            String[] forms = {"若干措施", "行动方案", "扶持办法", "三年行动计划"};
            return new Entity(city.name + "促进" + industry + "产业高质量发展" + pick(forms) + "（" + (2021 + random.nextInt(5))
                    + "—" + (2026 + random.nextInt(3)) + "年）", "Policy");
        }

        String date() {
            return (2021 + random.nextInt(5)) + "年" + (random.nextInt(12) + 1) + "月" + (random.nextInt(28) + 1) + "日";
        }
    }

    /**
     * A document being written: its text, sentence by sentence, and its gold. Every piece is
     * converted on its own when the document is Traditional, so that a name reads the same in
     * every sentence and its written form can be given as an alias.
     */
    private final class Draft {
        final boolean traditional;
        final StringBuilder text = new StringBuilder();
        private final StringBuilder sentence = new StringBuilder();
        private final Map<String, GoldEntity> entities = new LinkedHashMap<>();
        private final List<Pending> pending = new ArrayList<>();
        private final List<GoldRelation> relations = new ArrayList<>();
        private final Set<String> stated = new HashSet<>();

        Draft(boolean traditional) {
            this.traditional = traditional;
        }

        private String written(String piece) {
            return traditional ? converter.toTraditional(piece) : piece;
        }

        Draft text(String piece) {
            sentence.append(written(piece));
            return this;
        }

        /** Writes the entity's name. A district's name also names its city, which the gold then lists. */
        Draft name(Entity entity) {
            String written = written(entity.name);
            sentence.append(written);
            if (entity.within != null) {
                register(entity.within, written(entity.within.name));
            }
            register(entity, written);
            return this;
        }

        private void register(Entity entity, String written) {
            List<String> aliases = written.equals(entity.name) ? List.of() : List.of(written);
            entities.putIfAbsent(entity.name, new GoldEntity(entity.name, List.of(entity.label), aliases,
                    aliases.isEmpty() ? "" : "written in Traditional characters"));
        }

        Draft relation(Entity source, String type, Entity target, String... alternatives) {
            pending.add(new Pending(source, type, target, List.of(alternatives)));
            return this;
        }

        /** Ends the sentence: it becomes the quote of the relations stated in it. */
        Draft sentence() {
            String quote = sentence.toString();
            for (Pending r : pending) {
                if (stated.add(r.source.name + "|" + r.type + "|" + r.target.name)) {
                    relations.add(new GoldRelation(r.source.name, r.type, r.target.name, r.alternatives, quote));
                }
            }
            pending.clear();
            return line();
        }

        Draft line() {
            text.append(sentence).append('\n');
            sentence.setLength(0);
            return this;
        }

        Gold gold(String fileName) {
            if (!pending.isEmpty()) {
                throw new IllegalStateException("relations without a sentence in " + fileName);
            }
            return new Gold(fileName, List.copyOf(entities.values()), List.copyOf(relations));
        }
    }
}
