package io.ocpp4j.v16.security.csms;

import java.util.ArrayList;
import java.util.List;
import javax.naming.NamingException;
import javax.naming.directory.Attribute;
import javax.naming.ldap.LdapName;
import javax.naming.ldap.Rdn;
import javax.security.auth.x500.X500Principal;

/** Reads attributes (CN, O) of a distinguished name. */
final class SubjectNames {

    private SubjectNames() {
    }

    /**
     * Every value of one attribute, in order.
     *
     * @param name the distinguished name
     * @param attribute its type, e.g. {@code CN} or {@code O}
     * @return the values (empty if the name has none)
     * @throws IllegalArgumentException if the name cannot be read
     */
    static List<String> values(X500Principal name, String attribute) {
        try {
            List<String> values = new ArrayList<>();
            for (Rdn rdn : new LdapName(name.getName(X500Principal.RFC2253)).getRdns()) {
                Attribute found = rdn.toAttributes().get(attribute);
                if (found != null) {
                    for (int i = 0; i < found.size(); i++) {
                        values.add(String.valueOf(found.get(i)));
                    }
                }
            }
            return values;
        } catch (NamingException e) {
            throw new IllegalArgumentException("unreadable distinguished name", e);
        }
    }
}
