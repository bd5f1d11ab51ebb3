package org.industrykg.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.attribute.PosixFilePermissions;

import com.fasterxml.jackson.databind.JsonNode;
import org.industrykg.EmbeddedApiTest;
import org.industrykg.system.EmbeddedNeo4jConfiguration.EmbeddedNeo4j;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.exceptions.AuthenticationException;
import org.neo4j.driver.exceptions.SecurityException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.RequestEntity;

/**
 * The embedded database needs its generated password, health details need the admin token, and
 * every refusal is problem+json, also those Tomcat makes before any application code runs (sent
 * here as raw bytes on a socket, since an HTTP client would encode or refuse them itself).
 */
class ClosedDoorsTest extends EmbeddedApiTest {

    @Autowired
    private EmbeddedNeo4j neo4j;
    @LocalServerPort
    private int port;

    @Test
    void the_embedded_bolt_port_refuses_a_connection_without_the_generated_password() {
        assertRefused(AuthTokens.none());
        assertRefused(AuthTokens.basic("neo4j", "neo4j"));
        assertRefused(AuthTokens.basic("neo4j", neo4j.credentials().password() + "x"));
        try (var driver = GraphDatabase.driver(neo4j.boltUri(), neo4j.authToken())) {
            driver.verifyConnectivity();
        }
    }

    private void assertRefused(AuthToken token) {
        try (var driver = GraphDatabase.driver(neo4j.boltUri(), token)) {
            assertThatThrownBy(driver::verifyConnectivity).isInstanceOfAny(AuthenticationException.class,
                    SecurityException.class);
        }
    }

    @Test
    void the_credentials_file_in_the_store_is_readable_by_its_owner_only() throws IOException {
        var file = neo4j.credentials().file();
        assertThat(file.getParent()).isEqualTo(properties().store().toAbsolutePath());
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(Files.readString(file)).contains("password=" + neo4j.credentials().password());
    }

    @Test
    void health_shows_only_the_status_without_the_admin_token() throws IOException {
        JsonNode health = json.readTree(http.getForEntity("/actuator/health", String.class).getBody());
        assertThat(health.get("status").asText()).isEqualTo("UP");
        assertThat(health.has("components")).isFalse();
    }

    @Test
    void a_wrong_admin_token_is_refused_with_problem_json() throws IOException {
        var response = http.exchange(RequestEntity.get("/actuator/health")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + adminToken() + "x").build(), String.class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(json.readTree(response.getBody()).get("detail").asText()).contains("admin token");
    }

    @Test
    void a_parameter_of_100k_characters_is_refused_by_tomcat_with_problem_json() throws IOException {
        Raw response = send(("GET /api/search?q=" + "a".repeat(100_000) + " HTTP/1.1\r\nHost: localhost\r\n"
                + "Connection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        response.assertBadRequestProblem().contains("64 KB");
    }

    @Test
    void raw_non_ascii_bytes_in_the_address_are_refused_with_problem_json() throws IOException {
        ByteArrayOutputStream request = new ByteArrayOutputStream();
        request.writeBytes("GET /api/search?q=".getBytes(StandardCharsets.US_ASCII));
        request.writeBytes("中山".getBytes(StandardCharsets.UTF_8));
        request.writeBytes(" HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        send(request.toByteArray()).assertBadRequestProblem().contains("percent-encoded");

        ByteArrayOutputStream path = new ByteArrayOutputStream();
        path.writeBytes("GET /api/entities/".getBytes(StandardCharsets.US_ASCII));
        path.writeBytes(new byte[] {(byte) 0xC3, (byte) 0x28, (byte) 0xFF});
        path.writeBytes(" HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        send(path.toByteArray()).assertBadRequestProblem();
    }

    @Test
    void an_oversized_header_is_refused_by_tomcat_with_problem_json() throws IOException {
        Raw response = send(("GET /api/stats HTTP/1.1\r\nHost: localhost\r\nX-Padding: " + "b".repeat(70_000)
                + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        response.assertBadRequestProblem();
    }

    @Test
    void a_malformed_request_line_is_refused_with_problem_json() throws IOException {
        send("GET /api/stats?q=<{|}> HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"
                .getBytes(StandardCharsets.US_ASCII)).assertBadRequestProblem();
    }

    /** A response as read from the socket: status line, headers and body. */
    private record Raw(int status, String head, String body) {

        org.assertj.core.api.AbstractStringAssert<?> assertBadRequestProblem() throws IOException {
            assertThat(status).as(head).isEqualTo(400);
            assertThat(head.toLowerCase()).contains("content-type: application/problem+json");
            JsonNode problem = new com.fasterxml.jackson.databind.ObjectMapper().readTree(body);
            assertThat(problem.get("status").asInt()).isEqualTo(400);
            return assertThat(problem.get("detail").asText());
        }
    }

    private Raw send(byte[] request) throws IOException {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            try {
                out.write(request);
                out.flush();
            } catch (IOException e) {
                // Tomcat may answer and close before it has read the whole request.
            }
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try {
                in.transferTo(bytes);
            } catch (IOException e) {
                // A reset after the answer: keep what arrived.
            }
            String response = bytes.toString(StandardCharsets.UTF_8);
            int split = response.indexOf("\r\n\r\n");
            assertThat(split).as("an HTTP response: %s", response).isPositive();
            String head = response.substring(0, split);
            String body = dechunk(head, response.substring(split + 4));
            return new Raw(Integer.parseInt(head.substring(9, 12)), head, body);
        }
    }

    /** The body of a chunked response without its chunk sizes. */
    private static String dechunk(String head, String body) {
        if (!head.toLowerCase().contains("transfer-encoding: chunked")) {
            return body;
        }
        StringBuilder out = new StringBuilder();
        int at = 0;
        while (true) {
            int line = body.indexOf("\r\n", at);
            int size = Integer.parseInt(body.substring(at, line).trim(), 16);
            if (size == 0) {
                return out.toString();
            }
            out.append(body, line + 2, line + 2 + size);
            at = line + 2 + size + 2;
        }
    }
}
