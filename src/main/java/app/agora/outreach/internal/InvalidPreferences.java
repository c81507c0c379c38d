package app.agora.outreach.internal;

import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

/**
 * Preferences sent to the API that break a rule: 400, with one entry per field
 * like other validation errors.
 */
class InvalidPreferences extends ErrorResponseException {

	InvalidPreferences(List<Map<String, String>> errors) {
		super(HttpStatus.BAD_REQUEST);
		getBody().setDetail("Some fields are not valid.");
		getBody().setProperty("errors", errors);
	}
}
