package app.agora.community.internal;

import app.agora.access.SignedInUser;
import app.agora.community.Community;
import app.agora.community.CommunityAnswers;
import app.agora.community.CommunityRefused;
import app.agora.community.IdeaStatusEntry;
import app.agora.community.Participant;
import app.agora.community.PostLikes;
import app.agora.community.ThreadList;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Accepted answers, idea votes and status, and likes as JSON, beside the
 * community API. Errors are problem details.
 */
@RestController
@RequestMapping("/api/v1/community")
class AnswersApi {

	private static final String THREAD = "/spaces/{slug}/threads/{threadId}";

	private final CommunityAnswers answers;
	private final Community community;

	AnswersApi(CommunityAnswers answers, Community community) {
		this.answers = answers;
		this.community = community;
	}

	record AnswerBody(Long postId) {
	}

	record StatusBody(String status, String comment) {
	}

	record IdeaListJson(CommunityJson.SpaceJson space, String status, List<AnswersJson.ThreadJson> threads, int page,
			int pageSize, long total, int totalPages) {
	}

	@GetMapping(THREAD + "/standing")
	AnswersJson.StandingJson standing(@AuthenticationPrincipal SignedInUser me, @PathVariable String slug,
			@PathVariable long threadId) {
		return AnswersJson.standing(answers.standing(slug, threadId, who(me)));
	}

	@PutMapping(THREAD + "/answer")
	AnswersJson.StandingJson accept(@AuthenticationPrincipal SignedInUser me, @PathVariable String slug,
			@PathVariable long threadId, @RequestBody AnswerBody body) {
		if (body.postId() == null) {
			throw CommunityRefused.invalid("postId", "community.answers.error.otherThread",
					"Send the id of the reply to accept as postId.");
		}
		return AnswersJson.standing(answers.accept(slug, threadId, body.postId(), who(me)));
	}

	@DeleteMapping(THREAD + "/answer")
	AnswersJson.StandingJson unaccept(@AuthenticationPrincipal SignedInUser me, @PathVariable String slug,
			@PathVariable long threadId) {
		return AnswersJson.standing(answers.unaccept(slug, threadId, who(me)));
	}

	@PostMapping(THREAD + "/votes")
	@ResponseStatus(HttpStatus.CREATED)
	AnswersJson.StandingJson vote(@AuthenticationPrincipal SignedInUser me, @PathVariable String slug,
			@PathVariable long threadId) {
		return AnswersJson.standing(answers.vote(slug, threadId, who(me)));
	}

	@DeleteMapping(THREAD + "/votes")
	AnswersJson.StandingJson withdrawVote(@AuthenticationPrincipal SignedInUser me, @PathVariable String slug,
			@PathVariable long threadId) {
		return AnswersJson.standing(answers.withdrawVote(slug, threadId, who(me)));
	}

	@PutMapping(THREAD + "/idea-status")
	AnswersJson.StandingJson changeStatus(@AuthenticationPrincipal SignedInUser me, @PathVariable String slug,
			@PathVariable long threadId, @RequestBody StatusBody body) {
		return AnswersJson.standing(answers.changeIdeaStatus(slug, threadId, AnswersJson.ideaStatus(body.status()),
				body.comment(), who(me)));
	}

	@GetMapping(THREAD + "/idea-status")
	List<IdeaStatusEntry> statusHistory(@AuthenticationPrincipal SignedInUser me, @PathVariable String slug,
			@PathVariable long threadId) {
		return answers.ideaHistory(slug, threadId, who(me));
	}

	/** The space's ideas with one status: {@code ?status=PLANNED}. */
	@GetMapping(value = "/spaces/{slug}/threads", params = "status")
	IdeaListJson ideas(@AuthenticationPrincipal SignedInUser me, @PathVariable String slug, @RequestParam String status,
			@RequestParam(defaultValue = "1") int page) {
		var ideaStatus = AnswersJson.ideaStatus(status);
		ThreadList list = answers.ideas(slug, ideaStatus, who(me), page);
		var standings = answers.standings(list.threads(), who(me));
		return new IdeaListJson(CommunityJson.space(list.space(), who(me)), ideaStatus.name(),
				list.threads().stream().map(t -> AnswersJson.thread(t, standings.get(t.id()))).toList(), list.page(),
				list.pageSize(), list.total(), list.totalPages());
	}

	@GetMapping("/posts/{postId}/likes")
	PostLikes likes(@AuthenticationPrincipal SignedInUser me, @PathVariable long postId) {
		Participant who = who(me);
		return answers.likes(List.of(community.post(postId, who)), who).get(postId);
	}

	@PostMapping("/posts/{postId}/likes")
	@ResponseStatus(HttpStatus.CREATED)
	PostLikes like(@AuthenticationPrincipal SignedInUser me, @PathVariable long postId) {
		return answers.like(postId, who(me));
	}

	@DeleteMapping("/posts/{postId}/likes")
	PostLikes unlike(@AuthenticationPrincipal SignedInUser me, @PathVariable long postId) {
		return answers.unlike(postId, who(me));
	}

	private static Participant who(SignedInUser me) {
		return Participant.of(me).orElse(null);
	}
}
