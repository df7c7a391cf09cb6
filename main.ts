import { App } from "cdktf";
import { addEnvironmentStacks } from "./stacks/app";
import { SAMPLE_ENVIRONMENTS } from "./stacks/environments";
import { skipTokenStackTraces } from "./stacks/token-stack-traces";

skipTokenStackTraces();

const app = new App();
addEnvironmentStacks(app, SAMPLE_ENVIRONMENTS);
app.synth();
