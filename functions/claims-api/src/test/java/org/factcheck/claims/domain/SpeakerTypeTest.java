package org.factcheck.claims.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A speaker's type: how it is read from a body, and how a stored speaker without one reads. */
class SpeakerTypeTest {

    private static Map<String, Object> body(Map<String, Object> speaker) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("statement", "The Pentagon opposed sharing the evidence.");
        body.put("speaker", speaker);
        body.put("appearances", List.of(Map.of("outlet", "NBC News")));
        return body;
    }

    private static Speaker read(Map<String, Object> speaker) {
        JsonReader in = new JsonReader();
        NewClaim claim = ClaimInput.claim(body(speaker), "", in);
        in.throwIfInvalid();
        return claim.speaker();
    }

    private static List<FieldError> errors(Object body, boolean article) {
        JsonReader in = new JsonReader();
        if (article) ClaimInput.article(body, in);
        else ClaimInput.claim(body, "", in);
        return assertThrows(ValidationException.class, in::throwIfInvalid).errors();
    }

    @Test
    void readsTheTypeAndDefaultsToPerson() {
        assertEquals(
                SpeakerType.ORGANIZATION,
                read(Map.of("name", "The Pentagon", "type", "Organization")).type());
        assertEquals(
                SpeakerType.PERSON,
                read(Map.of("name", "Joe Biden", "type", "Person")).type());
        assertEquals(SpeakerType.PERSON, read(Map.of("name", "Joe Biden")).type());
        Map<String, Object> explicitNull = new LinkedHashMap<>(Map.of("name", "Joe Biden"));
        explicitNull.put("type", null);
        assertEquals(SpeakerType.PERSON, read(explicitNull).type());
        assertEquals(
                SpeakerType.PERSON,
                read(Map.of("name", "CNN")).type(),
                "a new claim without a type is a Person: the list of organisations is for stored claims only");
    }

    @Test
    void anUnknownTypeIs400AtItsPointer() {
        for (Object wrong : List.of("person", "Organisation", " Person", "Robot", "", 3, List.of("Person"))) {
            List<FieldError> errors = errors(body(Map.of("name", "The Pentagon", "type", wrong)), false);
            assertEquals(
                    List.of(new FieldError("/speaker/type", "must be Person or Organization")),
                    errors,
                    "type " + wrong);
        }
        Map<String, Object> article = Map.of(
                "url",
                "https://news.example/a",
                "outlet",
                "CNN",
                "claims",
                List.of(
                        Map.of("statement", "fine", "speaker", Map.of("name", "A", "type", "Person")),
                        Map.of("statement", "wrong", "speaker", Map.of("name", "B", "type", "Company"))));
        assertEquals(
                List.of(new FieldError("/claims/1/speaker/type", "must be Person or Organization")),
                errors(article, true));
    }

    @Test
    void aStoredSpeakerWithoutTypeIsAPersonUnlessAKnownOrganisationOfTheSamples() {
        // Some of the list as it is, and others as normalisation finds them (case, spaces, width).
        for (String name : List.of(
                "The Pentagon",
                "Unattributed (article text)",
                "senate committee  FUNDING bill provision",
                "the  new york TIMES",
                "ＣＮＮ")) {
            assertEquals(SpeakerType.ORGANIZATION, SpeakerType.ofStoredName(name), name);
        }
        for (String name :
                List.of("Joe Biden", "A US official familiar with the matter", "Pentagon", "CNN Business", "")) {
            assertEquals(SpeakerType.PERSON, SpeakerType.ofStoredName(name), name);
        }
        assertEquals(SpeakerType.PERSON, SpeakerType.ofStoredName(null));
    }

    @Test
    void wireNamesAreSchemaOrgTypes() {
        assertEquals("Person", SpeakerType.PERSON.wireName());
        assertEquals("Organization", SpeakerType.ORGANIZATION.wireName());
        assertEquals(SpeakerType.ORGANIZATION, SpeakerType.fromWireName("Organization"));
        assertNull(SpeakerType.fromWireName("ORGANIZATION"));
        assertNull(SpeakerType.fromWireName(null));
    }
}
