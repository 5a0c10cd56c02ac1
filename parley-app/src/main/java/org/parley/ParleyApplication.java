package org.parley;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** The Spring application; {@link ParleyCommand} is the program's entry point. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class ParleyApplication {
}
