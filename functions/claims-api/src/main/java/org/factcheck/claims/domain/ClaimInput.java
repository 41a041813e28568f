package org.factcheck.claims.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** Turns request JSON into validated claims and appearances, with a pointer for every error. */
public final class ClaimInput {
    public static final int MAX_APPEARANCES = 20;
    public static final int MAX_TOPICS = 10;
    /** Most claims in one article import. */
    /** 24 claims of one appearance fit one transaction with their events, the feed's day marker and an idempotency record. */
    public static final int MAX_ARTICLE_CLAIMS = 24;

    private static final Set<String> CLAIM_FIELDS =
            Set.of("statement", "speaker", "appearances", "claimDate", "language", "topics", "context");
    private static final Set<String> SPEAKER_FIELDS = Set.of("name", "title", "wikidataId", "type");
    private static final Set<String> APPEARANCE_FIELDS = Set.of("outlet", "url", "headline", "publishedAt");
    private static final Set<String> ARTICLE_FIELDS = Set.of("url", "outlet", "headline", "publishedAt", "claims");
    private static final Pattern WIKIDATA_ID = Pattern.compile("Q[1-9][0-9]{0,11}");

    private ClaimInput() {}

    /** Reads a whole claim submission at {@code pointer} ("" for a top-level body). */
    public static NewClaim claim(Object body, String pointer, JsonReader in) {
        return claim(body, pointer, in, null);
    }

    /**
     * Reads a claim; within an article ({@code article} not null) the article is its
     * first appearance and {@code appearances} lists only other outlets, so it may be absent.
     */
    private static NewClaim claim(Object body, String pointer, JsonReader in, Appearance article) {
        Map<String, Object> obj = in.object(body, pointer, CLAIM_FIELDS);
        if (obj == null) return null;
        String statement = in.string(obj, "statement", pointer, true, 1, 1000);
        Speaker speaker = speaker(obj.get("speaker"), pointer + "/speaker", in);
        List<Appearance> appearances = appearances(obj, pointer, in, article == null);
        if (article != null) {
            List<Appearance> withArticle = new ArrayList<>();
            withArticle.add(article);
            appearances.stream().filter(a -> !a.sameReportAs(article)).forEach(withArticle::add);
            if (withArticle.size() > MAX_APPEARANCES) {
                in.error(
                        pointer + "/appearances",
                        "must have at most " + (MAX_APPEARANCES - 1) + " items besides the article");
            }
            appearances = List.copyOf(withArticle);
        }
        String claimDate = in.date(obj, "claimDate", pointer);
        String language = in.language(obj, "language", pointer);
        List<String> topics = topics(obj, pointer, in);
        String context = in.string(obj, "context", pointer, false, 1, 2000);
        if (in.hasErrors()) return null;
        String duplicateKey =
                speaker == null || statement == null ? null : TextNormalizer.duplicateKey(speaker.name(), statement);
        return new NewClaim(statement, speaker, appearances, claimDate, language, topics, context, duplicateKey);
    }

    /** Reads an article import: the article's own fields and its claims. */
    public static NewArticle article(Object body, JsonReader in) {
        Map<String, Object> obj = in.object(body, "", ARTICLE_FIELDS);
        if (obj == null) return null;
        String url = in.url(obj, "url", "", true);
        String outlet = nameText(in, in.string(obj, "outlet", "", true, 1, 200), "/outlet");
        String headline = in.string(obj, "headline", "", false, 1, 500);
        String publishedAt = in.timestamp(obj, "publishedAt", "");
        List<Object> list = in.list(obj, "claims", "", true, 1, MAX_ARTICLE_CLAIMS);
        if (in.hasErrors() || list == null) return null;
        Appearance article = new Appearance(outlet, url, headline, publishedAt);
        List<NewClaim> claims = new ArrayList<>();
        java.util.Map<String, Integer> seen = new java.util.HashMap<>();
        for (int i = 0; i < list.size(); i++) {
            NewClaim claim = claim(list.get(i), "/claims/" + i, in, article);
            if (claim == null || claim.speaker() == null || claim.statement() == null) continue;
            Integer earlier = seen.putIfAbsent(claim.duplicateKey(), i);
            if (earlier != null)
                in.error("/claims/" + i, "repeats /claims/" + earlier + " (same statement by the same speaker)");
            claims.add(claim);
        }
        if (in.hasErrors()) return null;
        return new NewArticle(url, outlet, headline, publishedAt, List.copyOf(claims));
    }

    /**
     * Names are matched after normalization, so one that normalizes to nothing cannot be
     * found, and the normalized name is an index key, so it must fit one.
     */
    private static String nameText(JsonReader in, String name, String pointer) {
        if (name != null && !TextNormalizer.hasLetterOrDigit(TextNormalizer.normalize(name))) {
            in.error(pointer, TextNormalizer.NAME_RULE);
            return null;
        }
        if (name != null && !KeySizes.fitsNameKey(name)) {
            in.error(pointer, KeySizes.NAME_RULE);
            return null;
        }
        return name;
    }

    private static Speaker speaker(Object value, String pointer, JsonReader in) {
        if (value == null) {
            in.error(pointer, "is required");
            return null;
        }
        Map<String, Object> obj = in.object(value, pointer, SPEAKER_FIELDS);
        if (obj == null) return null;
        String name = nameText(in, in.string(obj, "name", pointer, true, 1, 200), pointer + "/name");
        String title = in.string(obj, "title", pointer, false, 1, 200);
        String wikidataId = in.string(obj, "wikidataId", pointer, false, 2, 13);
        if (wikidataId != null && !WIKIDATA_ID.matcher(wikidataId).matches()) {
            in.error(pointer + "/wikidataId", "must be a Wikidata item id: Q followed by digits");
        }
        Object typeValue = obj.get("type"); // exactly one of the names, as schema.org spells them
        SpeakerType type = typeValue == null
                ? SpeakerType.PERSON
                : typeValue instanceof String wire ? SpeakerType.fromWireName(wire) : null;
        if (type == null) in.error(pointer + "/type", "must be Person or Organization");
        return new Speaker(name, title, wikidataId, type);
    }

    private static List<Appearance> appearances(
            Map<String, Object> obj, String pointer, JsonReader in, boolean required) {
        List<Object> list = in.list(obj, "appearances", pointer, required, 1, MAX_APPEARANCES);
        if (list == null) return List.of();
        List<Appearance> out = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            Appearance a = appearance(list.get(i), pointer + "/appearances/" + i, in);
            if (a != null && out.stream().noneMatch(a::sameReportAs)) out.add(a);
        }
        return List.copyOf(out);
    }

    /** One appearance object at {@code pointer}. */
    public static Appearance appearance(Object value, String pointer, JsonReader in) {
        Map<String, Object> obj = in.object(value, pointer, APPEARANCE_FIELDS);
        if (obj == null) return null;
        String outlet = nameText(in, in.string(obj, "outlet", pointer, true, 1, 200), pointer + "/outlet");
        String url = in.url(obj, "url", pointer, false);
        String headline = in.string(obj, "headline", pointer, false, 1, 500);
        String publishedAt = in.timestamp(obj, "publishedAt", pointer);
        return outlet == null ? null : new Appearance(outlet, url, headline, publishedAt);
    }

    private static List<String> topics(Map<String, Object> obj, String pointer, JsonReader in) {
        List<Object> list = in.list(obj, "topics", pointer, false, 0, MAX_TOPICS);
        if (list == null) return List.of();
        List<String> out = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            String topic = in.checkString(list.get(i), pointer + "/topics/" + i, 1, 50);
            if (topic != null && !out.contains(topic)) out.add(topic);
        }
        return List.copyOf(out);
    }
}
