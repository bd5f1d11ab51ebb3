package org.industrykg.extract;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.industrykg.nlp.Sentence;

/**
 * A supporting action with no stated subject (支持A开展…) is the agency that was the subject before
 * it in its section, or else the policy the notice issues, or else the letter's issuer
 * ({@code rule:issuer-support}). The issuer of a notice issues the policy it sends
 * ({@code rule:notice-issues}: 某局关于印发《P》的通知). The policy a text is SUPPORTS the parks,
 * platforms, institutes and funds its clauses build or set up without a subject of their own
 * ({@code rule:policy-builds}: 加快建设X, 依托某高新区建设X). The issuer works with the bodies a clause of its own
 * joins it with ({@code rule:issuer-joins}: 并会同市财政局等单位办理).
 */
final class IssuerSupportPass implements RelationPass {

    private static final Pattern SUPPORT_START = Pattern.compile("^(?:第[一二三四五六七八九十百]+条\\s*)?(?:[一二三四五六七八九十]+是|同时|此外|另外|并)?(?:现|特|兹|拟|经研究[，,]?(?:现|特|拟)?)?(?:重点|大力|积极|优先)?(支持|扶持|引导|鼓励|帮助|推动|指导|推荐)");

    /**
     * A clause of a policy's own text that builds or sets up something with no subject of its own
     * (加快建设X, 支持在某区建设X, 依托某高新区建设X, 联合社会资本设立X): the text before the verb.
     */
    private static final Pattern BUILD_CLAUSE = Pattern.compile("^(?:[一二三四五六七八九十]+是|[（(][一二三四五六七八九十\\d]+[）)]|\\d+[.．、])?"
            + "(?:支持[^，；。]{0,10}?|鼓励|推动|加快|高标准|高水平|规划|重点|积极|着力|大力|谋划|争取|力争|优先|依托[^，；。]{1,30}?|在[^，；。]{1,20}?|联合[^，；。]{1,30}?)*"
            + "(?:建设|设立|组建|打造|建成|筹建|共建)(?:总?规模[^，；。的]{1,16}的)?$");

    /** What a policy's text can build: places, platforms, institutes and funds, not firms or bodies. */
    private static boolean buildable(EntityLabel label) {
        return switch (label) {
            case Park, Platform, ResearchInstitute, Fund -> true;
            default -> false;
        };
    }

    /** 会同 opening a clause with no subject, or after the writer's own 我局 (并会同, 我局将会同, 由我局会同). */
    private static final Pattern JOINING = Pattern.compile("(?:^|[，；。：])(?:经[^，；。]{0,8}[，,])?(?:由)?(?:我局|我委|我厅|我办|本局|本委)?"
            + "(?:并|将|已|拟|还|也|正|积极|主动|牵头)*(?:会同|联同|联合|协同)");

    /** The bracketed note after a measure naming who leads it (（省某某厅牵头，各市负责）). */
    private static final Pattern RESPONSIBILITY_NOTE = Pattern.compile("^[（(][^（()）]{0,80}(?:牵头|负责)");

    @Override
    public String name() {
        return "rule:issuer-support";
    }

    @Override
    public void find(RelationContext doc, List<ExtractedRelation> out) {
        Mention policy = doc.issuedPolicy();
        Resolver.Entity issued = policy == null ? null : doc.entityOf.get(policy);
        Resolver.Entity issuer = doc.issuer == null ? null : doc.resolution.named(doc.issuer);
        if (issued != null && issuer != null && issuer.label == EntityLabel.GovernmentAgency) {
            out.add(new ExtractedRelation(RelationType.ISSUES, issuer.key(), issued.key(), "rule:notice-issues", 0.7,
                    doc.evidence(doc.sentences.get(policy.sentence())), Map.of()));
        }
        Mention ownPolicy = doc.ownPolicy();
        Resolver.Entity issuing = issued != null ? issued : issuer;
        Resolver.Entity subject = null;
        for (Sentence sentence : doc.sentences) {
            List<Mention> here = doc.in(sentence);
            if (RESPONSIBILITY_NOTE.matcher(sentence.text()).lookingAt()) {
                subject = null; // （省某某厅牵头，…负责） closes a measure; the next one is the policy's again
            } else if (!here.isEmpty() && here.get(0).label() == EntityLabel.GovernmentAgency
                    && here.get(0).begin() - sentence.begin() <= 4) {
                // 某省某厅：（a letter's addressee, before its body) is no subject of what the letter does
                subject = addressed(sentence, here.get(0)) ? null : doc.entityOf.get(here.get(0));
            } else if (sentence.text().length() <= 30 && !sentence.text().endsWith("。")) {
                subject = null;
            }
            if (ownPolicy != null) {
                built(doc, sentence, here, ownPolicy, out);
            }
            if (issuer != null && issuer.label == EntityLabel.GovernmentAgency) {
                joinedBy(doc, sentence, here, issuer, out);
            }
            Resolver.Entity agency = subject != null ? subject : issuing;
            if (agency == null) {
                continue;
            }
            int clauseStart = 0;
            String text = sentence.text();
            for (int i = 0; i <= text.length(); i++) {
                if (i == text.length() || "，；。".indexOf(text.charAt(i)) >= 0) {
                    supportClause(doc, sentence, here, clauseStart, i, agency, out);
                    clauseStart = i + 1;
                }
            }
        }
    }

    /** Whether an agency opening a sentence is the letter's addressee: its name, then a colon. */
    private static boolean addressed(Sentence sentence, Mention agency) {
        int after = agency.end() - sentence.begin();
        String text = sentence.text();
        return after < text.length() && (text.charAt(after) == '：' || text.charAt(after) == ':');
    }

    /**
     * The policy a text is SUPPORTS what its clauses build with no subject of their own
     * ({@code rule:policy-builds}): a park, platform, institute or fund right after the verb.
     */
    private static void built(RelationContext doc, Sentence sentence, List<Mention> here, Mention policy,
                              List<ExtractedRelation> out) {
        String text = sentence.text();
        int clauseStart = 0;
        for (int index = 0; index < here.size(); index++) {
            Mention m = here.get(index);
            int at = m.begin() - sentence.begin();
            for (int i = clauseStart; i < at; i++) {
                if ("，；。：".indexOf(text.charAt(i)) >= 0) {
                    clauseStart = i + 1;
                }
            }
            if (buildable(m.label()) && at > clauseStart
                    && BUILD_CLAUSE.matcher(text.substring(clauseStart, at).strip()).matches()) {
                for (Mention built : ListGroups.joinedFrom(text, sentence.begin(), here, index, n -> buildable(n.label()))) { // 建设X和Y
                    doc.link(out, RelationType.SUPPORTS, policy, built, "rule:policy-builds", 0.6, sentence, Map.of());
                }
            }
        }
    }

    /**
     * A letter's issuer works with the bodies its clause joins it with (经研究，并会同市科学技术局、市财政局等单位办理;
     * 我局将会同市财政局…): with no subject before 会同, or the writer's own 我局, each body PARTNERS_WITH the issuer
     * ({@code rule:issuer-joins}).
     */
    private static void joinedBy(RelationContext doc, Sentence sentence, List<Mention> here, Resolver.Entity issuer,
                                 List<ExtractedRelation> out) {
        String text = sentence.text();
        Matcher joining = JOINING.matcher(text);
        while (joining.find()) {
            int from = sentence.begin() + joining.end();
            Mention first = here.stream().filter(m -> m.begin() == from && m.label() == EntityLabel.GovernmentAgency)
                    .findFirst().orElse(null);
            if (first == null) {
                continue;
            }
            for (Mention m : ListGroups.joinedFrom(text, sentence.begin(), here, here.indexOf(first),
                    n -> n.label() == EntityLabel.GovernmentAgency)) {
                Resolver.Entity body = doc.entityOf.get(m);
                if (body != null && body != issuer) {
                    out.add(new ExtractedRelation(RelationType.PARTNERS_WITH, issuer.key(), body.key(), "rule:issuer-joins",
                            0.6, doc.evidence(sentence), Map.of()));
                }
            }
        }
    }

    private void supportClause(RelationContext doc, Sentence sentence, List<Mention> here, int start, int end,
                               Resolver.Entity agency, List<ExtractedRelation> out) {
        if (start >= end) {
            return;
        }
        Matcher verb = SUPPORT_START.matcher(sentence.text().substring(start, end));
        if (!verb.find()) {
            return;
        }
        int objectFrom = sentence.begin() + start + verb.end();
        Mention first = here.stream().filter(m -> m.begin() >= objectFrom && m.begin() - objectFrom <= 2
                && m.end() <= sentence.begin() + end && m.label().isOrganisation()).findFirst().orElse(null);
        if (first == null) {
            return;
        }
        for (Mention m : ListGroups.starting(ListGroups.of(sentence, here), first)) {
            Resolver.Entity target = doc.entityOf.get(m);
            if (target != null && target != agency && m.label().isOrganisation()) {
                out.add(new ExtractedRelation(RelationType.SUPPORTS, agency.key(), target.key(), name(),
                        0.6, doc.evidence(sentence), Map.of()));
            }
        }
    }
}
