package app.agora.outreach;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

@OutreachTest
class OutreachPagesTests extends CustomerAndStaff {

	/**
	 * The Content-Security-Policy forbids inline scripts and event-handler
	 * attributes.
	 */
	private static final Pattern INLINE_SCRIPT = Pattern.compile("<script(?![^>]*\\bsrc=)[^>]*>|\\son[a-z]+\\s*=",
			Pattern.CASE_INSENSITIVE);

	@Test
	void preferencesPageShowsTheDefaults() throws Exception {
		String html = page(get("/me/preferences").with(user(member)).locale(Locale.ENGLISH));

		assertThat(html).contains("Contact preferences", "the defaults apply", "value=\"EMAIL:SERVICE\"",
				"name=\"caps[MARKETING]\"");
		assertThat(html).doesNotContainPattern(INLINE_SCRIPT);
	}

	@Test
	void savingPreferencesShowsANotice() throws Exception {
		mvc.perform(post("/me/preferences").with(csrf()).with(user(member))
				.param("granted", "IN_APP:SERVICE", "EMAIL:SERVICE", "EMAIL:MARKETING").param("caps[SERVICE]", "10")
				.param("caps[COMMUNITY]", "5").param("caps[MARKETING]", "1").param("quiet", "true")
				.param("quietStart", "21:30").param("quietEnd", "07:00").param("zone", "Europe/Paris"))
				.andExpect(redirectedUrl("/me/preferences?saved"));

		var saved = preferences.of(customer.id());
		assertThat(saved.consent(Channel.EMAIL, Purpose.MARKETING)).isTrue();
		assertThat(saved.consent(Channel.IN_APP, Purpose.COMMUNITY)).isFalse();
		assertThat(saved.cap(Purpose.MARKETING)).isEqualTo(1);
		assertThat(saved.quietHours().start()).hasToString("21:30");
		assertThat(page(get("/me/preferences?saved").with(user(member)).locale(Locale.ENGLISH)))
				.contains("Your choices are saved", "These are your own choices");
	}

	@Test
	void wrongAnswersAreShownBesideTheirFields() throws Exception {
		String html = mvc
				.perform(post("/me/preferences").with(csrf()).with(user(member)).locale(Locale.ENGLISH)
						.param("caps[SERVICE]", "10").param("caps[COMMUNITY]", "abc").param("caps[MARKETING]", "9")
						.param("quiet", "true").param("quietStart", "25:00").param("quietEnd", "07:00")
						.param("zone", "Mars/Olympus").param("caps[NOPE]", "1"))
				.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

		assertThat(html).contains("Choose a number from 0 to 2.", "Give a whole number.", "Give a time such as 21:00.",
				"Choose a time zone such as Europe/Paris.");
		assertThat(preferences.of(customer.id()).cap(Purpose.MARKETING)).isEqualTo(2);
	}

	@Test
	void frenchPagesSpeakFrench() throws Exception {
		String html = mvc
				.perform(post("/me/preferences").with(csrf()).with(user(member)).locale(Locale.FRENCH)
						.param("caps[SERVICE]", "10").param("caps[COMMUNITY]", "5").param("caps[MARKETING]", "9"))
				.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

		assertThat(html).contains("Préférences de contact", "Choisissez un nombre entre 0 et 2.");
	}

	@Test
	void notificationsPageListsAndMarksRead() throws Exception {
		outreach.send(new OutboundMessage(customer.id(), Channel.IN_APP, Purpose.SERVICE, "Your trip is booked",
				"See you in Chamonix.", "test"));

		String html = page(get("/me/notifications").with(user(member)).locale(Locale.ENGLISH));
		assertThat(html).contains("Your trip is booked", "One unread notification")
				.doesNotContainPattern(INLINE_SCRIPT);

		mvc.perform(post("/me/notifications/read").with(csrf()).with(user(member)))
				.andExpect(redirectedUrl("/me/notifications"));
		assertThat(page(get("/me/notifications").with(user(member)).locale(Locale.ENGLISH)))
				.contains("No unread notification");
		mvc.perform(post("/me/notifications/{id}/read", UUID.randomUUID()).with(csrf()).with(user(member)))
				.andExpect(status().isNotFound());
	}

	@Test
	void staffSeeTheLogAndSendThroughTheGate() throws Exception {
		mvc.perform(post("/parties/{id}/contact", customer.id()).with(csrf()).with(user(staff))
				.param("channel", "EMAIL").param("purpose", "MARKETING").param("subject", "Autumn offer")
				.param("body", "Ten percent off")).andExpect(redirectedUrlPattern("/parties/*/contact?decision=*"));

		var decision = outreach.deliveries(customer.id(), 0, 1).deliveries().getFirst();
		assertThat(decision.reasonCode()).isEqualTo(Reason.NO_CONSENT);
		String html = page(get("/parties/{id}/contact?decision={d}", customer.id(), decision.id()).with(user(staff))
				.locale(Locale.ENGLISH));
		assertThat(html).contains("The gate decided", "No consent for this purpose on this channel.", "Autumn offer",
				"Never chosen: the defaults apply.", staff.email()).doesNotContainPattern(INLINE_SCRIPT);
	}

	@Test
	void staffFormErrorsAreShownBesideTheirFields() throws Exception {
		mvc.perform(post("/parties/{id}/contact", customer.id()).with(csrf()).with(user(staff)).locale(Locale.ENGLISH)
				.param("channel", "PIGEON").param("purpose", "SERVICE").param("subject", "").param("body", "Hi"))
				.andExpect(status().isOk()).andExpect(content().string(containsString("Write a subject.")))
				.andExpect(content().string(containsString("field-error")));
		assertThat(outreach.deliveries(customer.id(), 0, 1).total()).isZero();
	}

	@Test
	void contactPageIsForStaffAndKnownParties() throws Exception {
		mvc.perform(get("/parties/{id}/contact", customer.id()).with(user(member))).andExpect(status().isForbidden());
		mvc.perform(get("/parties/{id}/contact", UUID.randomUUID()).with(user(staff))).andExpect(status().isNotFound());
		mvc.perform(get("/me/preferences").with(user(staff))).andExpect(status().isOk())
				.andExpect(content().string(not(containsString("Exception"))));
	}

	private String page(org.springframework.test.web.servlet.RequestBuilder request) throws Exception {
		return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}
}
