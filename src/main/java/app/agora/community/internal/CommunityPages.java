package app.agora.community.internal;

import app.agora.access.SignedInUser;
import app.agora.community.Community;
import app.agora.community.CommunityNotFound;
import app.agora.community.CommunityRefused;
import app.agora.community.Participant;
import app.agora.community.Post;
import app.agora.community.ThreadDraft;
import app.agora.community.ThreadKind;
import app.agora.community.ThreadPage;
import java.util.regex.Pattern;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The community's pages: spaces, a space's threads, a thread with its posts,
 * and the forms to start a thread, reply and edit. Public spaces read signed
 * out; members-only ones answer 404 to outsiders.
 */
@Controller
@RequestMapping("/community")
class CommunityPages {

	private static final Pattern THREAD_REF = Pattern.compile("(\\d{1,18})(?:-.*)?");

	private final Community community;
	private final AuthorBadges badges;

	CommunityPages(Community community, AuthorBadges badges) {
		this.community = community;
		this.badges = badges;
	}

	@GetMapping
	String spaces(@AuthenticationPrincipal SignedInUser me, Model model) {
		model.addAttribute("spaces", community.spaces(who(me)));
		model.addAttribute("moderates", badges.moderates(who(me)));
		return "community/spaces";
	}

	@GetMapping("/{slug}")
	String space(@AuthenticationPrincipal SignedInUser me, @PathVariable String slug,
			@RequestParam(defaultValue = "1") int page, Model model) {
		var list = community.threads(slug, who(me), page);
		model.addAttribute("list", list);
		// The space's Atom feed, announced in the page head (<link rel="alternate">).
		model.addAttribute("feed", ServletUriComponentsBuilder.fromCurrentContextPath()
				.path("/community/{slug}/feed.atom").buildAndExpand(list.space().slug()).toUriString());
		model.addAttribute("feedTitle", list.space().name());
		return "community/space";
	}

	@GetMapping("/{slug}/new")
	String newThread(@AuthenticationPrincipal SignedInUser me, @PathVariable String slug, Model model) {
		if (me == null) {
			return "redirect:/login";
		}
		model.addAttribute("form", new ThreadForm());
		return newThreadPage(me, slug, model);
	}

	@PostMapping("/{slug}/new")
	String startThread(@AuthenticationPrincipal SignedInUser me, @PathVariable String slug,
			@ModelAttribute("form") ThreadForm form, BindingResult errors, Model model) {
		if (errors.hasErrors()) {
			return newThreadPage(me, slug, model);
		}
		try {
			var thread = community.startThread(slug,
					new ThreadDraft(form.getKind(), form.getTitle(), form.getProductName(), form.getText()), who(me));
			// A thread whose first post waits for approval is shown to its author on the
			// waiting page.
			return "redirect:" + (badges.waits(thread.id(), who(me)) ? "/community/waiting" : thread.path());
		} catch (CommunityRefused refused) {
			refuseOutright(refused);
			reject(errors, refused);
			return newThreadPage(me, slug, model);
		}
	}

	private String newThreadPage(SignedInUser me, String slug, Model model) {
		model.addAttribute("space", community.space(slug, who(me)));
		model.addAttribute("kinds", ThreadKind.values());
		return "community/new-thread";
	}

	@GetMapping("/{slug}/t/{ref}")
	String thread(@AuthenticationPrincipal SignedInUser me, @PathVariable String slug, @PathVariable String ref,
			@RequestParam(defaultValue = "1") int page, @RequestParam(required = false) Long quote, Model model) {
		long threadId = threadId(ref);
		ThreadPage thread = community.thread(slug, threadId, who(me), page);
		String canonical = thread.thread().path();
		if (!canonical.endsWith("/" + ref)) {
			return "redirect:" + canonical + (page > 1 ? "?page=" + page : "");
		}
		var form = new ReplyForm();
		form.setQuote(quote);
		model.addAttribute("form", form);
		return threadPage(thread, model);
	}

	@PostMapping("/{slug}/t/{threadId}/reply")
	String reply(@AuthenticationPrincipal SignedInUser me, @PathVariable String slug, @PathVariable long threadId,
			@ModelAttribute("form") ReplyForm form, BindingResult errors, Model model) {
		try {
			Post post = community.reply(slug, threadId, form.getText(), form.getQuote(), who(me));
			ThreadPage last = community.thread(slug, threadId, who(me), Integer.MAX_VALUE);
			return "redirect:" + last.thread().path() + (last.page() > 1 ? "?page=" + last.page() : "") + "#post-"
					+ post.id();
		} catch (CommunityRefused refused) {
			refuseOutright(refused);
			reject(errors, refused);
			return threadPage(community.thread(slug, threadId, who(me), Integer.MAX_VALUE), model);
		}
	}

	@PostMapping("/{slug}/t/{threadId}/lock")
	String lock(@AuthenticationPrincipal SignedInUser me, @PathVariable String slug, @PathVariable long threadId,
			@RequestParam boolean locked) {
		community.lock(slug, threadId, locked, who(me));
		return "redirect:" + community.thread(slug, threadId, who(me), 1).thread().path();
	}

	@GetMapping("/posts/{postId}/edit")
	String editForm(@AuthenticationPrincipal SignedInUser me, @PathVariable long postId, Model model) {
		Post post = community.post(postId, who(me));
		var form = new ReplyForm();
		form.setText(post.source());
		form.setVersion(post.version());
		model.addAttribute("form", form);
		return editPage(me, post, model);
	}

	@PostMapping("/posts/{postId}/edit")
	String edit(@AuthenticationPrincipal SignedInUser me, @PathVariable long postId,
			@ModelAttribute("form") ReplyForm form, BindingResult errors, Model model) {
		Post post = community.post(postId, who(me));
		try {
			community.edit(postId, form.getText(), form.getVersion() == null ? -1 : form.getVersion(), who(me));
			return "redirect:" + community.pathOf(post) + "#post-" + postId;
		} catch (CommunityRefused refused) {
			reject(errors, refused);
			return editPage(me, post, model);
		}
	}

	private String editPage(SignedInUser me, Post post, Model model) {
		model.addAttribute("post", post);
		model.addAttribute("revisions", community.revisions(post.id(), who(me)));
		model.addAttribute("threadPath", community.pathOf(post));
		return "community/edit-post";
	}

	private String threadPage(ThreadPage thread, Model model) {
		model.addAttribute("page", thread);
		badges.addTo(model, thread);
		model.addAttribute("canonical",
				ServletUriComponentsBuilder.fromCurrentContextPath().path(thread.thread().path()).toUriString()
						+ (thread.page() > 1 ? "?page=" + thread.page() : ""));
		return "community/thread";
	}

	/** Not a member: the page answers 403 rather than a form to correct. */
	private static void refuseOutright(CommunityRefused refused) {
		if (refused.getStatusCode().value() == 403 && !(refused instanceof SuspendedFromPosting)) {
			throw refused;
		}
	}

	private static void reject(BindingResult errors, CommunityRefused refused) {
		if (refused.field() != null) {
			errors.rejectValue(refused.field().equals("quote") ? "text" : refused.field(), refused.messageKey(),
					refused instanceof SuspendedFromPosting s ? s.messageArguments() : null,
					refused.getBody().getDetail());
		} else {
			errors.reject(refused.messageKey(), refused.getBody().getDetail());
		}
	}

	private static long threadId(String ref) {
		var matcher = THREAD_REF.matcher(ref);
		if (!matcher.matches()) {
			throw new CommunityNotFound("No thread '" + ref + "'.");
		}
		return Long.parseLong(matcher.group(1));
	}

	private static Participant who(SignedInUser me) {
		return Participant.of(me).orElse(null);
	}
}
