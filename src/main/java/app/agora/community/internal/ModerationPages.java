package app.agora.community.internal;

import app.agora.access.Accounts;
import app.agora.access.SignedInUser;
import app.agora.community.Community;
import app.agora.community.CommunityRefused;
import app.agora.community.FlagReason;
import app.agora.community.Moderation;
import app.agora.community.Participant;
import app.agora.community.Post;
import app.agora.community.Space;
import java.util.List;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Moderation pages: flagging a post from its thread, the moderator queue
 * ({@code /community/moderation}) with its actions and suspensions, editing as
 * moderator, the moderation log, and a member's own posts waiting for approval.
 */
@Controller
@RequestMapping("/community")
class ModerationPages {

	private final Moderation moderation;
	private final Community community;
	private final Accounts accounts;
	private final MessageSource messages;

	ModerationPages(Moderation moderation, Community community, Accounts accounts, MessageSource messages) {
		this.moderation = moderation;
		this.community = community;
		this.accounts = accounts;
		this.messages = messages;
	}

	@PostMapping("/posts/{postId}/flag")
	String flag(@AuthenticationPrincipal SignedInUser me, @PathVariable long postId,
			@RequestParam(required = false) FlagReason reason, @RequestParam(required = false) String note,
			RedirectAttributes flash) {
		Post post = community.post(postId, who(me));
		String path = community.pathOf(post);
		try {
			moderation.flag(postId, reason, note, who(me));
			flash.addFlashAttribute("notice", text("trust.flag.thanks"));
			return "redirect:" + path;
		} catch (CommunityRefused refused) {
			if (refused.getStatusCode().value() == 403) {
				throw refused;
			}
			flash.addFlashAttribute("flagPost", postId);
			flash.addFlashAttribute("flagError", text(refused));
			return "redirect:" + path + "#post-" + postId;
		}
	}

	@GetMapping("/waiting")
	String waiting(@AuthenticationPrincipal SignedInUser me, Model model) {
		if (me == null) {
			return "redirect:/login";
		}
		model.addAttribute("posts", moderation.waiting(null, who(me)));
		return "community/waiting";
	}

	@GetMapping("/moderation")
	String queue(@AuthenticationPrincipal SignedInUser me, Model model) {
		if (me == null) {
			return "redirect:/login";
		}
		if (!model.containsAttribute("suspend")) {
			model.addAttribute("suspend", new SuspendForm());
		}
		return queuePage(me, model);
	}

	private String queuePage(SignedInUser me, Model model) {
		model.addAttribute("items", moderation.queue(who(me)));
		model.addAttribute("suspensions", moderation.suspensions(who(me)));
		List<Space> spaces = community.spaces(who(me)).stream()
				.filter(s -> me.isStaff() || s.moderators().contains(me.accountId())).toList();
		model.addAttribute("spaces", spaces);
		return "community/moderation";
	}

	@PostMapping("/moderation/posts/{postId}/{action}")
	String act(@AuthenticationPrincipal SignedInUser me, @PathVariable long postId, @PathVariable String action,
			@RequestParam(required = false) String reason, RedirectAttributes flash) {
		try {
			switch (action) {
				case "approve" -> moderation.approve(postId, reason, who(me));
				case "reject" -> moderation.reject(postId, reason, who(me));
				case "hide" -> moderation.hide(postId, reason, who(me));
				case "show" -> moderation.show(postId, reason, who(me));
				default -> throw new app.agora.community.CommunityNotFound("No action '" + action + "'.");
			}
			flash.addFlashAttribute("notice", text("trust.mod.done." + action));
		} catch (CommunityRefused refused) {
			refuseOutright(refused);
			flash.addFlashAttribute("error", text(refused));
		}
		return "redirect:/community/moderation";
	}

	@PostMapping("/moderation/threads/{threadId}/move")
	String move(@AuthenticationPrincipal SignedInUser me, @PathVariable long threadId,
			@RequestParam(required = false) String space, @RequestParam(required = false) String reason,
			RedirectAttributes flash) {
		try {
			moderation.move(threadId, space, reason, who(me));
			flash.addFlashAttribute("notice", text("trust.mod.done.move"));
		} catch (CommunityRefused refused) {
			refuseOutright(refused);
			flash.addFlashAttribute("error", text(refused));
		}
		return "redirect:/community/moderation";
	}

	@PostMapping("/moderation/threads/{threadId}/lock")
	String lock(@AuthenticationPrincipal SignedInUser me, @PathVariable long threadId, @RequestParam boolean locked,
			@RequestParam(required = false) String reason, RedirectAttributes flash) {
		try {
			moderation.lock(threadId, locked, reason, who(me));
			flash.addFlashAttribute("notice", text(locked ? "trust.mod.done.lock" : "trust.mod.done.unlock"));
		} catch (CommunityRefused refused) {
			refuseOutright(refused);
			flash.addFlashAttribute("error", text(refused));
		}
		return "redirect:/community/moderation";
	}

	@PostMapping("/moderation/suspensions")
	String suspend(@AuthenticationPrincipal SignedInUser me, @ModelAttribute("suspend") SuspendForm form,
			BindingResult errors, Model model, RedirectAttributes flash) {
		if (errors.hasErrors()) {
			errors.rejectValue("days", "trust.error.length", "A suspension lasts from one hour to 365 days.");
			return queuePage(me, model);
		}
		var member = form.getEmail() == null
				? null
				: accounts.byEmail(form.getEmail().strip()).map(SignedInUser::accountId).orElse(null);
		try {
			moderation.suspend(member, ModerationApi.length(form.getDays(), null), form.getReason(), who(me));
			flash.addFlashAttribute("notice", text("trust.mod.done.suspend"));
			return "redirect:/community/moderation";
		} catch (CommunityRefused refused) {
			refuseOutright(refused);
			String field = "member".equals(refused.field()) ? "email" : refused.field();
			if (field != null) {
				errors.rejectValue(field, refused.messageKey(), refused.getBody().getDetail());
			} else {
				errors.reject(refused.messageKey(), refused.getBody().getDetail());
			}
			return queuePage(me, model);
		}
	}

	@PostMapping("/moderation/suspensions/{id}/lift")
	String lift(@AuthenticationPrincipal SignedInUser me, @PathVariable long id,
			@RequestParam(required = false) String reason, RedirectAttributes flash) {
		try {
			moderation.lift(id, reason, who(me));
			flash.addFlashAttribute("notice", text("trust.mod.done.lift"));
		} catch (CommunityRefused refused) {
			refuseOutright(refused);
			flash.addFlashAttribute("error", text(refused));
		}
		return "redirect:/community/moderation";
	}

	@GetMapping("/moderation/posts/{postId}/edit")
	String editForm(@AuthenticationPrincipal SignedInUser me, @PathVariable long postId, Model model) {
		if (me == null) {
			return "redirect:/login";
		}
		moderation.flags(postId, who(me)); // refuses anyone who does not moderate the post's space
		Post post = community.post(postId, who(me));
		var form = new ModeratorEditForm();
		form.setText(post.source());
		form.setVersion(post.version());
		model.addAttribute("form", form);
		model.addAttribute("post", post);
		return "community/moderation-edit";
	}

	@PostMapping("/moderation/posts/{postId}/edit")
	String edit(@AuthenticationPrincipal SignedInUser me, @PathVariable long postId,
			@ModelAttribute("form") ModeratorEditForm form, BindingResult errors, Model model) {
		try {
			Post post = moderation.edit(postId, form.getText(), form.getVersion() == null ? -1 : form.getVersion(),
					form.getReason(), who(me));
			return "redirect:" + community.pathOf(post) + "#post-" + postId;
		} catch (CommunityRefused refused) {
			refuseOutright(refused);
			if (refused.field() != null) {
				errors.rejectValue(refused.field(), refused.messageKey(), refused.getBody().getDetail());
			} else {
				errors.reject(refused.messageKey(), refused.getBody().getDetail());
			}
			model.addAttribute("post", community.post(postId, who(me)));
			return "community/moderation-edit";
		}
	}

	@GetMapping("/moderation/log")
	String log(@AuthenticationPrincipal SignedInUser me, Model model) {
		if (me == null) {
			return "redirect:/login";
		}
		model.addAttribute("entries", moderation.log(who(me), 200));
		return "community/moderation-log";
	}

	private String text(String key) {
		return messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
	}

	private String text(CommunityRefused refused) {
		return messages.getMessage(refused.messageKey(), null, refused.getBody().getDetail(),
				LocaleContextHolder.getLocale());
	}

	/** Not a moderator: 403 rather than a message. */
	private static void refuseOutright(CommunityRefused refused) {
		int status = refused.getStatusCode().value();
		if (status == 403 || status == 401) {
			throw refused;
		}
	}

	private static Participant who(SignedInUser me) {
		return Participant.of(me).orElse(null);
	}
}
