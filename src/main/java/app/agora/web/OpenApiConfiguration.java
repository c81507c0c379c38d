package app.agora.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The API's description at /v3/api-docs, browsable at /swagger-ui.html. */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

	@Bean
	OpenAPI agoraApi() {
		return new OpenAPI().info(new Info().title("Agora API").version("v1").description(
				"Everything the pages do. Sign in with a session (send the CSRF token on changes) or send a "
						+ "personal API token as 'Authorization: Bearer agora_…'. Errors are RFC 9457 problem details."))
				.components(new Components().addSecuritySchemes("token",
						new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")))
				.addSecurityItem(new SecurityRequirement().addList("token"));
	}
}
