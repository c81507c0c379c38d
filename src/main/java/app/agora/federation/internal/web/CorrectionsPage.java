package app.agora.federation.internal.web;

import app.agora.access.SignedInUser;
import app.agora.federation.CorrectionNotFound;
import app.agora.federation.CorrectionRequest;
import app.agora.federation.CorrectionRequests;
import app.agora.federation.CorrectionStatus;
import app.agora.federation.CustomerViews;
import app.agora.federation.InvalidCorrection;
import app.agora.federation.ViewAccessLog;
import app.agora.federation.Viewer;
import app.agora.parties.Parties;
import app.agora.parties.PartyDetails;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The staff queue of customers' correction requests, filtered by source and
 * status, the requests about the sources the signed-in steward looks after
 * first; one request with the fact as the customer saw it and a form to answer.
 */
@Controller
class CorrectionsPage {

	static final String CHANNEL = "page /corrections/{id}";

	private final CorrectionRequests corrections;
	private final CustomerViews views;
	private final Parties parties;
	private final ViewAccessLog accessLog;

	CorrectionsPage(CorrectionRequests corrections, CustomerViews views, Parties parties, ViewAccessLog accessLog) {
		this.corrections = corrections;
		this.views = views;
		this.parties = parties;
		this.accessLog = accessLog;
	}

	/** A request with the customer's name, for the queue. */
	record Row(CorrectionRequest request, String customer) {
	}

	/**
	 * Part of the queue under its heading (a message key; none when it is the whole
	 * queue).
	 */
	record Group(String heading, String id, List<Row> rows) {
	}

	@GetMapping("/corrections")
	String queue(@AuthenticationPrincipal SignedInUser me, @RequestParam(required = false) String status,
			@RequestParam(required = false) String source, Model model) {
		var wanted = CorrectionStatus.parse(status);
		var mine = corrections.sourcesStewardedBy(me.email());
		var rows = corrections.queue(wanted, source).stream().map(this::row).toList();
		var others = rows.stream().filter(r -> !mine.contains(r.request().source())).toList();
		model.addAttribute(
				"groups", mine
						.isEmpty()
								? List.of(new Group(null, "queue", others))
								: List.of(
										new Group("myinfo.queue.mine", "queue-mine",
												rows.stream().filter(r -> mine.contains(r.request().source()))
														.toList()),
										new Group("myinfo.queue.others", "queue-others", others)));
		model.addAttribute("status", wanted);
		model.addAttribute("source", source);
		model.addAttribute("statuses", CorrectionStatus.values());
		model.addAttribute("sourceNames", views.sourceNames());
		return "federation/corrections";
	}

	@GetMapping("/corrections/{id}")
	String show(@PathVariable UUID id, @AuthenticationPrincipal SignedInUser me, Model model) {
		var request = corrections.find(id).orElseThrow(() -> new CorrectionNotFound(id));
		// The page shows one of the customer's facts: a look the customer should see.
		accessLog.record(request.partyId(), new Viewer(me.accountId(), me.displayName(), me.isStaff()), CHANNEL);
		return detail(request, model, null, null, Map.of());
	}

	@PostMapping("/corrections/{id}")
	String answer(@PathVariable UUID id, @AuthenticationPrincipal SignedInUser me,
			@RequestParam(required = false) String status, @RequestParam(required = false) String reply, Model model) {
		var request = corrections.find(id).orElseThrow(() -> new CorrectionNotFound(id));
		try {
			corrections.answer(id, CorrectionStatus.parse(status), reply, me.email());
		} catch (InvalidCorrection e) {
			return detail(request, model, status, reply, e.fieldErrors());
		}
		return "redirect:/corrections/" + id + "?saved";
	}

	private String detail(CorrectionRequest request, Model model, String status, String reply,
			Map<String, String> errors) {
		model.addAttribute("row", row(request));
		model.addAttribute("statuses", CorrectionStatus.values());
		model.addAttribute("chosen", status == null ? request.status().name() : status);
		model.addAttribute("reply", reply == null ? request.reply() : reply);
		model.addAttribute("errors", errors);
		model.addAttribute("sourceNames", views.sourceNames());
		model.addAttribute("stewards",
				corrections.stewardsOf(request.source()).stream().map(s -> s.displayName()).toList());
		return "federation/correction";
	}

	private Row row(CorrectionRequest request) {
		return new Row(request,
				parties.find(request.partyId()).map(PartyDetails::displayName).orElse(request.partyId().toString()));
	}
}
