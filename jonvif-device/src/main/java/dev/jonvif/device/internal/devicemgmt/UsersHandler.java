package dev.jonvif.device.internal.devicemgmt;

import static dev.jonvif.core.Namespaces.TDS;
import static dev.jonvif.core.Namespaces.TT;

import dev.jonvif.core.xml.XmlElement;
import dev.jonvif.device.Args;
import dev.jonvif.device.DeviceFaults;
import dev.jonvif.device.Operation;
import dev.jonvif.device.RequestContext;
import dev.jonvif.device.ServiceHandler;
import dev.jonvif.device.User;
import dev.jonvif.device.UserLevel;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * User management: GetUsers, CreateUsers, DeleteUsers, SetUser. Each request is all or nothing.
 * Rules (ONVIF Core, user handling): no duplicate names ({@code ter:UsernameClash}), name and
 * password length limits ({@code ter:UsernameTooLong}, {@code ter:PasswordTooLong}, {@code
 * ter:PasswordTooWeak}), no Anonymous users ({@code ter:AnonymousNotAllowed}), at most {@link
 * DeviceFeatures#MAX_USERS} ({@code ter:TooManyUsers}), unknown names give {@code
 * ter:UsernameMissing}, and the fixed administrator and the last administrator cannot be deleted or
 * demoted ({@code ter:FixedUser}). Passwords are never returned.
 */
final class UsersHandler implements ServiceHandler {

  /** Shortest password accepted. */
  static final int MIN_PASSWORD_LENGTH = 4;

  @Override
  public Set<Operation> operations() {
    return EnumSet.of(
        Operation.GET_USERS, Operation.CREATE_USERS, Operation.DELETE_USERS, Operation.SET_USER);
  }

  @Override
  public XmlElement handle(RequestContext ctx) {
    XmlElement.Builder r = XmlElement.builder(ctx.operation().responseName());
    switch (ctx.operation()) {
      case GET_USERS -> {
        for (User u : ctx.camera().device().users()) {
          r.child(
              XmlElement.builder(TDS, "User")
                  .child(TT, "Username", u.username())
                  .child(TT, "UserLevel", u.level().wireName())
                  .build());
        }
      }
      case CREATE_USERS -> create(ctx);
      case DELETE_USERS -> delete(ctx, Args.texts(ctx.body(), TDS, "Username"));
      case SET_USER -> set(ctx);
      default -> throw new IllegalStateException("not handled here: " + ctx.operation());
    }
    return r.build();
  }

  private record Requested(String username, String password, UserLevel level) {}

  private static List<Requested> read(RequestContext ctx, boolean passwordRequired) {
    List<Requested> out = new ArrayList<>();
    for (XmlElement u : ctx.body().childrenLenient("User")) {
      String name = Args.requiredText(u, TT, "Username");
      XmlElement pw = Args.child(u, TT, "Password");
      String password = pw == null ? null : pw.text();
      if (password == null && passwordRequired) {
        throw Args.missing("Password");
      }
      String levelText = Args.requiredText(u, TT, "UserLevel");
      UserLevel level = UserLevel.fromWire(levelText);
      if (level == null) {
        throw DeviceFaults.invalidArgVal(
            null, "UserLevel must be Administrator, Operator or User, not '" + levelText + "'");
      }
      if (level == UserLevel.ANONYMOUS) {
        throw DeviceFaults.operationProhibited(
            "AnonymousNotAllowed", "users of level Anonymous cannot be created");
      }
      checkUsername(name);
      if (password != null) {
        checkPassword(password);
      }
      out.add(new Requested(name, password, level));
    }
    if (out.isEmpty()) {
      throw Args.missing("User");
    }
    return out;
  }

  private static void create(RequestContext ctx) {
    List<Requested> requested = read(ctx, true);
    ctx.camera()
        .updateDevice(
            d -> {
              List<User> users = new ArrayList<>(d.users());
              Set<String> names = new HashSet<>();
              users.forEach(u -> names.add(u.username()));
              for (Requested r : requested) {
                if (!names.add(r.username())) {
                  throw DeviceFaults.operationProhibited(
                      "UsernameClash", "user '" + r.username() + "' already exists");
                }
                users.add(new User(r.username(), r.password(), r.level(), false));
              }
              if (users.size() > DeviceFeatures.MAX_USERS) {
                throw DeviceFaults.action(
                    "TooManyUsers", "at most " + DeviceFeatures.MAX_USERS + " users");
              }
              return d.withUsers(users);
            });
    for (Requested r : requested) {
      ctx.camera().log("user '" + r.username() + "' created by " + ctx.caller().username());
    }
  }

  private static void delete(RequestContext ctx, List<String> names) {
    if (names.isEmpty()) {
      throw Args.missing("Username");
    }
    ctx.camera()
        .updateDevice(
            d -> {
              List<User> users = new ArrayList<>(d.users());
              for (String name : names) {
                User u = d.user(name);
                if (u == null || !users.remove(u)) {
                  throw DeviceFaults.invalidArgVal(
                      "UsernameMissing", "no user '" + Args.shorten(name) + "'");
                }
                if (u.fixed()) {
                  throw DeviceFaults.invalidArgVal(
                      "FixedUser", "user '" + name + "' is fixed and cannot be deleted");
                }
              }
              requireAdministrator(users);
              return d.withUsers(users);
            });
  }

  private static void set(RequestContext ctx) {
    List<Requested> requested = read(ctx, false);
    ctx.camera()
        .updateDevice(
            d -> {
              List<User> users = new ArrayList<>(d.users());
              for (Requested r : requested) {
                User u = userIn(users, r.username());
                if (u == null) {
                  throw DeviceFaults.invalidArgVal(
                      "UsernameMissing", "no user '" + Args.shorten(r.username()) + "'");
                }
                if (u.fixed() && r.level() != u.level()) {
                  throw DeviceFaults.operationProhibited(
                      "FixedUser", "the level of fixed user '" + u.username() + "' cannot change");
                }
                User changed = u.withLevel(r.level());
                if (r.password() != null) {
                  changed = changed.withPassword(r.password());
                }
                users.set(users.indexOf(u), changed);
              }
              requireAdministrator(users);
              return d.withUsers(users);
            });
  }

  private static User userIn(List<User> users, String name) {
    for (User u : users) {
      if (u.username().equals(name)) {
        return u;
      }
    }
    return null;
  }

  /** Refuses a change that would leave no administrator (the device would be unmanageable). */
  private static void requireAdministrator(List<User> users) {
    for (User u : users) {
      if (u.level() == UserLevel.ADMINISTRATOR) {
        return;
      }
    }
    throw DeviceFaults.invalidArgVal("FixedUser", "the last administrator cannot be removed");
  }

  static void checkUsername(String name) {
    if (name.isEmpty()) {
      throw DeviceFaults.operationProhibited("UsernameTooShort", "the user name is empty");
    }
    if (name.length() > DeviceFeatures.MAX_USERNAME_LENGTH) {
      throw DeviceFaults.operationProhibited(
          "UsernameTooLong",
          "user names have at most " + DeviceFeatures.MAX_USERNAME_LENGTH + " characters");
    }
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (c < 0x21 || c > 0x7e || c == ':' || c == '"' || c == '\\') {
        throw DeviceFaults.invalidArgVal(
            null, "user names use printable ASCII without blanks, ':', '\"' or '\\'");
      }
    }
  }

  static void checkPassword(String password) {
    if (password.length() > DeviceFeatures.MAX_PASSWORD_LENGTH) {
      throw DeviceFaults.operationProhibited(
          "PasswordTooLong",
          "passwords have at most " + DeviceFeatures.MAX_PASSWORD_LENGTH + " characters");
    }
    if (password.length() < MIN_PASSWORD_LENGTH) {
      throw DeviceFaults.operationProhibited(
          "PasswordTooWeak", "passwords have at least " + MIN_PASSWORD_LENGTH + " characters");
    }
    for (int i = 0; i < password.length(); i++) {
      char c = password.charAt(i);
      if (c < 0x20 || c > 0x7e) {
        throw DeviceFaults.operationProhibited(
            "PasswordTooWeak", "passwords use printable ASCII characters only");
      }
    }
  }
}
