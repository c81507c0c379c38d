package app.agora.parties;

import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

/** No import with this id: a 404, like any other unknown record. */
public class ImportNotFound extends ErrorResponseException {

	public ImportNotFound(UUID id) {
		super(HttpStatus.NOT_FOUND);
		getBody().setDetail("No import with id " + id + ".");
	}
}
