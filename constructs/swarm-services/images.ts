/**
 * Every image the swarm runs, pinned by tag in one place: an upgrade is a one-line change here
 * (or an `images` override on `SwarmServices`), reviewed and applied like any other change.
 */
export interface ServiceImages {
  readonly traefik: string;
  /**
   * Read-only proxy in front of the Docker API of the managers, for Traefik's swarm provider.
   * v0.4.1 or later: v0.4.0 moved to HAProxy 3.2, which can fail to start (or exit after a few
   * hours) under Docker's default file-descriptor limit (soft 1024 with Docker 29's containerd);
   * v0.4.1 (Tecnativa/docker-socket-proxy PR #162, commit 0fdb8a8, issue #160) sets
   * `ulimit -n 10000` in its docker-entrypoint.sh.
   */
  readonly dockerApiProxy: string;
  /**
   * The -alpine variant: the distroless one has no shell or wget for the health check. It has no
   * USER and would run as root; ForwardAuth runs it as 65532:65532.
   */
  readonly oauth2Proxy: string;
  readonly keycloak: string;
  readonly postgres: string;
  readonly mongo: string;
  readonly rocketchat: string;
  readonly seaweedfs: string;
  readonly netdata: string;
}

export const DEFAULT_IMAGES: ServiceImages = {
  traefik: "traefik:v3.6.25",
  dockerApiProxy: "ghcr.io/tecnativa/docker-socket-proxy:v0.4.1",
  oauth2Proxy: "quay.io/oauth2-proxy/oauth2-proxy:v7.15.3-alpine",
  keycloak: "quay.io/keycloak/keycloak:26.7.2",
  postgres: "postgres:16.10",
  mongo: "mongo:7.0.28",
  rocketchat: "registry.rocket.chat/rocketchat/rocket.chat:7.13.1",
  seaweedfs: "chrislusf/seaweedfs:3.99",
  netdata: "netdata/netdata:v2.7.1",
};

/** An image reference with an explicit tag other than `latest` (a digest pin is fine too). */
export function isPinnedImage(image: unknown): image is string {
  if (typeof image !== "string") return false;
  if (/@sha256:[0-9a-f]{64}$/.test(image)) return true;
  const lastSegment = image.slice(image.lastIndexOf("/") + 1);
  const tag = lastSegment.includes(":") ? lastSegment.slice(lastSegment.indexOf(":") + 1) : "";
  return /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/.test(tag) && tag !== "latest" && /\d/.test(tag);
}
