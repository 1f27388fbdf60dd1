package dev.jonvif.core.model;

import dev.jonvif.core.Namespaces;
import dev.jonvif.core.xml.XmlElement;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A device user account ({@code tt:User}). The password is only ever set by the client
 * (CreateUsers, SetUser); devices do not return it, and {@link #toString()} hides it.
 *
 * @param username the user name
 * @param password the password to set, or {@code null} (GetUsers never returns one)
 * @param level the access class
 * @see <a href="https://www.onvif.org/ver10/schema/onvif.xsd">onvif.xsd, User</a>
 */
public record User(String username, String password, UserLevel level) {

  public User {
    Objects.requireNonNull(username, "username");
    Objects.requireNonNull(level, "level");
  }

  /** Reads a GetUsersResponse. */
  public static List<User> listFromResponse(XmlElement response) {
    List<User> out = new ArrayList<>();
    String tt = Namespaces.TT;
    for (XmlElement u : Values.children(response, Namespaces.TDS, "User")) {
      String name = Values.text(u, tt, "Username");
      if (name != null) {
        out.add(new User(name, null, UserLevel.fromWire(Values.text(u, tt, "UserLevel"))));
      }
    }
    return List.copyOf(out);
  }

  /** This user as an element named {@code namespace:localName}. */
  public XmlElement toElement(String namespace, String localName) {
    String tt = Namespaces.TT;
    return XmlElement.builder(namespace, localName)
        .child(tt, "Username", username)
        .child(tt, "Password", password)
        .child(tt, "UserLevel", level.wireValue())
        .build();
  }

  @Override
  public String toString() {
    return "User[username="
        + username
        + ", password="
        + (password == null ? "none" : "***")
        + ", level="
        + level
        + "]";
  }
}
