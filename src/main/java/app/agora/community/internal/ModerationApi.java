package app.agora.community.internal;

import app.agora.access.Accounts;
import app.agora.access.SignedInUser;
import app.agora.community.CommunityAnswers;
import app.agora.community.CommunityRefused;
import app.agora.community.FlagReason;
import app.agora.community.Moderation;
import app.agora.community.ModerationEntry;
import app.agora.community.ModerationItem;
import app.agora.community.Participant;
import app.agora.community.Standing;
import app.agora.community.Suspension;
import app.agora.community.TrustLevel;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Flags, trust standing and moderation as JSON. Errors are problem details: 400
 * (with {@code field}), 401, 403, 404, 409.
 */
@RestController
@RequestMapping("/api/v1/community")
class ModerationApi {

	private final Moderation moderation;
	private final Accounts accounts;
	private final CommunityAnswers answers;

	ModerationApi(Moderation moderation, Accounts accounts, CommunityAnswers answers) {
		this.answers = answers;
		this.moderation = moderation;
		this.accounts = accounts;
	}

	record FlagBody(FlagReason reason, String note) {
	}

	record ReasonBody(String reason) {
	}

	record EditBody(String text, Integer version, String reason) {
	}

	record MoveBody(String space, String reason) {
	}

	record LockBody(boolean locked, String reason) {
	}

	record SuspendBody(String email, Integer days, Integer hours, String reason) {
	}

	record GrantBody(String email, TrustLevel level, String reason) {
	}

	@PostMapping("/posts/{postId}/flags")
	ResponseEntity<Void> flag(@AuthenticationPrincipal SignedInUser me, @PathVariable long postId,
			@RequestBody FlagBody body) {
		moderation.flag(postId, body.reason(), body.note(), who(me));
		return ResponseEntity.created(URI.create("/api/v1/community/posts/" + postId + "/flags")).build();
	}

	@GetMapping("/posts/{postId}/flags")
	List<ModerationItem.Flag> flags(@AuthenticationPrincipal SignedInUser me, @PathVariable long postId) {
		return moderation.flags(postId, who(me));
	}

	@GetMapping("/trust/me")
	Standing myStanding(@AuthenticationPrincipal SignedInUser me) {
		Moderators.signedIn(who(me));
		return moderation.standing(me.accountId(), me.isStaff());
	}

	@GetMapping("/moderation/queue")
	List<ModerationItem> queue(@AuthenticationPrincipal SignedInUser me) {
		return moderation.queue(who(me));
	}

	@PostMapping("/moderation/posts/{postId}/{action}")
	ResponseEntity<Void> act(@AuthenticationPrincipal SignedInUser me, @PathVariable long postId,
			@PathVariable String action, @RequestBody(required = false) ReasonBody body) {
		String reason = body == null ? null : body.reason();
		switch (action) {
			case "approve" -> moderation.approve(postId, reason, who(me));
			case "reject" -> moderation.reject(postId, reason, who(me));
			case "hide" -> moderation.hide(postId, reason, who(me));
			case "show" -> moderation.show(postId, reason, who(me));
			default -> throw new app.agora.community.CommunityNotFound("No action '" + action + "'.");
		}
		return ResponseEntity.noContent().build();
	}

	@PutMapping("/moderation/posts/{postId}")
	CommunityJson.PostJson edit(@AuthenticationPrincipal SignedInUser me, @PathVariable long postId,
			@RequestBody EditBody body) {
		if (body.version() == null) {
			throw CommunityRefused.invalid("version", "community.error.version",
					"Send the version of the post you edited.");
		}
		var post = moderation.edit(postId, body.text(), body.version(), body.reason(), who(me));
		return CommunityJson.post(post, who(me), answers.likes(List.of(post), who(me)).get(post.id()));
	}

	@PostMapping("/moderation/threads/{threadId}/move")
	ResponseEntity<Void> move(@AuthenticationPrincipal SignedInUser me, @PathVariable long threadId,
			@RequestBody MoveBody body) {
		moderation.move(threadId, body.space(), body.reason(), who(me));
		return ResponseEntity.noContent().build();
	}

	@PutMapping("/moderation/threads/{threadId}/lock")
	ResponseEntity<Void> lock(@AuthenticationPrincipal SignedInUser me, @PathVariable long threadId,
			@RequestBody LockBody body) {
		moderation.lock(threadId, body.locked(), body.reason(), who(me));
		return ResponseEntity.noContent().build();
	}

	@GetMapping("/moderation/suspensions")
	List<Suspension> suspensions(@AuthenticationPrincipal SignedInUser me) {
		return moderation.suspensions(who(me));
	}

	@PostMapping("/moderation/suspensions")
	ResponseEntity<Suspension> suspend(@AuthenticationPrincipal SignedInUser me, @RequestBody SuspendBody body) {
		Suspension suspension = moderation.suspend(member(body.email()), length(body.days(), body.hours()),
				body.reason(), who(me));
		return ResponseEntity.status(HttpStatus.CREATED)
				.location(URI.create("/api/v1/community/moderation/suspensions/" + suspension.id())).body(suspension);
	}

	@DeleteMapping("/moderation/suspensions/{id}")
	ResponseEntity<Void> lift(@AuthenticationPrincipal SignedInUser me, @PathVariable long id,
			@RequestParam(required = false) String reason) {
		moderation.lift(id, reason, who(me));
		return ResponseEntity.noContent().build();
	}

	@PutMapping("/moderation/members/trust")
	ResponseEntity<Void> grant(@AuthenticationPrincipal SignedInUser me, @RequestBody GrantBody body) {
		moderation.grant(member(body.email()), body.level(), body.reason(), who(me));
		return ResponseEntity.noContent().build();
	}

	@GetMapping("/moderation/log")
	List<ModerationEntry> log(@AuthenticationPrincipal SignedInUser me, @RequestParam(defaultValue = "100") int limit) {
		return moderation.log(who(me), limit);
	}

	/**
	 * The account with this email, or null (refused by the service as an unknown
	 * member).
	 */
	private UUID member(String email) {
		return email == null ? null : accounts.byEmail(email.strip()).map(SignedInUser::accountId).orElse(null);
	}

	static Duration length(Integer days, Integer hours) {
		if (days == null && hours == null) {
			return null;
		}
		return Duration.ofDays(days == null ? 0 : days).plusHours(hours == null ? 0 : hours);
	}

	private static Participant who(SignedInUser me) {
		return Participant.of(me).orElse(null);
	}
}
