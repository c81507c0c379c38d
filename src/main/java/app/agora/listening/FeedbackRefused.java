package app.agora.listening;

import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

/**
 * Input listening refuses, with the field it concerns, a message key for pages
 * and a detail for the API (400, 404, 409). Nothing is stored.
 */
public class FeedbackRefused extends ErrorResponseException {

	private final String field;
	private final String messageKey;

	public FeedbackRefused(HttpStatus status, String field, String messageKey, String detail) {
		super(status);
		this.field = field;
		this.messageKey = messageKey;
		getBody().setDetail(detail);
		if (field != null) {
			getBody().setProperty("field", field);
		}
	}

	public static FeedbackRefused invalid(String field, String messageKey, String detail) {
		return new FeedbackRefused(HttpStatus.BAD_REQUEST, field, messageKey, detail);
	}

	public static FeedbackRefused notFound(String what) {
		return new FeedbackRefused(HttpStatus.NOT_FOUND, null, "listening.error.notFound", what);
	}

	/** The form field the problem belongs to, or null. */
	public String field() {
		return field;
	}

	public String messageKey() {
		return messageKey;
	}
}
