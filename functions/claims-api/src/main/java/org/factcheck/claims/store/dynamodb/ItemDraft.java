package org.factcheck.claims.store.dynamodb;

import static software.amazon.awssdk.enhanced.dynamodb.mapper.StaticAttributeTags.primaryPartitionKey;
import static software.amazon.awssdk.enhanced.dynamodb.mapper.StaticAttributeTags.primarySortKey;

import java.util.HashMap;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;
import software.amazon.awssdk.enhanced.dynamodb.mapper.ImmutableAttribute;
import software.amazon.awssdk.enhanced.dynamodb.mapper.StaticAttributeTag;
import software.amazon.awssdk.enhanced.dynamodb.mapper.StaticImmutableTableSchema;

/**
 * The builder every schema reads an item into: attribute values by name, turned into the
 * domain record by the schema's build function. One small class instead of a builder per
 * record, and no reflection.
 */
final class ItemDraft {
    private final Map<String, Object> values = new HashMap<>();

    /** A schema of {@code type}, read through a draft that {@code build} turns into the record; add its attributes. */
    static <T> StaticImmutableTableSchema.Builder<T, ItemDraft> schema(Class<T> type, Function<ItemDraft, T> build) {
        return StaticImmutableTableSchema.builder(type, ItemDraft.class).newItemBuilder(ItemDraft::new, build);
    }

    /**
     * A schema of a claims-table item: {@code pk} and {@code sk} (the primary key, {@link Keys}) made from
     * the record by {@code pk} and {@code sk}, then the attributes the caller adds.
     */
    static <T> StaticImmutableTableSchema.Builder<T, ItemDraft> keyed(
            Class<T> type, Function<ItemDraft, T> build, Function<T, String> pk, Function<T, String> sk) {
        return schema(type, build)
                .addAttribute(String.class, attribute(Keys.PK, pk, primaryPartitionKey()))
                .addAttribute(String.class, attribute(Keys.SK, sk, primarySortKey()));
    }

    /** An attribute read into the draft under its own name, written from {@code getter}. */
    static <T, R> Consumer<ImmutableAttribute.Builder<T, ItemDraft, R>> attribute(
            String name, Function<T, R> getter, StaticAttributeTag... tags) {
        return a -> a.name(name).getter(getter).setter(into(name)).tags(tags);
    }

    static <T> BiConsumer<ItemDraft, T> into(String name) {
        return (draft, value) -> draft.values.put(name, value);
    }

    @SuppressWarnings("unchecked")
    <T> T get(String name) {
        return (T) values.get(name);
    }

    String string(String name) {
        return (String) values.get(name);
    }

    boolean has(String name) {
        return values.containsKey(name);
    }
}
