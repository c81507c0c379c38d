package app.agora.persistence;

import app.agora.support.ProductDemo;
import org.springframework.boot.test.context.SpringBootTest;

/** The product catalogue's persistence contract on the embedded H2. */
@ProductDemo
@SpringBootTest
class H2ProductPersistenceTests extends ProductPersistenceContract {
}
