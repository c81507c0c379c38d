package app.agora.listening.internal;

import app.agora.access.SignedInUser;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The listening dashboard for staff: volume by theme over the weeks, the
 * sentiment trend, rising themes and competitor mentions, drawn as SVG on the
 * server (no script); each point leads to its items.
 */
@Controller
class DashboardPage {

	private final Dashboard dashboard;

	DashboardPage(Dashboard dashboard) {
		this.dashboard = dashboard;
	}

	@GetMapping("/listening/dashboard")
	@Transactional(readOnly = true)
	String dashboard(@AuthenticationPrincipal SignedInUser me, @RequestParam(defaultValue = "12") String weeks,
			Model model) {
		Access.staff(me);
		int span = Math.clamp(FeedbackPages.pageNumber(weeks), 2, 52);
		model.addAttribute("data", dashboard.read(span, LocalDate.now(ZoneOffset.UTC)));
		model.addAttribute("weeks", span);
		model.addAttribute("width", DashboardData.WIDTH);
		model.addAttribute("height", DashboardData.HEIGHT);
		return "listening/dashboard";
	}
}
