// Which of the map's finer layers the user wants drawn, under the canvas and under an exported
// picture alike: colonias (on at first) and police quadrants. A preference of this browser,
// kept across visits, not part of an investigation.
import type { MapLayers } from './draw';

const KEY = 'trama.mapLayers';

function stored(): MapLayers {
  try {
    const v = JSON.parse(localStorage.getItem(KEY) ?? 'null') as Partial<MapLayers> | null;
    return { colonias: v?.colonias !== false, cuadrantes: v?.cuadrantes === true };
  } catch {
    return { colonias: true, cuadrantes: false };
  }
}

export const mapLayers: MapLayers = $state(stored());

export function setMapLayer(layer: keyof MapLayers, on: boolean): void {
  mapLayers[layer] = on;
  try {
    localStorage.setItem(KEY, JSON.stringify(mapLayers));
  } catch {
    // Storage off or full: the choice holds for this page only.
  }
}
