import { Network } from "@cdktf/provider-docker/lib/network";
import { Construct } from "constructs";
import type { SwarmHostnames } from "../swarm-cluster";
import { markOwner } from "../lib/ownership";

export interface SwarmServicesProps {
  readonly environment: string;
  readonly hostnames: SwarmHostnames;
}

/** The services of the swarm: networks first; the apps are added on top of them. */
export class SwarmServices extends Construct {
  /** Overlay network Traefik shares with every service it routes to. */
  readonly ingressNetworkName: string;
  /** Overlay network for service-to-service traffic that is never routed from outside. */
  readonly internalNetworkName: string;

  constructor(scope: Construct, id: string, props: SwarmServicesProps) {
    super(scope, id);
    markOwner(this, "swarm-services");
    const overlay = (networkId: string, name: string, internal: boolean) =>
      new Network(this, networkId, {
        name,
        driver: "overlay",
        attachable: false,
        internal,
        // IPsec between nodes: the private network is Hetzner's, not ours.
        options: { encrypted: "true" },
      });
    this.ingressNetworkName = overlay("IngressNetwork", `${props.environment}-ingress`, false).name;
    this.internalNetworkName = overlay("InternalNetwork", `${props.environment}-internal`, true).name;
  }
}
