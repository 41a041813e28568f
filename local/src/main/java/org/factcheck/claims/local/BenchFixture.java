package org.factcheck.claims.local;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.factcheck.claims.api.ChangeEvents;
import org.factcheck.claims.api.CreateSubscriptionHandler;
import org.factcheck.claims.api.SigningSecrets;
import org.factcheck.claims.auth.KeyIssuer;
import org.factcheck.claims.auth.NewApiKey;
import org.factcheck.claims.domain.Appearance;
import org.factcheck.claims.domain.Caller;
import org.factcheck.claims.domain.Claim;
import org.factcheck.claims.domain.ClaimPatch;
import org.factcheck.claims.domain.ClaimStatus;
import org.factcheck.claims.domain.Evidence;
import org.factcheck.claims.domain.NewClaim;
import org.factcheck.claims.domain.NewSubscription;
import org.factcheck.claims.domain.NewVerdict;
import org.factcheck.claims.domain.Rating;
import org.factcheck.claims.domain.Speaker;
import org.factcheck.claims.domain.SpeakerType;
import org.factcheck.claims.domain.Subscription;
import org.factcheck.claims.domain.SubscriptionFilter;
import org.factcheck.claims.domain.TextNormalizer;
import org.factcheck.claims.domain.Timestamps;
import org.factcheck.claims.domain.Ulid;
import org.factcheck.claims.domain.Verdict;
import org.factcheck.claims.keys.Role;
import org.factcheck.claims.store.UsagePlans;
import org.factcheck.claims.store.dynamodb.DynamoDbApiKeyStore;
import org.factcheck.claims.store.dynamodb.DynamoDbClaimStore;
import org.factcheck.claims.store.dynamodb.DynamoDbClients;
import org.factcheck.claims.store.dynamodb.DynamoDbSubscriptionStore;

/**
 * `make bench` set-up: the tables from template.yaml, claims under review (25, or the second
 * argument: to list, to change, to add appearances to), the last with a published verdict
 * (for reads and verdicts), a reader key for the authorizer and a key to revoke. Writes
 * their ids and ETags to the JSON file named by the first argument. With a third argument,
 * a webhook URL, also a key of its own with one subscription to that URL whose filter
 * (the last claim, its speaker) matches that claim's events; its id and owner go to the file.
 */
public final class BenchFixture {
    /** The caller the fixture writes as. */
    private static final Caller BENCH = new Caller("bench", "bench");

    private BenchFixture() {}

    public static void main(String[] args) throws Exception {
        SamTemplate template = SamTemplate.load(
                Path.of(System.getenv().getOrDefault("PROJECT_ROOT", ".")).resolve("template.yaml"));
        Map<String, String> tables = LocalTable.names(template, "bench", System.getenv());
        LocalTable.ensureAll(DynamoDbClients.shared(), template, tables);
        String table = tables.get("ClaimsTable");
        DynamoDbClaimStore claims = new DynamoDbClaimStore(DynamoDbClients.shared(), table);
        String now = Timestamps.format(Instant.now());
        Claim reviewed = null;
        Map<String, String> etags = new LinkedHashMap<>();
        int count = args.length > 1 ? Integer.parseInt(args[1]) : 25;
        for (int i = 0; i < count; i++) {
            Claim claim = Claim.create(
                    Ulid.next(System.currentTimeMillis()),
                    new NewClaim(
                            "Benchmark statement " + i + " " + now,
                            new Speaker("Joe Biden", "President of the United States", "Q6279", SpeakerType.PERSON),
                            List.of(new Appearance("NBC News", "https://www.nbcnews.com/bench/" + i, "Bench", null)),
                            null,
                            "en",
                            List.of("ICC"),
                            null,
                            TextNormalizer.duplicateKey("Joe Biden", "Benchmark statement " + i + " " + now)),
                    now,
                    BENCH);
            claims.create(claim, ChangeEvents.created(claim), null);
            Claim inReview = claim.apply(
                    new ClaimPatch(ClaimStatus.IN_REVIEW, null, null, false, null, null, false), now, BENCH);
            claims.update(inReview, claim.version(), List.of(), ChangeEvents.updated(claim, inReview), null);
            etags.put(inReview.id(), inReview.etag());
            reviewed = inReview;
        }
        Verdict verdict = reviewed.nextVerdict(
                Ulid.next(System.currentTimeMillis()),
                new NewVerdict(
                        Rating.FALSE,
                        null,
                        "Benchmark verdict " + now,
                        List.of(new Evidence("https://factcheck.example/bench", null)),
                        null),
                BENCH,
                now);
        Claim rated = reviewed.withVerdict(verdict, now);
        claims.publishVerdict(rated, reviewed.version(), ChangeEvents.verdict(reviewed, rated), null);
        etags.put(rated.id(), rated.etag());
        KeyIssuer.IssuedKey issued = new KeyIssuer(
                        new DynamoDbApiKeyStore(DynamoDbClients.shared(), tables.get("KeysTable")), UsagePlans.NONE)
                .issue(new NewApiKey("bench-reader", Role.READER, null), Instant.now());
        KeyIssuer.IssuedKey revoked = new KeyIssuer(
                        new DynamoDbApiKeyStore(DynamoDbClients.shared(), tables.get("KeysTable")), UsagePlans.NONE)
                .issue(new NewApiKey("bench-revoked", Role.READER, null), Instant.now());
        Map<String, Object> fixture = new LinkedHashMap<>();
        if (args.length > 2) {
            KeyIssuer.IssuedKey owner = new KeyIssuer(
                            new DynamoDbApiKeyStore(DynamoDbClients.shared(), tables.get("KeysTable")), UsagePlans.NONE)
                    .issue(new NewApiKey("bench-webhooks", Role.READER, null), Instant.now());
            Subscription subscription = Subscription.created(
                    Ulid.next(System.currentTimeMillis()),
                    owner.record().keyId(),
                    new NewSubscription(
                            args[2],
                            List.of("verdict.published"),
                            new SubscriptionFilter(
                                    List.of(rated.id()), List.of("Joe Biden"), List.of(), List.of(), List.of()),
                            "bench"),
                    Timestamps.format(Instant.now()));
            new DynamoDbSubscriptionStore(DynamoDbClients.shared(), table, tables.get("SubscriptionSecretsTable"))
                    .create(subscription, SigningSecrets.next(), CreateSubscriptionHandler.MAX_PER_KEY);
            fixture.put("subscriptionId", subscription.id());
            fixture.put("subscriptionOwnerKeyId", subscription.ownerKeyId());
        }
        fixture.put("table", table);
        fixture.put("keysTable", tables.get("KeysTable"));
        fixture.put("secretsTable", tables.get("SubscriptionSecretsTable"));
        fixture.put("claimId", rated.id());
        fixture.put("etag", rated.etag());
        fixture.put("etags", etags);
        fixture.put("key", issued.key());
        fixture.put("keyId", issued.record().keyId());
        fixture.put("revokedKeyId", revoked.record().keyId());
        new ObjectMapper()
                .writerWithDefaultPrettyPrinter()
                .writeValue(Path.of(args[0]).toFile(), fixture);
    }
}
