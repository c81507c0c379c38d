package app.agora.outreach.internal;

import app.agora.outreach.Delivery;
import app.agora.outreach.Delivery.Outcome;
import app.agora.outreach.DeliveryPage;
import app.agora.outreach.OutboundMessage;
import app.agora.outreach.Outreach;
import app.agora.outreach.Purpose;
import app.agora.outreach.Reason;
import app.agora.outreach.spi.ChannelException;
import app.agora.outreach.spi.Envelope;
import app.agora.outreach.spi.Recipient;
import app.agora.parties.Parties;
import app.agora.parties.Timeline;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The outbound gate. Checks, in this order: the recipient exists, consented to
 * the purpose on the channel, can be reached on it, has not had the purpose's
 * weekly cap of messages, and (except for service messages) is not in quiet
 * hours. The first check that fails decides; every decision is logged.
 */
@Service
class Gate implements Outreach {

	static final Duration CAP_WINDOW = Duration.ofDays(7);
	/**
	 * A channel that fails is tried again after this, times the attempts so far.
	 */
	static final Duration RETRY_STEP = Duration.ofMinutes(5);
	static final int MAX_ATTEMPTS = 5;

	private static final Logger log = LoggerFactory.getLogger(Gate.class);

	private final Parties parties;
	private final Timeline timeline;
	private final PreferenceBook preferences;
	private final ChannelRegistry channels;
	private final DeliveryLog deliveryLog;
	private final DeferredMessages deferred;
	private final MeterRegistry meters;
	private final Clock clock;

	Gate(Parties parties, Timeline timeline, PreferenceBook preferences, ChannelRegistry channels,
			DeliveryLog deliveryLog, DeferredMessages deferred, MeterRegistry meters, Optional<Clock> clock) {
		this.parties = parties;
		this.timeline = timeline;
		this.preferences = preferences;
		this.channels = channels;
		this.deliveryLog = deliveryLog;
		this.deferred = deferred;
		this.meters = meters;
		this.clock = clock.orElse(Clock.systemUTC());
	}

	@Override
	@Transactional
	public Delivery send(OutboundMessage message) {
		return send(message, UUID.randomUUID());
	}

	@Override
	@Transactional
	public Delivery send(OutboundMessage message, UUID messageId) {
		Objects.requireNonNull(message, "message");
		Objects.requireNonNull(messageId, "messageId");
		return decide(new Pending(messageId, message, clock.instant(), 0), false);
	}

	/**
	 * Decides again about a deferred message that is due; it leaves the queue
	 * unless deferred again.
	 */
	@Transactional
	Delivery release(Pending pending) {
		var delivery = decide(pending, true);
		if (delivery.outcome() != Outcome.DEFERRED) {
			deferred.remove(pending.messageId());
		}
		return delivery;
	}

	@Override
	public DeliveryPage deliveries(UUID partyId, int page, int size) {
		return deliveryLog.page(partyId, Math.max(0, page), Math.clamp(size, 1, 200));
	}

	@Override
	public Optional<Delivery> delivery(UUID partyId, UUID deliveryId) {
		return deliveryLog.find(partyId, deliveryId);
	}

	private Delivery decide(Pending pending, boolean released) {
		var message = pending.message();
		Instant now = clock.instant();
		var party = parties.find(message.recipientPartyId());
		if (party.isEmpty()) {
			return finish(pending, Reason.UNKNOWN_RECIPIENT, "No party with id " + message.recipientPartyId() + ".",
					null);
		}
		var recipient = new Recipient(party.get().id(), party.get().displayName(), party.get().email());
		var settings = preferences.effective(recipient.partyId());
		String what = name(message.purpose()) + " messages by " + name(message.channel());
		if (!Boolean.TRUE.equals(settings.consent(message.channel(), message.purpose()))) {
			return finish(pending, Reason.NO_CONSENT, recipient.displayName() + " has not agreed to " + what + ".",
					null);
		}
		var provider = channels.get(message.channel());
		var address = provider.address(recipient);
		if (address.isEmpty()) {
			return finish(pending, Reason.NO_ADDRESS,
					recipient.displayName() + " cannot be reached by " + name(message.channel()) + ".", null);
		}
		// Two messages decided at the same moment may both take the cap's last place:
		// a rare overshoot by one, accepted rather than locking each send to a party.
		int cap = settings.cap(message.purpose());
		long sent = deliveryLog.sentSince(recipient.partyId(), message.purpose(), now.minus(CAP_WINDOW));
		if (sent >= cap) {
			return finish(pending, Reason.FREQUENCY_CAP,
					sent + " " + name(message.purpose()) + " messages in the last 7 days; the cap is " + cap + ".",
					null);
		}
		var quiet = settings.quietHours();
		boolean inQuietHours = quiet != null && quiet.covers(now);
		if (inQuietHours && message.purpose() != Purpose.SERVICE) {
			Instant until = quiet.endAfter(now);
			return finish(pending, Reason.QUIET_HOURS, "Quiet hours " + quiet.start() + "–" + quiet.end() + " ("
					+ quiet.zone().getId() + "); held until they end.", until);
		}
		try {
			provider.deliver(new Envelope(pending.messageId(), recipient, address.get(), message.purpose(),
					message.subject(), message.body(), now));
		} catch (ChannelException | RuntimeException e) {
			return failed(pending.failedOnce(), provider.id(), e, now);
		}
		if (inQuietHours) {
			return finish(pending, Reason.SERVICE_IGNORES_QUIET_HOURS,
					"Sent by " + provider.id() + " during quiet hours: service messages always go through.", null);
		}
		if (released) {
			return finish(pending, Reason.RELEASED, "Sent by " + provider.id() + " after being held back.", null);
		}
		return finish(pending, Reason.ALLOWED,
				"Sent by " + provider.id() + ": consent given, under the cap of " + cap + " a week.", null);
	}

	private Delivery failed(Pending pending, String provider, Exception e, Instant now) {
		log.warn("Channel {} failed on message {} (attempt {}): {}", provider, pending.messageId(), pending.attempts(),
				e.getMessage());
		if (pending.attempts() >= MAX_ATTEMPTS) {
			return finish(pending, Reason.CHANNEL_FAILED,
					"The " + provider + " channel failed " + pending.attempts() + " times; given up.", null);
		}
		Instant retry = now.plus(RETRY_STEP.multipliedBy(pending.attempts()));
		return finish(pending, Reason.CHANNEL_UNAVAILABLE, "The " + provider + " channel failed; trying again.", retry);
	}

	/**
	 * Logs the decision; a deferred message is queued (again) until the given
	 * moment.
	 */
	private Delivery finish(Pending pending, Reason reason, String why, Instant deferredUntil) {
		var message = pending.message();
		var delivery = new Delivery(UUID.randomUUID(), pending.messageId(), message.recipientPartyId(),
				message.channel(), message.purpose(), message.subject(), reason.outcome(), reason, why,
				message.requestedBy(), pending.requestedAt(), clock.instant(), deferredUntil);
		deliveryLog.record(delivery);
		if (reason.outcome() == Outcome.SENT) {
			// What reached the person belongs on their activity timeline, beside staff
			// notes.
			timeline.record(message.recipientPartyId(),
					name(message.channel()) + " sent (" + name(message.purpose()) + "): " + message.subject(),
					message.requestedBy());
		}
		if (reason.outcome() == Outcome.DEFERRED) {
			deferred.hold(pending, deferredUntil);
		}
		meters.counter("agora.outreach.decisions", "outcome", reason.outcome().name(), "reason", reason.name(),
				"channel", message.channel().name(), "purpose", message.purpose().name()).increment();
		return delivery;
	}

	private static String name(Enum<?> value) {
		return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
	}
}
