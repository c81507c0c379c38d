package app.agora.community.internal;

import app.agora.access.SignedInUser;
import app.agora.community.Participant;
import java.time.Instant;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Member profiles, follows and the email digest choice as JSON. The
 * notifications themselves are outreach's {@code /api/v1/me/notifications}.
 */
@RestController
class NotifyApi {

	private final Following following;

	NotifyApi(Following following) {
		this.following = following;
	}

	record DigestBody(String frequency) {
	}

	record DigestJson(String frequency, Instant lastSentAt) {
	}

	@GetMapping("/api/v1/community/members/{handle}")
	Following.Profile member(@AuthenticationPrincipal SignedInUser me, @PathVariable String handle) {
		return following.profile(handle, who(me));
	}

	@GetMapping("/api/v1/me/follows")
	List<Follows.Followed> follows(@AuthenticationPrincipal SignedInUser me) {
		return following.followed(who(me));
	}

	@PutMapping("/api/v1/me/follows/spaces/{slug}")
	ResponseEntity<Void> followSpace(@AuthenticationPrincipal SignedInUser me, @PathVariable String slug) {
		following.followSpace(slug, who(me), true);
		return ResponseEntity.noContent().build();
	}

	@DeleteMapping("/api/v1/me/follows/spaces/{slug}")
	ResponseEntity<Void> unfollowSpace(@AuthenticationPrincipal SignedInUser me, @PathVariable String slug) {
		following.followSpace(slug, who(me), false);
		return ResponseEntity.noContent().build();
	}

	@PutMapping("/api/v1/me/follows/spaces/{slug}/threads/{threadId}")
	ResponseEntity<Void> followThread(@AuthenticationPrincipal SignedInUser me, @PathVariable String slug,
			@PathVariable long threadId) {
		following.followThread(slug, threadId, who(me), true);
		return ResponseEntity.noContent().build();
	}

	@DeleteMapping("/api/v1/me/follows/spaces/{slug}/threads/{threadId}")
	ResponseEntity<Void> unfollowThread(@AuthenticationPrincipal SignedInUser me, @PathVariable String slug,
			@PathVariable long threadId) {
		following.followThread(slug, threadId, who(me), false);
		return ResponseEntity.noContent().build();
	}

	@GetMapping("/api/v1/me/community-digest")
	DigestJson digest(@AuthenticationPrincipal SignedInUser me) {
		var setting = following.digest(who(me));
		return new DigestJson(setting.frequency().name(), setting.lastSentAt());
	}

	@PutMapping("/api/v1/me/community-digest")
	DigestJson chooseDigest(@AuthenticationPrincipal SignedInUser me, @RequestBody DigestBody body) {
		var setting = following.chooseDigest(who(me), body == null ? null : body.frequency());
		return new DigestJson(setting.frequency().name(), setting.lastSentAt());
	}

	private static Participant who(SignedInUser me) {
		return Participant.of(me).orElse(null);
	}
}
