package app.agora.community.internal;

import app.agora.access.SignedInUser;
import app.agora.community.Community;
import app.agora.community.CommunityAnswers;
import app.agora.community.CommunityRefused;
import app.agora.community.IdeaStatus;
import app.agora.community.Participant;
import app.agora.community.Post;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The buttons and forms of answers, votes, idea status and likes on the
 * community's pages. Each answers with the thread again; a refusal comes back
 * as a message beside what was tried, and nothing is stored.
 */
@Controller
@RequestMapping("/community")
class AnswersPages {

	private final Community community;
	private final CommunityAnswers answers;
	private final AnswersStore store;

	AnswersPages(Community community, CommunityAnswers answers, AnswersStore store) {
		this.community = community;
		this.answers = answers;
		this.store = store;
	}

	/** A space's ideas with one status ({@code ?status=PLANNED}). */
	@GetMapping(value = "/{slug}", params = "status")
	String ideas(@AuthenticationPrincipal SignedInUser me, @PathVariable String slug, @RequestParam String status,
			@RequestParam(defaultValue = "1") int page, Model model) {
		IdeaStatus wanted = AnswersJson.ideaStatus(status);
		model.addAttribute("list", answers.ideas(slug, wanted, who(me), page));
		model.addAttribute("ideaStatus", wanted);
		return "community/space";
	}

	@PostMapping("/{slug}/t/{threadId}/answer")
	String accept(@AuthenticationPrincipal SignedInUser me, @PathVariable String slug, @PathVariable long threadId,
			@RequestParam(required = false) Long post, RedirectAttributes flash) {
		try {
			if (post == null) {
				throw CommunityRefused.invalid("postId", "community.answers.error.otherThread", "Choose a reply.");
			}
			answers.accept(slug, threadId, post, who(me));
			return "redirect:" + threadPath(slug, threadId, me) + "#accepted-answer";
		} catch (CommunityRefused refused) {
			return refused(refused, flash, post == null ? "answers" : "post-" + post, threadPath(slug, threadId, me));
		}
	}

	@PostMapping("/{slug}/t/{threadId}/answer/undo")
	String unaccept(@AuthenticationPrincipal SignedInUser me, @PathVariable String slug, @PathVariable long threadId,
			RedirectAttributes flash) {
		try {
			answers.unaccept(slug, threadId, who(me));
			return "redirect:" + threadPath(slug, threadId, me);
		} catch (CommunityRefused refused) {
			return refused(refused, flash, "answers", threadPath(slug, threadId, me));
		}
	}

	@PostMapping("/{slug}/t/{threadId}/vote")
	String vote(@AuthenticationPrincipal SignedInUser me, @PathVariable String slug, @PathVariable long threadId,
			RedirectAttributes flash) {
		try {
			answers.vote(slug, threadId, who(me));
			return "redirect:" + threadPath(slug, threadId, me) + "#idea";
		} catch (CommunityRefused refused) {
			return refused(refused, flash, "idea", threadPath(slug, threadId, me));
		}
	}

	@PostMapping("/{slug}/t/{threadId}/vote/withdraw")
	String withdraw(@AuthenticationPrincipal SignedInUser me, @PathVariable String slug, @PathVariable long threadId,
			RedirectAttributes flash) {
		try {
			answers.withdrawVote(slug, threadId, who(me));
			return "redirect:" + threadPath(slug, threadId, me) + "#idea";
		} catch (CommunityRefused refused) {
			return refused(refused, flash, "idea", threadPath(slug, threadId, me));
		}
	}

	@PostMapping("/{slug}/t/{threadId}/idea-status")
	String changeStatus(@AuthenticationPrincipal SignedInUser me, @PathVariable String slug,
			@PathVariable long threadId, @RequestParam(required = false) String status,
			@RequestParam(required = false) String comment, RedirectAttributes flash) {
		try {
			answers.changeIdeaStatus(slug, threadId, AnswersJson.ideaStatus(status), comment, who(me));
			return "redirect:" + threadPath(slug, threadId, me) + "#idea";
		} catch (CommunityRefused refused) {
			flash.addFlashAttribute("statusComment", comment);
			flash.addFlashAttribute("statusField", refused.field());
			return refused(refused, flash, "idea", threadPath(slug, threadId, me));
		}
	}

	@PostMapping("/posts/{postId}/like")
	String like(@AuthenticationPrincipal SignedInUser me, @PathVariable long postId, RedirectAttributes flash) {
		try {
			answers.like(postId, who(me));
		} catch (CommunityRefused refused) {
			return refused(refused, flash, "post-" + postId, postPath(postId, me));
		}
		return "redirect:" + postPath(postId, me) + "#post-" + postId;
	}

	@PostMapping("/posts/{postId}/unlike")
	String unlike(@AuthenticationPrincipal SignedInUser me, @PathVariable long postId, RedirectAttributes flash) {
		try {
			answers.unlike(postId, who(me));
		} catch (CommunityRefused refused) {
			return refused(refused, flash, "post-" + postId, postPath(postId, me));
		}
		return "redirect:" + postPath(postId, me) + "#post-" + postId;
	}

	/**
	 * Not signed in or not allowed: the error page. Anything else: back to the
	 * thread with the message beside what was tried.
	 */
	private static String refused(CommunityRefused refused, RedirectAttributes flash, String at, String path) {
		int status = refused.getStatusCode().value();
		if (status == 401 || status == 403) {
			throw refused;
		}
		flash.addFlashAttribute("answersError", refused.messageKey());
		flash.addFlashAttribute("answersErrorAt", at);
		return "redirect:" + path + "#" + at;
	}

	private String threadPath(String slug, long threadId, SignedInUser me) {
		return community.thread(slug, threadId, who(me), 1).thread().path();
	}

	/** The thread page holding the post. */
	private String postPath(long postId, SignedInUser me) {
		Post post = community.post(postId, who(me));
		int page = store.pageOf(post.threadId(), postId, CommunityService.POSTS_PER_PAGE);
		return community.pathOf(post) + (page > 1 ? "?page=" + page : "");
	}

	private static Participant who(SignedInUser me) {
		return Participant.of(me).orElse(null);
	}
}
