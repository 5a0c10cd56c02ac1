package org.parley.desk;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The expert's desk ({@code parley.desk.*}).
 *
 * @param claimDuration how long an "I'm on it" claim hides a question from other experts
 */
@ConfigurationProperties("parley.desk")
public record DeskProperties(@DefaultValue("2d") Duration claimDuration) {
}
