package org.factcheck.claims.domain;

import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Whether a speaker is a person or an organisation; the schema.org type of ClaimReview's claim author. */
public enum SpeakerType implements WireNamed {
    PERSON("Person"),
    ORGANIZATION("Organization");

    /**
     * Speakers stored before {@code type} existed have none, and ClaimReview called every
     * one of them a Person. These are the institutional speakers of the sample article
     * (samplerequests/article.json) that were stored that way; they read as organisations.
     * A fixed list on purpose: it covers old items only, new ones carry their type.
     */
    private static final Set<String> KNOWN_ORGANIZATIONS = Stream.of(
                    "The Pentagon",
                    "White House National Security Council spokesperson",
                    "Senate committee funding bill provision",
                    "Unattributed (article text)",
                    "NBC News",
                    "CNN",
                    "The New York Times")
            .map(TextNormalizer::normalize)
            .collect(Collectors.toUnmodifiableSet());

    private final String wireName;

    SpeakerType(String wireName) {
        this.wireName = wireName;
    }

    /** The name in JSON and in schema.org: {@code Person} or {@code Organization}. */
    @Override
    public String wireName() {
        return wireName;
    }

    /** The type with this wire name, or null. */
    public static SpeakerType fromWireName(String name) {
        return Enums.fromWireName(SpeakerType.class, name);
    }

    /** The type of a speaker stored without one: Person, unless a known organisation of the samples. */
    public static SpeakerType ofStoredName(String name) {
        return name != null && KNOWN_ORGANIZATIONS.contains(TextNormalizer.normalize(name)) ? ORGANIZATION : PERSON;
    }
}
