package app.agora.web;

import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

/**
 * Input a module refuses, told both ways: to programs as problem details (the
 * status, a detail and the {@code field} it concerns), to people as a message
 * key that a page shows beside that field. Nothing is stored when it is thrown.
 */
public class Refused extends ErrorResponseException {

	private final String field;
	private final String messageKey;

	protected Refused(HttpStatus status, String field, String messageKey, String detail) {
		super(status);
		this.field = field;
		this.messageKey = messageKey;
		getBody().setDetail(detail);
		if (field != null) {
			getBody().setProperty("field", field);
		}
	}

	/** The form field the problem belongs to, or null. */
	public String field() {
		return field;
	}

	public String messageKey() {
		return messageKey;
	}
}
