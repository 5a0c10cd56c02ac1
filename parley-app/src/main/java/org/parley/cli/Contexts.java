package org.parley.cli;

import java.util.stream.Stream;

import org.parley.ParleyApplication;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** Starts the application without a web server for commands that run and finish. */
final class Contexts {

    private Contexts() {
    }

    static ConfigurableApplicationContext offline(DataOptions data) {
        String[] args = Stream.concat(Stream.of(data.springArguments()),
                Stream.of("--logging.level.root=WARN", "--spring.main.log-startup-info=false")).toArray(String[]::new);
        return new SpringApplicationBuilder(ParleyApplication.class)
                .web(WebApplicationType.NONE)
                .bannerMode(Banner.Mode.OFF)
                .run(args);
    }
}
