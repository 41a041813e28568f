package org.factcheck.claims.priming;

import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.factcheck.claims.domain.HostResolver;
import org.factcheck.claims.domain.JsonReader;
import org.factcheck.claims.domain.NewSubscription;
import org.factcheck.claims.domain.Subscription;
import org.factcheck.claims.domain.SubscriptionInput;
import org.factcheck.claims.store.SubscriptionStore;

/**
 * The priming of the subscription functions, as {@link ClaimPriming} does it for claims:
 * the route's event through a second instance of the handler over
 * {@link SampleSubscriptions}, which reads DynamoDB for real and answers a sample
 * subscription for the id and key the events name. DynamoDB writes are sent bound to
 * fail (store/dynamodb/BoundToFail), other writes stopped before sending.
 */
public final class SubscriptionPriming {
    /**
     * The resolver POST /subscriptions primes with: every host is one fixed public address,
     * without a lookup, so the snapshot never depends on DNS. The URL checks run as usual.
     */
    public static final HostResolver RESOLVER = host -> List.of(publicAddress(host));

    private SubscriptionPriming() {}

    /** As {@link ClaimPriming#register}, over the function's own subscription store. */
    public static Priming register(
            String function,
            SubscriptionStore store,
            Function<SubscriptionStore, RequestStreamHandler> handler,
            String event) {
        return PrimingRequests.register(
                function,
                () -> handler.apply(new SampleSubscriptions(store, sample())),
                event,
                PrimingRequests::expectSuccess);
    }

    /** The events' subscription as POST /subscriptions makes it, under the id the other events name. */
    @SuppressWarnings("unchecked")
    static Subscription sample() {
        Map<String, Object> get = PrimingRequests.parsed("get-subscription.json");
        String id = ((Map<String, Object>) get.get("pathParameters"))
                .get("subscriptionId")
                .toString();
        Map<String, Object> authorizer =
                (Map<String, Object>) ((Map<String, Object>) get.get("requestContext")).get("authorizer");
        JsonReader in = new JsonReader();
        NewSubscription wanted = SubscriptionInput.read(PrimingRequests.body("post-subscriptions.json"), in, false);
        in.throwIfInvalid();
        return Subscription.created(id, authorizer.get("keyId").toString(), wanted, "2023-07-27T12:00:00Z");
    }

    /** 93.184.215.14: public, and neither private, reserved nor for documentation (those are refused). */
    private static InetAddress publicAddress(String host) {
        try {
            return InetAddress.getByAddress(host, new byte[] {93, (byte) 184, (byte) 215, 14});
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e); // only for an address of the wrong length
        }
    }
}
