package app.agora.parties;

import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

/**
 * No party with this id, or none the asker may see: both answer the same 404.
 */
public class PartyNotFound extends ErrorResponseException {

	public PartyNotFound(UUID id) {
		super(HttpStatus.NOT_FOUND);
		getBody().setDetail("No party with id " + id + ".");
	}
}
