package org.factcheck.claims.api;

/** The subscription id of the path, and the caller's own subscriptions only. */
final class SubscriptionIds {
    private SubscriptionIds() {}

    static String fromPath(ApiRequest request) {
        return PathIds.fromPath(request, "subscriptionId", "subscription");
    }

    /**
     * Another key's subscription is a 404, as one that does not exist is, for admins too:
     * a key cannot learn which ids other keys use.
     */
    static Problem notFound(String id) {
        return Problem.notFound("no subscription " + id + " of this key");
    }
}
