package app.agora.web;

import app.agora.access.SignedInUser;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Puts the signed-in person (or null) into every page's model, for the
 * navigation.
 */
@ControllerAdvice(annotations = Controller.class)
class SignedInUserAdvice {

	@ModelAttribute("me")
	SignedInUser me() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication != null && authentication.getPrincipal() instanceof SignedInUser user ? user : null;
	}
}
