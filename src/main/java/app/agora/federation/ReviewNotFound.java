package app.agora.federation;

import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

/** No pair in the review queue with this id: 404. */
public class ReviewNotFound extends ErrorResponseException {

	public ReviewNotFound(UUID id) {
		super(HttpStatus.NOT_FOUND);
		getBody().setDetail("No review with id " + id + ".");
	}
}
