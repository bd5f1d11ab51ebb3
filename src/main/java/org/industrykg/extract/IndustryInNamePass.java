package org.industrykg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.industrykg.nlp.Sentence;
import org.industrykg.nlp.Token;

/**
 * Industries named inside a fund's or policy's name are its targets, inside a park's or
 * institute's name its industry ({@code rule:industry-in-name}), unless the field is too broad to say what an
 * institute does (机器人 written before an institute's suffix). A laboratory or centre named
 * after its field (采摘机器人联合实验室) is in that field even when the taxonomy lists only the head
 * of it (机器人): the words before the suffix, when they are a technology compound and no proper noun.
 */
final class IndustryInNamePass implements RelationPass {

    /** Suffixes of laboratories and centres that are named after their field. */
    private static final Pattern FIELD_NAMED = Pattern.compile("(?:联合|重点|工程|协同|创新)?(?:实验室|研究中心|研发中心|创新中心|工程中心|技术中心|验证中心|中试基地|中试平台)$");
    /**
     * A field with this many narrower fields in the taxonomy (机器人, 人工智能, 智能装备) is too broad to be an
     * institute's field by its name alone: on dev and four read sets an institute with 机器人 before its suffix was never
     * annotated IN_INDUSTRY 机器人 (0 of 19).
     */
    private static final int BROAD_FIELD = 4;
    private static final Pattern BRACKETS = Pattern.compile("[（(][^（()）]*[）)]");

    private final IndustryTaxonomy industries;

    IndustryInNamePass(IndustryTaxonomy industries) {
        this.industries = industries;
    }

    @Override
    public String name() {
        return "rule:industry-in-name";
    }

    @Override
    public void find(RelationContext doc, List<ExtractedRelation> out) {
        for (Mention mention : doc.mentions) {
            RelationType type = switch (mention.label()) {
                case Fund, Policy -> RelationType.TARGETS;
                case Park, ResearchInstitute -> RelationType.IN_INDUSTRY;
                default -> null;
            };
            Resolver.Entity entity = doc.entityOf.get(mention);
            if (type == null || entity == null) {
                continue;
            }
            List<String> terms = new ArrayList<>(industries.termsIn(mention.text()));
            if (mention.label() == EntityLabel.ResearchInstitute) { // 机器人 before the suffix: what it works on, not all of robotics
                terms.removeIf(term -> industries.narrowerCount(term) >= BROAD_FIELD);
            }
            String field = type == RelationType.IN_INDUSTRY ? fieldOfName(doc, mention) : null;
            if (field != null && !terms.contains(field)) {
                terms.add(field);
            }
            for (String term : terms) {
                Resolver.Entity industry = doc.resolution.industry(term);
                out.add(new ExtractedRelation(type, entity.key(), industry.key(), name(), 0.7,
                        doc.evidence(doc.sentenceOf(mention)), Map.of()));
            }
        }
    }

    /** The field a laboratory's or centre's name is made of (采摘机器人 of 采摘机器人联合实验室), or null. */
    private String fieldOfName(RelationContext doc, Mention mention) {
        if (mention.label() != EntityLabel.ResearchInstitute || BRACKETS.matcher(mention.text()).find()
                || mention.surface() != null) {
            return null;
        }
        Matcher suffix = FIELD_NAMED.matcher(mention.text());
        if (!suffix.find()) {
            return null;
        }
        String core = mention.text().substring(0, suffix.start());
        Sentence sentence = doc.sentenceOf(mention);
        int coreEnd = mention.begin() + core.length();
        boolean aligned = false;
        for (Token token : sentence.tokens()) {
            if (token.begin() >= mention.begin() && token.end() <= coreEnd) {
                if ("NR".equals(token.pos())) {
                    return null; // 某某机器人联合实验室: a firm's or a place's laboratory, not a field
                }
                aligned |= token.end() == coreEnd;
            }
        }
        String field = aligned ? industries.compoundField(core) : null;
        if (field == null || !field.equals(core)) {
            return field;
        }
        String modifier = core.substring(0, Math.min(2, core.length()));
        boolean brand = doc.mentions.stream().anyMatch(m -> m.label() == EntityLabel.Enterprise
                && m.text().contains(modifier)); // 星城机器人联合实验室 beside 星城动力科技有限公司: the firm's laboratory
        return brand ? null : field;
    }
}
