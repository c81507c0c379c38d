package app.agora.outreach.internal;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Properties;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Writes each email as an RFC 822 .eml file under
 * {@code ${agora.data-dir}/outbox}: nothing leaves the machine, and any mail
 * program opens the files. The default, so a fresh install never mails real
 * people by accident.
 */
@Component
@ConditionalOnProperty(name = "agora.outreach.mail-mode", havingValue = "outbox", matchIfMissing = true)
class OutboxDrop implements MailDrop {

	private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")
			.withZone(ZoneOffset.UTC);

	private final Path outbox;
	private final Session session;

	OutboxDrop(@Value("${agora.data-dir}") Path dataDir, OutreachProperties properties) {
		this.outbox = dataDir.resolve("outbox");
		var settings = new Properties();
		// Names the sender for generated headers, so Jakarta Mail never asks the
		// network for a host name.
		settings.setProperty("mail.from", properties.from());
		this.session = Session.getInstance(settings);
	}

	Path folder() {
		return outbox;
	}

	@Override
	public MimeMessage create() {
		return new KeptIdMessage(session);
	}

	@Override
	public void drop(MimeMessage message) throws MessagingException, IOException {
		message.saveChanges();
		Files.createDirectories(outbox);
		String id = message.getHeader("X-Agora-Message-Id", null);
		String name = STAMP.format(message.getSentDate().toInstant()) + "-" + id + ".eml";
		// Written aside, then moved: whoever watches the folder never sees half a
		// message.
		Path partial = outbox.resolve(name + ".part");
		try (OutputStream out = Files.newOutputStream(partial)) {
			message.writeTo(out);
		}
		Files.move(partial, outbox.resolve(name), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
	}

	@Override
	public String describe() {
		return "outbox folder " + outbox.toAbsolutePath().normalize();
	}

	/** Keeps the Message-ID the channel set instead of generating a new one. */
	private static final class KeptIdMessage extends MimeMessage {

		KeptIdMessage(Session session) {
			super(session);
		}

		@Override
		protected void updateMessageID() throws MessagingException {
			if (getMessageID() == null) {
				super.updateMessageID();
			}
		}
	}
}
