package app.agora.outreach.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.agora.outreach.Channel;
import app.agora.outreach.ContactPreferences;
import app.agora.outreach.Delivery;
import app.agora.outreach.Delivery.Outcome;
import app.agora.outreach.OutboundMessage;
import app.agora.outreach.Outreach;
import app.agora.outreach.OutreachTest;
import app.agora.outreach.People;
import app.agora.outreach.Preferences;
import app.agora.outreach.Purpose;
import app.agora.outreach.QuietHours;
import app.agora.outreach.Reason;
import app.agora.outreach.TestClock;
import app.agora.parties.Parties;
import app.agora.parties.PartyDetails;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@OutreachTest
class GateTests {

	private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

	@Autowired
	Outreach outreach;
	@Autowired
	ContactPreferences preferences;
	@Autowired
	Parties parties;
	@Autowired
	Notifications notifications;
	@Autowired
	DeferredMessages deferred;
	@Autowired
	ReleaseJob releaseJob;
	@Autowired
	TestClock clock;

	PartyDetails party;

	@BeforeEach
	void freshParty() {
		clock.set(ZonedDateTime.of(2026, 3, 10, 13, 0, 0, 0, PARIS).toInstant());
		party = People.customer(parties);
	}

	@Test
	void serviceMessagesGoOutByDefault() {
		var email = send(Channel.EMAIL, Purpose.SERVICE);
		var inApp = send(Channel.IN_APP, Purpose.SERVICE);

		assertThat(email.outcome()).isEqualTo(Outcome.SENT);
		assertThat(email.reasonCode()).isEqualTo(Reason.ALLOWED);
		assertThat(inApp.outcome()).isEqualTo(Outcome.SENT);
		assertThat(notifications.page(party.id(), 0, 10).notifications()).singleElement()
				.satisfies(n -> assertThat(n.subject()).isEqualTo("Subject"));
	}

	@Test
	void whatWasSentShowsOnThePartysTimeline(@Autowired app.agora.parties.Timeline timeline) {
		send(Channel.EMAIL, Purpose.SERVICE);
		send(Channel.EMAIL, Purpose.MARKETING); // blocked: no consent, so not on the timeline

		assertThat(timeline.of(party.id(), 10)).extracting(app.agora.parties.TimelineEntry::text)
				.contains("email sent (service): Subject").noneMatch(text -> text.contains("marketing"));
	}

	@Test
	void marketingNeedsOptIn() {
		var before = send(Channel.EMAIL, Purpose.MARKETING);
		assertThat(before.outcome()).isEqualTo(Outcome.BLOCKED);
		assertThat(before.reasonCode()).isEqualTo(Reason.NO_CONSENT);
		assertThat(send(Channel.IN_APP, Purpose.MARKETING).reasonCode()).isEqualTo(Reason.NO_CONSENT);

		preferences.save(party.id(), Preferences.defaults().withConsent(Channel.EMAIL, Purpose.MARKETING, true),
				"test");

		assertThat(send(Channel.EMAIL, Purpose.MARKETING).outcome()).isEqualTo(Outcome.SENT);
		assertThat(send(Channel.IN_APP, Purpose.MARKETING).outcome()).isEqualTo(Outcome.BLOCKED);
		assertThat(notifications.page(party.id(), 0, 10).total()).isZero();
	}

	@Test
	void communityIsInAppOnlyByDefault() {
		assertThat(send(Channel.IN_APP, Purpose.COMMUNITY).outcome()).isEqualTo(Outcome.SENT);
		assertThat(send(Channel.EMAIL, Purpose.COMMUNITY).reasonCode()).isEqualTo(Reason.NO_CONSENT);
	}

	@Test
	void withdrawnConsentBlocksEvenServiceMessages() {
		preferences.save(party.id(), Preferences.defaults().withConsent(Channel.IN_APP, Purpose.SERVICE, false),
				"test");

		var delivery = send(Channel.IN_APP, Purpose.SERVICE);

		assertThat(delivery.outcome()).isEqualTo(Outcome.BLOCKED);
		assertThat(notifications.page(party.id(), 0, 10).total()).isZero();
	}

	@Test
	void emailNeedsAnAddress() {
		var nomail = People.customerWithoutEmail(parties);

		var delivery = outreach.send(message(nomail.id(), Channel.EMAIL, Purpose.SERVICE));

		assertThat(delivery.outcome()).isEqualTo(Outcome.BLOCKED);
		assertThat(delivery.reasonCode()).isEqualTo(Reason.NO_ADDRESS);
	}

	@Test
	void unknownRecipientIsBlockedAndLogged() {
		UUID nobody = UUID.randomUUID();

		var delivery = outreach.send(message(nobody, Channel.IN_APP, Purpose.SERVICE));

		assertThat(delivery.reasonCode()).isEqualTo(Reason.UNKNOWN_RECIPIENT);
		assertThat(outreach.deliveries(nobody, 0, 10).deliveries()).extracting(Delivery::id)
				.containsExactly(delivery.id());
	}

	@Test
	void capCountsTheLastSevenDays() {
		preferences.save(party.id(), Preferences.defaults().withConsent(Channel.IN_APP, Purpose.MARKETING, true),
				"test");
		assertThat(send(Channel.IN_APP, Purpose.MARKETING).outcome()).isEqualTo(Outcome.SENT);
		clock.advance(Duration.ofDays(1));
		assertThat(send(Channel.IN_APP, Purpose.MARKETING).outcome()).isEqualTo(Outcome.SENT);

		var third = send(Channel.IN_APP, Purpose.MARKETING);
		assertThat(third.outcome()).isEqualTo(Outcome.BLOCKED);
		assertThat(third.reasonCode()).isEqualTo(Reason.FREQUENCY_CAP);

		clock.advance(Duration.ofDays(6).plusMinutes(1));
		assertThat(send(Channel.IN_APP, Purpose.MARKETING).outcome()).isEqualTo(Outcome.SENT);
		assertThat(send(Channel.IN_APP, Purpose.MARKETING).reasonCode()).isEqualTo(Reason.FREQUENCY_CAP);
	}

	@Test
	void capIsPerPurposeAcrossChannels() {
		preferences.save(party.id(), Preferences.defaults().withCap(Purpose.SERVICE, 1), "test");

		assertThat(send(Channel.EMAIL, Purpose.SERVICE).outcome()).isEqualTo(Outcome.SENT);
		assertThat(send(Channel.IN_APP, Purpose.SERVICE).reasonCode()).isEqualTo(Reason.FREQUENCY_CAP);
		assertThat(send(Channel.IN_APP, Purpose.COMMUNITY).outcome()).isEqualTo(Outcome.SENT);
	}

	@Test
	void capAboveTheDefaultIsRefused() {
		assertThatThrownBy(
				() -> preferences.save(party.id(), Preferences.defaults().withCap(Purpose.MARKETING, 3), "test"))
				.isInstanceOf(IllegalArgumentException.class).hasMessageContaining("caps.MARKETING");
		assertThat(preferences.of(party.id()).cap(Purpose.MARKETING)).isEqualTo(2);
	}

	@Test
	void defaultsApplyToWhatWasNeverChosen() {
		var effective = preferences.of(party.id());

		assertThat(effective.consent(Channel.EMAIL, Purpose.SERVICE)).isTrue();
		assertThat(effective.consent(Channel.IN_APP, Purpose.COMMUNITY)).isTrue();
		assertThat(effective.consent(Channel.EMAIL, Purpose.COMMUNITY)).isFalse();
		assertThat(effective.consent(Channel.IN_APP, Purpose.MARKETING)).isFalse();
		assertThat(effective.caps()).containsEntry(Purpose.SERVICE, 50).containsEntry(Purpose.COMMUNITY, 20)
				.containsEntry(Purpose.MARKETING, 2);
		assertThat(effective.quietHours()).isNull();
	}

	@Test
	void quietHoursDeferUntilMorning() {
		quietNights();
		clock.set(ZonedDateTime.of(2026, 3, 10, 23, 30, 0, 0, PARIS).toInstant());

		var held = send(Channel.IN_APP, Purpose.COMMUNITY);

		assertThat(held.outcome()).isEqualTo(Outcome.DEFERRED);
		assertThat(held.reasonCode()).isEqualTo(Reason.QUIET_HOURS);
		assertThat(held.deferredUntil()).isEqualTo(ZonedDateTime.of(2026, 3, 11, 8, 0, 0, 0, PARIS).toInstant());
		assertThat(notifications.page(party.id(), 0, 10).total()).isZero();

		clock.set(ZonedDateTime.of(2026, 3, 11, 7, 59, 0, 0, PARIS).toInstant());
		releaseJob.releaseDue();
		assertThat(notifications.page(party.id(), 0, 10).total()).isZero();

		clock.set(ZonedDateTime.of(2026, 3, 11, 8, 0, 30, 0, PARIS).toInstant());
		releaseJob.releaseDue();

		assertThat(notifications.page(party.id(), 0, 10).total()).isOne();
		assertThat(deferred.count(party.id())).isZero();
		var log = outreach.deliveries(party.id(), 0, 10).deliveries();
		assertThat(log).extracting(Delivery::reasonCode).containsExactly(Reason.RELEASED, Reason.QUIET_HOURS);
		assertThat(log).extracting(Delivery::messageId).containsOnly(held.messageId());
	}

	@Test
	void quietHoursWrapOverMidnight() {
		quietNights();

		clock.set(ZonedDateTime.of(2026, 3, 11, 2, 0, 0, 0, PARIS).toInstant());
		var night = send(Channel.IN_APP, Purpose.COMMUNITY);
		assertThat(night.outcome()).isEqualTo(Outcome.DEFERRED);
		assertThat(night.deferredUntil()).isEqualTo(ZonedDateTime.of(2026, 3, 11, 8, 0, 0, 0, PARIS).toInstant());

		clock.set(ZonedDateTime.of(2026, 3, 11, 20, 59, 0, 0, PARIS).toInstant());
		assertThat(send(Channel.IN_APP, Purpose.COMMUNITY).outcome()).isEqualTo(Outcome.SENT);

		clock.set(ZonedDateTime.of(2026, 3, 11, 21, 0, 0, 0, PARIS).toInstant());
		assertThat(send(Channel.IN_APP, Purpose.COMMUNITY).outcome()).isEqualTo(Outcome.DEFERRED);
	}

	@Test
	void serviceMessagesIgnoreQuietHours() {
		quietNights();
		clock.set(ZonedDateTime.of(2026, 3, 10, 23, 30, 0, 0, PARIS).toInstant());

		var delivery = send(Channel.IN_APP, Purpose.SERVICE);

		assertThat(delivery.outcome()).isEqualTo(Outcome.SENT);
		assertThat(delivery.reasonCode()).isEqualTo(Reason.SERVICE_IGNORES_QUIET_HOURS);
	}

	@Test
	void releaseChecksConsentAgain() {
		quietNights();
		clock.set(ZonedDateTime.of(2026, 3, 10, 23, 30, 0, 0, PARIS).toInstant());
		var held = send(Channel.IN_APP, Purpose.COMMUNITY);
		assertThat(held.outcome()).isEqualTo(Outcome.DEFERRED);

		preferences.save(party.id(), preferences.of(party.id()).withConsent(Channel.IN_APP, Purpose.COMMUNITY, false),
				"test");
		clock.set(ZonedDateTime.of(2026, 3, 11, 9, 0, 0, 0, PARIS).toInstant());
		releaseJob.releaseDue();

		assertThat(notifications.page(party.id(), 0, 10).total()).isZero();
		assertThat(deferred.count(party.id())).isZero();
		assertThat(outreach.deliveries(party.id(), 0, 10).deliveries().getFirst().reasonCode())
				.isEqualTo(Reason.NO_CONSENT);
	}

	@Test
	void releaseKeepsToTheCap() {
		preferences.save(party.id(), Preferences.defaults().withConsent(Channel.IN_APP, Purpose.MARKETING, true)
				.withQuietHours(new QuietHours(LocalTime.of(21, 0), LocalTime.of(8, 0), PARIS)), "test");
		clock.set(ZonedDateTime.of(2026, 3, 10, 22, 0, 0, 0, PARIS).toInstant());
		for (int i = 0; i < 3; i++) {
			assertThat(send(Channel.IN_APP, Purpose.MARKETING).outcome()).isEqualTo(Outcome.DEFERRED);
		}

		clock.set(ZonedDateTime.of(2026, 3, 11, 8, 1, 0, 0, PARIS).toInstant());
		releaseJob.releaseDue();

		assertThat(notifications.page(party.id(), 0, 10).total()).isEqualTo(2);
		assertThat(outreach.deliveries(party.id(), 0, 10).deliveries()).extracting(Delivery::reasonCode)
				.filteredOn(r -> r.outcome() != Outcome.DEFERRED)
				.containsExactlyInAnyOrder(Reason.RELEASED, Reason.RELEASED, Reason.FREQUENCY_CAP);
	}

	private void quietNights() {
		preferences.save(party.id(),
				Preferences.defaults().withQuietHours(new QuietHours(LocalTime.of(21, 0), LocalTime.of(8, 0), PARIS)),
				"test");
	}

	private Delivery send(Channel channel, Purpose purpose) {
		return outreach.send(message(party.id(), channel, purpose));
	}

	private static OutboundMessage message(UUID to, Channel channel, Purpose purpose) {
		return new OutboundMessage(to, channel, purpose, "Subject", "Body", "test");
	}
}
