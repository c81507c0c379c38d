package app.agora.community.internal;

import app.agora.access.Accounts;
import app.agora.community.Participant;
import app.agora.community.Space;
import app.agora.outreach.Channel;
import app.agora.outreach.OutboundMessage;
import app.agora.outreach.Outreach;
import app.agora.outreach.Purpose;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Gives one person one notification: never of their own action, never about a
 * space they may not read, never twice for the same (kind, ref). It is kept in
 * {@link NoticeBook} for the digest and sent in-app through the outreach gate
 * (purpose COMMUNITY), so consent, caps and quiet hours apply.
 */
@Component
class Notifier {

	private static final int MAX_SUBJECT = OutboundMessage.MAX_SUBJECT_LENGTH;
	private static final int MAX_BODY = 2000;

	private final NoticeBook book;
	private final Accounts accounts;
	private final Outreach outreach;
	private final MessageSource messages;
	private final Clock clock;

	Notifier(NoticeBook book, Accounts accounts, Outreach outreach, MessageSource messages, Optional<Clock> clock) {
		this.book = book;
		this.accounts = accounts;
		this.outreach = outreach;
		this.messages = messages;
		this.clock = clock.orElse(Clock.systemUTC());
	}

	/** What happened, to whom it is told, and where. */
	record About(NoticeKind kind, String ref, Space space, Long threadId, Long postId, String path, Object... args) {
	}

	/** True when the person was notified now (not before, not refused). */
	boolean tell(UUID recipient, UUID actor, About about) {
		if (recipient == null || recipient.equals(actor)) {
			return false;
		}
		var account = accounts.byId(recipient).filter(a -> a.isEnabled()).orElse(null);
		if (account == null || account.partyId().isEmpty()) {
			return false;
		}
		var reader = Participant.of(account).orElseThrow();
		if (!about.space().readableBy(reader)) {
			return false;
		}
		// Parties carry no language yet, so notices are written in the default one.
		Locale locale = Locale.ENGLISH;
		String key = "community.notify." + about.kind().name();
		String subject = cut(messages.getMessage(key, about.args(), locale), MAX_SUBJECT);
		String body = cut(messages.getMessage(key + ".body", about.args(), locale), MAX_BODY - 300) + "\n"
				+ about.path();
		UUID party = account.partyId().get();
		UUID message = UUID.randomUUID();
		if (!book.record(new NoticeBook.Notice(recipient, party, about.kind(), about.ref(), about.space().slug(),
				about.threadId(), about.postId(), subject, body, message), clock.instant())) {
			return false;
		}
		outreach.send(new OutboundMessage(party, Channel.IN_APP, Purpose.COMMUNITY, subject, body,
				"community " + about.kind().name().toLowerCase(Locale.ROOT) + " " + about.ref()), message);
		return true;
	}

	private static String cut(String text, int max) {
		String flat = text.strip();
		return flat.length() <= max ? flat : flat.substring(0, max - 1) + "…";
	}
}
