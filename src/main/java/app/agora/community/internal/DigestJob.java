package app.agora.community.internal;

import app.agora.outreach.Channel;
import app.agora.outreach.Delivery;
import app.agora.outreach.InAppNotices;
import app.agora.outreach.OutboundMessage;
import app.agora.outreach.Outreach;
import app.agora.outreach.Purpose;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Builds the email digests: for each member whose daily or weekly digest is
 * due, one message with the notifications given since their last digest that
 * they have not read in the app, sent through the outreach gate (purpose
 * COMMUNITY, channel EMAIL: consent, caps and quiet hours are its job). Runs on
 * {@code agora.community.digest.cron}.
 */
@Component
class DigestJob {

	private static final Logger log = LoggerFactory.getLogger(DigestJob.class);
	private static final int MAX_LINES = 50;

	private final DigestSettings settings;
	private final NoticeBook book;
	private final InAppNotices inApp;
	private final Outreach outreach;
	private final MessageSource messages;
	private final Clock clock;

	DigestJob(DigestSettings settings, NoticeBook book, InAppNotices inApp, Outreach outreach, MessageSource messages,
			Optional<Clock> clock) {
		this.settings = settings;
		this.book = book;
		this.inApp = inApp;
		this.outreach = outreach;
		this.messages = messages;
		this.clock = clock.orElse(Clock.systemUTC());
	}

	@Scheduled(cron = "${agora.community.digest.cron:0 0 7 * * *}")
	void onSchedule() {
		var sent = sendDue(clock.instant());
		if (!sent.isEmpty()) {
			log.info("Community digests: {} decided", sent.size());
		}
	}

	/**
	 * Sends every digest due at {@code now}; answers the gate's decisions. A member
	 * with nothing unread gets no message and stays due.
	 */
	List<Delivery> sendDue(Instant now) {
		List<Delivery> decisions = new ArrayList<>();
		for (var setting : settings.due(now)) {
			try {
				digest(setting, now).ifPresent(decisions::add);
			} catch (RuntimeException e) {
				// One member's digest must not stop the others; it is due again next run.
				log.error("Could not build the community digest of account {}", setting.accountId(), e);
			}
		}
		return decisions;
	}

	private Optional<Delivery> digest(DigestSettings.Setting setting, Instant now) {
		var given = book.undigested(setting.accountId());
		Set<java.util.UUID> read = inApp.read(setting.partyId(),
				given.stream().map(NoticeBook.Given::messageId).filter(java.util.Objects::nonNull).toList());
		var unread = given.stream().filter(g -> g.messageId() == null || !read.contains(g.messageId())).toList();
		if (unread.isEmpty()) {
			book.markDigested(given.stream().map(NoticeBook.Given::id).toList(), now);
			return Optional.empty();
		}
		Locale locale = Locale.ENGLISH;
		String key = setting.frequency() == DigestSettings.Frequency.WEEKLY
				? "community.digest.weekly"
				: "community.digest.daily";
		String subject = messages.getMessage(key, new Object[]{unread.size()}, locale);
		var body = new StringBuilder(messages.getMessage("community.digest.intro", null, locale)).append("\n");
		for (var notice : unread.subList(0, Math.min(MAX_LINES, unread.size()))) {
			body.append("\n• ").append(notice.subject()).append("\n  ").append(notice.body().replace("\n", "\n  "))
					.append("\n");
		}
		if (unread.size() > MAX_LINES) {
			body.append("\n").append(
					messages.getMessage("community.digest.more", new Object[]{unread.size() - MAX_LINES}, locale))
					.append("\n");
		}
		body.append("\n").append(messages.getMessage("community.digest.settings", null, locale));
		String text = body.length() > OutboundMessage.MAX_BODY_LENGTH
				? body.substring(0, OutboundMessage.MAX_BODY_LENGTH - 1) + "…"
				: body.toString();
		Delivery delivery = outreach.send(new OutboundMessage(setting.partyId(), Channel.EMAIL, Purpose.COMMUNITY,
				subject, text, "community digest"));
		// Whatever the gate decided (sent, held back for quiet hours, blocked), these
		// notifications were this period's digest; the delivery log says what happened.
		book.markDigested(given.stream().map(NoticeBook.Given::id).toList(), now);
		settings.sent(setting.accountId(), now);
		return Optional.of(delivery);
	}
}
