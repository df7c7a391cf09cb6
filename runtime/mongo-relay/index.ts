// Entry of the MongoDB change relay bundle (a Node service on the swarm, run by the official Node
// image from a docker config). Stops cleanly on SIGTERM (docker service update/stop): the loop
// ends after the event in hand, the position is already saved, the stream and client close.
import { createLogger, errorFields } from "../lib/json-log";
import { startRelay } from "./service";

const logger = createLogger({ service: "mongo-relay" });

startRelay(process.env, logger).then(
  (running) => {
    const shutdown = (signal: string) => {
      logger.info("stopping", { signal });
      running.stop().then(() => process.exit(0));
    };
    process.once("SIGTERM", () => shutdown("SIGTERM"));
    process.once("SIGINT", () => shutdown("SIGINT"));
  },
  (error) => {
    logger.error("relay could not start", errorFields(error));
    process.exit(1);
  },
);
