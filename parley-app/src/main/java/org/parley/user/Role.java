package org.parley.user;

import java.util.Locale;

/** What a user may do beyond their own posts. Stored lowercase. */
public enum Role {
    MEMBER, EXPERT, MODERATOR, ADMIN;

    /** Experts, moderators and admins may edit anyone's post (with a reason). */
    public boolean canEditAnyPost() {
        return this != MEMBER;
    }

    /** Moderators and admins redact, delete and undelete anyone's post and accept on any question. */
    public boolean canModerate() {
        return this == MODERATOR || this == ADMIN;
    }

    public String dbValue() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses a role name in any case; {@code null} when it names no role. */
    public static Role parse(String value) {
        if (value == null) {
            return null;
        }
        for (Role role : values()) {
            if (role.name().equalsIgnoreCase(value.trim())) {
                return role;
            }
        }
        return null;
    }
}
