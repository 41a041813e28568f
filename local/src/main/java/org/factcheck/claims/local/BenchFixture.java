package org.factcheck.claims.local;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.factcheck.claims.api.ChangeEvents;
import org.factcheck.claims.auth.KeyIssuer;
import org.factcheck.claims.auth.NewApiKey;
import org.factcheck.claims.domain.Appearance;
import org.factcheck.claims.domain.Caller;
import org.factcheck.claims.domain.Claim;
import org.factcheck.claims.domain.ClaimPatch;
import org.factcheck.claims.domain.ClaimStatus;
import org.factcheck.claims.domain.NewClaim;
import org.factcheck.claims.domain.Speaker;
import org.factcheck.claims.domain.SpeakerType;
import org.factcheck.claims.domain.TextNormalizer;
import org.factcheck.claims.domain.Timestamps;
import org.factcheck.claims.domain.Ulid;
import org.factcheck.claims.keys.Role;
import org.factcheck.claims.store.UsagePlans;
import org.factcheck.claims.store.dynamodb.DynamoDbApiKeyStore;
import org.factcheck.claims.store.dynamodb.DynamoDbClaimStore;
import org.factcheck.claims.store.dynamodb.DynamoDbClients;

/**
 * `make bench` set-up: the tables from template.yaml, a claim under review (for reads and
 * verdicts), a few more claims to list, and a reader key for the authorizer. Writes their
 * ids to the JSON file named by the first argument.
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
        for (int i = 0; i < 25; i++) {
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
            reviewed = inReview;
        }
        KeyIssuer.IssuedKey issued = new KeyIssuer(
                        new DynamoDbApiKeyStore(DynamoDbClients.shared(), tables.get("KeysTable")), UsagePlans.NONE)
                .issue(new NewApiKey("bench-reader", Role.READER, null), Instant.now());
        Map<String, Object> fixture = new LinkedHashMap<>();
        fixture.put("table", table);
        fixture.put("keysTable", tables.get("KeysTable"));
        fixture.put("claimId", reviewed.id());
        fixture.put("etag", reviewed.etag());
        fixture.put("key", issued.key());
        fixture.put("keyId", issued.record().keyId());
        new ObjectMapper()
                .writerWithDefaultPrettyPrinter()
                .writeValue(Path.of(args[0]).toFile(), fixture);
    }
}
