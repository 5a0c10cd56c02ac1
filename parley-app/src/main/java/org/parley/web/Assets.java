package org.parley.web;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.resource.ResourceUrlProvider;

/**
 * Fingerprinted URLs for static files ({@code /css/parley-<md5>.css}), so they can be cached for a
 * year and still change the moment their content does.
 */
@Component
public class Assets {

    /** Looked up on use: the provider is built by MVC configuration, which itself needs page contexts. */
    private final ObjectProvider<ResourceUrlProvider> urls;

    Assets(ObjectProvider<ResourceUrlProvider> urls) {
        this.urls = urls;
    }

    public String url(String path) {
        String versioned = urls.getObject().getForLookupPath(path);
        return versioned == null ? path : versioned;
    }
}
