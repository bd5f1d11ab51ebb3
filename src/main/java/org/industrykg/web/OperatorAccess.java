package org.industrykg.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.Principal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.industrykg.system.KgProperties;
import org.industrykg.system.StoreCredentials;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Who may see the details of {@code /actuator/health}: a request to {@code /actuator/**} with
 * {@code Authorization: Bearer <admin token>} is the operator, in role {@value #ROLE}
 * ({@code management.endpoint.health.roles}); everyone else sees the status only. The token is
 * {@code kg.admin-token} when set, otherwise the one generated in the store's
 * {@link StoreCredentials credentials file}. A wrong token is refused with 401.
 */
@Component
class OperatorAccess extends OncePerRequestFilter {

    static final String ROLE = "ADMIN";
    private static final String BEARER = "Bearer ";

    private final String configured;
    private final KgProperties properties;
    private volatile byte[] token;

    OperatorAccess(@Value("${kg.admin-token:}") String configured, KgProperties properties) {
        this.configured = configured;
        this.properties = properties;
    }

    /** The token, read when a request first carries one (the store's file may not be needed otherwise). */
    private byte[] token() {
        byte[] value = token;
        if (value == null) {
            String text = configured.isBlank() ? StoreCredentials.of(properties.store()).adminToken() : configured;
            value = text.getBytes(StandardCharsets.UTF_8);
            token = value;
        }
        return value;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().startsWith("/actuator");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (authorization == null) {
            chain.doFilter(request, response);
            return;
        }
        if (!authorization.startsWith(BEARER) || !MessageDigest.isEqual(token(),
                authorization.substring(BEARER.length()).trim().getBytes(StandardCharsets.UTF_8))) {
            response.setStatus(HttpStatus.UNAUTHORIZED.value());
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.getOutputStream().write(("{\"type\":\"about:blank\",\"title\":\"Unauthorized\",\"status\":401,"
                    + "\"detail\":\"The Authorization header does not carry the admin token (Bearer <admin-token> of"
                    + " the store's credentials.properties, or kg.admin-token).\"}").getBytes(StandardCharsets.UTF_8));
            return;
        }
        chain.doFilter(new Operator(request), response);
    }

    /** The request of the operator: a principal in the admin role. */
    private static final class Operator extends HttpServletRequestWrapper {

        Operator(HttpServletRequest request) {
            super(request);
        }

        @Override
        public Principal getUserPrincipal() {
            return () -> "operator";
        }

        @Override
        public boolean isUserInRole(String role) {
            return ROLE.equals(role);
        }
    }
}
