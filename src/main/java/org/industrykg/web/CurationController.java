package org.industrykg.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.industrykg.curation.CurationService;
import org.industrykg.system.KgProperties;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Corrections by a person (docs/curation.md), only with {@code Authorization: Bearer} and the
 * token of {@code kg.admin-token}; with no token configured, curation over HTTP is off.
 */
@RestController
@RequestMapping("/api/curation")
@Tag(name = "Curation", description = "Merges, renames, relabels, rejections and added edges that survive re-extraction")
class CurationController {

    private final CurationService curation;
    private final byte[] token;

    CurationController(CurationService curation, KgProperties properties) {
        this.curation = curation;
        this.token = properties.adminToken() == null ? null : properties.adminToken().getBytes(StandardCharsets.UTF_8);
    }

    @Operation(summary = "The operations of the curation file, in the order they are applied")
    @GetMapping
    CurationService.Listing list(
            @Parameter(description = "Bearer TOKEN, the kg.admin-token") @RequestHeader(value = HttpHeaders.AUTHORIZATION, required = false) String authorization)
            throws IOException {
        authorise(authorization);
        return curation.list();
    }

    @Operation(summary = "Add one operation: checked, appended to the curation file and applied at once",
            description = "One JSON object: {\"op\":\"merge\",\"from\":KEY,\"into\":KEY}, {\"op\":\"rename\",\"key\":KEY,\"name\":…}, "
                    + "{\"op\":\"relabel\",\"key\":KEY,\"label\":…}, {\"op\":\"reject-entity\",\"key\":KEY}, "
                    + "{\"op\":\"reject-edge\",\"source\":KEY,\"type\":…,\"target\":KEY}, "
                    + "{\"op\":\"add-edge\",\"source\":KEY,\"type\":…,\"target\":KEY,\"note\":…[,\"reference\":…]}; "
                    + "any operation may carry a note.")
    @PostMapping
    ResponseEntity<CurationService.Applied> add(
            @Parameter(description = "Bearer TOKEN, the kg.admin-token") @RequestHeader(value = HttpHeaders.AUTHORIZATION, required = false) String authorization,
            @RequestBody Map<String, Object> operation) throws IOException {
        authorise(authorization);
        return ResponseEntity.status(HttpStatus.CREATED).body(curation.add(operation));
    }

    private void authorise(String authorization) {
        if (token == null) {
            throw new CurationOff();
        }
        String prefix = "Bearer ";
        boolean bearer = authorization != null && authorization.regionMatches(true, 0, prefix, 0, prefix.length());
        byte[] given = bearer ? authorization.substring(prefix.length()).strip().getBytes(StandardCharsets.UTF_8) : new byte[0];
        if (!MessageDigest.isEqual(given, token)) {
            throw new NotAuthorised(bearer);
        }
    }

    /** No kg.admin-token is configured. */
    static final class CurationOff extends RuntimeException {
    }

    /** The request carries no bearer token, or another one. */
    static final class NotAuthorised extends RuntimeException {
        private final boolean gaveToken;

        NotAuthorised(boolean gaveToken) {
            this.gaveToken = gaveToken;
        }
    }

    @ExceptionHandler(CurationOff.class)
    ProblemDetail off() {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN,
                "Curation over HTTP is off: no kg.admin-token (KG_ADMINTOKEN) is configured");
        problem.setTitle("Curation off");
        return problem;
    }

    @ExceptionHandler(NotAuthorised.class)
    ResponseEntity<ProblemDetail> notAuthorised(NotAuthorised e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNAUTHORIZED, e.gaveToken
                ? "The bearer token is not the admin token" : "Curation needs the header Authorization: Bearer TOKEN");
        problem.setTitle("Not authorised");
        return ResponseEntity.status(HttpStatus.UNAUTHORIZED)
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"curation\"").body(problem);
    }

    @ExceptionHandler(IllegalStateException.class)
    ProblemDetail conflict(IllegalStateException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
        problem.setTitle("Curation file not valid");
        return problem;
    }
}
