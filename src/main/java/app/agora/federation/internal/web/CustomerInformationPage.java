package app.agora.federation.internal.web;

import app.agora.access.SignedInUser;
import app.agora.federation.CustomerViews;
import app.agora.federation.SourceState;
import app.agora.federation.SourceStatus;
import app.agora.federation.Viewer;
import app.agora.parties.Parties;
import app.agora.parties.PartyNotFound;
import java.util.UUID;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The staff page of a customer's composed view: a status strip per source, then
 * each facet with every fact's provenance (source, record key, as-of). Looking
 * is written to the access log, which the customer reads.
 */
@Controller
class CustomerInformationPage {

	static final String CHANNEL = "page /parties/{id}/view";

	private final CustomerViews views;
	private final Parties parties;

	CustomerInformationPage(CustomerViews views, Parties parties) {
		this.views = views;
		this.parties = parties;
	}

	@GetMapping("/parties/{id}/view")
	String show(@PathVariable UUID id, @AuthenticationPrincipal SignedInUser me, Model model) {
		var party = parties.find(id).orElseThrow(() -> new PartyNotFound(id));
		var view = views.viewOf(id, new Viewer(me.accountId(), me.displayName(), me.isStaff()), CHANNEL);
		model.addAttribute("party", party);
		model.addAttribute("view", view);
		model.addAttribute("tables", FacetTable.of(view.facets()));
		model.addAttribute("failed",
				view.sources().stream().filter(s -> s.status() != SourceState.OK).map(SourceStatus::name).toList());
		model.addAttribute("sourceNames", views.sourceNames());
		return "federation/customer-view";
	}
}
