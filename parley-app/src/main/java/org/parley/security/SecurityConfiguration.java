package org.parley.security;

import java.util.List;

import org.parley.user.ApiTokenService;
import org.parley.web.PageContexts;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Two chains. The API is stateless: HTTP Basic or a Bearer token on every request, no session,
 * so a browser's cookie can never be replayed against it and CSRF tokens are not needed there.
 * The pages use a session once someone signs in (form login), and CSRF protection on every
 * state-changing form, its token in a cookie so that readers who never sign in get no session.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
@EnableConfigurationProperties(LoginThrottleProperties.class)
class SecurityConfiguration {

    /** Scripts, styles and fonts only from Parley itself; user content can never bring its own. */
    static final String CONTENT_SECURITY_POLICY = String.join("; ",
            "default-src 'self'", "script-src 'self'", "style-src 'self'", "img-src 'self' data: https:",
            "font-src 'self'", "connect-src 'self'", "object-src 'none'", "base-uri 'self'",
            "form-action 'self'", "frame-ancestors 'none'");

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, ApiTokenService tokens, LoginThrottle throttle) throws Exception {
        http.securityMatcher("/api/**")
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .httpBasic(basic -> basic.authenticationEntryPoint(
                        (req, res, e) -> ProblemWriter.write(res, 401, "Authentication required",
                                "Sign in with HTTP Basic or a Bearer API token to do this.")))
                .exceptionHandling(e -> e
                        .authenticationEntryPoint((req, res, ex) -> ProblemWriter.write(res, 401,
                                "Authentication required", "Sign in with HTTP Basic or a Bearer API token to do this."))
                        .accessDeniedHandler((req, res, ex) -> ProblemWriter.write(res, 403, "Forbidden",
                                "Your account may not do this.")))
                .addFilterBefore(new LoginThrottleFilter(throttle), BasicAuthenticationFilter.class)
                .addFilterBefore(new BearerTokenFilter(tokens), BasicAuthenticationFilter.class)
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers(HttpMethod.POST, "/api/v1/users").permitAll()
                        .requestMatchers(HttpMethod.GET, "/api/v1/tokens", "/api/v1/tokens/**", "/api/v1/dashboard").authenticated()
                        .requestMatchers(HttpMethod.GET, "/api/**").permitAll()
                        .requestMatchers(HttpMethod.HEAD, "/api/**").permitAll()
                        .anyRequest().authenticated());
        headers(http);
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain pages(HttpSecurity http, LoginThrottle throttle) throws Exception {
        http.formLogin(form -> form.loginPage("/login").permitAll()
                        .successHandler(new ContinueAfterLogin()))
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/"))
                // One-click unsubscribe (RFC 8058) is posted by mail clients; its link's HMAC authorises it.
                // The token lives in a cookie (double submit), not in a session: every page carries a token, and
                // keeping it in the session made a session, held 30 minutes, for each anonymous page view (a
                // reader without cookies, a crawler, wrk in issue 7's benchmark), so memory grew with traffic.
                .csrf(csrf -> csrf.csrfTokenRepository(csrfCookie())
                        .ignoringRequestMatchers("/unsubscribe"))
                .addFilterBefore(new LoginThrottleFilter(throttle), UsernamePasswordAuthenticationFilter.class)
                .authorizeHttpRequests(auth -> auth.anyRequest().permitAll());
        headers(http);
        return http.build();
    }

    /** HttpOnly (pages and parley.js read the token from the page, never the cookie) and SameSite=Lax. */
    private static CookieCsrfTokenRepository csrfCookie() {
        CookieCsrfTokenRepository cookie = new CookieCsrfTokenRepository();
        cookie.setCookieCustomizer(c -> c.httpOnly(true).sameSite("Lax"));
        return cookie;
    }

    private static void headers(HttpSecurity http) throws Exception {
        http.headers(h -> h
                .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .frameOptions(HeadersConfigurer.FrameOptionsConfig::deny)
                .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN)));
    }

    @Bean
    WebMvcConfigurer actorParameters(PageContexts pages) {
        return new WebMvcConfigurer() {
            @Override
            public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
                resolvers.add(new ActorResolver(pages));
            }
        };
    }
}
