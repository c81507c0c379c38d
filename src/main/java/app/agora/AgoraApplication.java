package app.agora;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Agora: the customer collaboration service. Each direct sub-package is an
 * application module.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class AgoraApplication {

	public static void main(String[] args) {
		SpringApplication.run(AgoraApplication.class, args);
	}
}
