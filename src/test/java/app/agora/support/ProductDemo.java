package app.agora.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.test.context.TestPropertySource;

/**
 * The demo with its product catalogue, reviews and owner questions (off in
 * other tests: deciding verified owners looks at the demo customers' views,
 * which links their records by rule), and a shop origin allowed to fetch the
 * widget. Test classes with it share one application context of their own.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@TestPropertySource(properties = {"agora.demo.products=true",
		"agora.community.widget.allowed-origins=https://shop.cordee.example"})
public @interface ProductDemo {
}
