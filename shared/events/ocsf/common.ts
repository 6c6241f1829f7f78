/** Attributes every Sightline event shares: metadata, device with the agent, actor. */
import { AGENT_TYPE_DLP, DEVICE_TYPE_UNKNOWN, OCSF_VERSION, PRODUCT } from './constants';
import type { OcsfDevice, OcsfMetadata } from './events';
import type { DeviceContext } from './inputs';

export function metadata(eventId: string, device: DeviceContext): OcsfMetadata {
  return { version: OCSF_VERSION, product: { ...PRODUCT, version: device.extensionVersion }, uid: eventId };
}

export function ocsfDevice(device: DeviceContext): OcsfDevice {
  return {
    uid: device.installId,
    type_id: DEVICE_TYPE_UNKNOWN,
    agent_list: [{ name: PRODUCT.name, uid: device.installId, version: device.extensionVersion, type_id: AGENT_TYPE_DLP }],
  };
}

/** `actor` only when the organisation gave the install a user id. */
export function actor(device: DeviceContext): { actor?: { user: { uid: string } } } {
  return device.userId ? { actor: { user: { uid: device.userId } } } : {};
}
