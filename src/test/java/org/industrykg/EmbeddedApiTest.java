package org.industrykg;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Base of integration tests in other packages: {@link EmbeddedGraphTest}'s Spring context (the
 * cached one is reused, with its database) and the seeds loaded. The suite's own tests are skipped
 * here: they already run in {@link EmbeddedGraphTest}, and a second run against the same database
 * would find the files it wrote the first time unchanged.
 */
@ExtendWith(EmbeddedApiTest.OwnTestsOnly.class)
public abstract class EmbeddedApiTest extends EmbeddedGraphTest {

    /** Disables the test methods that {@link GraphSuite} declares. */
    static final class OwnTestsOnly implements ExecutionCondition {

        @Override
        public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
            return context.getTestMethod()
                    .filter(method -> method.getDeclaringClass() == GraphSuite.class)
                    .map(method -> ConditionEvaluationResult.disabled("runs in EmbeddedGraphTest"))
                    .orElseGet(() -> ConditionEvaluationResult.enabled("a test of the subclass"));
        }
    }
}
