package org.industrykg.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.web.servlet.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The {@code /error} page that the servlet container forwards to when a request failed outside
 * the controllers (a filter, a response sent with an error status): problem+json like every other
 * error, in place of Spring Boot's JSON or HTML "Whitelabel" page. Says no more than the status.
 */
@RestController
class ProblemErrorController implements ErrorController {

    @RequestMapping("${server.error.path:${error.path:/error}}")
    ResponseEntity<ProblemDetail> error(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        HttpStatus status = code instanceof Integer value && HttpStatus.resolve(value) != null
                ? HttpStatus.valueOf(value) : HttpStatus.INTERNAL_SERVER_ERROR;
        if (status.value() < 400) {
            status = HttpStatus.NOT_FOUND;
        }
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, switch (status) {
            case NOT_FOUND -> "There is nothing at this address.";
            case INTERNAL_SERVER_ERROR -> "The request failed on the server; the server's log has the cause.";
            default -> "The server refused the request (HTTP " + status.value() + " " + status.getReasonPhrase() + ").";
        });
        problem.setTitle(status.getReasonPhrase());
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
