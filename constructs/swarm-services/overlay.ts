/**
 * Overlay networks of the swarm, all built one way: encrypted (IPsec between nodes, since the
 * private network is Hetzner's, not ours), not attachable, and sized for the Hetzner private
 * network's MTU.
 *
 * @module
 */

import { Network } from "@cdktf/provider-docker/lib/network";
import { Construct } from "constructs";

/** Hetzner Cloud private networks carry frames of at most 1450 bytes (not Ethernet's 1500). */
export const HETZNER_PRIVATE_NETWORK_MTU = 1450;

/** VXLAN encapsulation: outer IPv4 (20) + UDP (8) + VXLAN header (8) + inner Ethernet (14). */
export const VXLAN_OVERHEAD_BYTES = 50;

/**
 * ESP (transport mode, rfc4106 AES-GCM, 8-byte ICV) as moby accounts for it:
 * SPI 4 + sequence 4 + IV 8 + pad length 1 + next header 1 + ICV 8 (`pktExpansion` in
 * libnetwork/drivers/overlay/encryption.go), plus up to 3 bytes of padding that moby removes
 * by rounding the container MTU down to a multiple of 4.
 */
export const ESP_OVERHEAD_BYTES = 26;

/**
 * `com.docker.network.driver.mtu` for every overlay. For the overlay driver this option is the
 * MTU of the UNDERLAY, not of the container: moby's `network.maxMTU()`
 * (libnetwork/drivers/overlay/ov_network.go and encryption.go) starts from it (1500 when unset),
 * subtracts 50 for VXLAN and, on an encrypted overlay, 26 for ESP, rounds down to a multiple of
 * 4, and gives the result to the container interface and the vxlan device. Unset, it assumes a
 * 1500-byte underlay: containers get 1424, the encapsulated packets grow to 1500 and Hetzner's
 * 1450-byte network drops them (moby/libnetwork#2661, Dokploy#3446) — small requests work, large
 * responses between nodes vanish.
 *
 * Set to the Hetzner MTU, moby gives containers 1450 − 50 − 26 = 1374 → 1372 (multiple of 4);
 * an encapsulated packet is then at most 1372 + 26 (+ ≤ 3 padding, already inside the rounding)
 * + 50 = 1448 ≤ 1450. A smaller value would only waste payload.
 */
export const OVERLAY_DRIVER_MTU = HETZNER_PRIVATE_NETWORK_MTU;

/** The container-side MTU moby derives from `OVERLAY_DRIVER_MTU` (moby's `maxMTU()`, IPv4 underlay). */
export function overlayContainerMtu(driverMtu: number, encrypted: boolean): number {
  let mtu = driverMtu - VXLAN_OVERHEAD_BYTES;
  if (encrypted) {
    mtu -= ESP_OVERHEAD_BYTES;
    mtu -= mtu % 4;
  }
  return mtu;
}

export interface OverlayNetworkProps {
  readonly name: string;
  /** No route out of the overlay (no egress to the internet). */
  readonly internal: boolean;
}

/** An encrypted, non-attachable overlay network whose packets fit the Hetzner private network. */
export function overlayNetwork(scope: Construct, id: string, props: OverlayNetworkProps): Network {
  return new Network(scope, id, {
    name: props.name,
    driver: "overlay",
    attachable: false,
    internal: props.internal,
    options: { encrypted: "true", "com.docker.network.driver.mtu": String(OVERLAY_DRIVER_MTU) },
  });
}
