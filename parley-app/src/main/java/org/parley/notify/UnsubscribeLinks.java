package org.parley.notify;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.parley.web.SiteProperties;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * One-click unsubscribe links (RFC 8058): the link carries the user id and an HMAC of it, so the
 * click alone proves the mail reached that person, with no login and no state per mail. The key is
 * made once per site and kept in the store, so links survive restarts and work on every node.
 */
@Component
class UnsubscribeLinks {

    private final JdbcClient jdbc;
    private final SiteProperties site;
    private volatile byte[] key;

    UnsubscribeLinks(JdbcClient jdbc, SiteProperties site) {
        this.jdbc = jdbc;
        this.site = site;
    }

    String url(long userId) {
        return site.link("/unsubscribe?u=" + userId + "&t=" + token(userId));
    }

    boolean valid(long userId, String token) {
        return token != null && MessageDigest.isEqual(token(userId).getBytes(StandardCharsets.US_ASCII),
                token.getBytes(StandardCharsets.US_ASCII));
    }

    private String token(long userId) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key(), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(("unsubscribe:" + userId).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    private byte[] key() {
        if (key == null) {
            synchronized (this) {
                if (key == null) {
                    byte[] fresh = new byte[32];
                    new SecureRandom().nextBytes(fresh);
                    jdbc.sql("INSERT INTO site_secrets (name, value) VALUES ('unsubscribe', :v) ON CONFLICT (name) DO NOTHING")
                            .param("v", Base64.getEncoder().encodeToString(fresh)).update();
                    key = Base64.getDecoder().decode(jdbc.sql("SELECT value FROM site_secrets WHERE name = 'unsubscribe'")
                            .query(String.class).single());
                }
            }
        }
        return key;
    }
}
