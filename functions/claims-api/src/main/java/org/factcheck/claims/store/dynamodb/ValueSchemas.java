package org.factcheck.claims.store.dynamodb;

import static org.factcheck.claims.store.dynamodb.ItemDraft.attribute;

import java.util.List;
import org.factcheck.claims.domain.Appearance;
import org.factcheck.claims.domain.Caller;
import org.factcheck.claims.domain.Evidence;
import org.factcheck.claims.domain.Retraction;
import org.factcheck.claims.domain.Speaker;
import org.factcheck.claims.domain.SpeakerType;
import software.amazon.awssdk.enhanced.dynamodb.EnhancedType;
import software.amazon.awssdk.enhanced.dynamodb.TableSchema;
import software.amazon.awssdk.enhanced.dynamodb.mapper.StaticImmutableTableSchema;

/**
 * The maps nested inside items (speaker, appearances, evidence, retraction). Absent
 * optional values are left out, as they always were. Audit fields keep the owner label
 * where they always did and add the key id beside it; older items lack it.
 */
final class ValueSchemas {
    private ValueSchemas() {}

    static final StaticImmutableTableSchema<Speaker, ItemDraft> SPEAKER = ItemDraft.schema(Speaker.class, d -> {
                SpeakerType type = SpeakerType.fromWireName(d.string("type"));
                // Items written before speakers had a type have none.
                return new Speaker(
                        d.string("name"),
                        d.string("title"),
                        d.string("wikidataId"),
                        type != null ? type : SpeakerType.ofStoredName(d.string("name")));
            })
            .addAttribute(String.class, attribute("name", Speaker::name))
            .addAttribute(String.class, attribute("title", Speaker::title))
            .addAttribute(String.class, attribute("wikidataId", Speaker::wikidataId))
            .addAttribute(String.class, attribute("type", s -> s.type().wireName()))
            .build();

    static final StaticImmutableTableSchema<Appearance, ItemDraft> APPEARANCE = ItemDraft.schema(
                    Appearance.class,
                    d -> new Appearance(
                            d.string("outlet"), d.string("url"), d.string("headline"), d.string("publishedAt")))
            .addAttribute(String.class, attribute("outlet", Appearance::outlet))
            .addAttribute(String.class, attribute("url", Appearance::url))
            .addAttribute(String.class, attribute("headline", Appearance::headline))
            .addAttribute(String.class, attribute("publishedAt", Appearance::publishedAt))
            .build();

    static final StaticImmutableTableSchema<Evidence, ItemDraft> EVIDENCE = ItemDraft.schema(
                    Evidence.class, d -> new Evidence(d.string("url"), d.string("title")))
            .addAttribute(String.class, attribute("url", Evidence::url))
            .addAttribute(String.class, attribute("title", Evidence::title))
            .build();

    static final StaticImmutableTableSchema<Retraction, ItemDraft> RETRACTION = ItemDraft.schema(
                    Retraction.class,
                    d -> new Retraction(
                            d.string("reason"), d.string("at"), new Caller(d.string("byKeyId"), d.string("by"))))
            .addAttribute(String.class, attribute("reason", Retraction::reason))
            .addAttribute(String.class, attribute("at", Retraction::at))
            .addAttribute(String.class, attribute("by", r -> r.by().owner()))
            .addAttribute(String.class, attribute("byKeyId", r -> r.by().keyId()))
            .build();

    /** A nested map written as today's code wrote it: null members left out, not stored as NULL. */
    static <T> EnhancedType<T> document(TableSchema<T> schema) {
        return EnhancedType.documentOf(schema.itemType().rawClass(), schema, c -> c.ignoreNulls(true));
    }

    static <T> EnhancedType<List<T>> listOf(TableSchema<T> schema) {
        return EnhancedType.listOf(document(schema));
    }
}
