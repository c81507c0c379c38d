package app.agora.outreach.internal;

import app.agora.outreach.Channel;
import app.agora.outreach.OutboundMessage;
import app.agora.outreach.Outreach;
import app.agora.outreach.Purpose;
import app.agora.parties.PartiesImported;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells whoever started an import how it went, in-app, through the gate like
 * any other message.
 */
@Component
class ImportNotice {

	private static final int MAX_FILE_NAME = 80;

	private final Outreach outreach;
	private final MessageSource messages;

	ImportNotice(Outreach outreach, MessageSource messages) {
		this.outreach = outreach;
		this.messages = messages;
	}

	@ApplicationModuleListener
	void on(PartiesImported event) {
		tell(event);
	}

	/**
	 * Sends the notice; the listener above runs it after the import's transaction,
	 * on its own thread.
	 */
	void tell(PartiesImported event) {
		if (event.requestedBy() == null) {
			return;
		}
		String file = shorten(event.fileName());
		boolean done = event.outcome() == PartiesImported.Outcome.COMPLETED;
		// Parties carry no language yet, so notices are written in the default one.
		Locale locale = Locale.ENGLISH;
		Object[] args = {file, event.created(), event.updated(), event.rejected()};
		String subject = messages.getMessage(done ? "outreach.import.done" : "outreach.import.failed", args, locale);
		String body = messages.getMessage(done ? "outreach.import.doneBody" : "outreach.import.failedBody", args,
				locale);
		outreach.send(new OutboundMessage(event.requestedBy(), Channel.IN_APP, Purpose.SERVICE, subject, body,
				"import " + event.importId()));
	}

	private static String shorten(String fileName) {
		if (fileName == null || fileName.isBlank()) {
			return "?";
		}
		String name = fileName.strip().replaceAll("[\\r\\n]+", " ");
		return name.length() <= MAX_FILE_NAME ? name : name.substring(0, MAX_FILE_NAME - 1) + "…";
	}
}
