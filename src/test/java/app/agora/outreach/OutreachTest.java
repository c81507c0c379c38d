package app.agora.outreach;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;

/**
 * The whole application on an in-memory database with a clock the test moves.
 * Every outreach test uses exactly this, so they share one application context.
 * The release job's own schedule is pushed far away: tests release messages
 * themselves, at the moment they choose.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(properties = "agora.outreach.release-interval=PT24H")
@AutoConfigureMockMvc
@Import(TestClock.Configuration.class)
public @interface OutreachTest {
}
