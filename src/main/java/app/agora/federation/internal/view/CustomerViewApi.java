package app.agora.federation.internal.view;

import app.agora.access.SignedInUser;
import app.agora.federation.CustomerView;
import app.agora.federation.CustomerViews;
import app.agora.federation.ViewAccess;
import app.agora.federation.ViewAccessLog;
import app.agora.federation.Viewer;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The composed customer view: staff ask for anyone's (security keeps members
 * out of {@code /api/v1/customers}), a customer only for their own.
 */
@RestController
class CustomerViewApi {

	private final CustomerViews views;
	private final ViewAccessLog accessLog;

	CustomerViewApi(CustomerViews views, ViewAccessLog accessLog) {
		this.views = views;
		this.accessLog = accessLog;
	}

	@GetMapping("/api/v1/customers/{id}/view")
	CustomerView customer(@PathVariable UUID id, @AuthenticationPrincipal SignedInUser me) {
		return views.viewOf(id, viewer(me), "GET /api/v1/customers/{id}/view");
	}

	@GetMapping("/api/v1/me/view")
	CustomerView mine(@AuthenticationPrincipal SignedInUser me) {
		return views.viewOf(ownParty(me), viewer(me), "GET /api/v1/me/view");
	}

	@GetMapping("/api/v1/me/view/access-log")
	List<ViewAccess> whoLooked(@AuthenticationPrincipal SignedInUser me,
			@RequestParam(defaultValue = "100") int limit) {
		return accessLog.of(ownParty(me), limit);
	}

	private static UUID ownParty(SignedInUser me) {
		return me.partyId().orElseThrow(() -> {
			var notFound = new ErrorResponseException(HttpStatus.NOT_FOUND);
			notFound.getBody().setDetail("This account stands for no customer.");
			return notFound;
		});
	}

	private static Viewer viewer(SignedInUser me) {
		return new Viewer(me.accountId(), me.displayName(), me.isStaff());
	}

}
