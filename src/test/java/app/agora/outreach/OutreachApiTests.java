package app.agora.outreach;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import app.agora.access.SignedInUser;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@OutreachTest
class OutreachApiTests extends CustomerAndStaff {

	@Test
	void memberReadsOwnPreferencesWithDefaults() throws Exception {
		mvc.perform(get("/api/v1/me/preferences").with(user(member))).andExpect(status().isOk())
				.andExpect(jsonPath("$.partyId").value(customer.id().toString()))
				.andExpect(jsonPath("$.chosen").value(false))
				.andExpect(jsonPath("$.consents.EMAIL.SERVICE").value(true))
				.andExpect(jsonPath("$.consents.EMAIL.MARKETING").value(false))
				.andExpect(jsonPath("$.caps.MARKETING").value(2)).andExpect(jsonPath("$.capLimits.SERVICE").value(50));
	}

	@Test
	void memberSavesOwnPreferences() throws Exception {
		mvc.perform(json(put("/api/v1/me/preferences"), """
				{"consents": {"EMAIL": {"MARKETING": true}}, "caps": {"COMMUNITY": 5},
				 "quietHours": {"start": "22:00", "end": "07:30", "zone": "Europe/Paris"}}""").with(user(member)))
				.andExpect(status().isOk()).andExpect(jsonPath("$.chosen").value(true))
				.andExpect(jsonPath("$.consents.EMAIL.MARKETING").value(true))
				.andExpect(jsonPath("$.consents.IN_APP.COMMUNITY").value(true))
				.andExpect(jsonPath("$.caps.COMMUNITY").value(5))
				.andExpect(jsonPath("$.quietHours.start").value("22:00:00"))
				.andExpect(jsonPath("$.quietHours.zone").value("Europe/Paris"));

		var saved = preferences.of(customer.id());
		assertThat(saved.consent(Channel.EMAIL, Purpose.MARKETING)).isTrue();
		assertThat(saved.quietHours().end()).hasToString("07:30");
	}

	@Test
	void badPreferencesAnswer400() throws Exception {
		mvc.perform(json(put("/api/v1/me/preferences"), """
				{"caps": {"MARKETING": 99}}""").with(user(member))).andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[0].field").value("caps.MARKETING"))
				.andExpect(jsonPath("$.errors[0].message").value("Choose a number from 0 to 2."));
		mvc.perform(json(put("/api/v1/me/preferences"), """
				{"quietHours": {"start": "22:00", "end": "22:00", "zone": "Europe/Paris"}}""").with(user(member)))
				.andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("quietHours.end"));
		mvc.perform(json(put("/api/v1/me/preferences"), """
				{"quietHours": {"start": "22:00", "end": "07:00", "zone": "Mars/Olympus_Mons"}}""").with(user(member)))
				.andExpect(status().isBadRequest());
		mvc.perform(json(put("/api/v1/me/preferences"), """
				{"quietHours": {"start": "25:00", "end": "07:00", "zone": "Europe/Paris"}}""").with(user(member)))
				.andExpect(status().isBadRequest());
		mvc.perform(json(put("/api/v1/me/preferences"), """
				{"consents": {"SMS": {"MARKETING": true}}}""").with(user(member))).andExpect(status().isBadRequest());
		mvc.perform(json(put("/api/v1/me/preferences"), "not json").with(user(member)))
				.andExpect(status().isBadRequest());

		assertThat(mvc.perform(get("/api/v1/me/preferences").with(user(member))).andReturn().getResponse()
				.getContentAsString()).contains("\"chosen\":false");
	}

	@Test
	void membersCannotUseStaffEndpoints() throws Exception {
		var other = People.customer(parties);
		mvc.perform(get("/api/v1/parties/{id}/preferences", other.id()).with(user(member)))
				.andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/parties/{id}/deliveries", other.id()).with(user(member)))
				.andExpect(status().isForbidden());
		mvc.perform(json(post("/api/v1/parties/{id}/messages", other.id()), message("IN_APP", "SERVICE"))
				.with(user(member))).andExpect(status().isForbidden());
	}

	@Test
	void meShowsOnlyOwnDeliveriesAndNotifications() throws Exception {
		var other = People.customer(parties);
		var toOther = outreach.send(
				new OutboundMessage(other.id(), Channel.IN_APP, Purpose.SERVICE, "For the other", "Not yours", "test"));
		var toMe = outreach
				.send(new OutboundMessage(customer.id(), Channel.IN_APP, Purpose.SERVICE, "For me", "Yours", "test"));

		mvc.perform(get("/api/v1/me/deliveries").with(user(member))).andExpect(status().isOk())
				.andExpect(jsonPath("$.total").value(1))
				.andExpect(jsonPath("$.deliveries[0].id").value(toMe.id().toString()));
		mvc.perform(get("/api/v1/me/notifications").with(user(member))).andExpect(status().isOk())
				.andExpect(jsonPath("$.total").value(1)).andExpect(jsonPath("$.unread").value(1))
				.andExpect(jsonPath("$.notifications[0].subject").value("For me"));
		var othersNotification = notificationId(People.member(other));
		mvc.perform(post("/api/v1/me/notifications/{id}/read", othersNotification).with(csrf()).with(user(member)))
				.andExpect(status().isNotFound());
		assertThat(toOther.outcome()).isEqualTo(Delivery.Outcome.SENT);
	}

	@Test
	void markingANotificationRead() throws Exception {
		outreach.send(new OutboundMessage(customer.id(), Channel.IN_APP, Purpose.SERVICE, "Hello", "Body", "test"));
		String id = notificationId(member);

		mvc.perform(post("/api/v1/me/notifications/{id}/read", id).with(csrf()).with(user(member)))
				.andExpect(status().isOk()).andExpect(jsonPath("$.readAt").value("2026-03-10T12:00:00Z"));
		mvc.perform(get("/api/v1/me/notifications").with(user(member))).andExpect(jsonPath("$.unread").value(0));
		mvc.perform(post("/api/v1/me/notifications/{id}/read", UUID.randomUUID()).with(csrf()).with(user(member)))
				.andExpect(status().isNotFound());
		mvc.perform(post("/api/v1/me/notifications/{id}/read", "nonsense").with(csrf()).with(user(member)))
				.andExpect(status().isNotFound());
	}

	@Test
	void staffReadsPreferencesAndDeliveriesOfAParty() throws Exception {
		outreach.send(new OutboundMessage(customer.id(), Channel.EMAIL, Purpose.MARKETING, "Offer", "Body", "test"));

		mvc.perform(get("/api/v1/parties/{id}/preferences", customer.id()).with(user(staff))).andExpect(status().isOk())
				.andExpect(jsonPath("$.consents.EMAIL.MARKETING").value(false));
		mvc.perform(get("/api/v1/parties/{id}/deliveries?page=0&size=5", customer.id()).with(user(staff)))
				.andExpect(status().isOk()).andExpect(jsonPath("$.total").value(1))
				.andExpect(jsonPath("$.deliveries[0].outcome").value("BLOCKED"))
				.andExpect(jsonPath("$.deliveries[0].reasonCode").value("NO_CONSENT"))
				.andExpect(jsonPath("$.deliveries[0].requestedBy").value("test"));
	}

	@Test
	void unknownPartiesAnswer404() throws Exception {
		UUID nobody = UUID.randomUUID();
		mvc.perform(get("/api/v1/parties/{id}/preferences", nobody).with(user(staff))).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/parties/{id}/deliveries", nobody).with(user(staff))).andExpect(status().isNotFound());
		mvc.perform(json(post("/api/v1/parties/{id}/messages", nobody), message("IN_APP", "SERVICE")).with(user(staff)))
				.andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/parties/not-an-id/preferences").with(user(staff))).andExpect(status().isNotFound());
	}

	@Test
	void staffSendAnswersTheGatesDecision() throws Exception {
		mvc.perform(json(post("/api/v1/parties/{id}/messages", customer.id()), message("IN_APP", "SERVICE"))
				.with(user(staff))).andExpect(status().isCreated())
				.andExpect(header().string("Location", startsWith("/api/v1/parties/" + customer.id())))
				.andExpect(jsonPath("$.outcome").value("SENT"))
				.andExpect(jsonPath("$.requestedBy").value(staff.email()));
		mvc.perform(json(post("/api/v1/parties/{id}/messages", customer.id()), message("EMAIL", "MARKETING"))
				.with(user(staff))).andExpect(status().isOk()).andExpect(jsonPath("$.outcome").value("BLOCKED"))
				.andExpect(jsonPath("$.reasonCode").value("NO_CONSENT"));

		preferences.save(customer.id(), Preferences.defaults().withQuietHours(
				new QuietHours(java.time.LocalTime.of(11, 0), java.time.LocalTime.of(14, 0), java.time.ZoneOffset.UTC)),
				"test");
		mvc.perform(json(post("/api/v1/parties/{id}/messages", customer.id()), message("IN_APP", "COMMUNITY"))
				.with(user(staff))).andExpect(status().isAccepted()).andExpect(jsonPath("$.outcome").value("DEFERRED"))
				.andExpect(jsonPath("$.deferredUntil").value("2026-03-10T14:00:00Z"));
		mvc.perform(get("/api/v1/me/notifications").with(user(member)))
				.andExpect(jsonPath("$.notifications[*].subject", hasItem("Hello")));
	}

	@Test
	void badMessagesAndPagingAnswer400() throws Exception {
		mvc.perform(json(post("/api/v1/parties/{id}/messages", customer.id()), """
				{"channel": "IN_APP", "purpose": "SERVICE", "subject": "", "body": "Hi"}""").with(user(staff)))
				.andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("subject"));
		mvc.perform(json(post("/api/v1/parties/{id}/messages", customer.id()), message("PIGEON", "SERVICE"))
				.with(user(staff))).andExpect(status().isBadRequest());
		mvc.perform(json(post("/api/v1/parties/{id}/messages", customer.id()), """
				{"channel": "IN_APP", "purpose": "SERVICE", "subject": "%s", "body": "Hi"}"""
				.formatted("x".repeat(201))).with(user(staff))).andExpect(status().isBadRequest());
		mvc.perform(get("/api/v1/parties/{id}/deliveries?size=0", customer.id()).with(user(staff)))
				.andExpect(status().isBadRequest());
		mvc.perform(get("/api/v1/parties/{id}/deliveries?page=-1", customer.id()).with(user(staff)))
				.andExpect(status().isBadRequest());
		mvc.perform(get("/api/v1/parties/{id}/deliveries?page=abc", customer.id()).with(user(staff)))
				.andExpect(status().isBadRequest());
		mvc.perform(get("/api/v1/me/notifications?size=1000").with(user(member))).andExpect(status().isBadRequest());
	}

	@Test
	void signedOutCallsAnswer401() throws Exception {
		// The security rules tell API calls by their servlet path, which MockMvc leaves
		// empty unless told.
		String mine = "/api/v1/me/preferences";
		mvc.perform(get(mine).servletPath(mine)).andExpect(status().isUnauthorized());
		String theirs = "/api/v1/parties/" + customer.id() + "/deliveries";
		mvc.perform(get(theirs).servletPath(theirs)).andExpect(status().isUnauthorized());
	}

	private String notificationId(SignedInUser who) throws Exception {
		String body = mvc.perform(get("/api/v1/me/notifications").with(user(who))).andReturn().getResponse()
				.getContentAsString();
		return com.jayway.jsonpath.JsonPath.read(body, "$.notifications[0].id");
	}

	private static String message(String channel, String purpose) {
		return """
				{"channel": "%s", "purpose": "%s", "subject": "Hello", "body": "A message from the team."}"""
				.formatted(channel, purpose);
	}

	private static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
		return request.with(csrf()).contentType(MediaType.APPLICATION_JSON).content(body);
	}
}
