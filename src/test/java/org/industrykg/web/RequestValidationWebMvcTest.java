package org.industrykg.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

import com.jayway.jsonpath.JsonPath;
import org.industrykg.extract.EntityLabel;
import org.industrykg.graph.EntityQueries;
import org.industrykg.graph.EntityRef;
import org.industrykg.graph.FundQueries;
import org.industrykg.graph.LinkQueries;
import org.industrykg.graph.RelationshipQueries;
import org.industrykg.graph.SubgraphQueries;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Bad requests to the question and subgraph endpoints are answered with 400 or 404
 * problem+json that names the parameter, and never reach the query layer (mocked in this slice).
 */
@WebMvcTest({EntityController.class, SubgraphController.class, QuestionController.class})
class RequestValidationWebMvcTest {

    private static final String LONG = "中".repeat(5000);

    @Autowired
    private MockMvc mvc;
    @MockitoBean
    private EntityQueries entities;
    @MockitoBean
    private SubgraphQueries subgraphs;
    @MockitoBean
    private FundQueries funds;
    @MockitoBean
    private LinkQueries links;
    @MockitoBean
    private RelationshipQueries relationships;

    /** Performs the request and asserts a problem+json answer whose detail holds every part. */
    private void problem(MockHttpServletRequestBuilder request, int status, String... detailParts) throws Exception {
        var response = mvc.perform(request)
                .andExpect(status().is(status))
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andReturn().getResponse();
        String detail = JsonPath.read(response.getContentAsString(StandardCharsets.UTF_8), "$.detail");
        assertThat(detail).contains(detailParts);
    }

    private void noQueries() {
        verifyNoInteractions(entities, subgraphs, funds, links, relationships);
    }

    @Test
    void an_unknown_label_is_a_bad_request_that_lists_the_labels() throws Exception {
        problem(get("/api/search").param("q", "中山").param("label", "Company"), 400, "'label'", "Enterprise", "'Company'");
        problem(get("/api/relationships").param("from", "Enterprise").param("to", "Person"), 400, "'to'", "ResearchInstitute");
        noQueries();
    }

    @Test
    void a_depth_outside_one_to_three_is_a_bad_request() throws Exception {
        problem(get("/api/graph/neighbourhood").param("key", "City:中山市").param("depth", "10"), 400, "'depth'", "3", "'10'");
        problem(get("/api/graph/neighbourhood").param("key", "City:中山市").param("depth", "0"), 400, "'depth'");
        problem(get("/api/graph/neighbourhood").param("key", "City:中山市").param("depth", "two"), 400, "'depth'", "whole number");
        noQueries();
    }

    @Test
    void an_empty_or_missing_query_is_a_bad_request() throws Exception {
        problem(get("/api/search").param("q", ""), 400, "'q'", "blank");
        problem(get("/api/search").param("q", "   "), 400, "'q'", "blank");
        problem(get("/api/search"), 400, "'q'");
        noQueries();
    }

    @Test
    void a_five_thousand_character_parameter_is_refused_everywhere() throws Exception {
        problem(get("/api/search").param("q", LONG), 400, "'q'", "200 characters", "5000 characters");
        problem(get("/api/entities/" + LONG), 400, "'key'", "200");
        problem(get("/api/graph/neighbourhood").param("key", LONG), 400, "'key'", "200");
        problem(get("/api/graph/path").param("from", LONG).param("to", "City:中山市"), 400, "'from'", "200");
        problem(get("/api/funds").param("industry", LONG), 400, "'industry'", "200");
        problem(get("/api/links").param("a", "深圳市").param("b", LONG), 400, "'b'", "200");
        problem(get("/api/relationships").param("from", "Enterprise").param("to", "ResearchInstitute").param("key", LONG),
                400, "'key'", "200");
        problem(get("/api/search").param("q", "中山").param("label", LONG), 400, "'label'", "5000 characters");
        noQueries();
    }

    @Test
    void limits_and_path_lengths_out_of_range_are_bad_requests() throws Exception {
        problem(get("/api/search").param("q", "中山").param("limit", "101"), 400, "'limit'", "100");
        problem(get("/api/search").param("q", "中山").param("limit", "0"), 400, "'limit'");
        problem(get("/api/graph/path").param("from", "City:中山市").param("to", "City:深圳市").param("maxLength", "7"),
                400, "'maxLength'", "6");
        problem(get("/api/relationships").param("from", "Enterprise").param("to", "ResearchInstitute").param("limit", "5000"),
                400, "'limit'");
        noQueries();
    }

    @Test
    void a_path_from_an_entity_to_itself_is_a_bad_request() throws Exception {
        problem(get("/api/graph/path").param("from", "City:中山市").param("to", "City:中山市"), 400, "'from'", "'to'");
        noQueries();
    }

    @Test
    void a_key_that_does_not_exist_is_not_found() throws Exception {
        when(entities.details(anyString())).thenReturn(Optional.empty());
        when(entities.ref(anyString())).thenReturn(Optional.empty());
        problem(get("/api/entities/City:无此城"), 404, "City:无此城", "'key'");
        problem(get("/api/graph/neighbourhood").param("key", "City:无此城").param("depth", "2"), 404, "City:无此城", "'key'");
        problem(get("/api/graph/path").param("from", "City:无此城").param("to", "City:中山市"), 404, "City:无此城", "'from'");
        problem(get("/api/relationships").param("from", "Enterprise").param("to", "ResearchInstitute")
                .param("key", "Enterprise:无此公司"), 404, "Enterprise:无此公司");
        verifyNoInteractions(subgraphs, relationships);
    }

    @Test
    void a_key_of_another_label_than_the_two_asked_is_a_bad_request() throws Exception {
        when(entities.ref("Park:翠亨新区")).thenReturn(Optional.of(new EntityRef("Park:翠亨新区", "Park", "翠亨新区")));
        problem(get("/api/relationships").param("from", "Enterprise").param("to", "ResearchInstitute")
                .param("key", "Park:翠亨新区"), 400, "'key'", "Park");
        verifyNoInteractions(relationships);
    }

    @Test
    void an_unknown_industry_or_city_is_not_found_and_named() throws Exception {
        when(funds.funds(anyString(), anyInt())).thenReturn(Optional.empty());
        EntityRef zhongshan = new EntityRef("City:中山市", "City", "中山市");
        when(links.links("亚特兰蒂斯", "中山市", 500)).thenReturn(new LinkQueries.Answer(null, zhongshan, null));
        when(links.links("中山市", "亚特兰蒂斯", 500)).thenReturn(new LinkQueries.Answer(zhongshan, null, null));
        problem(get("/api/funds").param("industry", "永动机"), 404, "永动机", "'industry'");
        problem(get("/api/links").param("a", "亚特兰蒂斯").param("b", "中山市"), 404, "亚特兰蒂斯", "'a'");
        problem(get("/api/links").param("a", "中山市").param("b", "亚特兰蒂斯"), 404, "亚特兰蒂斯", "'b'");
    }

    @Test
    void two_names_of_one_city_are_refused() throws Exception {
        EntityRef zhongshan = new EntityRef("City:中山市", "City", "中山市");
        when(links.links("中山", "中山市", 500)).thenReturn(new LinkQueries.Answer(zhongshan, zhongshan, null));
        problem(get("/api/links").param("a", " 中山 ").param("b", "中山市"), 400, "'a'", "'b'");
    }

    @Test
    void valid_parameters_reach_the_queries_stripped_and_with_defaults() throws Exception {
        when(entities.search(anyString(), any(), anyInt())).thenReturn(List.of());
        mvc.perform(get("/api/search").param("q", " 中山 ").param("label", "City")).andExpect(status().isOk());
        verify(entities).search("中山", EntityLabel.City, 20);
    }
}
