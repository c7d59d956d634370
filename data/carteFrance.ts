// The outlines of the départements, published once as /assets/carte-france.svg and drawn
// by reference in every map (see scripts/map/france-map.ts).
import { renderOutlineFile } from "../scripts/map/france-map.ts";

export default () => renderOutlineFile();
