package org.factcheck.claims.domain;

import java.util.List;

/** A request body that is well-formed JSON but not a valid document. */
public final class ValidationException extends RuntimeException {
    private final List<FieldError> errors;

    public ValidationException(List<FieldError> errors) {
        super(errors.size() + " invalid field(s), first: " + errors.getFirst().pointer(), null, false, false);
        this.errors = List.copyOf(errors);
    }

    public List<FieldError> errors() {
        return errors;
    }
}
