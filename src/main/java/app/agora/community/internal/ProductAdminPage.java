package app.agora.community.internal;

import app.agora.access.SignedInUser;
import app.agora.community.Community;
import app.agora.community.CommunityRefused;
import app.agora.community.Participant;
import app.agora.community.Product;
import app.agora.community.ProductDraft;
import app.agora.community.Products;
import app.agora.community.Visibility;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Where staff keep the product catalogue: name (as the sources name it, so that
 * owners are recognised), page address, description and home space. Under
 * /console, so members get 403.
 */
@Controller
@RequestMapping("/console/community/products")
class ProductAdminPage {

	private final Products products;
	private final Community community;

	ProductAdminPage(Products products, Community community) {
		this.products = products;
		this.community = community;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("products", products.products());
		return "community/admin-products";
	}

	@GetMapping("/new")
	String newProduct(@AuthenticationPrincipal SignedInUser me, Model model) {
		model.addAttribute("form", new ProductForm());
		return form(me, null, model);
	}

	@PostMapping("/new")
	String create(@AuthenticationPrincipal SignedInUser me, @ModelAttribute("form") ProductForm form,
			BindingResult errors, Model model) {
		try {
			Product product = products.createProduct(draft(form), who(me));
			return "redirect:" + product.path();
		} catch (CommunityRefused refused) {
			reject(errors, refused);
			return form(me, null, model);
		}
	}

	@GetMapping("/{slug}/edit")
	String edit(@AuthenticationPrincipal SignedInUser me, @PathVariable String slug, Model model) {
		model.addAttribute("form", ProductForm.of(products.product(slug)));
		return form(me, slug, model);
	}

	@PostMapping("/{slug}/edit")
	String update(@AuthenticationPrincipal SignedInUser me, @PathVariable String slug,
			@ModelAttribute("form") ProductForm form, BindingResult errors, Model model) {
		try {
			Product product = products.updateProduct(slug, draft(form), who(me));
			return "redirect:" + product.path();
		} catch (CommunityRefused refused) {
			reject(errors, refused);
			return form(me, slug, model);
		}
	}

	private String form(SignedInUser me, String slug, Model model) {
		model.addAttribute("editing", slug);
		model.addAttribute("spaces",
				community.spaces(who(me)).stream().filter(s -> s.visibility() == Visibility.PUBLIC).toList());
		return "community/admin-product";
	}

	private static ProductDraft draft(ProductForm form) {
		return new ProductDraft(form.getSlug(), form.getName(), form.getDescription(), form.getSpaceSlug());
	}

	private static void reject(BindingResult errors, CommunityRefused refused) {
		if (refused.field() != null) {
			errors.rejectValue(refused.field(), refused.messageKey(), refused.getBody().getDetail());
		} else {
			errors.reject(refused.messageKey(), refused.getBody().getDetail());
		}
	}

	private static Participant who(SignedInUser me) {
		return Participant.of(me).orElse(null);
	}
}
