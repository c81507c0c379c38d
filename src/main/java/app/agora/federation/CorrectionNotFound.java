package app.agora.federation;

import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

/**
 * No such correction request for this asker: unknown ids and other customers'
 * ids get the same 404.
 */
public class CorrectionNotFound extends ErrorResponseException {

	public CorrectionNotFound(UUID id) {
		super(HttpStatus.NOT_FOUND);
		getBody().setDetail("No correction request with id " + id + ".");
	}
}
