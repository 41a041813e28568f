package org.factcheck.claims.domain;

/** A change the status rules forbid (answered with 409). */
public final class WorkflowException extends RuntimeException {
    public WorkflowException(String message) {
        super(message, null, false, false);
    }
}
