package org.industrykg.web;

import java.util.Arrays;
import java.util.stream.Collectors;

import org.industrykg.graph.GraphBusyException;
import org.neo4j.driver.exceptions.ClientException;
import org.neo4j.driver.exceptions.Neo4jException;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.neo4j.driver.exceptions.SessionExpiredException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.TransactionException;
import org.springframework.validation.method.ParameterValidationResult;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Errors as RFC 7807 problem+json whose detail says what was wrong. Spring's own errors (missing
 * or malformed parameters, unknown paths) come from {@link ResponseEntityExceptionHandler}; bad
 * parameter values get a detail that names the parameter and the rule it broke. Server-side
 * failures say what failed without internals. Errors that never reach Spring (Tomcat refusing a
 * request line) are written by {@link ProblemErrorReportValve}, and those forwarded to
 * {@code /error} by {@link ProblemErrorController}, in the same format.
 */
@RestControllerAdvice
class ApiErrors extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiErrors.class);

    /** Longest stretch of a rejected value that an error message repeats. */
    private static final int ECHO_LENGTH = 40;

    @ExceptionHandler(IllegalArgumentException.class)
    ProblemDetail badRequest(IllegalArgumentException e) {
        return problem(HttpStatus.BAD_REQUEST, "Bad request", e.getMessage());
    }

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException e) {
        return problem(HttpStatus.NOT_FOUND, "Not found", e.getMessage());
    }

    /** Every read slot stayed busy: the service is overloaded, not broken. */
    @ExceptionHandler(GraphBusyException.class)
    ProblemDetail busy(GraphBusyException e) {
        return problem(HttpStatus.SERVICE_UNAVAILABLE, "Busy", e.getMessage());
    }

    /**
     * The database failed this request: unreachable (503), over the query timeout (504) or another
     * failure (500). The reply says so in the user's terms; the database's own message, which names
     * internals, goes to the log only.
     */
    @ExceptionHandler({Neo4jException.class, DataAccessException.class, TransactionException.class})
    ProblemDetail databaseFailed(Exception e) {
        if (cause(e, ServiceUnavailableException.class) != null || cause(e, SessionExpiredException.class) != null) {
            log.debug("Database unavailable", e);
            return problem(HttpStatus.SERVICE_UNAVAILABLE, "Database unavailable",
                    "The graph database does not answer at the moment; try again shortly.");
        }
        ClientException client = cause(e, ClientException.class);
        if (client != null && client.code() != null && client.code().contains("TransactionTimedOut")) {
            return problem(HttpStatus.GATEWAY_TIMEOUT, "Query timed out",
                    "The query took longer than its time limit; ask for less (a smaller depth or limit).");
        }
        log.warn("Query failed", e);
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, "Query failed",
                "The graph database could not answer this request; the server's log has the cause.");
    }

    /** Anything else that went wrong on the server: a 500 that names no internals. */
    @ExceptionHandler(Exception.class)
    ProblemDetail internalError(Exception e) {
        log.error("Request failed", e);
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, "Internal error",
                "The request failed on the server; the server's log has the cause.");
    }

    private static <T extends Throwable> T cause(Throwable e, Class<T> type) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }

    /** A parameter broke a constraint such as {@code @Max(3)}: "Parameter 'depth' must be ... (got 10)". */
    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        String detail = e.getParameterValidationResults().stream()
                .flatMap(result -> result.getResolvableErrors().stream().map(error -> violation(result, error)))
                .collect(Collectors.joining("; "));
        return handleExceptionInternal(e, problem(HttpStatus.BAD_REQUEST, "Bad request", detail), headers,
                HttpStatus.BAD_REQUEST, request);
    }

    /** A parameter could not be read as its type, e.g. a label that is not in the ontology. */
    @Override
    protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException e, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        String name = e instanceof MethodArgumentTypeMismatchException m ? m.getName() : e.getPropertyName();
        String detail = "Parameter '" + name + "' " + expected(e.getRequiredType()) + " (got " + echo(e.getValue()) + ")";
        return handleExceptionInternal(e, problem(HttpStatus.BAD_REQUEST, "Bad request", detail), headers,
                HttpStatus.BAD_REQUEST, request);
    }

    private static String violation(ParameterValidationResult result, MessageSourceResolvable error) {
        return "Parameter '" + result.getMethodParameter().getParameterName() + "' " + error.getDefaultMessage()
                + " (got " + echo(result.getArgument()) + ")";
    }

    private static String expected(Class<?> type) {
        if (type != null && type.isEnum()) {
            return "must be one of " + Arrays.stream(type.getEnumConstants()).map(String::valueOf)
                    .collect(Collectors.joining(", "));
        }
        if (type == int.class || type == Integer.class) {
            return "must be a whole number";
        }
        return "must be " + (type == null ? "of another type" : "a " + type.getSimpleName());
    }

    /** The rejected value as the message repeats it: quoted, and cut short when long. */
    private static String echo(Object value) {
        if (value == null) {
            return "nothing";
        }
        String text = String.valueOf(value);
        if (text.length() <= ECHO_LENGTH) {
            return "'" + text + "'";
        }
        return "'" + text.substring(0, ECHO_LENGTH) + "…', " + text.length() + " characters";
    }

    private static ProblemDetail problem(HttpStatus status, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        return problem;
    }
}
