package app.agora.federation.internal.linking;

import app.agora.access.SignedInUser;
import app.agora.federation.LinkingAlreadyRunning;
import app.agora.federation.RecordLinking;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The admin page of linking: recent runs, a button for the first load with a
 * progress bar that htmx polls while it runs, links per source by method and
 * the open reviews.
 */
@Controller
class LinkingAdminPage {

	private static final int RUNS_SHOWN = 20;

	private final RecordLinking linking;

	LinkingAdminPage(RecordLinking linking) {
		this.linking = linking;
	}

	@GetMapping("/admin/linking")
	String page(Model model) {
		fill(model);
		return "federation/linking";
	}

	/** The part htmx polls while a run is going. */
	@GetMapping("/admin/linking/status")
	String status(Model model) {
		fill(model);
		return "federation/linking :: status";
	}

	@PostMapping("/admin/linking/runs")
	String start(@AuthenticationPrincipal SignedInUser me, RedirectAttributes redirect) {
		try {
			linking.startFirstLoad(me.email());
			redirect.addFlashAttribute("notice", "linking.started");
		} catch (LinkingAlreadyRunning e) {
			redirect.addFlashAttribute("notice", "linking.busy");
		}
		return "redirect:/admin/linking";
	}

	private void fill(Model model) {
		var runs = linking.recentRuns(RUNS_SHOWN);
		model.addAttribute("runs", runs);
		model.addAttribute("current", runs.stream().filter(r -> !r.finished()).findFirst().orElse(null));
		model.addAttribute("running", linking.isRunning());
		model.addAttribute("overview", linking.overview());
	}
}
