package app.agora.community.internal;

import app.agora.access.SignedInUser;
import app.agora.community.Community;
import app.agora.community.CommunityAnswers;
import app.agora.community.Participant;
import app.agora.community.Post;
import app.agora.community.PostLikes;
import app.agora.community.PostRevision;
import app.agora.community.Space;
import app.agora.community.SpaceDraft;
import app.agora.community.ThreadDraft;
import app.agora.community.ThreadKind;
import app.agora.community.ThreadSummary;
import app.agora.community.Visibility;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The community as JSON: public spaces read without a token, writing with one
 * (or a session). Errors are problem details.
 */
@RestController
@RequestMapping("/api/v1/community")
class CommunityApi {

	private final Community community;
	private final CommunityAnswers answers;
	private final AuthorBadges badges;

	CommunityApi(Community community, CommunityAnswers answers, AuthorBadges badges) {
		this.community = community;
		this.answers = answers;
		this.badges = badges;
	}

	record SpaceBody(String slug, String name, String description, Visibility visibility, List<String> products,
			List<UUID> members, List<UUID> moderators) {
		SpaceDraft draft() {
			return new SpaceDraft(slug, name, description, visibility, products, members, moderators);
		}
	}

	record ThreadBody(ThreadKind kind, String title, String productName, String text) {
	}

	record ReplyBody(String text, Long quotedPostId) {
	}

	record EditBody(String text, Integer version) {
	}

	record LockBody(boolean locked) {
	}

	@GetMapping("/spaces")
	List<CommunityJson.SpaceJson> spaces(@AuthenticationPrincipal SignedInUser me) {
		return community.spaces(who(me)).stream().map(s -> CommunityJson.space(s, who(me))).toList();
	}

	@PostMapping("/spaces")
	ResponseEntity<CommunityJson.SpaceJson> createSpace(@AuthenticationPrincipal SignedInUser me,
			@RequestBody SpaceBody body) {
		Space space = community.createSpace(body.draft(), who(me));
		return ResponseEntity.created(URI.create("/api/v1/community/spaces/" + space.slug()))
				.body(CommunityJson.space(space, who(me)));
	}

	@GetMapping("/spaces/{slug}")
	CommunityJson.SpaceJson space(@AuthenticationPrincipal SignedInUser me, @PathVariable String slug) {
		return CommunityJson.space(community.space(slug, who(me)), who(me));
	}

	@PutMapping("/spaces/{slug}")
	CommunityJson.SpaceJson updateSpace(@AuthenticationPrincipal SignedInUser me, @PathVariable String slug,
			@RequestBody SpaceBody body) {
		return CommunityJson.space(community.updateSpace(slug, body.draft(), who(me)), who(me));
	}

	@GetMapping("/spaces/{slug}/threads")
	CommunityJson.ThreadListJson threads(@AuthenticationPrincipal SignedInUser me, @PathVariable String slug,
			@RequestParam(defaultValue = "1") int page) {
		var list = community.threads(slug, who(me), page);
		return CommunityJson.threads(list, who(me), answers.standings(list.threads(), who(me)));
	}

	@PostMapping("/spaces/{slug}/threads")
	ResponseEntity<ThreadSummary> startThread(@AuthenticationPrincipal SignedInUser me, @PathVariable String slug,
			@RequestBody ThreadBody body) {
		ThreadSummary thread = community.startThread(slug,
				new ThreadDraft(body.kind(), body.title(), body.productName(), body.text()), who(me));
		// 202 when the first post waits for approval (trust and moderation).
		return (badges.waits(thread.id(), who(me))
				? ResponseEntity.accepted()
				: ResponseEntity.created(URI.create("/api/v1/community/spaces/" + slug + "/threads/" + thread.id())))
				.body(thread);
	}

	@GetMapping("/spaces/{slug}/threads/{threadId}")
	CommunityJson.ThreadPageJson thread(@AuthenticationPrincipal SignedInUser me, @PathVariable String slug,
			@PathVariable long threadId, @RequestParam(defaultValue = "1") int page) {
		var thread = community.thread(slug, threadId, who(me), page);
		return CommunityJson.thread(thread, who(me), answers.standing(slug, threadId, who(me)),
				answers.likes(thread.posts(), who(me)));
	}

	@PostMapping("/spaces/{slug}/threads/{threadId}/posts")
	ResponseEntity<CommunityJson.PostJson> reply(@AuthenticationPrincipal SignedInUser me, @PathVariable String slug,
			@PathVariable long threadId, @RequestBody ReplyBody body) {
		Post post = community.reply(slug, threadId, body.text(), body.quotedPostId(), who(me));
		return (post.status() == app.agora.community.PostStatus.PENDING
				? ResponseEntity.accepted()
				: ResponseEntity.created(URI.create("/api/v1/community/posts/" + post.id())))
				.body(CommunityJson.post(post, who(me), PostLikes.none(post.id())));
	}

	@PutMapping("/spaces/{slug}/threads/{threadId}/lock")
	ResponseEntity<Void> lock(@AuthenticationPrincipal SignedInUser me, @PathVariable String slug,
			@PathVariable long threadId, @RequestBody LockBody body) {
		community.lock(slug, threadId, body.locked(), who(me));
		return ResponseEntity.noContent().build();
	}

	@GetMapping("/posts/{postId}")
	CommunityJson.PostJson post(@AuthenticationPrincipal SignedInUser me, @PathVariable long postId) {
		return json(community.post(postId, who(me)), who(me));
	}

	@PutMapping("/posts/{postId}")
	CommunityJson.PostJson edit(@AuthenticationPrincipal SignedInUser me, @PathVariable long postId,
			@RequestBody EditBody body) {
		if (body.version() == null) {
			throw app.agora.community.CommunityRefused.invalid("version", "community.error.version",
					"Send the version of the post you edited.");
		}
		return json(community.edit(postId, body.text(), body.version(), who(me)), who(me));
	}

	@GetMapping("/posts/{postId}/revisions")
	List<PostRevision> revisions(@AuthenticationPrincipal SignedInUser me, @PathVariable long postId) {
		return community.revisions(postId, who(me));
	}

	private CommunityJson.PostJson json(Post post, Participant who) {
		return CommunityJson.post(post, who, answers.likes(List.of(post), who).get(post.id()));
	}

	private static Participant who(SignedInUser me) {
		return Participant.of(me).orElse(null);
	}
}
