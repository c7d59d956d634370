// The observatory's validated and aggregated model, built by the pipeline in scripts/.
import { observatoryForEleventy } from "../scripts/eleventy/observatory-data.ts";

export default () => observatoryForEleventy(process.cwd());
