package app.agora.listening;

import app.agora.web.Refused;
import org.springframework.http.HttpStatus;

/**
 * Input listening refuses, with the field it concerns, a message key for pages
 * and a detail for the API (400, 404, 409). Nothing is stored.
 */
public class FeedbackRefused extends Refused {

	public FeedbackRefused(HttpStatus status, String field, String messageKey, String detail) {
		super(status, field, messageKey, detail);
	}

	public static FeedbackRefused invalid(String field, String messageKey, String detail) {
		return new FeedbackRefused(HttpStatus.BAD_REQUEST, field, messageKey, detail);
	}

	public static FeedbackRefused notFound(String what) {
		return new FeedbackRefused(HttpStatus.NOT_FOUND, null, "listening.error.notFound", what);
	}
}
