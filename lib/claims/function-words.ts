import { wordSet } from "./word-table";

/** Closed-class English words: they end a noun phrase ("civilians since …") and are never the thing counted. */
export const FUNCTION_WORDS = wordSet(
  "a an the this that these those its it their his her our my your we they he she i you there here " +
    "is are was were be been being am has have had do does did will would shall should can could may might must " +
    "and or but nor so yet if then than as at by for from in into of off on onto out over per since through " +
    "throughout till to toward towards under until up upon via with within without against among amid between " +
    "during before after about above across along around behind below beneath beside besides beyond despite " +
    "except inside near outside past while when where whereas which who whom whose what why how whether " +
    "not no all each every both either neither some any many much more most less least few fewer other another " +
    "such only just also even still already again ago according said says say told reported including " +
    "while although though because unless once compared versus vs",
);

export const MONTHS = wordSet(
  "january february march april may june july august september october november december " +
    "jan feb mar apr jun jul aug sep sept oct nov dec",
);
