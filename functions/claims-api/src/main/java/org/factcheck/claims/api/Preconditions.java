package org.factcheck.claims.api;

import org.factcheck.claims.store.VersionConflictException;

/** HTTP conditional request headers (RFC 9110 §13). */
final class Preconditions {
    private Preconditions() {}

    /** True when If-None-Match lists the current ETag (or is *): answer 304. */
    static boolean noneMatch(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null) return false;
        for (String candidate : ifNoneMatch.split(",")) {
            String tag = candidate.strip();
            if (tag.startsWith("W/")) tag = tag.substring(2);
            if (tag.equals("*") || tag.equals(etag)) return true;
        }
        return false;
    }

    /** If-Match uses strong comparison: a weak tag never matches. {@link #isWildcard} is refused before. */
    static boolean match(String ifMatch, String etag) {
        for (String candidate : ifMatch.split(",")) {
            if (candidate.strip().equals(etag)) return true;
        }
        return false;
    }

    /**
     * Runs a write that is conditional on the version the request's If-Match named: a
     * change in between (the write's condition failed) is 412.
     */
    static void ifUnchanged(Runnable write) {
        try {
            write.run();
        } catch (VersionConflictException e) {
            throw Problem.preconditionFailed(null);
        }
    }

    /** If-Match: * names no version, so it would be a blind overwrite. */
    static boolean isWildcard(String ifMatch) {
        for (String candidate : ifMatch.split(",")) {
            if (candidate.strip().equals("*")) return true;
        }
        return false;
    }
}
