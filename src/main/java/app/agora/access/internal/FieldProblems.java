package app.agora.access.internal;

import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponseException;

/**
 * Turns field → message-key errors into the same problem body the rest of the
 * API answers for invalid fields.
 */
@Component
class FieldProblems {

	private final MessageSource messages;

	FieldProblems(MessageSource messages) {
		this.messages = messages;
	}

	ErrorResponseException of(HttpStatus status, Map<String, String> errors) {
		var problem = ProblemDetail.forStatusAndDetail(status, "Some fields are not valid.");
		problem.setProperty("errors", errors.entrySet().stream().map(e -> Map.of("field", e.getKey(), "message",
				messages.getMessage(e.getValue(), null, LocaleContextHolder.getLocale()))).toList());
		return new ErrorResponseException(status, problem, null);
	}
}
