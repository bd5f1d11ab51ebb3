package org.industrykg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.industrykg.nlp.Sentence;

/**
 * Relations stated by sentence patterns rather than by a trigger between two mentions:
 * <ul>
 *   <li>industries named inside a fund's or policy's name are its targets, inside a park's,
 *       enterprise's or institute's name its industry ({@code rule:industry-in-name});</li>
 *   <li>a fund or policy and the industries of a sentence that states a focus (聚焦, 投向, 领域…),
 *       also when the sentence refers back to it (该基金, 《措施》) ({@code rule:focus-sentence});</li>
 *   <li>X、Y等Z产业 and Z（X、Y…） make X and Y part of Z ({@code rule:industry-enumeration});</li>
 *   <li>a supporting action with no stated subject is the agency that was the subject before it in its
 *       section, or else the letter's issuer ({@code rule:issuer-support});</li>
 *   <li>the place in "A、B等长沙本土企业" hosts A and B ({@code rule:list-place});</li>
 *   <li>由A、B及C三方共建 after the thing built: co-founders and partners ({@code rule:co-founders});</li>
 *   <li>A（B下属企业）: B founded A ({@code rule:subsidiary});</li>
 *   <li>an unprefixed zone (翠亨新区) in a city body's letter is hosted by that city ({@code rule:zone-of-issuing-city});</li>
 *   <li>深中协同: abbreviations of two named cities before a word of cooperation ({@code rule:city-pair});</li>
 *   <li>a fund is hosted by the place named before it in its sentence ({@code rule:fund-place-in-sentence}),
 *       or else by the section heading it stands under when that is a place ({@code rule:section-place}).</li>
 * </ul>
 */
final class RelationPatterns {

    private static final Pattern FOCUS = Pattern.compile("聚焦|投向|投资|围绕|领域|方向|布局|瞄准|覆盖|包括|重点|专注|赛道|推动|培育|支持|发展|打造|加快");
    private static final Pattern FOCUS_START = Pattern.compile("^(?:聚焦|重点|围绕|主要|投向|覆盖|瞄准|投资领域|投资方向)");
    private static final Pattern FUND_ANAPHOR = Pattern.compile("该基金|该母基金|这支基金|基金将|基金重点|基金主要|该基金群|基金矩阵");
    private static final Pattern POLICY_ANAPHOR = Pattern.compile("该政策|该方案|该计划|该措施|政策明确|政策提出");
    private static final Pattern SUPPORT_START = Pattern.compile("^(?:[一二三四五六七八九十]+是|同时|此外|另外|并)?(支持|扶持|引导|鼓励|帮助|推动|指导|推荐)");
    private static final Pattern ENUMERATION_TAIL = Pattern.compile("^等(?:[^，。；、]{0,6}?)?(产业|领域|行业)");
    private static final Pattern LIST_PLACE_CUE = Pattern.compile("^等[^，。；、]{0,8}?(?:本土|本地|当地|辖区)?(?:企业|公司)");
    private static final Pattern ZONE = Pattern.compile("(新区|开发区|高新区|经开区|高新技术产业开发区)$");
    private static final Pattern CITY_PAIR = Pattern.compile("([\\p{IsHan}]{2})(?:两地)?(?:协同|合作|同城|一体化|联动|融合|两地)");
    private static final Pattern FOUNDING_AFTER_LIST = Pattern.compile("^(?:[一二两三四五六七八九十多]方|等|共同|联合)*(?:共建|组建|成立|设立|发起|创办|建设|共同建设)");
    private static final Pattern ANAPHORIC_ORGANISATION = Pattern.compile("该(?:中心|平台|研究院|基地|园区|基金|联盟|协会|机构)");
    private static final Pattern PARTY_SEPARATOR = Pattern.compile("^(?:、|及|和|与|以及)$");
    private static final Pattern LEADING_PARENTHESIS = Pattern.compile("^[（(][^（()）]{0,30}[）)]");
    private static final Pattern SUBSIDIARY = Pattern.compile("^(?:下属|旗下|控股|全资|所属)");
    private static final int ANAPHOR_REACH = 3;

    private final IndustryTaxonomy industries;
    private final PlaceMatcher places;

    RelationPatterns(IndustryTaxonomy industries, PlaceMatcher places) {
        this.industries = industries;
        this.places = places;
    }

    void find(String fileName, String issuer, List<Sentence> sentences, List<Mention> mentions,
              Resolver.Resolution resolution, List<ExtractedRelation> out) {
        industriesInNames(fileName, sentences, mentions, resolution, out);
        focusSentences(fileName, sentences, mentions, resolution.entityOf(), out);
        enumerations(fileName, sentences, mentions, resolution.entityOf(), out);
        issuerSupport(fileName, issuer, sentences, mentions, resolution, out);
        sectionPlaces(fileName, sentences, mentions, resolution.entityOf(), out);
        listPlaces(fileName, sentences, mentions, resolution.entityOf(), out);
        localZones(fileName, sentences, mentions, resolution, out);
        coFounders(fileName, sentences, mentions, resolution.entityOf(), out);
        subsidiaries(fileName, sentences, mentions, resolution.entityOf(), out);
        cityPairs(fileName, sentences, mentions, resolution.entityOf(), out);
    }

    /**
     * 该中心由A、B及C三方共建: each of a list after 由 and before a founding verb founded the thing the
     * sentence is about (the organisation before 由, or the one 该中心 refers back to), and the
     * organisations among them are partners ({@code rule:co-founders}).
     */
    private void coFounders(String fileName, List<Sentence> sentences, List<Mention> mentions,
                            Map<Mention, Resolver.Entity> entityOf, List<ExtractedRelation> out) {
        Mention lastCreated = null;
        for (Sentence sentence : sentences) {
            List<Mention> here = inSentence(mentions, sentence);
            String text = sentence.text();
            for (int i = 0; i < here.size(); i++) {
                Mention first = here.get(i);
                int at = first.begin() - sentence.begin();
                if (at < 1 || text.charAt(at - 1) != '由') {
                    continue;
                }
                List<Mention> group = foundersFrom(sentence, here, i);
                Mention last = group.get(group.size() - 1);
                String after = withoutParenthesis(text.substring(last.end() - sentence.begin()));
                if (!FOUNDING_AFTER_LIST.matcher(after).find()) {
                    continue;
                }
                Mention created = null;
                for (Mention m : here) {
                    if (m.end() <= first.begin() && m.label().isOrganisation()) {
                        created = m;
                    }
                }
                if (created == null && lastCreated != null && sentence.index() - lastCreated.sentence() <= 2
                        && ANAPHORIC_ORGANISATION.matcher(text.substring(0, at)).find()) {
                    created = lastCreated;
                }
                if (created != null) {
                    foundedBy(fileName, sentence, created, group, entityOf, out);
                }
            }
            for (Mention m : here) {
                if (m.label().isOrganisation() && m.label() != EntityLabel.GovernmentAgency && m.label() != EntityLabel.Enterprise) {
                    lastCreated = m;
                }
            }
        }
    }

    /** The list of parties after 由: mentions joined by 、 及 和 与, a parenthesis after a member skipped. */
    private static List<Mention> foundersFrom(Sentence sentence, List<Mention> here, int first) {
        List<Mention> group = new ArrayList<>(List.of(here.get(first)));
        int end = here.get(first).end();
        for (int j = first + 1; j < here.size(); j++) {
            Mention next = here.get(j);
            if (next.begin() < end) {
                continue;
            }
            String gap = withoutParenthesis(sentence.text().substring(end - sentence.begin(), next.begin() - sentence.begin()));
            if (gap.startsWith("（") || gap.startsWith("(")) {
                continue;
            }
            if (!PARTY_SEPARATOR.matcher(gap).matches()) {
                break;
            }
            group.add(next);
            end = next.end();
        }
        return group;
    }

    /** The text without a leading parenthesis (（长沙国投集团下属企业）). */
    private static String withoutParenthesis(String text) {
        Matcher m = LEADING_PARENTHESIS.matcher(text);
        return m.find() ? text.substring(m.end()) : text;
    }

    private static void foundedBy(String fileName, Sentence sentence, Mention created, List<Mention> founders,
                                  Map<Mention, Resolver.Entity> entityOf, List<ExtractedRelation> out) {
        Evidence evidence = RelationFinder.evidence(fileName, sentence);
        for (Mention founder : founders) {
            if (entityOf.get(founder) != entityOf.get(created)) {
                out.add(new ExtractedRelation(RelationType.FOUNDED, entityOf.get(founder).key(), entityOf.get(created).key(),
                        "rule:co-founders", 0.7, evidence, Map.of()));
            }
            for (Mention other : founders) {
                if (other.begin() > founder.begin() && founder.label().isOrganisation() && other.label().isOrganisation()) {
                    out.add(new ExtractedRelation(RelationType.PARTNERS_WITH, entityOf.get(founder).key(),
                            entityOf.get(other).key(), "rule:co-founders", 0.6, evidence, Map.of()));
                }
            }
        }
    }

    /** A（B下属企业）: B founded its subsidiary A ({@code rule:subsidiary}). */
    private void subsidiaries(String fileName, List<Sentence> sentences, List<Mention> mentions,
                              Map<Mention, Resolver.Entity> entityOf, List<ExtractedRelation> out) {
        for (Sentence sentence : sentences) {
            List<Mention> here = inSentence(mentions, sentence);
            String text = sentence.text();
            for (int i = 0; i + 1 < here.size(); i++) {
                Mention child = here.get(i);
                Mention parent = here.get(i + 1);
                String between = text.substring(child.end() - sentence.begin(), parent.begin() - sentence.begin());
                String after = text.substring(parent.end() - sentence.begin(), Math.min(text.length(), parent.end() - sentence.begin() + 4));
                if (child.label().isOrganisation() && parent.label().isOrganisation()
                        && (between.equals("（") || between.equals("(")) && SUBSIDIARY.matcher(after).find()) {
                    out.add(new ExtractedRelation(RelationType.FOUNDED, entityOf.get(parent).key(), entityOf.get(child).key(),
                            "rule:subsidiary", 0.7, RelationFinder.evidence(fileName, sentence), Map.of()));
                }
            }
        }
    }

    /**
     * An administrative zone named without a place (翠亨新区, 火炬开发区) in a letter of a city's body
     * lies in that city, which hosts it ({@code rule:zone-of-issuing-city}).
     */
    private void localZones(String fileName, List<Sentence> sentences, List<Mention> mentions,
                            Resolver.Resolution resolution, List<ExtractedRelation> out) {
        Divisions.Division issuing = resolution.issuingCity();
        Resolver.Entity city = issuing == null ? null : resolution.named(issuing.name());
        if (city == null) {
            return;
        }
        java.util.Set<Resolver.Entity> done = new java.util.HashSet<>();
        for (Mention m : mentions) {
            Resolver.Entity zone = resolution.entityOf().get(m);
            if (m.label() == EntityLabel.Park && ZONE.matcher(m.text()).find() && !places.containsPlace(m.text())
                    && zone != null && done.add(zone)) {
                out.add(new ExtractedRelation(RelationType.HOSTS, city.key(), zone.key(), "rule:zone-of-issuing-city", 0.5,
                        RelationFinder.evidence(fileName, sentences.get(m.sentence())), Map.of()));
            }
        }
    }

    /**
     * 深中协同, 广佛同城: two one-character abbreviations of cities the document names, followed by
     * a word of cooperation, state that the two cities cooperate ({@code rule:city-pair}).
     */
    private void cityPairs(String fileName, List<Sentence> sentences, List<Mention> mentions,
                           Map<Mention, Resolver.Entity> entityOf, List<ExtractedRelation> out) {
        Map<Character, Resolver.Entity> byInitial = new java.util.HashMap<>();
        java.util.Set<Character> ambiguous = new java.util.HashSet<>();
        for (Mention m : mentions) {
            Resolver.Entity e = entityOf.get(m);
            if (m.label() == EntityLabel.City && e != null && !"town".equals(e.properties.get("level"))) {
                Resolver.Entity previous = byInitial.putIfAbsent(e.name.charAt(0), e);
                if (previous != null && previous != e) {
                    ambiguous.add(e.name.charAt(0));
                }
            }
        }
        ambiguous.forEach(byInitial::remove);
        for (Sentence sentence : sentences) {
            Matcher pair = CITY_PAIR.matcher(sentence.text());
            while (pair.find()) {
                Resolver.Entity a = byInitial.get(pair.group(1).charAt(0));
                Resolver.Entity b = byInitial.get(pair.group(1).charAt(1));
                if (a != null && b != null && a != b) {
                    out.add(new ExtractedRelation(RelationType.PARTNERS_WITH, a.key(), b.key(), "rule:city-pair", 0.6,
                            RelationFinder.evidence(fileName, sentence), Map.of()));
                }
            }
        }
    }

    /** 云箭科技、湘翼智能等长沙本土企业: the place in the cue after a list of enterprises hosts each of them. */
    private void listPlaces(String fileName, List<Sentence> sentences, List<Mention> mentions,
                            Map<Mention, Resolver.Entity> entityOf, List<ExtractedRelation> out) {
        for (Sentence sentence : sentences) {
            List<Mention> here = inSentence(mentions, sentence);
            for (List<Mention> group : ListGroups.of(sentence, here)) {
                Mention last = group.get(group.size() - 1);
                if (last.label() != EntityLabel.Enterprise) {
                    continue;
                }
                Matcher cue = LIST_PLACE_CUE.matcher(sentence.text().substring(last.end() - sentence.begin()));
                if (!cue.find()) {
                    continue;
                }
                int cueEnd = last.end() + cue.end();
                Mention place = here.stream().filter(m -> m.label() == EntityLabel.City && m.begin() > last.end()
                        && m.end() <= cueEnd).findFirst().orElse(null);
                if (place == null) {
                    continue;
                }
                for (Mention member : group) {
                    out.add(new ExtractedRelation(RelationType.HOSTS, entityOf.get(place).key(), entityOf.get(member).key(),
                            "rule:list-place", 0.6, RelationFinder.evidence(fileName, sentence), Map.of()));
                }
            }
        }
    }

    private void industriesInNames(String fileName, List<Sentence> sentences, List<Mention> mentions,
                                   Resolver.Resolution resolution, List<ExtractedRelation> out) {
        for (Mention mention : mentions) {
            RelationType type = switch (mention.label()) {
                case Fund, Policy -> RelationType.TARGETS;
                case Park, ResearchInstitute -> RelationType.IN_INDUSTRY;
                default -> null;
            };
            Resolver.Entity entity = resolution.entityOf().get(mention);
            if (type == null || entity == null) {
                continue;
            }
            Sentence sentence = sentences.get(mention.sentence());
            for (String term : industries.termsIn(mention.text())) {
                Resolver.Entity industry = resolution.industry(term);
                out.add(new ExtractedRelation(type, entity.key(), industry.key(), "rule:industry-in-name", 0.7,
                        RelationFinder.evidence(fileName, sentence), Map.of()));
            }
        }
    }

    private void focusSentences(String fileName, List<Sentence> sentences, List<Mention> mentions,
                                Map<Mention, Resolver.Entity> entityOf, List<ExtractedRelation> out) {
        Mention lastFund = null;
        Mention lastPolicy = null;
        List<Mention> previous = List.of();
        for (Sentence sentence : sentences) {
            List<Mention> here = inSentence(mentions, sentence);
            List<Mention> subjects = new ArrayList<>();
            for (Mention m : here) {
                if (m.label() == EntityLabel.Fund || m.label() == EntityLabel.Policy) {
                    subjects.add(m);
                }
            }
            if (subjects.isEmpty() && FOCUS_START.matcher(sentence.text()).find()) {
                for (Mention m : previous) {
                    if (m.label() == EntityLabel.Fund || m.label() == EntityLabel.Policy) {
                        subjects.add(m);
                    }
                }
            }
            if (subjects.isEmpty()) {
                if (lastFund != null && sentence.index() - lastFund.sentence() <= ANAPHOR_REACH
                        && FUND_ANAPHOR.matcher(sentence.text()).find()) {
                    subjects.add(lastFund);
                }
                if (lastPolicy != null && sentence.index() - lastPolicy.sentence() <= ANAPHOR_REACH
                        && POLICY_ANAPHOR.matcher(sentence.text()).find()) {
                    subjects.add(lastPolicy);
                }
            }
            if (FOCUS.matcher(sentence.text()).find()) {
                for (Mention subject : subjects) {
                    for (Mention m : here) {
                        boolean after = subject.sentence() != sentence.index() || m.begin() > subject.end();
                        if (m.label() == EntityLabel.Industry && after && nextSubject(subjects, subject, m)) {
                            out.add(new ExtractedRelation(RelationType.TARGETS, entityOf.get(subject).key(),
                                    entityOf.get(m).key(), "rule:focus-sentence", 0.6,
                                    RelationFinder.evidence(fileName, sentence), Map.of()));
                        }
                    }
                }
            }
            previous = here;
            for (Mention m : here) {
                if (m.label() == EntityLabel.Fund) {
                    lastFund = m;
                } else if (m.label() == EntityLabel.Policy) {
                    lastPolicy = m;
                }
            }
        }
    }

    /** An industry belongs to the nearest subject before it, not to every subject of the sentence. */
    private static boolean nextSubject(List<Mention> subjects, Mention subject, Mention industry) {
        for (Mention other : subjects) {
            if (other != subject && other.sentence() == industry.sentence() && other.begin() > subject.begin()
                    && other.end() < industry.begin()) {
                return false;
            }
        }
        return true;
    }

    private void enumerations(String fileName, List<Sentence> sentences, List<Mention> mentions,
                              Map<Mention, Resolver.Entity> entityOf, List<ExtractedRelation> out) {
        for (Sentence sentence : sentences) {
            List<Mention> here = inSentence(mentions, sentence);
            for (List<Mention> group : ListGroups.of(sentence, here)) {
                Mention last = group.get(group.size() - 1);
                if (last.label() != EntityLabel.Industry) {
                    continue;
                }
                Mention whole = enumerationHead(sentence, here, last);
                if (whole == null) {
                    continue;
                }
                for (Mention part : group) {
                    if (entityOf.get(part) != entityOf.get(whole)) {
                        out.add(new ExtractedRelation(RelationType.PART_OF, entityOf.get(part).key(),
                                entityOf.get(whole).key(), "rule:industry-enumeration", 0.7,
                                RelationFinder.evidence(fileName, sentence), Map.of()));
                    }
                }
            }
        }
    }

    /** Z of "X、Y等Z产业" or of "Z（X、Y）" for a list ending in {@code last}, or null. */
    private static Mention enumerationHead(Sentence sentence, List<Mention> here, Mention last) {
        String after = sentence.text().substring(last.end() - sentence.begin());
        Matcher tail = Pattern.compile("^等").matcher(after);
        if (tail.find()) {
            for (Mention m : here) {
                if (m.label() == EntityLabel.Industry && m.begin() > last.end()
                        && m.begin() - last.end() <= 3
                        && ENUMERATION_TAIL.matcher(sentence.text().substring(last.end() - sentence.begin())).find()) {
                    return m;
                }
            }
            return null;
        }
        if (after.startsWith("）") || after.startsWith(")")) {
            for (Mention m : here) {
                String between = m.end() <= last.begin()
                        ? sentence.text().substring(m.end() - sentence.begin(), last.begin() - sentence.begin()) : null;
                if (m.label() == EntityLabel.Industry && between != null && (between.startsWith("（") || between.startsWith("("))
                        && between.length() <= 40 && !between.contains("）") && !between.contains(")")) {
                    return m;
                }
            }
        }
        return null;
    }

    private void issuerSupport(String fileName, String issuer, List<Sentence> sentences, List<Mention> mentions,
                               Resolver.Resolution resolution, List<ExtractedRelation> out) {
        Resolver.Entity issuing = issuer == null ? null : resolution.named(issuer);
        Resolver.Entity subject = null;
        for (Sentence sentence : sentences) {
            List<Mention> here = inSentence(mentions, sentence);
            if (!here.isEmpty() && here.get(0).label() == EntityLabel.GovernmentAgency
                    && here.get(0).begin() - sentence.begin() <= 4) {
                subject = resolution.entityOf().get(here.get(0));
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
                    supportClause(fileName, sentence, here, clauseStart, i, agency, resolution.entityOf(), out);
                    clauseStart = i + 1;
                }
            }
        }
    }

    private static void supportClause(String fileName, Sentence sentence, List<Mention> here, int start, int end,
                                      Resolver.Entity agency, Map<Mention, Resolver.Entity> entityOf,
                                      List<ExtractedRelation> out) {
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
            Resolver.Entity target = entityOf.get(m);
            if (target != null && target != agency && m.label().isOrganisation()) {
                out.add(new ExtractedRelation(RelationType.SUPPORTS, agency.key(), target.key(), "rule:issuer-support",
                        0.6, RelationFinder.evidence(fileName, sentence), Map.of()));
            }
        }
    }

    private void sectionPlaces(String fileName, List<Sentence> sentences, List<Mention> mentions,
                               Map<Mention, Resolver.Entity> entityOf, List<ExtractedRelation> out) {
        Resolver.Entity place = null;
        for (Sentence sentence : sentences) {
            List<Mention> here = inSentence(mentions, sentence);
            String heading = sentence.text().replace("#", "").strip();
            if (here.size() == 1 && here.get(0).label() == EntityLabel.City && heading.equals(here.get(0).text())) {
                place = entityOf.get(here.get(0));
                continue;
            }
            if (heading.length() <= 20 && here.isEmpty() && !heading.endsWith("。")) {
                place = heading.isEmpty() ? place : null;
            }
            Mention city = null;
            for (Mention m : here) {
                if (m.label() == EntityLabel.City) {
                    city = m;
                } else if (m.label() == EntityLabel.Fund && (city != null || place != null)) {
                    Resolver.Entity host = city != null ? entityOf.get(city) : place;
                    out.add(new ExtractedRelation(RelationType.HOSTS, host.key(), entityOf.get(m).key(),
                            city != null ? "rule:fund-place-in-sentence" : "rule:section-place", 0.6,
                            RelationFinder.evidence(fileName, sentence), Map.of()));
                }
            }
        }
    }

    private static List<Mention> inSentence(List<Mention> mentions, Sentence sentence) {
        return mentions.stream().filter(m -> m.sentence() == sentence.index()).toList();
    }
}
