package app.agora.community;

import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

/**
 * A space, thread or post that does not exist for the asker: the same 404
 * whether it is missing or members-only and they are not a member.
 */
public class CommunityNotFound extends ErrorResponseException {

	public CommunityNotFound(String detail) {
		super(HttpStatus.NOT_FOUND);
		getBody().setDetail(detail);
	}
}
