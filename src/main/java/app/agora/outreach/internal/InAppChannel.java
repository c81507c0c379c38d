package app.agora.outreach.internal;

import app.agora.outreach.Channel;
import app.agora.outreach.spi.ChannelProvider;
import app.agora.outreach.spi.Envelope;
import app.agora.outreach.spi.Recipient;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Notifications the recipient reads on their own pages. Every party can be
 * reached: one who has no account yet sees them after signing up.
 */
@Component
class InAppChannel implements ChannelProvider {

	private final Notifications notifications;

	InAppChannel(Notifications notifications) {
		this.notifications = notifications;
	}

	@Override
	public String id() {
		return "in-app";
	}

	@Override
	public Channel channel() {
		return Channel.IN_APP;
	}

	@Override
	public String helpText() {
		return "Stores a notification that the recipient reads at /me/notifications.";
	}

	@Override
	public Optional<String> address(Recipient recipient) {
		return Optional.of(recipient.partyId().toString());
	}

	@Override
	public void deliver(Envelope envelope) {
		notifications.add(envelope.recipient().partyId(), envelope.messageId(), envelope.purpose(), envelope.subject(),
				envelope.body(), envelope.sentAt());
	}
}
