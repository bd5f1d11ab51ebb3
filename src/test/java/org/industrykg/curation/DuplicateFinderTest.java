package org.industrykg.curation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Likely duplicates: same label, names that differ only by place, legal suffix, brackets, script, or abbreviation. */
class DuplicateFinderTest {

    private static final DuplicateFinder FINDER = new DuplicateFinder();

    private static DuplicateFinder.Candidate entity(String label, String name, long mentions, String... aliases) {
        return new DuplicateFinder.Candidate(label + ":" + name, label, name, List.of(aliases), mentions);
    }

    private static List<String> merges(DuplicateFinder.Candidate... entities) {
        return FINDER.suggest(List.of(entities)).stream()
                .map(s -> s.from().name() + " -> " + s.into().name() + " " + s.reasons()).toList();
    }

    @Test
    void a_place_prefix_and_a_legal_suffix_are_set_aside_and_the_longer_name_stays() {
        assertThat(merges(entity("Enterprise", "深圳市星河精密科技有限公司", 3), entity("Enterprise", "星河精密科技", 5)))
                .containsExactly("星河精密科技 -> 深圳市星河精密科技有限公司 [legal suffix, place prefix]");
        assertThat(merges(entity("Park", "中山市翠亨新区", 1), entity("Park", "翠亨新区", 1)))
                .containsExactly("翠亨新区 -> 中山市翠亨新区 [place prefix]");
    }

    @Test
    void brackets_and_traditional_script_are_set_aside() {
        assertThat(merges(entity("Enterprise", "华星光电技术（深圳）有限公司", 1), entity("Enterprise", "华星光电技术有限公司", 1)))
                .containsExactly("华星光电技术有限公司 -> 华星光电技术（深圳）有限公司 [brackets]");
        assertThat(merges(entity("ResearchInstitute", "清華大學深圳研究院", 1), entity("ResearchInstitute", "清华大学深圳研究院", 4)))
                .containsExactly("清華大學深圳研究院 -> 清华大学深圳研究院 [script]");
    }

    @Test
    void abbreviations_and_aliases_are_suggested() {
        assertThat(merges(entity("ResearchInstitute", "中国科学院", 2), entity("ResearchInstitute", "中科院", 2)))
                .containsExactly("中科院 -> 中国科学院 [abbreviation]");
        assertThat(merges(entity("Enterprise", "深圳市优必选科技股份有限公司", 2), entity("Enterprise", "优必选", 2)))
                .containsExactly("优必选 -> 深圳市优必选科技股份有限公司 [short form of a legal name]");
        assertThat(merges(entity("Platform", "湾区创新服务中心", 1, "创新中心"), entity("Platform", "创新中心", 1)))
                .containsExactly("创新中心 -> 湾区创新服务中心 [one's name is the other's alias]");
    }

    @Test
    void different_labels_and_different_bodies_are_left_alone() {
        assertThat(merges(entity("Enterprise", "翠亨新区", 1), entity("Park", "中山市翠亨新区", 1))).isEmpty();
        assertThat(merges(entity("ResearchInstitute", "广东省科学院", 1),
                entity("ResearchInstitute", "广东省科学院智能制造研究所", 1))).isEmpty();
        assertThat(merges(entity("GovernmentAgency", "中山市科学技术局", 1), entity("GovernmentAgency", "江门市科学技术局", 1)))
                .isEmpty();
        assertThat(merges(entity("Industry", "智能机器人", 1), entity("Industry", "智能移动机器人", 1)))
                .as("a narrower term of the taxonomy").isEmpty();
    }

    @Test
    void suggestions_are_merges_for_the_curation_file() {
        var suggestion = FINDER.suggest(List.of(entity("Park", "中山市翠亨新区", 1), entity("Park", "翠亨新区", 1))).get(0);
        assertThat(CurationFile.entry(suggestion.operation())).isEqualTo("""
                  - op: merge
                    from: "Park:翠亨新区"
                    into: "Park:中山市翠亨新区"
                    note: "suggested: place prefix"
                """);
    }
}
