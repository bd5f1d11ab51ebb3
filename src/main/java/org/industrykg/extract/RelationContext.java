package org.industrykg.extract;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.industrykg.nlp.Sentence;

/**
 * What every {@link RelationPass} reads of one document: its sentences, its mentions indexed by
 * sentence once (instead of each pass filtering the document's mentions again), the resolution of
 * mentions to entities and the letter's issuer.
 */
final class RelationContext {

    static final int OPENING = 4;
    /** How many sentences of a notice's head may say which policy it issues. */
    private static final int ISSUING_HEAD = 8;
    /** The number a list item or a field line starts with: 1. 2、 （一） (3). */
    static final String ITEM_NUMBER = "(?:[0-9]{1,2}[.、．]\\s*|[（(][一二三四五六七八九十0-9]{1,3}[）)]\\s*)";
    /** A numbered line that is only a project's title (5. 某某医疗微创手术器械项目。): its first words may name its owner. */
    static final Pattern PROJECT_TITLE = Pattern.compile("^\\s*" + ITEM_NUMBER + "([^，。；：,;:]{4,40}?)项目[。.：:]?\\s*$");

    final String fileName;
    final String issuer;
    final List<Sentence> sentences;
    final List<Mention> mentions;
    final Resolver.Resolution resolution;
    final Map<Mention, Resolver.Entity> entityOf;
    private final List<List<Mention>> bySentence;
    /** The class nouns the text declares (公司, 发行人, 基金), each with its entity: read once, on first use. */
    private Map<String, Resolver.Entity> declaredNouns;
    /** The entry of the card each sentence belongs to, by sentence index (see {@link #cardEntry}): read once, on first use. */
    private Mention[] cardEntries;
    /** A field label opening a line (基金名称：, 3. 主要经营场所：); TablePass reads its fields with it too. */
    static final Pattern FIELD_LABEL = Pattern.compile("^" + ITEM_NUMBER + "?([^：:，。\\t]{2,16})[：:]");
    /** The label of the field that names a card's entry (基金名称, 企业全称, 名称). */
    static final Pattern ENTRY_LABEL = Pattern.compile("(?:名称|全称)$");
    /**
     * The label of a record's first field that names its party (建设单位, 竞得人, 申请人): with no 名称 line before it, it
     * opens the card, and the next line of the same label opens the next one.
     */
    static final String ROLE_WORD = "(?![甲乙丙丁]方)\\p{IsHan}{1,5}(?:单位|人|方)";
    /** A role word as a whole text (建设单位, 管理人). */
    static final Pattern ROLE_LABEL = Pattern.compile("^" + ROLE_WORD + "$");
    /** What a card's entry may be. */
    static final Set<EntityLabel> CARD_ENTRIES = EnumSet.of(EntityLabel.Enterprise, EntityLabel.Fund,
            EntityLabel.ResearchInstitute, EntityLabel.Platform, EntityLabel.Association, EntityLabel.Park);

    RelationContext(String fileName, String issuer, List<Sentence> sentences, List<Mention> mentions,
                    Resolver.Resolution resolution) {
        this.fileName = fileName;
        this.issuer = issuer;
        this.sentences = sentences;
        this.mentions = mentions;
        this.resolution = resolution;
        this.entityOf = resolution.entityOf();
        List<List<Mention>> index = new ArrayList<>();
        for (int i = 0; i < sentences.size(); i++) {
            index.add(new ArrayList<>());
        }
        for (Mention m : mentions) {
            if (m.sentence() >= 0 && m.sentence() < index.size()) {
                index.get(m.sentence()).add(m);
            }
        }
        this.bySentence = index.stream().map(List::copyOf).toList();
    }

    /**
     * This document with more mentions (words such as 我局 that stand for an entity without naming
     * it) mapped to their entities; the passes that read this copy see them like any mention.
     */
    RelationContext with(Map<Mention, Resolver.Entity> extra) {
        if (extra.isEmpty()) {
            return this;
        }
        List<Mention> all = new ArrayList<>(mentions);
        all.addAll(extra.keySet());
        all.sort(java.util.Comparator.comparingInt(Mention::begin).thenComparing(Mention::end, java.util.Comparator.reverseOrder()));
        Map<Mention, Resolver.Entity> entities = new java.util.HashMap<>(entityOf);
        entities.putAll(extra);
        return new RelationContext(fileName, issuer, sentences, all,
                new Resolver.Resolution(resolution.entities(), entities, resolution.issuingCity()));
    }

    /**
     * The policy a notice issues (关于印发《P》的通知, 现将《P》印发给你们), or null: the measures that
     * follow are its text.
     */
    Mention issuedPolicy() {
        for (Sentence sentence : sentences.subList(0, Math.min(ISSUING_HEAD, sentences.size()))) {
            if (sentence.text().contains("印发")) {
                for (Mention m : in(sentence)) {
                    if (m.label() == EntityLabel.Policy) {
                        return m;
                    }
                }
            }
        }
        return null;
    }

    /** Kinds of policy a text can itself be (measures, plans, rules), not a proposal or a suggestion it answers. */
    private static final java.util.regex.Pattern OWN_POLICY_KIND = java.util.regex.Pattern.compile(
            "(?:措施|方案|办法|计划|意见|细则|规划|政策|纲要|规定)(?:[（(][^（()）]*[）)])?》?$");

    /**
     * The policy the text is: the one a notice issues, else one of policy kind (措施, 方案, 计划…) named in
     * its first sentence, its title; or null.
     */
    Mention ownPolicy() {
        Mention issued = issuedPolicy();
        if (issued != null || sentences.isEmpty()) {
            return issued;
        }
        for (Mention m : in(sentences.get(0))) {
            if (m.label() == EntityLabel.Policy && OWN_POLICY_KIND.matcher(m.text()).find()) {
                return m;
            }
        }
        return null;
    }

    /**
     * Whether a line names that mention and nothing else, after an optional item number and before an optional full
     * stop or colon (1．某某产业投资控股有限公司, 1．某技术转移中心。): a list item's heading.
     */
    static boolean namesOnly(Sentence line, Mention m) {
        String text = line.text();
        String lead = text.substring(0, m.begin() - line.begin()).strip();
        String tail = text.substring(m.end() - line.begin()).strip();
        return (lead.isEmpty() || lead.matches(ITEM_NUMBER)) && tail.matches("[。：:]?");
    }

    /** The name of a firm that invests: 某某资本, 某某创投, 某某资管, 某某投资（集团）有限公司. */
    private static final Pattern INVESTOR_NAME = Pattern.compile("资本|创投|资管|投资|基金|天使");

    /** Whether a mention is one that invests: a fund, or a firm whose name says it invests (某某资本, 某某创投). */
    static boolean invests(Mention m) {
        return m.label() == EntityLabel.Fund || m.label() == EntityLabel.Enterprise && INVESTOR_NAME.matcher(m.text()).find();
    }

    /** A mention of the government body that issued the text, or null when it issued none or is no such body. */
    Mention issuingBody() {
        Resolver.Entity body = issuer == null ? null : resolution.named(issuer);
        if (body == null || body.label != EntityLabel.GovernmentAgency) {
            return null;
        }
        return mentions.stream().filter(m -> entityOf.get(m) == body).findFirst().orElse(null);
    }

    /**
     * The body that issued the text and the bodies its letterhead or signature line names beside it
     * (某市科学技术局　某市财政局: a joint notice), each once; empty when the text has no issuing body.
     */
    List<Mention> issuingBodies() {
        Mention body = issuingBody();
        if (body == null) {
            return List.of();
        }
        Map<Resolver.Entity, Mention> bodies = new LinkedHashMap<>();
        bodies.put(entityOf.get(body), body);
        for (Sentence sentence : sentences) {
            List<Mention> line = in(sentence);
            if (line.size() < 2 || line.stream().noneMatch(m -> entityOf.get(m) == entityOf.get(body))
                    || line.stream().anyMatch(m -> m.label() != EntityLabel.GovernmentAgency || entityOf.get(m) == null)) {
                continue;
            }
            StringBuilder rest = new StringBuilder(sentence.text());
            for (Mention m : line) {
                for (int i = m.begin(); i < m.end(); i++) {
                    rest.setCharAt(i - sentence.begin(), ' ');
                }
            }
            if (rest.toString().replaceAll("[\\s、，,和及与]", "").isEmpty()) {
                line.forEach(m -> bodies.putIfAbsent(entityOf.get(m), m));
            }
        }
        return List.copyOf(bodies.values());
    }

    /**
     * The first mention of the fund the text is about, or null: the fund its title opens with (某某基金合伙企业（有限合伙）
     * 合伙协议, where the body says 本合伙企业 and names its partners' funds more often), else the fund it names most
     * (本基金 in a fund's letter, see ReferringWords).
     */
    Mention ownFund() {
        Resolver.Entity titled = ReferringWords.titleSubject(this);
        return firstNaming(titled != null && titled.label == EntityLabel.Fund ? titled : ReferringWords.ownEntity(this, "基金"));
    }

    /** The class nouns the text declares as short names, each with the entity it stands for (see ReferringWords). */
    Map<String, Resolver.Entity> declaredNouns() {
        if (declaredNouns == null) {
            declaredNouns = ReferringWords.declaredNouns(this);
        }
        return declaredNouns;
    }

    /**
     * The first mention of the company the text declares as the one it is about (its definitions, （以下简称“公司”）,
     * “标的企业”, “借款人”), or null.
     */
    Mention declaredCompany() {
        for (String role : COMPANY_ROLES) {
            Resolver.Entity company = declaredNouns().get(role);
            if (company != null) {
                return firstNaming(company);
            }
        }
        return null;
    }

    /**
     * The words a text declares the company it is about as (an issuer, a target of a sale, a borrower, an investee), in
     * the order {@link #declaredCompany} tries them; each stands for an enterprise only.
     */
    static final List<String> COMPANY_ROLES = List.of("发行人", "公司", "本公司", "标的企业", "标的公司", "目标公司",
            "借款人", "借款企业", "被投资企业", "被投企业");

    /** The first mention that names the entity (not a word that refers to it), or null. */
    Mention firstNaming(Resolver.Entity entity) {
        return entity == null ? null
                : mentions.stream().filter(m -> entityOf.get(m) == entity && !ReferringWords.refers(m)).findFirst().orElse(null);
    }

    /**
     * The entity whose card a sentence belongs to, or null: a card is a run of lines that each open with a field
     * label (基金名称：…, 管理人名称：…, 注册地：…, 备注：…), and its entry is the organisation its first 名称 field
     * names (托管人名称 further down names no new entry; a field with the opening label starts the next card). A line
     * without a label ends the card (【2】, a heading); sentences that go on in a field's line stay in it. What a
     * card's remarks say of 本基金, or of a partner's 认缴, is said of its entry.
     */
    Mention cardEntry(Sentence sentence) {
        if (cardEntries == null) {
            Mention[] entries = new Mention[sentences.size()];
            Mention entry = null;
            String opener = null;
            Sentence previous = null;
            boolean listed = false; // 合作高校院所： with its items on the lines below it: they stay in the card
            for (Sentence line : sentences) {
                Matcher label = FIELD_LABEL.matcher(line.text());
                boolean newLine = previous == null || line.begin() != previous.end();
                if (label.lookingAt()) {
                    String name = label.group(1).strip();
                    int valueStart = line.begin() + label.end();
                    if ((ENTRY_LABEL.matcher(name).find() || ROLE_LABEL.matcher(name).find()) && (entry == null || name.equals(opener))) {
                        entry = in(line).stream().filter(m -> m.begin() >= valueStart && CARD_ENTRIES.contains(m.label()))
                                .findFirst().orElse(null);
                        opener = entry == null ? null : name;
                    }
                    listed = entry != null && line.text().substring(label.end()).isBlank();
                } else if (newLine && listed && FIELD_ITEM.matcher(line.text()).lookingAt()) {
                    // （1）与某大学共建…: an item of the field above, said of the card's entry
                } else if (newLine) {
                    entry = headingEntry(line);
                    opener = null;
                    listed = false;
                }
                entries[line.index()] = entry;
                previous = line;
            }
            cardEntries = entries;
        }
        return sentence.index() < cardEntries.length ? cardEntries[sentence.index()] : null;
    }

    /** An item under a field label with no value of its own (（1）, 1．, ①, -): the field's value goes on there (TablePass too). */
    static final Pattern FIELD_ITEM = Pattern.compile("^[\\s　]*(?:" + ITEM_NUMBER + "|[①-⑳]|[-•·])");

    /**
     * The organisation a line that heads fields names, or null: a line that is its name alone, after its number, or whose
     * first cell is (1．某某科技有限公司｜B轮｜数亿元, a deal of a financing roundup), when the next line opens with a field
     * label (领投：…, 简介：…).
     */
    Mention headingEntry(Sentence line) {
        if (!fieldsFollow(line)) {
            return null;
        }
        String text = line.text();
        int tab = text.indexOf('\t');
        int cellEnd = tab < 0 ? text.length() : tab;
        Mention opening = opening(line);
        Mention first = opening != null ? opening : rosterEntry(line, in(line));
        if (first == null || !CARD_ENTRIES.contains(first.label())) {
            return null;
        }
        if (opening == null) { // 01　张某某　某某有限公司　总经理: the person's title may follow, no other party
            return in(line).stream().anyMatch(m -> m != first && m.label() != EntityLabel.Industry) ? null : first;
        }
        int from = first.begin() - line.begin();
        int to = first.end() - line.begin();
        if (to > cellEnd) {
            return null;
        }
        String rest = text.substring(0, from).replaceFirst("^\\s*" + ITEM_NUMBER + "?", "") + text.substring(to, cellEnd);
        return HEADING_REST.matcher(rest).matches() ? first : null;
    }

    /** What a roster's line holds before the organisation: its number and a person's name (01　张某某　某某有限公司　总经理). */
    private static final Pattern ROSTER_LEAD = Pattern.compile("^\\s*(?:\\d{1,3}[.、．]?|[（(]\\d{1,3}[)）])[\\s　]+\\p{IsHan}{2,4}[\\s　]+$");

    /** The organisation of a roster's numbered line written after a person's name, or null. */
    static Mention rosterEntry(Sentence line, List<Mention> mentions) {
        return mentions.stream().filter(m -> m.label() != EntityLabel.Industry).findFirst()
                .filter(m -> ROSTER_LEAD.matcher(line.text().substring(0, m.begin() - line.begin())).matches())
                .orElse(null);
    }

    /** Whether the line after this one opens with a field label (领投：…, 简介：…). */
    boolean fieldsFollow(Sentence line) {
        int next = line.index() + 1;
        return next < sentences.size() && FIELD_LABEL.matcher(sentences.get(next).text()).lookingAt();
    }

    /** What may stand beside the name on a line that heads fields: a list mark, and nothing else. */
    private static final Pattern HEADING_REST = Pattern.compile("[\\s■□◆◇●○▲△▶►★☆·•]*"
            + "(?:[（(](?:以下简称|下称|简称)?[“「\"『]?[^（）()，。]{1,16}?[”」\"』]?[）)][\\s]*)?"); // its declared short name may follow

    /** The mentions of a sentence in document order. */
    List<Mention> in(Sentence sentence) {
        return sentence.index() < bySentence.size() ? bySentence.get(sentence.index()) : List.of();
    }

    /**
     * What a sentence opens with: the first of {@code mentions} other than an industry, when it starts
     * within the sentence's first {@value #OPENING} characters (after an enumerator such as 1.), else
     * null.
     */
    static Mention opening(Sentence sentence, List<Mention> mentions) {
        return mentions.stream().filter(m -> m.label() != EntityLabel.Industry).findFirst()
                .filter(m -> m.begin() - sentence.begin() <= OPENING).orElse(null);
    }

    /** What a sentence opens with, among all its mentions. */
    Mention opening(Sentence sentence) {
        return opening(sentence, in(sentence));
    }

    Sentence sentenceOf(Mention m) {
        return sentences.get(m.sentence());
    }

    Evidence evidence(Sentence sentence) {
        return new Evidence(fileName, sentence.text(), sentence.begin(), sentence.end());
    }

    String key(Mention m) {
        return entityOf.get(m).key();
    }

    /** An edge between the entities of two mentions, stated by a sentence. */
    ExtractedRelation edge(RelationType type, Mention from, Mention to, String method, double confidence, Sentence sentence) {
        return new ExtractedRelation(type, key(from), key(to), method, confidence, evidence(sentence), Map.of());
    }

    /** Adds an edge between the entities of two mentions, unless one is unresolved or both are one entity. */
    void link(List<ExtractedRelation> out, RelationType type, Mention from, Mention to, String method, double confidence,
              Sentence sentence, Map<String, Object> properties) {
        Resolver.Entity a = entityOf.get(from);
        Resolver.Entity b = entityOf.get(to);
        if (a != null && b != null && a != b && !denied(type, method, from, to, sentence)) {
            out.add(new ExtractedRelation(type, a.key(), b.key(), method, confidence, evidence(sentence), properties));
        }
    }

    /**
     * Words that deny a tie between two organisations (与某公司不存在任何业务往来, 从未签署协议, 并未投资): said between or
     * after the two, up to the end of the later one's clause, they leave the pair unlinked.
     */
    private static final Pattern DENIAL = Pattern.compile("从未|未曾|并未|并无|均无|没有与|不存在|否认|不涉及|无任何|不构成");

    /** Whether the sentence denies the relation between the two mentions (a place's division is a fact, never denied). */
    static boolean denied(RelationType type, String method, Mention from, Mention to, Sentence sentence) {
        if (type == RelationType.PART_OF || method.startsWith("data:")) {
            return false;
        }
        int base = sentence.begin();
        String text = sentence.text();
        int start = Math.min(from.begin(), to.begin()) - base;
        int end = Math.max(from.end(), to.end()) - base;
        if (start < 0 || end > text.length() || start >= end) {
            return false; // a mention carried from another sentence: this one says nothing of the pair's denial
        }
        return DENIAL.matcher(text.substring(start, VerbClausePass.clauseEnd(text, end))).find();
    }
}
