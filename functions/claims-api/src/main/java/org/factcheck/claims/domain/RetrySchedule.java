package org.factcheck.claims.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * When a failed delivery is tried again: the n-th delay follows the n-th failed attempt,
 * and a delivery gets {@code delays + 1} attempts in all before its queue's redrive policy
 * moves it to the dead-letter queue (maxReceiveCount = {@link #attempts()}). Written as
 * seconds separated by commas (WEBHOOK_RETRY_SECONDS), each at least the one before and
 * at most 12 hours (SQS's longest visibility timeout).
 */
public record RetrySchedule(List<Integer> delaysSeconds) {
    /** AWS: 9 attempts over about 27 hours (1 min, 5 min, 30 min, 1 h, 2 h, 4 h, 8 h, 12 h between them). */
    public static final String DEFAULT = "60,300,1800,3600,7200,14400,28800,43200";

    public static final int MAX_DELAY_SECONDS = 43_200;

    public RetrySchedule {
        if (delaysSeconds.isEmpty()) throw new IllegalArgumentException("a retry schedule needs a delay");
        for (int i = 0; i < delaysSeconds.size(); i++) {
            int delay = delaysSeconds.get(i);
            if (delay < 0 || delay > MAX_DELAY_SECONDS)
                throw new IllegalArgumentException("a retry delay must be 0 to " + MAX_DELAY_SECONDS + " s");
            if (i > 0 && delay < delaysSeconds.get(i - 1))
                throw new IllegalArgumentException("retry delays must not shrink");
        }
        delaysSeconds = List.copyOf(delaysSeconds);
    }

    public static RetrySchedule parse(String text) {
        List<Integer> delays = new ArrayList<>();
        for (String part : text.split(",")) delays.add(Integer.parseInt(part.strip()));
        return new RetrySchedule(delays);
    }

    /** Every attempt, the first included. */
    public int attempts() {
        return delaysSeconds.size() + 1;
    }

    /** The delay after failed attempt {@code attempt} (1 = the first), or -1 after the last one. */
    public int delayAfter(int attempt) {
        return attempt < 1 || attempt > delaysSeconds.size() ? -1 : delaysSeconds.get(attempt - 1);
    }

    /** From the first attempt to the last, the delays added up. */
    public long spanSeconds() {
        return delaysSeconds.stream().mapToLong(Integer::longValue).sum();
    }
}
