// The seed of the property tests. A development run draws a new seed each time (fast-check's
// default), so every run explores new inputs; a failure prints its seed and path to replay it.
// CI sets KINSAFE_FC_SEED (see .ci/run), so that a CI run is reproducible: the same commit gets
// the same verdict, and a red build can be replayed exactly with the same variable.
import fc from "fast-check";

const seed = process.env["KINSAFE_FC_SEED"];
if (seed !== undefined && seed.trim() !== "") {
  const value = Number(seed);
  if (!Number.isInteger(value)) throw new Error(`KINSAFE_FC_SEED must be an integer, not ${JSON.stringify(seed)}`);
  fc.configureGlobal({ ...fc.readConfigureGlobal(), seed: value });
}
