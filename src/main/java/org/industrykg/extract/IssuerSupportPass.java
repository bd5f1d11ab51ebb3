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
 * ({@code rule:notice-issues}: 某局关于印发《P》的通知).
 */
final class IssuerSupportPass implements RelationPass {

    private static final Pattern SUPPORT_START = Pattern.compile("^(?:第[一二三四五六七八九十百]+条\\s*)?(?:[一二三四五六七八九十]+是|同时|此外|另外|并)?(?:重点|大力|积极|优先)?(支持|扶持|引导|鼓励|帮助|推动|指导|推荐)");

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
        Resolver.Entity issuing = issued != null ? issued : issuer;
        Resolver.Entity subject = null;
        for (Sentence sentence : doc.sentences) {
            List<Mention> here = doc.in(sentence);
            if (RESPONSIBILITY_NOTE.matcher(sentence.text()).lookingAt()) {
                subject = null; // （省某某厅牵头，…负责） closes a measure; the next one is the policy's again
            } else if (!here.isEmpty() && here.get(0).label() == EntityLabel.GovernmentAgency
                    && here.get(0).begin() - sentence.begin() <= 4) {
                subject = doc.entityOf.get(here.get(0));
            } else if (sentence.text().length() <= 30 && !sentence.text().endsWith("。")) {
                subject = null;
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
