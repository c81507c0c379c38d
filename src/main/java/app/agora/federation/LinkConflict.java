package app.agora.federation;

import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

/**
 * A link decision that the current state refuses: the review was decided
 * already, the record was linked elsewhere meanwhile, or staff said the two are
 * never the same. Answers 409 with the reason.
 */
public class LinkConflict extends ErrorResponseException {

	public LinkConflict(String detail) {
		super(HttpStatus.CONFLICT);
		getBody().setDetail(detail);
	}

	@Override
	public String getMessage() {
		return getBody().getDetail();
	}
}
