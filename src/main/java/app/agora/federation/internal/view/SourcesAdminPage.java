package app.agora.federation.internal.view;

import app.agora.federation.CustomerViews;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Lists the configured sources with their connector, circuit and last answer,
 * and the connectors with their settings (security keeps it to admins).
 */
@Controller
class SourcesAdminPage {

	private final CustomerViews views;
	private final FederationSources sources;

	SourcesAdminPage(CustomerViews views, FederationSources sources) {
		this.views = views;
		this.sources = sources;
	}

	@GetMapping("/admin/sources")
	String list(Model model) {
		model.addAttribute("sources", views.sources());
		model.addAttribute("connectors", sources.connectors());
		return "federation/sources";
	}
}
