package org.industrykg.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.exceptions.ClientException;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.ProblemDetail;
import org.springframework.transaction.CannotCreateTransactionException;

/** 5xx replies say what failed in the user's terms and repeat nothing of the database's own message. */
class ApiErrorsTest {

    private static final String INTERNALS = "Invalid input 'X': expected MATCH (line 3, column 7) bolt://db:7687";
    private final ApiErrors errors = new ApiErrors();

    @Test
    void a_failed_query_is_a_500_without_the_database_message() {
        ProblemDetail problem = errors.databaseFailed(new ClientException("Neo.ClientError.Statement.SyntaxError", INTERNALS));
        assertThat(problem.getStatus()).isEqualTo(500);
        assertThat(problem.getDetail()).contains("could not answer").doesNotContain("Invalid input", "Neo.", "bolt");
    }

    @Test
    void a_query_over_its_time_limit_is_a_504_that_says_to_ask_for_less() {
        ProblemDetail problem = errors.databaseFailed(new ClientException(
                "Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration", INTERNALS));
        assertThat(problem.getStatus()).isEqualTo(504);
        assertThat(problem.getDetail()).contains("time limit").doesNotContain("Invalid input", "Neo.");
    }

    @Test
    void an_unreachable_database_is_a_503_however_spring_wraps_it() {
        var down = new ServiceUnavailableException(INTERNALS);
        for (Exception e : new Exception[] {down, new DataAccessResourceFailureException("x", down),
                new CannotCreateTransactionException("Could not open a new Neo4j session: " + INTERNALS, down)}) {
            ProblemDetail problem = errors.databaseFailed(e);
            assertThat(problem.getStatus()).as(e.getClass().getSimpleName()).isEqualTo(503);
            assertThat(problem.getDetail()).contains("does not answer").doesNotContain("Invalid input", "bolt");
        }
    }

    @Test
    void any_other_failure_is_a_500_that_names_no_internals() {
        ProblemDetail problem = errors.internalError(new IllegalStateException(INTERNALS));
        assertThat(problem.getStatus()).isEqualTo(500);
        assertThat(problem.getDetail()).doesNotContain("Invalid input", "IllegalState");
    }
}
