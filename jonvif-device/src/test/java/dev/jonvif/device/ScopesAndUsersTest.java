package dev.jonvif.device;

import static dev.jonvif.core.Namespaces.TDS;
import static dev.jonvif.core.Namespaces.TT;
import static org.assertj.core.api.Assertions.assertThat;

import dev.jonvif.core.xml.XmlElement;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ScopesAndUsersTest extends DeviceTestSupport {

  @BeforeEach
  void startCamera() {
    start(Persona.generic("cam1"));
  }

  private List<String> scopes(String def) {
    return ok(admin(tds("GetScopes"))).children(TDS, "Scopes").stream()
        .filter(s -> s.childText(TT, "ScopeDef").equals(def))
        .map(s -> s.childText(TT, "ScopeItem"))
        .toList();
  }

  @Test
  void DEVICE_5_fixedAndConfigurableScopes() {
    assertThat(scopes("Fixed"))
        .contains(
            Scopes.PROFILE_STREAMING,
            Scopes.PROFILE_T,
            Scopes.HARDWARE_PREFIX + "Virtual%20Camera");
    assertThat(scopes("Configurable")).containsExactly(Scopes.NAME_PREFIX + "cam1");
  }

  @Test
  void setAddRemoveScopesFollowTheOnvifRules() {
    String a = "onvif://www.onvif.org/location/roof";
    String b = "onvif://www.onvif.org/name/other";
    ok(admin(tds("SetScopes", el(TDS, "Scopes", a), el(TDS, "Scopes", b))));
    assertThat(scopes("Configurable")).containsExactly(a, b);
    ok(admin(tds("AddScopes", el(TDS, "ScopeItem", "onvif://www.onvif.org/extra/1"))));
    XmlElement removed = ok(admin(tds("RemoveScopes", el(TDS, "ScopeItem", a))));
    assertThat(removed.childText(TDS, "ScopeItem")).isEqualTo(a);
    assertThat(scopes("Configurable")).containsExactly(b, "onvif://www.onvif.org/extra/1");

    fault(
        admin(tds("RemoveScopes", el(TDS, "ScopeItem", Scopes.PROFILE_STREAMING))),
        400,
        "Sender",
        "OperationProhibited",
        "FixedScope");
    fault(
        admin(tds("RemoveScopes", el(TDS, "ScopeItem", "onvif://www.onvif.org/none"))),
        400,
        "Sender",
        "InvalidArgVal",
        "NoScope");
    fault(
        admin(tds("SetScopes", el(TDS, "Scopes", Scopes.TYPE_NVT))),
        400,
        "Sender",
        "OperationProhibited",
        "ScopeOverwrite");
    fault(admin(tds("SetScopes", el(TDS, "Scopes", "not a uri"))), 400, "Sender", "InvalidArgVal");
  }

  @Test
  void tooManyScopesIsAReceiverFault() {
    XmlElement.Builder add = XmlElement.builder(TDS, "AddScopes");
    for (int i = 0; i < 40; i++) {
      add.child(TDS, "ScopeItem", "onvif://www.onvif.org/extra/" + i);
    }
    fault(admin(add.build()), 500, "Receiver", "Action", "TooManyScopes");
    assertThat(scopes("Configurable")).hasSize(1);
  }

  @Test
  void discoveryModeRoundTrips() {
    assertThat(ok(admin(tds("GetDiscoveryMode"))).childText(TDS, "DiscoveryMode"))
        .isEqualTo("Discoverable");
    ok(admin(tds("SetDiscoveryMode", el(TDS, "DiscoveryMode", "NonDiscoverable"))));
    assertThat(camera.device().discoverable()).isFalse();
    fault(
        admin(tds("SetDiscoveryMode", el(TDS, "DiscoveryMode", "Hidden"))),
        400,
        "Sender",
        "InvalidArgVal");
  }

  private static XmlElement user(String name, String password, String level) {
    XmlElement.Builder u = XmlElement.builder(TDS, "User").child(TT, "Username", name);
    if (password != null) {
      u.child(TT, "Password", password);
    }
    return u.child(TT, "UserLevel", level).build();
  }

  private List<String> userNames() {
    return ok(admin(tds("GetUsers"))).children(TDS, "User").stream()
        .map(u -> u.childText(TT, "Username") + ":" + u.childText(TT, "UserLevel"))
        .toList();
  }

  @Test
  void DEVICE_4_1_1_getUsersListsNamesAndLevelsButNoPasswords() {
    SoapClient.Answer a = admin(tds("GetUsers"));
    assertThat(userNames()).containsExactly("admin:Administrator");
    assertThat(a.text()).doesNotContain(ADMIN_PASSWORD);
  }

  @Test
  void DEVICE_4_1_3_and_9_createUsersAndUsernameClash() {
    ok(admin(tds("CreateUsers", user("OnvifTest1", "OnvifTest123", "Operator"))));
    assertThat(userNames()).contains("OnvifTest1:Operator");
    fault(
        admin(tds("CreateUsers", user("OnvifTest1", "OnvifTest123", "User"))),
        400,
        "Sender",
        "OperationProhibited",
        "UsernameClash");
    // all or nothing: a clash inside one request creates neither
    fault(
        admin(tds("CreateUsers", user("A1", "password1", "User"), user("A1", "password1", "User"))),
        400,
        "Sender",
        "OperationProhibited",
        "UsernameClash");
    assertThat(userNames()).doesNotContain("A1:User");
  }

  @Test
  void createUsersValidatesEveryValue() {
    fault(
        admin(tds("CreateUsers", user("u1", "x".repeat(65), "User"))),
        400,
        "Sender",
        "OperationProhibited",
        "PasswordTooLong");
    fault(
        admin(tds("CreateUsers", user("u".repeat(33), "password", "User"))),
        400,
        "Sender",
        "OperationProhibited",
        "UsernameTooLong");
    fault(
        admin(tds("CreateUsers", user("anon", "password", "Anonymous"))),
        400,
        "Sender",
        "OperationProhibited",
        "AnonymousNotAllowed");
    fault(
        admin(tds("CreateUsers", user("weak", "abc", "User"))),
        400,
        "Sender",
        "OperationProhibited",
        "PasswordTooWeak");
    fault(
        admin(tds("CreateUsers", user("bad:name", "password", "User"))),
        400,
        "Sender",
        "InvalidArgVal");
    fault(
        admin(tds("CreateUsers", user("lvl", "password", "God"))), 400, "Sender", "InvalidArgVal");
  }

  @Test
  void tooManyUsers() {
    XmlElement.Builder b = XmlElement.builder(TDS, "CreateUsers");
    for (int i = 0; i < 32; i++) {
      b.child(user("user" + i, "password", "User"));
    }
    fault(admin(b.build()), 500, "Receiver", "Action", "TooManyUsers");
  }

  @Test
  void DEVICE_4_1_4_to_6_deleteUsersRules() {
    ok(
        admin(
            tds(
                "CreateUsers",
                user("OnvifTest1", "OnvifTest123", "Operator"),
                user("OnvifTest2", "OnvifTest123", "User"))));
    ok(admin(tds("DeleteUsers", el(TDS, "Username", "OnvifTest1"))));
    assertThat(userNames()).containsExactly("admin:Administrator", "OnvifTest2:User");
    fault(
        admin(tds("DeleteUsers", el(TDS, "Username", "nobody"))),
        400,
        "Sender",
        "InvalidArgVal",
        "UsernameMissing");
    fault(
        admin(tds("DeleteUsers", el(TDS, "Username", "admin"))),
        400,
        "Sender",
        "InvalidArgVal",
        "FixedUser");
    assertThat(userNames()).contains("admin:Administrator");
  }

  @Test
  void DEVICE_4_1_7_and_8_setUserChangesPasswordAndLevelOnlyForKnownUsers() {
    ok(admin(tds("CreateUsers", user("OnvifTest1", "OnvifTest123", "Operator"))));
    ok(admin(tds("SetUser", user("OnvifTest1", "NewPassword1", "User"))));
    assertThat(userNames()).contains("OnvifTest1:User");
    assertThat(camera.device().user("OnvifTest1").password()).isEqualTo("NewPassword1");
    fault(
        admin(tds("SetUser", user("nobody", "NewPassword1", "User"))),
        400,
        "Sender",
        "InvalidArgVal",
        "UsernameMissing");
    assertThat(userNames()).contains("OnvifTest1:User").doesNotContain("nobody:User");
    fault(
        admin(tds("SetUser", user("admin", null, "User"))),
        400,
        "Sender",
        "OperationProhibited",
        "FixedUser");
  }

  @Test
  void theLastAdministratorCannotBeDemotedOrDeleted() {
    ok(admin(tds("CreateUsers", user("boss", "bosspass", "Administrator"))));
    camera.updateDevice(
        d ->
            d.withUsers(
                List.of(
                    new User("admin", ADMIN_PASSWORD, UserLevel.ADMINISTRATOR, false),
                    d.user("boss"))));
    ok(admin(tds("DeleteUsers", el(TDS, "Username", "boss"))));
    fault(
        admin(tds("SetUser", user("admin", null, "Operator"))),
        400,
        "Sender",
        "InvalidArgVal",
        "FixedUser");
  }
}
