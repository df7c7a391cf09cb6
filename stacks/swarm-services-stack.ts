import { DockerProvider } from "@cdktf/provider-docker/lib/provider";
import { Aspects, TerraformStack } from "cdktf";
import { Construct } from "constructs";
import { ResourceLabels } from "../constructs/lib/ownership";
import { SwarmServices } from "../constructs/swarm-services";
import { configureBackend } from "./backend";
import { EnvironmentConfig } from "./environment";
import { PlatformStack } from "./platform-stack";

export interface SwarmServicesStackProps {
  readonly environment: EnvironmentConfig;
  /** The environment's platform stack: the swarm manager address and hostnames come from it. */
  readonly platform: PlatformStack;
}

/**
 * The services running on the swarm. A provider cannot be configured from a resource created
 * in the same plan, so the docker provider lives here and reaches the first manager (created by
 * the platform stack) over SSH; `cdktf deploy '<env>-*'` deploys the platform stack first.
 */
export class SwarmServicesStack extends TerraformStack {
  readonly services: SwarmServices;

  constructor(scope: Construct, id: string, props: SwarmServicesStackProps) {
    super(scope, id);
    const env = props.environment;
    configureBackend(this, env.backend, id);
    this.addDependency(props.platform);

    new DockerProvider(this, "docker", {
      // The operator's ssh-agent holds the key; host keys are pinned by the platform stack's
      // bootstrap (see constructs/swarm-cluster/README.md), so no prompt and no blind trust.
      host: `ssh://root@${props.platform.swarm.managerPublicIpv4}:22`,
      sshOpts: ["-o", "BatchMode=yes", "-o", "ConnectTimeout=15"],
    });

    this.services = new SwarmServices(this, "Services", {
      environment: env.name,
      hostnames: props.platform.swarm.hostnames,
    });

    Aspects.of(this).add(new ResourceLabels(env.name, "swarm-services-stack"));
  }
}
