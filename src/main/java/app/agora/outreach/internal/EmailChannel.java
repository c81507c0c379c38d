package app.agora.outreach.internal;

import app.agora.outreach.Channel;
import app.agora.outreach.Purpose;
import app.agora.outreach.spi.ChannelException;
import app.agora.outreach.spi.ChannelProvider;
import app.agora.outreach.spi.Envelope;
import app.agora.outreach.spi.Recipient;
import jakarta.mail.Message.RecipientType;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.Locale;
import java.util.Optional;
import org.springframework.mail.MailException;
import org.springframework.stereotype.Component;

/**
 * Email to the address on the party record, as plain text with a line saying
 * why the recipient gets it. Where it goes depends on {@link MailDrop}.
 */
@Component
class EmailChannel implements ChannelProvider {

	private final MailDrop drop;
	private final OutreachProperties properties;

	EmailChannel(MailDrop drop, OutreachProperties properties) {
		this.drop = drop;
		this.properties = properties;
		try {
			// A wrong sender would fail every email; better to refuse to start and say why.
			new InternetAddress(properties.from(), true).validate();
		} catch (AddressException e) {
			throw new IllegalStateException("agora.outreach.from is not a valid email address: " + properties.from(),
					e);
		}
	}

	@Override
	public String id() {
		return "email";
	}

	@Override
	public Channel channel() {
		return Channel.EMAIL;
	}

	@Override
	public String helpText() {
		return "Sends email from " + properties.from() + " to the party's address, through the " + drop.describe()
				+ " (agora.outreach.mail-mode).";
	}

	@Override
	public Optional<String> address(Recipient recipient) {
		if (recipient.email() == null || recipient.email().isBlank()) {
			return Optional.empty();
		}
		try {
			var address = new InternetAddress(recipient.email().strip(), true);
			address.validate();
			return Optional.of(address.getAddress());
		} catch (AddressException e) {
			return Optional.empty();
		}
	}

	@Override
	public void deliver(Envelope envelope) throws ChannelException {
		try {
			var message = drop.create();
			message.setFrom(new InternetAddress(properties.from(), true));
			message.setRecipient(RecipientType.TO, new InternetAddress(envelope.address(),
					envelope.recipient().displayName(), StandardCharsets.UTF_8.name()));
			message.setSubject(envelope.subject(), StandardCharsets.UTF_8.name());
			message.setText(envelope.body() + footer(envelope.purpose()), StandardCharsets.UTF_8.name());
			message.setSentDate(Date.from(envelope.sentAt()));
			message.setHeader("Message-ID", "<" + envelope.messageId() + "@agora>");
			message.setHeader("X-Agora-Message-Id", envelope.messageId().toString());
			message.setHeader("X-Agora-Purpose", envelope.purpose().name());
			if (envelope.purpose() == Purpose.SERVICE) {
				// RFC 3834: tells vacation responders not to answer.
				message.setHeader("Auto-Submitted", "auto-generated");
			}
			drop.drop(message);
		} catch (MessagingException | IOException | MailException e) {
			throw new ChannelException("Could not send email: " + e.getMessage(), e);
		}
	}

	private static String footer(Purpose purpose) {
		return "\n\n-- \nYou get this " + purpose.name().toLowerCase(Locale.ROOT)
				+ " message because your contact preferences allow it."
				+ " Sign in to Agora and open \"Contact preferences\" to change them.\n";
	}
}
