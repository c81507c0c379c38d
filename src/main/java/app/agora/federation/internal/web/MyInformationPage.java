package app.agora.federation.internal.web;

import app.agora.access.SignedInUser;
import app.agora.federation.CorrectionRequests;
import app.agora.federation.CustomerViews;
import app.agora.federation.InvalidCorrection;
import app.agora.federation.NewCorrection;
import app.agora.federation.SourceState;
import app.agora.federation.ViewAccessLog;
import app.agora.federation.Viewer;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * "My information": the customer's own view in plain words, a "this is wrong"
 * form beside each fact, the requests they sent with their status and reply,
 * and who looked at their information.
 */
@Controller
class MyInformationPage {

	static final String CHANNEL = "page /me/information";
	private static final int LOOKS_SHOWN = 20;

	private final CustomerViews views;
	private final CorrectionRequests corrections;
	private final ViewAccessLog accessLog;
	private final MessageSource messages;

	MyInformationPage(CustomerViews views, CorrectionRequests corrections, ViewAccessLog accessLog,
			MessageSource messages) {
		this.views = views;
		this.corrections = corrections;
		this.accessLog = accessLog;
		this.messages = messages;
	}

	/** What the customer typed into one "this is wrong" form. */
	record CorrectionForm(String source, String facet, String recordKey, String message, String suggestedValue) {
	}

	@GetMapping("/me/information")
	String show(@AuthenticationPrincipal SignedInUser me, Locale locale, Model model) {
		return page(me, locale, model, null, Map.of());
	}

	@PostMapping("/me/information/corrections")
	String report(@AuthenticationPrincipal SignedInUser me, @ModelAttribute CorrectionForm form, Locale locale,
			Model model) {
		UUID party = ownParty(me);
		try {
			corrections.file(party, me.email(), new NewCorrection(form.source(), form.facet(), form.recordKey(),
					form.message(), form.suggestedValue()));
		} catch (InvalidCorrection e) {
			return page(me, locale, model, form, e.fieldErrors());
		}
		return "redirect:/me/information?reported#corrections";
	}

	private String page(SignedInUser me, Locale locale, Model model, CorrectionForm sent, Map<String, String> errors) {
		UUID party = ownParty(me);
		var view = views.viewOf(party, new Viewer(me.accountId(), me.displayName(), me.isStaff()), CHANNEL);
		var plain = new PlainLanguage(messages, locale, views.sourceNames());
		model.addAttribute("sections", plain.sections(view));
		model.addAttribute("unreachable", view.sources().stream().filter(s -> s.status() != SourceState.OK)
				.map(s -> plain.sourceName(s.source())).toList());
		model.addAttribute("corrections", corrections.of(party).stream().map(plain::correction).toList());
		model.addAttribute("looks", accessLog.of(party, LOOKS_SHOWN).stream().map(plain::look).toList());
		model.addAttribute("sent", sent);
		model.addAttribute("errors", errors);
		return "federation/my-information";
	}

	private static UUID ownParty(SignedInUser me) {
		return me.partyId().orElseThrow(() -> new ErrorResponseException(HttpStatus.NOT_FOUND));
	}
}
