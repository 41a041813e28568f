package org.factcheck.claims.domain;

import java.util.List;

/** POST /subscriptions, read and checked (the URL's DNS answer is checked apart, see {@link WebhookUrl}). */
public record NewSubscription(String url, List<String> events, SubscriptionFilter filter, String description) {}
