package app.agora.parties.internal.importing;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Messages of a running import, in the requester's language: it runs in the
 * background, where no request says which language to use.
 */
@Component
class ImportMessages {

	private final MessageSource messages;

	ImportMessages(MessageSource messages) {
		this.messages = messages;
	}

	String get(Locale locale, String key, Object... args) {
		return messages.getMessage(key, args, key, locale);
	}

	String of(Locale locale, ImportFileProblem problem) {
		return get(locale, problem.key(), problem.args());
	}
}
