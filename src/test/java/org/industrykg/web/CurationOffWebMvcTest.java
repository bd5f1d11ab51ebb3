package org.industrykg.web;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.industrykg.curation.CurationService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** Without kg.admin-token, curation over HTTP is off: 403 problem+json, whatever the request carries. */
@WebMvcTest(CurationController.class)
class CurationOffWebMvcTest {

    @Autowired
    private MockMvc mvc;
    @MockitoBean
    private CurationService curation;

    @Test
    void curation_without_a_configured_token_is_forbidden() throws Exception {
        // (the service is asked once, at start-up, to apply the file; never by a request)
        mvc.perform(post("/api/curation").header("Authorization", "Bearer anything").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"op\":\"reject-entity\",\"key\":\"Enterprise:甲\"}"))
                .andExpect(status().isForbidden())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value("Curation over HTTP is off: no kg.admin-token (KG_ADMINTOKEN) is configured"));
        mvc.perform(get("/api/curation")).andExpect(status().isForbidden());
        verify(curation, never()).add(any());
        verify(curation, never()).list();
    }
}
