package app.agora.community;

import app.agora.web.Refused;
import org.springframework.http.HttpStatus;

/**
 * A write the community refuses, with a message key for pages and a detail for
 * the API: not a member (403), a locked thread (409), a stale edit (409),
 * someone else's post (403), bad input (400). Nothing is stored.
 */
public class CommunityRefused extends Refused {

	public CommunityRefused(HttpStatus status, String field, String messageKey, String detail) {
		super(status, field, messageKey, detail);
	}

	public static CommunityRefused invalid(String field, String messageKey, String detail) {
		return new CommunityRefused(HttpStatus.BAD_REQUEST, field, messageKey, detail);
	}

	public static CommunityRefused notMember() {
		return new CommunityRefused(HttpStatus.FORBIDDEN, null, "community.error.notMember",
				"Only members of this space may post in it.");
	}

	public static CommunityRefused locked() {
		return new CommunityRefused(HttpStatus.CONFLICT, "text", "community.error.locked",
				"This thread is locked: it takes no more replies.");
	}

	public static CommunityRefused stale() {
		return new CommunityRefused(HttpStatus.CONFLICT, "text", "community.error.stale",
				"The post was edited meanwhile; reload it and try again.");
	}

	public static CommunityRefused notAuthor() {
		return new CommunityRefused(HttpStatus.FORBIDDEN, null, "community.error.notAuthor",
				"Only the author may edit this post.");
	}
}
