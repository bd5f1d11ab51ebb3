package org.industrykg.web;

/** A request named something that does not exist (answered with 404 problem+json). */
class NotFoundException extends RuntimeException {
    NotFoundException(String message) {
        super(message);
    }
}
