package org.industrykg.web;

/** A request named something that does not exist (answered with 404 problem+json). */
class NotFoundException extends RuntimeException {

    NotFoundException(String message) {
        super(message);
    }

    /** Nothing of the kind has the name that the parameter gave. */
    static NotFoundException of(String what, String parameter, String value) {
        return new NotFoundException("No " + what + " '" + value + "' (parameter '" + parameter + "')");
    }
}
