package org.factcheck.claims.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ArticlePlanTest {
    private static final Caller BY = new Caller("01JKEY00000000000000000000", "desk");
    private static final String NOW = "2026-11-29T12:00:00.000Z";
    private static final Appearance ARTICLE = new Appearance("NBC News", "https://www.nbcnews.com/a", "Headline", null);

    private static NewClaim draft(String speaker, String statement) {
        return new NewClaim(
                statement,
                new Speaker(speaker, null, null, SpeakerType.PERSON),
                List.of(ARTICLE),
                null,
                "en",
                List.of(),
                null,
                TextNormalizer.duplicateKey(speaker, statement));
    }

    private static NewArticle article(NewClaim... claims) {
        return new NewArticle(ARTICLE.url(), ARTICLE.outlet(), ARTICLE.headline(), null, List.of(claims));
    }

    private static Claim stored(String id, NewClaim draft) {
        return Claim.create(
                id,
                new NewClaim(
                        draft.statement(),
                        draft.speaker(),
                        List.of(new Appearance("CNN", "https://cnn.com/b", null, null)),
                        null,
                        "en",
                        List.of(),
                        null,
                        draft.duplicateKey()),
                NOW,
                BY);
    }

    private static ArticlePlan plan(NewArticle article, List<Claim> stored) {
        List<String> keys = ArticlePlan.duplicateKeys(article);
        Map<String, String> ids = new HashMap<>();
        for (Claim c : stored) ids.put(c.duplicateKey(), c.id());
        Iterator<String> newIds = List.of("NEW1", "NEW2", "NEW3").iterator();
        assertEquals(article.claims().size(), keys.size());
        return ArticlePlan.of(article, ids, stored, newIds::next, NOW, BY);
    }

    @Test
    void createsNewClaimsAndLinksStoredOnesInArticleOrder() {
        NewClaim known = draft("Joe Biden", "Putin has clearly committed war crimes.");
        NewClaim fresh = draft("Kamala Harris", "Something else entirely.");
        Claim existing = stored("OLD1", known);

        ArticlePlan plan =
                plan(article(fresh, draft("JOE BIDEN", "putin has clearly committed war crimes")), List.of(existing));

        assertEquals(
                List.of(new ArticlePlan.Outcome(0, "NEW1", true), new ArticlePlan.Outcome(1, "OLD1", false)),
                plan.outcomes());
        assertEquals(List.of("NEW1"), plan.created().stream().map(Claim::id).toList());
        assertEquals(1, plan.linked().size());
        ArticlePlan.Link link = plan.linked().getFirst();
        assertEquals(existing.version(), link.expectedVersion());
        assertEquals(List.of(ARTICLE), link.added());
        assertEquals(existing.version() + 1, link.updated().version());
        assertEquals(2, link.updated().appearances().size());
        assertEquals(List.of(), plan.refused());
    }

    @Test
    void aClaimThatHasTheArticleAlreadyIsLinkedWithoutAWrite() {
        NewClaim known = draft("Joe Biden", "Putin has clearly committed war crimes.");
        Claim existing = Claim.create("OLD1", known, NOW, BY);

        ArticlePlan.Link link = plan(article(known), List.of(existing)).linked().getFirst();

        assertEquals(List.of(), link.added());
        assertSame(existing, link.updated());
    }

    @Test
    void refusesToLinkARetractedClaim() {
        NewClaim known = draft("Joe Biden", "Putin has clearly committed war crimes.");
        Claim existing = stored("OLD1", known);
        Claim retracted =
                existing.apply(new ClaimPatch(ClaimStatus.RETRACTED, "wrong", null, false, null, null, false), NOW, BY);

        ArticlePlan plan = plan(article(draft("Someone", "New."), known), List.of(retracted));

        assertEquals(1, plan.refused().size());
        assertEquals("/claims/1", plan.refused().getFirst().pointer());
        assertEquals(
                "matches claim OLD1, which cannot be linked: the claim is retracted",
                plan.refused().getFirst().message());
    }
}
