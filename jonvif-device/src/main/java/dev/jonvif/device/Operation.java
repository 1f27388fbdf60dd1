package dev.jonvif.device;

import dev.jonvif.core.Namespaces;
import java.util.HashMap;
import java.util.Map;
import javax.xml.namespace.QName;

/**
 * Every operation the device server knows, with the service it belongs to, its ONVIF access class
 * and its WS-Addressing response action. The dispatcher maps a request body's first element to an
 * operation with {@link #forRequest(QName)}; an operation without a registered handler is answered
 * with {@code env:Receiver/ter:ActionNotSupported}.
 *
 * <p>Access classes follow the ONVIF Core specification's operation tables (§5.9.4.3 and the
 * per-operation "Access Class" lines of each service specification).
 */
public enum Operation {
  // Device management (tds)
  GET_WSDL_URL(OnvifService.DEVICE, "GetWsdlUrl", AccessClass.PRE_AUTH),
  GET_SERVICES(OnvifService.DEVICE, "GetServices", AccessClass.PRE_AUTH),
  GET_SERVICE_CAPABILITIES(OnvifService.DEVICE, "GetServiceCapabilities", AccessClass.PRE_AUTH),
  GET_CAPABILITIES(OnvifService.DEVICE, "GetCapabilities", AccessClass.PRE_AUTH),
  GET_HOSTNAME(OnvifService.DEVICE, "GetHostname", AccessClass.PRE_AUTH),
  GET_SYSTEM_DATE_AND_TIME(OnvifService.DEVICE, "GetSystemDateAndTime", AccessClass.PRE_AUTH),
  GET_ENDPOINT_REFERENCE(OnvifService.DEVICE, "GetEndpointReference", AccessClass.PRE_AUTH),
  GET_DEVICE_INFORMATION(OnvifService.DEVICE, "GetDeviceInformation", AccessClass.READ_SYSTEM),
  SET_SYSTEM_DATE_AND_TIME(OnvifService.DEVICE, "SetSystemDateAndTime", AccessClass.WRITE_SYSTEM),
  SET_SYSTEM_FACTORY_DEFAULT(
      OnvifService.DEVICE, "SetSystemFactoryDefault", AccessClass.UNRECOVERABLE),
  SYSTEM_REBOOT(OnvifService.DEVICE, "SystemReboot", AccessClass.UNRECOVERABLE),
  GET_SYSTEM_LOG(OnvifService.DEVICE, "GetSystemLog", AccessClass.READ_SYSTEM_SECRET),
  GET_SCOPES(OnvifService.DEVICE, "GetScopes", AccessClass.READ_SYSTEM),
  SET_SCOPES(OnvifService.DEVICE, "SetScopes", AccessClass.WRITE_SYSTEM),
  ADD_SCOPES(OnvifService.DEVICE, "AddScopes", AccessClass.WRITE_SYSTEM),
  REMOVE_SCOPES(OnvifService.DEVICE, "RemoveScopes", AccessClass.WRITE_SYSTEM),
  GET_DISCOVERY_MODE(OnvifService.DEVICE, "GetDiscoveryMode", AccessClass.READ_SYSTEM),
  SET_DISCOVERY_MODE(OnvifService.DEVICE, "SetDiscoveryMode", AccessClass.WRITE_SYSTEM),
  SET_HOSTNAME(OnvifService.DEVICE, "SetHostname", AccessClass.WRITE_SYSTEM),
  GET_NETWORK_INTERFACES(OnvifService.DEVICE, "GetNetworkInterfaces", AccessClass.READ_SYSTEM),
  SET_NETWORK_INTERFACES(OnvifService.DEVICE, "SetNetworkInterfaces", AccessClass.WRITE_SYSTEM),
  GET_NETWORK_PROTOCOLS(OnvifService.DEVICE, "GetNetworkProtocols", AccessClass.READ_SYSTEM),
  SET_NETWORK_PROTOCOLS(OnvifService.DEVICE, "SetNetworkProtocols", AccessClass.WRITE_SYSTEM),
  GET_DNS(OnvifService.DEVICE, "GetDNS", AccessClass.READ_SYSTEM),
  SET_DNS(OnvifService.DEVICE, "SetDNS", AccessClass.WRITE_SYSTEM),
  GET_NTP(OnvifService.DEVICE, "GetNTP", AccessClass.READ_SYSTEM),
  SET_NTP(OnvifService.DEVICE, "SetNTP", AccessClass.WRITE_SYSTEM),
  GET_NETWORK_DEFAULT_GATEWAY(
      OnvifService.DEVICE, "GetNetworkDefaultGateway", AccessClass.READ_SYSTEM),
  SET_NETWORK_DEFAULT_GATEWAY(
      OnvifService.DEVICE, "SetNetworkDefaultGateway", AccessClass.WRITE_SYSTEM),
  GET_USERS(OnvifService.DEVICE, "GetUsers", AccessClass.READ_SYSTEM_SECRET),
  CREATE_USERS(OnvifService.DEVICE, "CreateUsers", AccessClass.WRITE_SYSTEM),
  DELETE_USERS(OnvifService.DEVICE, "DeleteUsers", AccessClass.WRITE_SYSTEM),
  SET_USER(OnvifService.DEVICE, "SetUser", AccessClass.WRITE_SYSTEM),
  // Media (trt, ver10)
  MEDIA_GET_SERVICE_CAPABILITIES(
      OnvifService.MEDIA, "GetServiceCapabilities", AccessClass.PRE_AUTH),
  MEDIA_GET_PROFILES(OnvifService.MEDIA, "GetProfiles", AccessClass.READ_MEDIA),
  MEDIA_GET_PROFILE(OnvifService.MEDIA, "GetProfile", AccessClass.READ_MEDIA),
  MEDIA_CREATE_PROFILE(OnvifService.MEDIA, "CreateProfile", AccessClass.ACTUATE),
  MEDIA_DELETE_PROFILE(OnvifService.MEDIA, "DeleteProfile", AccessClass.ACTUATE),
  MEDIA_GET_VIDEO_SOURCES(OnvifService.MEDIA, "GetVideoSources", AccessClass.READ_MEDIA),
  MEDIA_GET_VIDEO_SOURCE_CONFIGURATIONS(
      OnvifService.MEDIA, "GetVideoSourceConfigurations", AccessClass.READ_MEDIA),
  MEDIA_GET_VIDEO_SOURCE_CONFIGURATION(
      OnvifService.MEDIA, "GetVideoSourceConfiguration", AccessClass.READ_MEDIA),
  MEDIA_GET_COMPATIBLE_VIDEO_SOURCE_CONFIGURATIONS(
      OnvifService.MEDIA, "GetCompatibleVideoSourceConfigurations", AccessClass.READ_MEDIA),
  MEDIA_GET_VIDEO_SOURCE_CONFIGURATION_OPTIONS(
      OnvifService.MEDIA, "GetVideoSourceConfigurationOptions", AccessClass.READ_MEDIA),
  MEDIA_SET_VIDEO_SOURCE_CONFIGURATION(
      OnvifService.MEDIA, "SetVideoSourceConfiguration", AccessClass.ACTUATE),
  MEDIA_GET_VIDEO_ENCODER_CONFIGURATIONS(
      OnvifService.MEDIA, "GetVideoEncoderConfigurations", AccessClass.READ_MEDIA),
  MEDIA_GET_VIDEO_ENCODER_CONFIGURATION(
      OnvifService.MEDIA, "GetVideoEncoderConfiguration", AccessClass.READ_MEDIA),
  MEDIA_GET_COMPATIBLE_VIDEO_ENCODER_CONFIGURATIONS(
      OnvifService.MEDIA, "GetCompatibleVideoEncoderConfigurations", AccessClass.READ_MEDIA),
  MEDIA_GET_VIDEO_ENCODER_CONFIGURATION_OPTIONS(
      OnvifService.MEDIA, "GetVideoEncoderConfigurationOptions", AccessClass.READ_MEDIA),
  MEDIA_SET_VIDEO_ENCODER_CONFIGURATION(
      OnvifService.MEDIA, "SetVideoEncoderConfiguration", AccessClass.ACTUATE),
  MEDIA_GET_GUARANTEED_NUMBER_OF_VIDEO_ENCODER_INSTANCES(
      OnvifService.MEDIA, "GetGuaranteedNumberOfVideoEncoderInstances", AccessClass.READ_MEDIA),
  MEDIA_ADD_VIDEO_SOURCE_CONFIGURATION(
      OnvifService.MEDIA, "AddVideoSourceConfiguration", AccessClass.ACTUATE),
  MEDIA_REMOVE_VIDEO_SOURCE_CONFIGURATION(
      OnvifService.MEDIA, "RemoveVideoSourceConfiguration", AccessClass.ACTUATE),
  MEDIA_ADD_VIDEO_ENCODER_CONFIGURATION(
      OnvifService.MEDIA, "AddVideoEncoderConfiguration", AccessClass.ACTUATE),
  MEDIA_REMOVE_VIDEO_ENCODER_CONFIGURATION(
      OnvifService.MEDIA, "RemoveVideoEncoderConfiguration", AccessClass.ACTUATE),
  MEDIA_GET_STREAM_URI(OnvifService.MEDIA, "GetStreamUri", AccessClass.READ_MEDIA),
  MEDIA_GET_SNAPSHOT_URI(OnvifService.MEDIA, "GetSnapshotUri", AccessClass.READ_MEDIA),
  MEDIA_SET_SYNCHRONIZATION_POINT(
      OnvifService.MEDIA, "SetSynchronizationPoint", AccessClass.ACTUATE),
  MEDIA_GET_METADATA_CONFIGURATIONS(
      OnvifService.MEDIA, "GetMetadataConfigurations", AccessClass.READ_MEDIA),
  MEDIA_GET_METADATA_CONFIGURATION(
      OnvifService.MEDIA, "GetMetadataConfiguration", AccessClass.READ_MEDIA),
  MEDIA_GET_COMPATIBLE_METADATA_CONFIGURATIONS(
      OnvifService.MEDIA, "GetCompatibleMetadataConfigurations", AccessClass.READ_MEDIA),
  MEDIA_GET_METADATA_CONFIGURATION_OPTIONS(
      OnvifService.MEDIA, "GetMetadataConfigurationOptions", AccessClass.READ_MEDIA),
  MEDIA_ADD_METADATA_CONFIGURATION(
      OnvifService.MEDIA, "AddMetadataConfiguration", AccessClass.ACTUATE),
  MEDIA_REMOVE_METADATA_CONFIGURATION(
      OnvifService.MEDIA, "RemoveMetadataConfiguration", AccessClass.ACTUATE),
  MEDIA_SET_METADATA_CONFIGURATION(
      OnvifService.MEDIA, "SetMetadataConfiguration", AccessClass.ACTUATE),
  MEDIA_GET_AUDIO_SOURCES(OnvifService.MEDIA, "GetAudioSources", AccessClass.READ_MEDIA),
  MEDIA_GET_AUDIO_SOURCE_CONFIGURATIONS(
      OnvifService.MEDIA, "GetAudioSourceConfigurations", AccessClass.READ_MEDIA),
  MEDIA_GET_AUDIO_ENCODER_CONFIGURATIONS(
      OnvifService.MEDIA, "GetAudioEncoderConfigurations", AccessClass.READ_MEDIA),
  MEDIA_GET_AUDIO_OUTPUTS(OnvifService.MEDIA, "GetAudioOutputs", AccessClass.READ_MEDIA),
  // Media2 (tr2, ver20)
  MEDIA2_GET_SERVICE_CAPABILITIES(
      OnvifService.MEDIA2, "GetServiceCapabilities", AccessClass.PRE_AUTH),
  MEDIA2_GET_PROFILES(OnvifService.MEDIA2, "GetProfiles", AccessClass.READ_MEDIA),
  MEDIA2_CREATE_PROFILE(OnvifService.MEDIA2, "CreateProfile", AccessClass.ACTUATE),
  MEDIA2_DELETE_PROFILE(OnvifService.MEDIA2, "DeleteProfile", AccessClass.ACTUATE),
  MEDIA2_ADD_CONFIGURATION(OnvifService.MEDIA2, "AddConfiguration", AccessClass.ACTUATE),
  MEDIA2_REMOVE_CONFIGURATION(OnvifService.MEDIA2, "RemoveConfiguration", AccessClass.ACTUATE),
  MEDIA2_GET_VIDEO_SOURCE_CONFIGURATIONS(
      OnvifService.MEDIA2, "GetVideoSourceConfigurations", AccessClass.READ_MEDIA),
  MEDIA2_GET_VIDEO_SOURCE_CONFIGURATION_OPTIONS(
      OnvifService.MEDIA2, "GetVideoSourceConfigurationOptions", AccessClass.READ_MEDIA),
  MEDIA2_SET_VIDEO_SOURCE_CONFIGURATION(
      OnvifService.MEDIA2, "SetVideoSourceConfiguration", AccessClass.ACTUATE),
  MEDIA2_GET_VIDEO_ENCODER_CONFIGURATIONS(
      OnvifService.MEDIA2, "GetVideoEncoderConfigurations", AccessClass.READ_MEDIA),
  MEDIA2_GET_VIDEO_ENCODER_CONFIGURATION_OPTIONS(
      OnvifService.MEDIA2, "GetVideoEncoderConfigurationOptions", AccessClass.READ_MEDIA),
  MEDIA2_SET_VIDEO_ENCODER_CONFIGURATION(
      OnvifService.MEDIA2, "SetVideoEncoderConfiguration", AccessClass.ACTUATE),
  MEDIA2_GET_VIDEO_ENCODER_INSTANCES(
      OnvifService.MEDIA2, "GetVideoEncoderInstances", AccessClass.READ_MEDIA),
  MEDIA2_GET_METADATA_CONFIGURATIONS(
      OnvifService.MEDIA2, "GetMetadataConfigurations", AccessClass.READ_MEDIA),
  MEDIA2_GET_METADATA_CONFIGURATION_OPTIONS(
      OnvifService.MEDIA2, "GetMetadataConfigurationOptions", AccessClass.READ_MEDIA),
  MEDIA2_SET_METADATA_CONFIGURATION(
      OnvifService.MEDIA2, "SetMetadataConfiguration", AccessClass.ACTUATE),
  MEDIA2_GET_AUDIO_SOURCE_CONFIGURATIONS(
      OnvifService.MEDIA2, "GetAudioSourceConfigurations", AccessClass.READ_MEDIA),
  MEDIA2_GET_AUDIO_ENCODER_CONFIGURATIONS(
      OnvifService.MEDIA2, "GetAudioEncoderConfigurations", AccessClass.READ_MEDIA),
  MEDIA2_GET_STREAM_URI(OnvifService.MEDIA2, "GetStreamUri", AccessClass.READ_MEDIA),
  MEDIA2_GET_SNAPSHOT_URI(OnvifService.MEDIA2, "GetSnapshotUri", AccessClass.READ_MEDIA),
  MEDIA2_SET_SYNCHRONIZATION_POINT(
      OnvifService.MEDIA2, "SetSynchronizationPoint", AccessClass.ACTUATE),
  // PTZ (tptz, ver20)
  PTZ_GET_SERVICE_CAPABILITIES(OnvifService.PTZ, "GetServiceCapabilities", AccessClass.PRE_AUTH),
  PTZ_GET_NODES(OnvifService.PTZ, "GetNodes", AccessClass.READ_MEDIA),
  PTZ_GET_NODE(OnvifService.PTZ, "GetNode", AccessClass.READ_MEDIA),
  PTZ_GET_CONFIGURATIONS(OnvifService.PTZ, "GetConfigurations", AccessClass.READ_MEDIA),
  PTZ_GET_CONFIGURATION(OnvifService.PTZ, "GetConfiguration", AccessClass.READ_MEDIA),
  PTZ_GET_CONFIGURATION_OPTIONS(
      OnvifService.PTZ, "GetConfigurationOptions", AccessClass.READ_MEDIA),
  PTZ_GET_COMPATIBLE_CONFIGURATIONS(
      OnvifService.PTZ, "GetCompatibleConfigurations", AccessClass.READ_MEDIA),
  PTZ_SET_CONFIGURATION(OnvifService.PTZ, "SetConfiguration", AccessClass.ACTUATE),
  PTZ_CONTINUOUS_MOVE(OnvifService.PTZ, "ContinuousMove", AccessClass.ACTUATE),
  PTZ_RELATIVE_MOVE(OnvifService.PTZ, "RelativeMove", AccessClass.ACTUATE),
  PTZ_ABSOLUTE_MOVE(OnvifService.PTZ, "AbsoluteMove", AccessClass.ACTUATE),
  PTZ_STOP(OnvifService.PTZ, "Stop", AccessClass.ACTUATE),
  PTZ_GET_STATUS(OnvifService.PTZ, "GetStatus", AccessClass.READ_MEDIA),
  PTZ_GET_PRESETS(OnvifService.PTZ, "GetPresets", AccessClass.READ_MEDIA),
  PTZ_SET_PRESET(OnvifService.PTZ, "SetPreset", AccessClass.ACTUATE),
  PTZ_REMOVE_PRESET(OnvifService.PTZ, "RemovePreset", AccessClass.ACTUATE),
  PTZ_GOTO_PRESET(OnvifService.PTZ, "GotoPreset", AccessClass.ACTUATE),
  PTZ_GOTO_HOME_POSITION(OnvifService.PTZ, "GotoHomePosition", AccessClass.ACTUATE),
  PTZ_SET_HOME_POSITION(OnvifService.PTZ, "SetHomePosition", AccessClass.ACTUATE),
  PTZ_SEND_AUXILIARY_COMMAND(OnvifService.PTZ, "SendAuxiliaryCommand", AccessClass.ACTUATE),
  // Media (trt) operations for PTZ configurations in profiles; answered by the PTZ module
  MEDIA_ADD_PTZ_CONFIGURATION(OnvifService.MEDIA, "AddPTZConfiguration", AccessClass.ACTUATE),
  MEDIA_REMOVE_PTZ_CONFIGURATION(OnvifService.MEDIA, "RemovePTZConfiguration", AccessClass.ACTUATE),
  // Imaging (timg, ver20)
  IMAGING_GET_SERVICE_CAPABILITIES(
      OnvifService.IMAGING, "GetServiceCapabilities", AccessClass.PRE_AUTH),
  IMAGING_GET_IMAGING_SETTINGS(OnvifService.IMAGING, "GetImagingSettings", AccessClass.READ_MEDIA),
  IMAGING_SET_IMAGING_SETTINGS(OnvifService.IMAGING, "SetImagingSettings", AccessClass.ACTUATE),
  IMAGING_GET_OPTIONS(OnvifService.IMAGING, "GetOptions", AccessClass.READ_MEDIA),
  IMAGING_GET_MOVE_OPTIONS(OnvifService.IMAGING, "GetMoveOptions", AccessClass.READ_MEDIA),
  IMAGING_MOVE(OnvifService.IMAGING, "Move", AccessClass.ACTUATE),
  IMAGING_STOP(OnvifService.IMAGING, "Stop", AccessClass.ACTUATE),
  IMAGING_GET_STATUS(OnvifService.IMAGING, "GetStatus", AccessClass.READ_MEDIA),
  // DeviceIO (tmd); GetRelayOutputs and SetRelayOutputState use the tds elements below
  DEVICEIO_GET_SERVICE_CAPABILITIES(
      OnvifService.DEVICEIO, "GetServiceCapabilities", AccessClass.PRE_AUTH),
  DEVICEIO_GET_VIDEO_SOURCES(OnvifService.DEVICEIO, "GetVideoSources", AccessClass.READ_MEDIA),
  DEVICEIO_GET_RELAY_OUTPUT_OPTIONS(
      OnvifService.DEVICEIO, "GetRelayOutputOptions", AccessClass.READ_MEDIA),
  DEVICEIO_SET_RELAY_OUTPUT_SETTINGS(
      OnvifService.DEVICEIO, "SetRelayOutputSettings", AccessClass.ACTUATE),
  DEVICEIO_GET_DIGITAL_INPUTS(OnvifService.DEVICEIO, "GetDigitalInputs", AccessClass.READ_MEDIA),
  DEVICEIO_GET_DIGITAL_INPUT_CONFIGURATION_OPTIONS(
      OnvifService.DEVICEIO, "GetDigitalInputConfigurationOptions", AccessClass.READ_MEDIA),
  DEVICEIO_SET_DIGITAL_INPUT_CONFIGURATIONS(
      OnvifService.DEVICEIO, "SetDigitalInputConfigurations", AccessClass.ACTUATE),
  // Device service relay operations (tds); DeviceIO endpoints receive the same elements
  GET_RELAY_OUTPUTS(OnvifService.DEVICE, "GetRelayOutputs", AccessClass.READ_MEDIA),
  SET_RELAY_OUTPUT_SETTINGS(OnvifService.DEVICE, "SetRelayOutputSettings", AccessClass.ACTUATE),
  SET_RELAY_OUTPUT_STATE(OnvifService.DEVICE, "SetRelayOutputState", AccessClass.ACTUATE),
  // Events (tev and WS-BaseNotification); port types name the ONVIF event spec's actions
  EVENTS_GET_SERVICE_CAPABILITIES(
      OnvifService.EVENTS, "GetServiceCapabilities", AccessClass.PRE_AUTH),
  EVENTS_GET_EVENT_PROPERTIES(OnvifService.EVENTS, "GetEventProperties", AccessClass.READ_MEDIA),
  EVENTS_CREATE_PULL_POINT_SUBSCRIPTION(
      OnvifService.EVENTS, "CreatePullPointSubscription", AccessClass.READ_MEDIA),
  EVENTS_PULL_MESSAGES(
      OnvifService.EVENTS,
      Namespaces.TEV,
      "PullPointSubscription",
      "PullMessages",
      AccessClass.READ_MEDIA),
  EVENTS_SET_SYNCHRONIZATION_POINT(
      OnvifService.EVENTS,
      Namespaces.TEV,
      "PullPointSubscription",
      "SetSynchronizationPoint",
      AccessClass.READ_MEDIA),
  EVENTS_SUBSCRIBE(
      OnvifService.EVENTS,
      Namespaces.WSNT,
      "NotificationProducer",
      "Subscribe",
      AccessClass.READ_MEDIA),
  EVENTS_RENEW(
      OnvifService.EVENTS, Namespaces.WSNT, "SubscriptionManager", "Renew", AccessClass.READ_MEDIA),
  EVENTS_UNSUBSCRIBE(
      OnvifService.EVENTS,
      Namespaces.WSNT,
      "SubscriptionManager",
      "Unsubscribe",
      AccessClass.READ_MEDIA);

  private static final Map<QName, Operation> BY_REQUEST = new HashMap<>();

  static {
    for (Operation op : values()) {
      BY_REQUEST.put(op.requestName, op);
    }
  }

  private final OnvifService service;
  private final String localName;
  private final AccessClass accessClass;
  private final QName requestName;
  private final QName responseName;
  private final String requestAction;
  private final String responseAction;

  Operation(OnvifService service, String localName, AccessClass accessClass) {
    this(service, service.namespace(), service.portType(), localName, accessClass);
  }

  /**
   * An operation whose element namespace or port type differs from its service's
   * (WS-BaseNotification Renew/Unsubscribe, the event service's PullPointSubscription port type).
   */
  Operation(
      OnvifService service,
      String namespace,
      String portType,
      String localName,
      AccessClass accessClass) {
    // WS-BaseNotification actions live in the bw-2 WSDL namespace, not the b-2 schema one.
    String actionBase =
        namespace.equals(Namespaces.WSNT) ? "http://docs.oasis-open.org/wsn/bw-2" : namespace;
    boolean own = namespace.equals(service.namespace()) && portType.equals(service.portType());
    this.service = service;
    this.localName = localName;
    this.accessClass = accessClass;
    this.requestName = new QName(namespace, localName);
    this.responseName = new QName(namespace, localName + "Response");
    this.requestAction =
        own
            ? namespace + "/" + localName
            : actionBase + "/" + portType + "/" + localName + "Request";
    this.responseAction = actionBase + "/" + portType + "/" + localName + "Response";
  }

  /** The service this operation belongs to. */
  public OnvifService service() {
    return service;
  }

  /** The operation name, e.g. {@code GetSystemDateAndTime}. */
  public String localName() {
    return localName;
  }

  /** Who may call it. */
  public AccessClass accessClass() {
    return accessClass;
  }

  /** The request body element's name. */
  public QName requestName() {
    return requestName;
  }

  /** The response body element's name ({@code <operation>Response}). */
  public QName responseName() {
    return responseName;
  }

  /**
   * The WSDL soapAction of the request, e.g. {@code
   * http://www.onvif.org/ver10/device/wsdl/GetScopes}.
   */
  public String requestAction() {
    return requestAction;
  }

  /**
   * The WS-Addressing action of the response: the WSDL default pattern {@code
   * <namespace>/<portType>/<operation>Response}.
   */
  public String responseAction() {
    return responseAction;
  }

  /**
   * Whether a SOAP action sent with a request names this operation: the WSDL soapAction, the
   * WS-Addressing default input action ({@code .../<portType>/<operation>Request}), or any URI
   * whose last segment is the operation name.
   */
  public boolean matchesAction(String action) {
    String a = action.strip();
    int slash = a.lastIndexOf('/');
    String last = slash < 0 ? a : a.substring(slash + 1);
    return last.equals(localName) || last.equals(localName + "Request");
  }

  /** The operation whose request element is {@code name}, or {@code null}. */
  public static Operation forRequest(QName name) {
    return BY_REQUEST.get(new QName(name.getNamespaceURI(), name.getLocalPart()));
  }
}
