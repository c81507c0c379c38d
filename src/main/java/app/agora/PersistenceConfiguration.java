package app.agora;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.jdbc.core.mapping.JdbcMappingContext;

/**
 * Spring Data JDBC quotes identifiers in the dialect's letter case (upper case
 * for H2), while the schema is written in lower-case snake case for both H2
 * (PostgreSQL mode, DATABASE_TO_LOWER) and PostgreSQL. Unquoted names mean the
 * same thing on both.
 */
@Configuration(proxyBeanMethods = false)
class PersistenceConfiguration {

	@Bean
	static BeanPostProcessor unquotedIdentifiers() {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessBeforeInitialization(Object bean, String beanName) {
				if (bean instanceof JdbcMappingContext context) {
					context.setForceQuote(false);
				}
				return bean;
			}
		};
	}
}
