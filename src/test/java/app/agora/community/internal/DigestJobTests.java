package app.agora.community.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import app.agora.community.Community;
import app.agora.community.ThreadDraft;
import app.agora.community.ThreadKind;
import app.agora.outreach.Channel;
import app.agora.outreach.ContactPreferences;
import app.agora.outreach.Delivery;
import app.agora.outreach.Outreach;
import app.agora.outreach.Purpose;
import app.agora.outreach.Reason;
import app.agora.support.AgoraTest;
import app.agora.support.DemoUsers;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The email digest: chosen per person on a page or the API, built by the job
 * called here at fixed instants, and sent through the outreach gate, which
 * blocks it without consent and delivers it with consent.
 */
@AgoraTest
class DigestJobTests {

	/**
	 * Sales gets few community notices, so the weekly community cap (which counts
	 * in-app notices too) stays out of the way.
	 */
	private static final String DIGEST_READER = DemoUsers.SALES;
	private static final Instant MONDAY_7AM = Instant.parse("2026-11-23T07:00:00Z");

	@Autowired
	MockMvc mvc;
	@Autowired
	DemoUsers users;
	@Autowired
	Community community;
	@Autowired
	NoticeBook book;
	@Autowired
	DigestJob job;
	@Autowired
	Outreach outreach;
	@Autowired
	ContactPreferences preferences;

	/** The reader gets a fresh reply to a thread of theirs; answers its ref. */
	private String replyToReader(String title) {
		var thread = community.startThread("gear-talk", new ThreadDraft(ThreadKind.DISCUSSION, title, null, "?"),
				users.participant(DIGEST_READER));
		var reply = community.reply("gear-talk", thread.id(), "Here is what I think.", null,
				users.participant(DemoUsers.AGENT));
		String ref = "post:" + reply.id();
		UUID account = users.get(DIGEST_READER).accountId();
		await().atMost(Duration.ofSeconds(10))
				.until(() -> book.of(account).stream().anyMatch(g -> g.ref().equals(ref)));
		return ref;
	}

	private Delivery digestOf(Iterable<Delivery> decisions, UUID party) {
		for (Delivery d : decisions) {
			if (d.recipientPartyId().equals(party)) {
				return d;
			}
		}
		return null;
	}

	@Test
	void aDigestIsBlockedWithoutConsentAndDeliveredWithItOncePerPeriod() throws Exception {
		UUID party = users.get(DIGEST_READER).partyId().orElseThrow();
		UUID account = users.get(DIGEST_READER).accountId();
		var before = preferences.of(party);
		try {
			mvc.perform(put("/api/v1/me/community-digest").with(users.as(DIGEST_READER))
					.contentType(MediaType.APPLICATION_JSON).content("{\"frequency\":\"DAILY\"}"))
					.andExpect(status().isOk()).andExpect(jsonPath("$.frequency").value("DAILY"));
			replyToReader("Merino or synthetic base layers?");

			// community email is off by default: the gate blocks the digest and logs why
			var blocked = digestOf(job.sendDue(MONDAY_7AM), party);
			assertThat(blocked).isNotNull();
			assertThat(blocked.channel()).isEqualTo(Channel.EMAIL);
			assertThat(blocked.purpose()).isEqualTo(Purpose.COMMUNITY);
			assertThat(blocked.reasonCode()).isEqualTo(Reason.NO_CONSENT);
			assertThat(outreach.deliveries(party, 0, 50).deliveries())
					.anySatisfy(d -> assertThat(d.id()).isEqualTo(blocked.id()));
			assertThat(book.undigested(account)).isEmpty();

			// not due again the same day, even with something new
			String second = replyToReader("Do you carry a stove in the Alps?");
			assertThat(digestOf(job.sendDue(MONDAY_7AM.plus(Duration.ofHours(3))), party)).isNull();

			// with consent, the next day's digest is sent with what came since
			preferences.save(party, before.withConsent(Channel.EMAIL, Purpose.COMMUNITY, true), "test");
			var sent = digestOf(job.sendDue(MONDAY_7AM.plus(Duration.ofDays(1))), party);
			assertThat(sent).isNotNull();
			assertThat(sent.reasonCode()).isEqualTo(Reason.ALLOWED);
			assertThat(sent.subject()).isEqualTo("Your community digest: 1 new");
			assertThat(
					book.of(account).stream().filter(g -> g.ref().equals(second)).findFirst().orElseThrow().messageId())
					.isNotNull();
			assertThat(book.undigested(account)).isEmpty();
		} finally {
			preferences.save(party, before, "test");
			mvc.perform(put("/api/v1/me/community-digest").with(users.as(DIGEST_READER))
					.contentType(MediaType.APPLICATION_JSON).content("{\"frequency\":\"OFF\"}"))
					.andExpect(status().isOk());
		}
	}

	@Test
	void whatWasReadInTheAppStaysOutOfTheDigest() throws Exception {
		UUID party = users.get(DIGEST_READER).partyId().orElseThrow();
		try {
			mvc.perform(put("/api/v1/me/community-digest").with(users.as(DIGEST_READER))
					.contentType(MediaType.APPLICATION_JSON).content("{\"frequency\":\"WEEKLY\"}"))
					.andExpect(status().isOk());
			replyToReader("Which map scale for the GR20?");
			mvc.perform(post("/api/v1/me/notifications/read").with(users.as(DIGEST_READER))).andExpect(status().isOk());
			// everything was read: no digest at all
			assertThat(digestOf(job.sendDue(MONDAY_7AM.plus(Duration.ofDays(30))), party)).isNull();
		} finally {
			mvc.perform(put("/api/v1/me/community-digest").with(users.as(DIGEST_READER))
					.contentType(MediaType.APPLICATION_JSON).content("{\"frequency\":\"OFF\"}"))
					.andExpect(status().isOk());
		}
	}

	@Test
	void theDigestChoiceRefusesBadInputBesideTheField() throws Exception {
		mvc.perform(put("/api/v1/me/community-digest").with(users.as(DemoUsers.DARA))
				.contentType(MediaType.APPLICATION_JSON).content("{\"frequency\":\"HOURLY\"}"))
				.andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("frequency"));
		mvc.perform(put("/api/v1/me/community-digest").with(users.as(DemoUsers.DARA))
				.contentType(MediaType.APPLICATION_JSON).content("{}")).andExpect(status().isBadRequest());
		mvc.perform(get("/api/v1/me/community-digest").with(users.as(DemoUsers.DARA))).andExpect(status().isOk())
				.andExpect(jsonPath("$.frequency").value("OFF"));
		mvc.perform(get("/api/v1/me/community-digest")).andExpect(status().isUnauthorized());

		mvc.perform(post("/me/community").param("frequency", "HOURLY").with(users.as(DemoUsers.DARA)))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("Choose never, once a day or once a week.")))
				.andExpect(content().string(containsString("id=\"frequency-error\"")));
		mvc.perform(post("/me/community").param("frequency", "WEEKLY").with(users.as(DemoUsers.DARA)))
				.andExpect(status().is3xxRedirection());
		mvc.perform(get("/me/community").with(users.as(DemoUsers.DARA))).andExpect(status().isOk())
				.andExpect(content().string(containsString("id=\"frequency-WEEKLY\" checked")));
		mvc.perform(post("/me/community").param("frequency", "OFF").with(users.as(DemoUsers.DARA)))
				.andExpect(status().is3xxRedirection());
	}
}
