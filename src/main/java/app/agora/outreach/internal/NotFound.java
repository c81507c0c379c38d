package app.agora.outreach.internal;

import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

/**
 * Something that does not exist for the asker; the same 404 whether it is
 * missing or someone else's.
 */
class NotFound extends ErrorResponseException {

	NotFound(String detail) {
		super(HttpStatus.NOT_FOUND);
		getBody().setDetail(detail);
	}

	static NotFound noParty() {
		return new NotFound("Your account stands for no party, so it has no preferences or notifications.");
	}
}
