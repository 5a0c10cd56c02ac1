package org.parley.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the site names itself to the outside: in feeds, e-mails and links that leave the page.
 *
 * @param name the site's name ({@code parley.site.name})
 * @param url  the public address people reach it at, without a trailing slash ({@code parley.site.url})
 */
@ConfigurationProperties("parley.site")
public record SiteProperties(@DefaultValue("Parley") String name, @DefaultValue("http://localhost:8080") String url) {

    public String link(String path) {
        return (url.endsWith("/") ? url.substring(0, url.length() - 1) : url) + path;
    }
}
