package org.industrykg.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A required text parameter: not blank and at most {@value #MAX_LENGTH} characters, so that a
 * pasted page is refused before it reaches a query.
 */
@NotBlank
@Size(max = TextParam.MAX_LENGTH, message = TextParam.TOO_LONG)
@Constraint(validatedBy = {})
@Documented
@Target({ElementType.PARAMETER, ElementType.FIELD})
@Retention(RetentionPolicy.RUNTIME)
@interface TextParam {

    /** The longest text any parameter may have. */
    int MAX_LENGTH = 200;
    String TOO_LONG = "must be at most {max} characters long";

    String message() default "must be a short text";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
