package org.industrykg.extract;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.industrykg.nlp.Sentence;

/**
 * An organisation described by its field: 自动驾驶龙头企业A, 商业航天企业A, 人工智能领域的A
 * ({@code rule:industry-descriptor}); and 在X领域，A… where the clause after the field names the
 * organisations working in it ({@code rule:field-clause}); and A是一家X整机企业
 * and A是本地X龙头企业, A是某区的X核心零部件企业 ({@code rule:industry-copula}); and A在X、Y等方向…, A作为X领域的…, P集聚一批X企业
 * ({@code rule:subject-field}); and A的X项目, A把X的量产线… ({@code rule:own-project}). All give the organisations IN_INDUSTRY. A place written right before the
 * descriptor's field (宁波减速器企业A, 台中传动元件大厂A) is where the organisation is ({@code rule:place-descriptor}),
 * and so is a place an organisation is said to be of (A为中山市企业, A是一家坦洲镇本土企业, A系龙华区新型研发机构,
 * A是深圳市龙华区的芯片设计企业, A是专注手术机器人的深圳企业;
 * {@code rule:place-copula}).
 */
final class IndustryDescriptorPass implements RelationPass {

    private static final Pattern DESCRIPTOR = Pattern.compile(
            "^(?:领域|行业|产业|方向)的$|^(?:领域|行业|产业|方向)?(?:的)?(?:龙头|领军|骨干|重点|头部|独角兽|初创|研发|制造|整机|科技|创新|高新技术)?"
            + "(?:企业|公司|厂商|研究机构|新型研发机构|机构|大?厂|新创|供应商|制造商)$");
    /** Between an organisation and the place it is said to be of: 是, 为, 系, 是一家 (a bracketed short name before). */
    private static final Pattern PLACE_COPULA = Pattern.compile("^(?:[（(][^（()）]{0,40}[）)])?(?:是|为|系)(?:一家|一所|一个)?"
            + "(?:[^，。；、,;：:]{1,16}的)?$");
    /** What the place describes, closing the clause: (的)(本地|本土…)…企业, 新型研发机构, 龙头企业之一. */
    private static final Pattern PLACE_KIND = Pattern.compile("^(?:的)?(?:本地|本土|当地|区属|镇属|市属|属地)?[^，。；、,;：:]{0,10}?"
            + "(?:企业|公司|新型研发机构|研发机构|科研机构|高校|厂商|厂家|龙头)(?:之一)?(?:[，。；,;]|$)");
    private static final Set<EntityLabel> DESCRIBED_PLACES = EnumSet.of(EntityLabel.City, EntityLabel.Park);
    private static final Set<EntityLabel> PLACED = EnumSet.of(EntityLabel.Enterprise, EntityLabel.ResearchInstitute, EntityLabel.Platform);
    private static final Pattern FIELD_LEAD = Pattern.compile("^(?:[^，。；]{0,4})?在$");
    private static final Pattern FIELD_TAIL = Pattern.compile("^(?:、[^，。；]{0,12})?(?:等)?(?:领域|方面|行业|产业|赛道)[，,]");
    private static final Pattern SUBJECT_LEAD = Pattern.compile("^(?:龙头|领军|骨干|重点|头部)?(?:企业|公司|高校|机构)?$");
    private static final Pattern COPULA = Pattern.compile("^(?:是|为)(?:一家|一所|国内|全国|我国|全球|本地|当地|本土|省内|市内|区内)?(?:[^，。；]{0,8}的)?$");
    private static final Pattern KIND_AFTER = Pattern.compile("^(?:(?:、|和|及|与)[^，。；]{0,12}?)?(?:等)?(?:领域的?)?"
            + "(?:龙头|领军|骨干|重点|头部|核心|关键|配套|零部件|部件|整机|制造|研发|设备|装备|技术|服务){0,2}(?:企业|公司|厂商|研究机构|新型研发机构)");
    private static final Pattern LIST_KIND_LEAD = Pattern.compile("^等(?:一批|多家|众多|[0-9一二两三四五六七八九十百]+(?:余|多)?家)?"
            + "(?:[\\p{IsHan}]{0,4}?(?:的))?(?:初创|新兴|本地|本土|优质|重点|骨干|龙头|头部)?$");
    private static final Pattern FIELD_JOIN = Pattern.compile("^(?:、|和|及|与|以及)$");
    private static final Pattern KIND_OF_LIST = Pattern.compile("^(?:等)?(?:领域的?|方向的?)?(?:整机|制造|研发|设备|装备|科技|创新|龙头|骨干|配套)?(?:企业|公司|厂商|高校|院校|院所|科研院所|研究机构)");
    /** Between a subject and its fields: 在, 作为 (a field), or a verb gathering organisations (group 1). */
    private static final Pattern SUBJECT_FIELD_LEAD = Pattern.compile(
            "^(?:已|已经|还|也|主要|重点|正|将)*(?:(集聚|聚集|汇聚|引进|吸引)了?(?:一批|多家|众多|[0-9]+家|大批)?|在|于|作为)$");
    private static final Pattern FIELD_KIND = Pattern.compile("^(?:等)?(?:领域|方向|方面|赛道)");
    private static final Pattern GATHERED_KIND = Pattern.compile("^(?:等)?(?:领域的?|产业的?)?(?:整机|制造|研发|配套|龙头)?(?:企业|项目|公司|厂商)");
    private static final Set<EntityLabel> WORKERS = EnumSet.of(EntityLabel.Enterprise, EntityLabel.ResearchInstitute, EntityLabel.Park);
    private static final Set<EntityLabel> FIRMS = EnumSet.of(EntityLabel.Enterprise, EntityLabel.ResearchInstitute);
    /** Between a firm and the field of its project: 的, 把 (A把X的量产线…), a declared short name in brackets. */
    private static final Pattern OWNER_GAP = Pattern.compile("^(?:[（(][^（()）]{0,30}[）)])?(?:的|把)$");
    /** What makes the fields before it a firm's own: its project, line, plant or base (项目, 量产线, 生产基地). */
    private static final Pattern PROJECT_AFTER = Pattern.compile("^(?:的)?(?:项目|生产线|量产线|产线|生产基地|产业化基地|制造基地|工厂|研发中心)");

    @Override
    public String name() {
        return "rule:industry-descriptor";
    }

    @Override
    public void find(RelationContext doc, List<ExtractedRelation> out) {
        for (Sentence sentence : doc.sentences) {
            List<Mention> here = doc.in(sentence);
            String text = sentence.text();
            List<List<Mention>> groups = ListGroups.of(sentence, here);
            for (int i = 0; i < here.size(); i++) {
                Mention industry = here.get(i);
                if (industry.label() != EntityLabel.Industry) {
                    continue;
                }
                Mention next = i + 1 < here.size() ? here.get(i + 1) : null;
                String gap = next == null || next.begin() < industry.end() ? ""
                        : text.substring(industry.end() - sentence.begin(), next.begin() - sentence.begin());
                if (next != null && WORKERS.contains(next.label()) && DESCRIPTOR.matcher(gap).matches()) {
                    for (Mention industryOfList : ListGroups.ending(groups, industry)) {
                        out.add(doc.edge(RelationType.IN_INDUSTRY, next, industryOfList, name(), 0.6, sentence));
                    }
                    Mention first = ListGroups.ending(groups, industry).get(0);
                    int at = here.indexOf(first);
                    Mention place = at > 0 ? here.get(at - 1) : null; // 台中传动元件大厂A, 宁波减速器企业A: the firm's home
                    if (place != null && place.label() == EntityLabel.City && place.end() == first.begin()) {
                        out.add(doc.edge(RelationType.HOSTS, place, next, "rule:place-descriptor", 0.6, sentence));
                    }
                }
                fieldClause(doc, sentence, here, groups, i, out);
                subjectField(doc, sentence, here, groups, i, out);
                listOfKind(doc, sentence, here, groups, i, out);
                copula(doc, sentence, here, groups, i, out);
                ownProject(doc, sentence, here, i, out);
            }
            placeCopula(doc, sentence, here, out);
        }
    }

    /**
     * A为中山市企业, A是一家坦洲镇本土企业, A系龙华区新型研发机构: the place the organisation is said to be of HOSTS it
     * ({@code rule:place-copula}). The kind must close the clause (A为深圳企业提供服务 is a service, not a home), and
     * only fields may stand between the place and the kind (A是深圳市X整机企业). A place written with its city
     * (深圳市龙华区) is the district; words ending in 的 may describe the firm before its place (A是专注X的深圳企业).
     */
    private static void placeCopula(RelationContext doc, Sentence sentence, List<Mention> here, List<ExtractedRelation> out) {
        String text = sentence.text();
        for (int i = 1; i < here.size(); i++) {
            Mention first = here.get(i);
            int s = i - 1; // fields may describe the firm before its place (A是专注手术机器人的深圳企业)
            while (s > 0 && here.get(s).label() == EntityLabel.Industry) {
                s--;
            }
            Mention subject = here.get(s);
            if (!DESCRIBED_PLACES.contains(first.label()) || !PLACED.contains(subject.label()) || first.begin() < subject.end()
                    || !PLACE_COPULA.matcher(text.substring(subject.end() - sentence.begin(), first.begin() - sentence.begin())).matches()) {
                continue;
            }
            // a place written with its city (A是深圳市龙华区的…企业): the last of the adjacent places is the home
            int last = i;
            while (last + 1 < here.size() && here.get(last + 1).label() == EntityLabel.City
                    && here.get(last + 1).begin() == here.get(last).end()) {
                last++;
            }
            Mention place = here.get(last);
            Matcher kind = PLACE_KIND.matcher(text.substring(place.end() - sentence.begin()));
            int kindEnd = kind.lookingAt() ? place.end() + kind.end() : -1;
            boolean onlyFields = kindEnd > 0 && here.stream().noneMatch(m -> m.begin() >= place.end() && m.begin() < kindEnd
                    && m.label() != EntityLabel.Industry);
            if (onlyFields) {
                out.add(doc.edge(RelationType.HOSTS, place, subject, "rule:place-copula", 0.6, sentence));
            }
        }
    }

    /**
     * A、B等一批X和Y整机企业, A、B等X高校: every member of the list works in every field named before
     * the kind of organisation ({@code rule:industry-of-list}). Runs on the first field after the list.
     */
    private static void listOfKind(RelationContext doc, Sentence sentence, List<Mention> here, List<List<Mention>> groups,
                                   int i, List<ExtractedRelation> out) {
        // a place may stand between the list and its fields (A、B等深圳X整机企业): the list ends before the place
        int place = i >= 2 && here.get(i - 1).label() == EntityLabel.City && here.get(i - 1).end() == here.get(i).begin() ? 1 : 0;
        if (i - place == 0 || !WORKERS.contains(here.get(i - 1 - place).label())) {
            return;
        }
        String text = sentence.text();
        Mention last = here.get(i - 1 - place);
        Mention first = here.get(i - place);
        if (first.begin() < last.end()
                || !LIST_KIND_LEAD.matcher(text.substring(last.end() - sentence.begin(), first.begin() - sentence.begin())).matches()) {
            return;
        }
        List<Mention> fields = joinedFields(sentence, here, i);
        String after = text.substring(fields.get(fields.size() - 1).end() - sentence.begin());
        if (!KIND_OF_LIST.matcher(after).lookingAt()) {
            return;
        }
        for (Mention member : ListGroups.ending(groups, last)) {
            if (WORKERS.contains(member.label())) {
                for (Mention field : fields) {
                    out.add(doc.edge(RelationType.IN_INDUSTRY, member, field, "rule:industry-of-list", 0.6, sentence));
                }
            }
        }
    }

    /**
     * A的X项目落户…, A把X的量产线放在…, A的X、Y生产基地: the fields of a firm's own project, line or plant are its
     * fields ({@code rule:own-project}). Runs on the first field after the firm.
     */
    private static void ownProject(RelationContext doc, Sentence sentence, List<Mention> here, int i, List<ExtractedRelation> out) {
        if (i == 0 || !FIRMS.contains(here.get(i - 1).label())) {
            return;
        }
        String text = sentence.text();
        Mention owner = here.get(i - 1);
        Mention first = here.get(i);
        if (first.begin() < owner.end() || !OWNER_GAP.matcher(text.substring(owner.end() - sentence.begin(), first.begin() - sentence.begin())).matches()) {
            return;
        }
        List<Mention> fields = joinedFields(sentence, here, i);
        if (PROJECT_AFTER.matcher(text.substring(fields.get(fields.size() - 1).end() - sentence.begin())).lookingAt()) {
            for (Mention field : fields) {
                out.add(doc.edge(RelationType.IN_INDUSTRY, owner, field, "rule:own-project", 0.6, sentence));
            }
        }
    }

    /** The industries from {@code here[i]} on that 、, 和, 及, 与 or 以及 join into one list (X、Y和Z). */
    private static List<Mention> joinedFields(Sentence sentence, List<Mention> here, int i) {
        List<Mention> fields = new ArrayList<>(List.of(here.get(i)));
        for (int k = i + 1; k < here.size() && here.get(k).label() == EntityLabel.Industry; k++) {
            Mention previous = fields.get(fields.size() - 1);
            if (here.get(k).begin() < previous.end() || !FIELD_JOIN.matcher(sentence.text().substring(
                    previous.end() - sentence.begin(), here.get(k).begin() - sentence.begin())).matches()) {
                break;
            }
            fields.add(here.get(k));
        }
        return fields;
    }

    /** A是一家X、Y整机企业: A works in X and Y ({@code rule:industry-copula}). */
    private static void copula(RelationContext doc, Sentence sentence, List<Mention> here, List<List<Mention>> groups,
                               int i, List<ExtractedRelation> out) {
        Mention industry = here.get(i);
        int s = i - 1;
        while (s > 0 && here.get(s).label() == EntityLabel.City) {
            s--; // A是宝安区的X企业: the place between describes where A is
        }
        if (i == 0 || !WORKERS.contains(here.get(s).label())) {
            return;
        }
        Mention subject = here.get(s);
        String text = sentence.text();
        List<Mention> fields = ListGroups.starting(groups, industry);
        Mention lastField = fields.get(fields.size() - 1);
        if (industry == fields.get(0)
                && COPULA.matcher(text.substring(subject.end() - sentence.begin(), industry.begin() - sentence.begin())).matches()
                && KIND_AFTER.matcher(text.substring(lastField.end() - sentence.begin())).find()) {
            for (Mention field : fields) {
                out.add(doc.edge(RelationType.IN_INDUSTRY, subject, field, "rule:industry-copula", 0.6, sentence));
            }
        }
    }

    /**
     * The subject of a clause working in fields named after it: A在X、Y等方向形成…, A作为X领域的…,
     * P已集聚一批X和Y企业 ({@code rule:subject-field}).
     */
    private static void subjectField(RelationContext doc, Sentence sentence, List<Mention> here, List<List<Mention>> groups,
                                     int i, List<ExtractedRelation> out) {
        String text = sentence.text();
        Mention industry = here.get(i);
        if (i == 0 || ListGroups.starting(groups, industry).get(0) != industry) {
            return;
        }
        Mention subject = here.get(i - 1);
        if (!WORKERS.contains(subject.label()) || subject.end() > industry.begin()) {
            return;
        }
        int clauseStart = Math.max(text.lastIndexOf('，', subject.begin() - sentence.begin()),
                text.lastIndexOf('。', subject.begin() - sentence.begin())) + 1;
        if (!SUBJECT_LEAD.matcher(text.substring(clauseStart, subject.begin() - sentence.begin())).matches()) {
            return;
        }
        Matcher lead = SUBJECT_FIELD_LEAD.matcher(text.substring(subject.end() - sentence.begin(), industry.begin() - sentence.begin()));
        if (!lead.matches()) {
            return;
        }
        List<Mention> fields = joinedFields(sentence, here, i);
        Mention lastField = fields.get(fields.size() - 1);
        String after = text.substring(lastField.end() - sentence.begin());
        boolean gathers = lead.group(1) != null;
        if (!(gathers ? GATHERED_KIND : FIELD_KIND).matcher(after).lookingAt()) {
            return;
        }
        for (Mention field : fields) {
            out.add(doc.edge(RelationType.IN_INDUSTRY, subject, field, "rule:subject-field", 0.6, sentence));
        }
    }

    /** 在X、Y领域，A和B…: A and B work in X and Y. */
    private static void fieldClause(RelationContext doc, Sentence sentence, List<Mention> here, List<List<Mention>> groups,
                                    int i, List<ExtractedRelation> out) {
        String text = sentence.text();
        Mention industry = here.get(i);
        List<Mention> fields = ListGroups.starting(groups, industry);
        Mention lastField = fields.get(fields.size() - 1);
        if (industry != fields.get(0) || !FIELD_LEAD.matcher(text.substring(0, industry.begin() - sentence.begin())).matches()) {
            return;
        }
        var tail = FIELD_TAIL.matcher(text.substring(lastField.end() - sentence.begin()));
        if (!tail.find()) {
            return;
        }
        int clauseStart = lastField.end() + tail.end();
        Mention first = here.stream().filter(m -> m.begin() >= clauseStart).findFirst().orElse(null);
        if (first == null || !WORKERS.contains(first.label())
                || !SUBJECT_LEAD.matcher(text.substring(clauseStart - sentence.begin(), first.begin() - sentence.begin())).matches()) {
            return;
        }
        List<Mention> subjects = ListGroups.starting(groups, first);
        int j = here.indexOf(subjects.get(subjects.size() - 1)) + 1;
        if (j < here.size() && WORKERS.contains(here.get(j).label())) {
            String join = text.substring(subjects.get(subjects.size() - 1).end() - sentence.begin(), here.get(j).begin() - sentence.begin());
            if (join.equals("和") || join.equals("与")) {
                subjects = new java.util.ArrayList<>(subjects);
                subjects.add(here.get(j));
            }
        }
        for (Mention subject : subjects) {
            if (WORKERS.contains(subject.label())) {
                for (Mention field : fields) {
                    out.add(doc.edge(RelationType.IN_INDUSTRY, subject, field, "rule:field-clause", 0.6, sentence));
                }
            }
        }
    }
}
