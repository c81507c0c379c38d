package app.agora.outreach.internal;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;

/**
 * Where a finished email goes: the outbox folder or an SMTP server
 * (agora.outreach.mail-mode).
 */
interface MailDrop {

	/** A blank message bound to the right mail session. */
	MimeMessage create();

	void drop(MimeMessage message) throws MessagingException, IOException;

	/** For the staff page: where mail goes. */
	String describe();
}
