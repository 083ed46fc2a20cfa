// UI text in Spanish (es-MX, the default) and English. `i18n.t` reads the current language;
// domain names (types, links, fields, grades) come from i18n-domain.ts.
import type { Action } from './shortcuts';
import { codeName, enDomain, esDomain, ownName, type DomainNames } from './i18n-domain';
import type { Field } from './api';
import type { whyFiltered } from './filters';
import { formatField } from './format';
import { enOversight, errorMessage, esOversight, type OversightDict } from './i18n-oversight';

/** Why the filters hide an entity (filters.ts `whyFiltered`), as a notice says it. */
type FilteredWhy = NonNullable<ReturnType<typeof whyFiltered>>;

const es = {
  locale: 'es-MX',
  /** Names of keys on a Spanish keyboard, for the shortcuts help. */
  keyNames: { Delete: 'Supr', Backspace: 'Retroceso', Shift: 'Mayús' } as Record<string, string>,
  title: 'Trama',
  tagline: 'Explorador de redes criminales',
  // Short enough for the supervisora's header at 1280 px; the tooltip says the rest.
  searchPlaceholder: 'Nombre, CURP, placa, folio…',
  // For a box under 200 px (the supervisora's header at 1024 px).
  searchPlaceholderShort: 'Nombre, CURP, placa…',
  searchHelp:
    'Buscar personas, organizaciones y lugares por nombre o alias, o por CURP, RFC, CLABE, teléfono, placa, NIV o folio',
  searchLabel: 'Buscar',
  canvasTools: 'Herramientas del lienzo',
  skipToCanvas: 'Saltar al lienzo',
  noResults: 'Sin resultados',
  hitCount: (n: number) => (n === 1 ? '1 resultado' : `${n} resultados`),
  offline: 'Sin conexión con el servidor · reintentando…',
  offlineHint:
    'Se perdió la conexión con el servidor. Trama reintenta sola; lo que pida antes puede fallar, y los cambios de otros (hipótesis) llegan al reconectar.',
  moreHits: (n: number) => `Se muestran los ${n} primeros: escriba más para afinar la búsqueda.`,
  showMoreHits: (n: number) => `Ver hasta ${n}`,
  searchTooLong: (n: number, max: number) =>
    `El texto tiene ${n} caracteres; la búsqueda admite hasta ${max}. Acórtelo para buscar.`,
  searching: 'Buscando…',
  matchedIn: 'coincide en',
  emptyCanvas:
    'Busque una persona y selecciónela para dibujarla. Doble clic en un nodo para expandir sus vínculos; clic derecho (o M) para elegir qué expandir. Pulse ? para ver los atajos.',
  canvasLabel:
    'Lienzo de la red. Use N y Mayús+N para recorrer los nodos, L para sus vínculos, M para el menú.',
  /** What a screen reader is told of the node N lands on. */
  spokenNode: (caption: string, type: string, shown: string) =>
    `${caption}, ${type}, ${shown} ${shown === '1' ? 'vínculo' : 'vínculos'} en el lienzo`,
  /** …of a link chosen (L). */
  spokenLink: (name: string, from: string, to: string) => `${name}: ${from} → ${to}`,
  /** …of what a change did to the canvas. */
  spokenAdded: (nodes: number, links: number) =>
    `Se añadieron ${nodes === 1 ? '1 nodo' : `${nodes} nodos`} y ${links === 1 ? '1 vínculo' : `${links} vínculos`}`,
  spokenRemoved: (nodes: number) =>
    nodes === 1 ? 'Se quitó 1 nodo del lienzo' : `Se quitaron ${nodes} nodos del lienzo`,
  details: 'Detalle',
  fields: 'Datos',
  provenance: 'Procedencia',
  classification: 'Clasificación',
  source: 'Fuente',
  sourceId: 'Registro',
  ingestedAt: 'Ingresado',
  grade: 'Calificación',
  sources: 'Registros de origen',
  hitGone: 'Esa entidad ya no está disponible: busque de nuevo.',
  sourcesCapped: (n: number) => `Se muestran los ${n} primeros, de cada institución por turno.`,
  moreSources: (n: number) => (n === 1 ? 'y 1 más' : `y ${n} más`),
  links: 'Vínculos',
  expand: 'Expandir',
  expandTop: (n: number) => `Expandir (${n} más conectados)`,
  expandSelection: (n: number) => `Expandir los seleccionados (${n} más conectados)`,
  expandSelectionHint:
    'Para elegir tipos de vínculo (p. ej. solo domicilios), clic derecho en uno de ellos o M.',
  expandAll: (n: number) => (n === 1 ? 'Expandir (1 vínculo)' : `Expandir (${n} vínculos)`),
  expandMore: (n: number) => `Expandir (hasta ${n} vecinos más)`,
  expandRest: (n: number) =>
    n === 1 ? 'Expandir (falta 1 vínculo)' : `Expandir (faltan ${n} vínculos)`,
  allLinksShown: 'Todos sus vínculos están en el lienzo',
  noLinks: 'Sin vínculos visibles',
  shownOf: (shown: string, total: string) => `${shown} de ${total} vínculos en el lienzo`,
  shownMaybeMore: (shown: string) => `${shown} vínculos en el lienzo; puede tener más`,
  bundleOf: (count: string, first: string | null, last: string | null) =>
    `Esta línea reúne ${count} vínculos de este tipo` +
    (first && last ? `, del ${first} al ${last}` : '') +
    '. Abajo, el más reciente.',
  timeline: 'Línea de tiempo',
  noEvents: 'Sin eventos fechados.',
  noEventsOfKinds: 'Sin eventos de los tipos elegidos.',
  eventKinds: 'Tipos de evento',
  allKinds: 'Todos',
  eventOrder: 'Orden de los eventos',
  newestFirst: 'Más recientes primero',
  oldestFirst: 'Más antiguos primero',
  eventsShown: (n: number, more: boolean) =>
    (n === 1 ? '1 evento' : `${n} eventos`) + (more ? '; hay más.' : '.'),
  moreEvents: (n: number) => `Ver los ${n} siguientes`,
  addToCanvas: 'Añadir al lienzo',
  nothingSelected: 'Seleccione un nodo para ver su detalle.',
  selectedMany: (n: number) => `${n} nodos seleccionados.`,
  timelineFirst: (n: number) => `La línea de tiempo reúne los primeros ${n} seleccionados.`,
  selectedNodes: (n: number) => `${n} nodos seleccionados`,
  working: 'Consultando…',
  busyChoose: (name: string, n: number) =>
    `${name} tiene más de ${n} vínculos: elija en su menú qué expandir.`,
  busyLeftOut: (count: number, n: number) =>
    count === 1
      ? `Se dejó fuera una entidad con más de ${n} vínculos: elija en su menú (clic derecho o M) qué expandir de ella.`
      : `Se dejaron fuera ${count} entidades con más de ${n} vínculos: elija en el menú de cada una (clic derecho o M) qué expandir.`,
  firstCentres: (n: number, of: number) =>
    `Se expanden ${n} de las ${of} entidades elegidas (a lo sumo ${n} a la vez).`,
  clear: 'Limpiar lienzo',
  language: 'English',
  languageShort: 'EN',
  error: 'Error',
  username: 'Usuario',
  password: 'Contraseña',
  login: 'Entrar',
  logout: 'Salir',
  loginTitle: 'Acceso a Trama',
  sessionEnded:
    'Su sesión terminó: venció, se cerró en otra pestaña, se cambió la contraseña o se desactivó la cuenta. Entre de nuevo para continuar.',
  canvasKept: 'Su lienzo sigue aquí, también lo no guardado, si entra con la misma cuenta.',
  logoutUnsaved:
    'El lienzo tiene cambios sin guardar y se perderán al salir. ¿Salir de todos modos?',
  openUnsaved:
    'El lienzo tiene cambios sin guardar que se perderán si otra investigación se abre en su lugar. ¿Abrirla de todos modos?',
  reopenUnsaved:
    'El lienzo tiene cambios sin guardar que se perderán al abrir de nuevo la versión guardada. ¿Abrirla de todos modos?',
  investigationMissing:
    'La investigación pedida no existe o no está compartida con usted: el lienzo sigue como estaba.',
  badCredentials: 'Usuario o contraseña incorrectos.',
  loginEmpty: 'Escriba su usuario y su contraseña.',
  loginNoUsername: 'Falta el usuario: escríbalo.',
  loginNoPassword: 'Falta la contraseña: escríbala.',
  tooMany: 'Demasiados intentos. Espere un minuto.',
  loginNeedsHttps:
    'Este servidor solo mantiene la sesión por HTTPS: ábralo con su dirección https:// (o pida a quien lo administra que lo configure).',
  accountLocked:
    'Demasiados intentos fallidos con este usuario: espere 15 minutos o pida ayuda a un administrador.',
  accountDisabled: 'Esta cuenta está desactivada: pida a un administrador que la active.',
  // changing one's password
  changePassword: 'Cambiar contraseña',
  accountMenu: (name: string) => `${name}: cambiar contraseña`,
  mustChangeTitle: 'Elija su contraseña',
  mustChangeHint:
    'Un administrador le asignó esta contraseña. Elija una nueva, de al menos 10 caracteres, que solo usted conozca, para continuar.',
  passwordHint:
    'La nueva lleva al menos 10 caracteres. Al cambiarla se cierran sus sesiones en otros navegadores y pestañas; esta sigue abierta.',
  currentPassword: 'Contraseña actual',
  newPassword: 'Contraseña nueva',
  repeatPassword: 'Repita la contraseña nueva',
  passwordFieldsMissing: 'Llene los tres campos.',
  passwordsDiffer: 'Las dos contraseñas nuevas no coinciden.',
  currentPasswordWrong: 'La contraseña actual no es correcta.',
  passwordLocked:
    'Demasiados intentos con una contraseña actual equivocada: espere 15 minutos o pida ayuda a un administrador.',
  samePassword: 'La contraseña nueva debe ser distinta de la actual.',
  passwordChanged: 'Contraseña cambiada. Sus otras sesiones se cerraron.',
  // context menu
  menuTitle: 'Acciones',
  previewTitle: 'Expandir por tipo de vínculo',
  /** After the neighbours' count, when there are more links than neighbours. */
  previewLinks: (n: string) => ` · ${n} vínculos`,
  previewLoading: 'Contando vínculos…',
  previewEmpty: 'No hay vínculos visibles para usted.',
  /** The menu's counts and expansion keep to the filters' time window. */
  previewInWindow: (first: string, last: string) =>
    `Dentro de la ventana de Filtros: ${first} – ${last}.`,
  limitRange: (max: number) => `El límite por grupo va de 1 a ${max}.`,
  previewCapped:
    '«+» significa «al menos»: de una entidad muy conectada se cuentan hasta 1,000 vínculos de cada tipo.',
  limit: 'Límite por grupo',
  mostConnected: 'Más conectados primero',
  expandChosen: 'Expandir lo elegido',
  /** Why «Expandir lo elegido» is greyed. */
  tickKindsFirst: 'Marque antes al menos un tipo de vínculo.',
  hide: 'Ocultar',
  pin: 'Fijar / soltar',
  remove: 'Quitar del lienzo',
  groupMembers: 'Agrupar integrantes',
  groupSelection: 'Agrupar selección',
  ungroup: 'Desagrupar',
  collapse: 'Contraer grupo',
  uncollapse: 'Desplegar grupo',
  groupOf: (n: number) => (n === 1 ? 'Grupo de 1 entidad' : `Grupo de ${n} entidades`),
  groupRename: 'Renombrar el grupo',
  groupName: 'Nombre del grupo',
  groupNameHint: 'Vacío: el nombre de su primer integrante',
  groupRenameSave: 'Renombrar',
  inspect: 'Ver detalle',
  supernode: (n: string) => `${n} vínculos: elija qué expandir`,
  superBadge: (n: string) => `${n} vínculos`,
  // toolbar
  undo: 'Deshacer',
  redo: 'Rehacer',
  /** Why the toolbar's buttons are greyed (said on hover and to screen readers). */
  nothingToUndo: 'nada que deshacer',
  nothingToRedo: 'nada que rehacer',
  canvasEmpty: 'El lienzo ya está vacío.',
  fit: 'Ajustar',
  layout: 'Disposición',
  layouts: {
    fcose: 'Fuerzas',
    dagre: 'Jerárquica',
    concentric: 'Concéntrica',
    geo: 'Geográfica',
  } as Record<string, string>,
  sizeBy: 'Tamaño',
  sizes: { none: 'Igual', degree: 'Por vínculos', cases: 'Por carpetas' } as Record<string, string>,
  edgeLabels: 'Etiquetas',
  showHidden: (n: number) => `Mostrar ocultos (${n})`,
  hiddenShort: (n: number) => `Ocultos (${n})`,
  concentricNeedsSelection: 'Seleccione la persona que irá al centro.',
  noLocations: 'Ningún nodo del lienzo tiene ubicación.',
  // connect
  connect: 'Conectar',
  connectTitle: 'Conectar entidades',
  from: 'Desde',
  to: 'Hasta',
  kPaths: 'Rutas (1–10)',
  maxHops: 'Saltos máx. (1–8)',
  /** A field of Conectar out of its range: nothing runs, and the value typed stays. */
  kRange: (max: number) => `Las rutas van de 1 a ${max} (un número entero).`,
  hopsRange: (max: number) => `Los saltos máximos van de 1 a ${max} (un número entero).`,
  shortestPaths: 'Rutas más cortas',
  network: 'Red de conexión',
  networkHint:
    'Con 2 a 10 nodos seleccionados, la red une a todos; con 2 a 10 personas, los asociados en común son los vinculados a todas.',
  common: 'Asociados en común',
  commonFound: (n: number) =>
    n === 1
      ? '1 persona vinculada a todas las elegidas.'
      : `${n} personas vinculadas a todas las elegidas.`,
  noCommonAssociates: 'Ninguna persona visible está vinculada a todas las elegidas.',
  possiblySame: (name: string, percent: number) =>
    `Posiblemente la misma persona que ${name} (${percent} %): otro registro suyo`,
  commonListTitle: (n: number) =>
    `${n === 1 ? '1 persona' : `${n} personas`} en común: elija una para seleccionarla`,
  sameEnds: 'Elija dos entidades distintas en «Desde» y «Hasta».',
  /** Why Conectar's searches are greyed: said under them and read with each. */
  connectNeedsTwo: 'Para conectar, dibuje antes al menos dos entidades en el lienzo.',
  connectNeedsEnds: 'Elija una entidad en «Desde» y otra en «Hasta».',
  commonNeedsPeople: (n: number) =>
    `«Asociados en común» pide dos o más personas: ${n === 0 ? 'no hay ninguna' : 'solo hay una'} entre las elegidas (en «Desde» y «Hasta», o seleccionadas en el lienzo).`,
  /** How an associate in common is linked to one chosen person: directly, or through a thing both share. */
  viaDirect: (link: string, who: string) => `${link} ${who}`,
  viaShared: (link: string, thing: string | null, who: string) =>
    `${link} ${thing ?? '…'}, como ${who}`,
  pathsFound: (n: number, len: number, maxHops: number, avoided = 0) =>
    n === 0
      ? `No hay ruta visible de ${maxHops === 1 ? '1 salto' : `${maxHops} saltos`} o menos${avoided > 0 ? ' sin pasar por las entidades evitadas' : ''}${maxHops < 8 ? '; pruebe con más saltos (hasta 8)' : ''}.`
      : `${n === 1 ? '1 ruta' : `${n} rutas`}; la más corta de ${len === 1 ? '1 salto' : `${len} saltos`}.`,
  restricted:
    'Existe un vínculo restringido: hay una conexión (o una más corta) a través de registros que usted no puede ver.',
  restrictedWithheld:
    'Ya recibió hoy el máximo de avisos de vínculos restringidos: esta consulta no dice si hay una conexión a través de registros que usted no puede ver. Consulte a quien tenga la autorización.',
  /** Entities of a network with no visible route to any other of it, and other pairs apart. */
  /**
   * Entities of a network with no visible route to any other of it, and other pairs apart,
   * within `maxHops` (a pair joined only through others, further apart, is said too: QA read
   * it as a contradiction of the routes drawn) and around the entities avoided.
   */
  unreachableNamed: (
    alone: string[],
    pairs: string[],
    more: number,
    maxHops: number,
    avoided = 0,
  ) => {
    const within = `de ${maxHops === 1 ? '1 salto' : `${maxHops} saltos`} o menos${avoided > 0 ? ' sin pasar por las evitadas' : ''}`;
    return [
      alone.length === 0
        ? ''
        : `Sin ruta visible ${within} hacia ninguna de las demás: ${alone.join(', ')}.`,
      pairs.length === 0
        ? ''
        : `Sin ruta visible ${within} entre ${pairs.join('; ')}${more > 0 ? ` (y ${more} pares más)` : ''}.`,
    ]
      .filter(Boolean)
      .join(' ');
  },
  pairOf: (a: string, b: string) => `${a} y ${b}`,
  routesStoppedEarly: (k: number) =>
    `La búsqueda de las ${k} rutas se detuvo por tiempo: puede haber más. Con menos saltos máximos termina antes.`,
  countsFailed: (error: string) =>
    `No se pudieron contar los vínculos de una parte de la expansión: sus líneas muestran solo los vínculos dibujados. ${error}`,
  allNeighboursDrawn: 'Todos los vecinos que usted puede ver ya están en el lienzo.',
  firstNeighboursDrawn: (n: number) =>
    `Los primeros ${n} vecinos ya están en el lienzo; para ir más allá, elija en el menú del nodo qué tipos traer y un límite mayor.`,
  clearHighlight: 'Quitar resaltado',
  routesFound: (n: number) =>
    n === 1 ? 'La ruta encontrada' : `${n} rutas encontradas: elija una para resaltarla sola`,
  routesBetween: (n: number, from: string, to: string) =>
    n === 1
      ? `La ruta de ${from} a ${to}`
      : `${n} rutas de ${from} a ${to}: elija una para resaltarla sola`,
  connecting: 'Buscando… (varias rutas pueden tardar unos segundos)',
  exportFailed: (m: string) => `No se pudo crear el archivo; no se exportó nada (${m}).`,
  // The caption of an exported picture (export-image.ts).
  unsavedCanvas: 'Lienzo sin guardar',
  exportedBy: (who: string, when: string) => `Exportado por ${who} el ${when}`,
  exportCounts: (nodes: number, links: number) =>
    `${nodes.toLocaleString('es-MX')} ${nodes === 1 ? 'entidad' : 'entidades'} · ${links.toLocaleString('es-MX')} ${links === 1 ? 'vínculo' : 'vínculos'}`,
  exportUnsaved: (name: string) => `${name} (con cambios sin guardar)`,
  exportNothing: 'Nada que exportar: el lienzo no muestra ninguna entidad.',
  legendGroup: 'Borde granate: grupo contraído (representa a sus integrantes)',
  legendHighlighted: 'Borde dorado: resaltado por Conectar',
  exportPeriod: (from: string, to: string) => `Periodo: del ${from} al ${to}`,
  exportFiltered: 'Vista filtrada: hay entidades o vínculos ocultos',
  hops: (n: number) => (n === 1 ? '1 salto:' : `${n} saltos:`),
  allRoutes: 'Resaltar todas las rutas',
  avoidTitle: 'Evitar en las rutas',
  avoidHint:
    'Una entidad con muchos vínculos (un teléfono al que llaman miles) une a quienes no se conocen: busque de nuevo sin pasar por ella.',
  avoidOne: (name: string) => `Buscar de nuevo sin pasar por ${name}`,
  avoidedTitle: 'Sin pasar por:',
  allowOne: (name: string) => `Volver a permitir ${name}`,
  avoidedIsEnd: 'Es un extremo de la búsqueda: las rutas empiezan o acaban en él, no se evita.',
  // filters
  filters: 'Filtros',
  entityTypes: 'Tipos de entidad',
  relTypes: 'Tipos de vínculo',
  agencies: 'Fuente (dependencia)',
  maxReliability: 'Confiabilidad mínima de la fuente',
  maxCredibility: 'Credibilidad mínima',
  timeRange: 'Periodo',
  allTime: 'Todo el periodo',
  firstDay: 'Primer día',
  lastDay: 'Último día',
  dayRefused: (min: string, max: string) =>
    `Ese día no se puede usar aquí: elija uno del ${min} al ${max}.`,
  mapAttribution: (who: string) => `Límites: ${who}`,
  mapLayers: 'Capas del mapa',
  mapLayersCloser: 'acerque la vista para verlas',
  mapLayer: { colonias: 'Colonias', cuadrantes: 'Cuadrantes' } as Record<string, string>,
  mapApart: 'Sin ubicación en el mapa',
  mapNoPlaces:
    'Nada del lienzo tiene coordenadas (los domicilios, incidentes y carpetas las tienen): el mapa se dibujará en cuanto llegue algo con ellas.',
  resetFilters: 'Quitar filtros',
  searchMinChars: 'Escriba al menos 2 caracteres.',
  hintPhoneDigits: (n: number) =>
    `Un teléfono se busca con sus 10 dígitos (o los 8 últimos de uno de la CDMX); escritos: ${n}.`,
  hintCurpLength: (n: number) => `Una CURP tiene 18 caracteres; escritos: ${n}.`,
  hintCurpChar: (position: number, char: string, digit: boolean) =>
    `En una CURP, el carácter ${position} («${char}») debería ser ${digit ? 'un dígito' : 'una letra'}.`,
  textMessage: 'Mensaje SMS',
  cleared: 'Se vació el lienzo. Ctrl+Z lo recupera.',
  filteredOut: (n: number) =>
    n === 1 ? '1 nodo oculto por los filtros' : `${n} nodos ocultos por los filtros`,
  pickedFiltered: (name: string, why: FilteredWhy) =>
    `«${name}» está en el lienzo, pero los filtros lo ocultan (${
      {
        type: 'su tipo está oculto',
        agency: 'su institución está oculta',
        grade: 'por su calificación',
        time: 'fuera de la ventana de tiempo',
        links: 'ninguno de sus vínculos queda con los filtros',
      }[why]
    }). «Quitar filtros» lo muestra.`,
  filteredOutLinks: (n: number) =>
    n === 1 ? '1 vínculo oculto por los filtros' : `${n} vínculos ocultos por los filtros`,
  histogramLabel: 'Eventos en el tiempo',
  /** Entities, not nodes: a collapsed group draws its members as one (QA: 377 against 373). */
  filtered: (shown: number, total: number) => `${shown} de ${total} entidades visibles`,
  agenciesHint:
    'Cuenta nodos y vínculos. Lo que registran varias dependencias se oculta solo al desmarcarlas todas.',
  // legend
  legend: 'Leyenda',
  legendMore: 'Anillo ámbar: tiene vínculos sin dibujar',
  legendSuper: 'Doble borde y globo: más de 200 vínculos',
  legendDashed: 'Línea discontinua: vínculo no confirmado',
  legendEnded: 'Línea punteada: vínculo terminado (p. ej. un ex integrante)',
  endedLink: (label: string, year: string) => `${label} (hasta ${year})`,
  legendReviewed: 'Contorno morado: hipótesis aprobada por supervisión',
  legendPinned: 'Borde punteado oscuro: fijado',
  // investigations
  investigations: 'Investigaciones',
  untitled: 'Sin guardar',
  save: 'Guardar',
  saveAs: 'Guardar como…',
  saved: 'Guardada',
  replaceSaved: (name: string) =>
    `«${name}» ya no tiene en el lienzo nada de lo que guardó. ¿Reemplazar lo guardado por este lienzo? (Cancelar: guardarlo como una investigación nueva.)`,
  unsaved: 'Cambios sin guardar',
  newName: 'Nombre de la investigación',
  nameFirst: 'Escriba antes un nombre.',
  sameInvestigationName: 'Ya tiene una investigación con este nombre: se guardará otra, aparte.',
  nameAtMost: (n: number) => `Un nombre tiene a lo sumo ${n} caracteres.`,
  open: 'Abrir',
  share: 'Compartir',
  delete: 'Eliminar',
  close: 'Cerrar',
  /** The side panel's close button, where it is a drawer over the canvas (narrow windows). */
  closeDetails: 'Cerrar detalles',
  owner: 'Propietario',
  lastChange: (who: string, when: string) => `Modificada por ${who} el ${when}`,
  savedElsewhere: (who: string, when: string, readOnly: boolean) =>
    `${who} guardó una versión más reciente de esta investigación (${when}). Ábrala de nuevo para verla${readOnly ? '.' : '; si guarda la suya ahora, chocará con esa.'}`,
  deletedElsewhere: (name: string, who: string) =>
    `${who} eliminó la investigación «${name}». El lienzo sigue aquí sin guardar: guárdelo como una nueva para conservarlo.`,
  unsharedElsewhere: (name: string, who: string) =>
    `${who} dejó de compartirle «${name}». El lienzo sigue aquí sin guardar: guárdelo como una nueva para conservarlo.`,
  goneElsewhere: (name: string) =>
    `«${name}» ya no está entre sus investigaciones: se eliminó o se dejó de compartir con usted mientras no había conexión. El lienzo sigue aquí sin guardar: guárdelo como una nueva para conservarlo.`,
  access: { OWNER: 'Propia', EDIT: 'Puede editar', READ: 'Solo lectura' } as Record<string, string>,
  noInvestigations: 'Aún no hay investigaciones guardadas ni compartidas con usted.',
  shareWith: 'Compartir con',
  choosePerson: 'Elija a quién…',
  canRead: 'Lectura',
  canEdit: 'Edición',
  sharedWith: 'Compartida con',
  notShared: 'No está compartida.',
  unshare: 'Quitar',
  conflict: (who?: string, when?: string) =>
    `${who ?? 'Otra persona'} guardó esta investigación${when ? ` (${when})` : ''} después de que usted la abrió. Ábrala de nuevo o guarde la suya como nueva.`,
  readOnly: 'Solo lectura: guarde una copia con «Guardar como…».',
  readOnlyMark: 'Solo lectura',
  omitted: (n: number) =>
    n === 1
      ? '1 elemento guardado ya no existe: fue eliminado después (o era un vínculo confirmado cuya hipótesis se reabrió).'
      : `${n} elementos guardados ya no existen: fueron eliminados después (o eran vínculos confirmados cuyas hipótesis se reabrieron).`,
  confirmDelete: (name: string, sharedWith: readonly string[] = []) =>
    `¿Eliminar la investigación «${name}»?` +
    (sharedWith.length > 0
      ? ` También la perderá${sharedWith.length > 1 ? 'n' : ''} ${sharedWith.join(', ')}, con quien${sharedWith.length > 1 ? 'es' : ''} la compartió.`
      : ''),
  deletedHere: (name: string) =>
    `Investigación «${name}» eliminada. El lienzo sigue aquí sin guardar.`,
  // export
  export: 'Exportar',
  exportPng: 'Imagen PNG',
  exportSvg: 'Imagen SVG',
  exportCsvNodes: 'CSV de entidades',
  /** The end of the CSV files' names (no accents: file names travel). */
  csvNodesFile: 'entidades.csv',
  csvTimelineFile: 'linea-de-tiempo.csv',
  timelineColumns: [
    // Every CSV's moments are on Mexico City's clock, and its header says so (ADR 0014).
    'Fecha y hora (hora de la Ciudad de México)',
    'De quién',
    'Qué',
    'Cómo',
    'Id',
    'Folio',
    'Registro',
    'Calificación',
    'Clasificación',
    'Compartimentos',
  ] as readonly string[],
  exportTimeline: (n: number) =>
    n === 1 ? 'Exportar 1 evento (CSV)' : `Exportar los ${n} eventos (CSV)`,
  timelineInPeriod: (from: string, to: string) =>
    `En la ventana de tiempo de los filtros: del ${from} al ${to}`,
  callContactsTitle: 'Contactos telefónicos',
  callContactsHint:
    'Los números con que habla más (llamadas y mensajes de texto, hechos y recibidos, por sus teléfonos), con quién los usa',
  // One of two is singular (QA: "1 enviados"); only the whole is never 1 here (oneCall).
  callCounts: (calls: string, made: string, received: string) =>
    `${calls} llamadas (${made} ${made === '1' ? 'hecha' : 'hechas'}, ${received} ${received === '1' ? 'recibida' : 'recibidas'})`,
  oneCall: (made: boolean): string => (made ? '1 llamada hecha' : '1 llamada recibida'),
  textCounts: (texts: string, sent: string, received: string) =>
    `${texts} mensajes (${sent} ${sent === '1' ? 'enviado' : 'enviados'}, ${received} ${received === '1' ? 'recibido' : 'recibidos'})`,
  oneText: (sent: boolean): string => (sent ? '1 mensaje enviado' : '1 mensaje recibido'),
  callsCapped: (n: string) =>
    `Se contaron las ${n} comunicaciones más recientes (llamadas y mensajes).`,
  noUser: 'sin usuario que usted pueda ver',
  moreContacts: (n: number) => `Ver hasta ${n} números`,
  drawContact: 'Dibujar',
  drawContactHint: 'Dibujar el número en el lienzo, con sus vínculos a lo dibujado',
  csvLinksFile: 'vinculos.csv',
  exportCsvLinks: 'CSV de vínculos',
  exportJson: 'JSON',
  // the canvas as a table (TableView.svelte)
  table: {
    button: 'Tabla',
    title: 'Tabla del lienzo',
    tabs: 'Qué listar',
    nodes: (n: string) => `Nodos (${n})`,
    lines: (n: string) => `Vínculos (${n})`,
    filter: 'Filtrar',
    filterHint: 'Nombre, tipo, registro…',
    columns: {
      name: 'Nombre',
      type: 'Tipo',
      record: 'Fuente y registro',
      links: 'Vínculos en el lienzo',
      marking: 'Clasificación',
      grade: 'Calificación',
      from: 'Desde',
      to: 'Hacia',
      date: 'Fecha',
    } as Record<string, string>,
    /** A line's type column: its name as drawn ("Víctima en"). */
    lineType: 'Vínculo',
    caption: (nodes: boolean, column: string, ascending: boolean) =>
      `${nodes ? 'Nodos' : 'Vínculos'} dibujados en el lienzo, por ${column.toLocaleLowerCase('es-MX')} (${ascending ? 'ascendente' : 'descendente'}). Enter o clic en un renglón lo elige en el lienzo.`,
    shown: (shown: string, total: string, nodes: boolean) =>
      `${shown} de ${total} ${nodes ? 'nodos' : 'vínculos'}`,
    all: (total: string, nodes: boolean) =>
      `${total} ${nodes ? (total === '1' ? 'nodo' : 'nodos') : total === '1' ? 'vínculo' : 'vínculos'}`,
    capped: (cap: string, total: string) =>
      `Se muestran los primeros ${cap} de ${total}: escriba en el filtro para acotar.`,
    more: (n: string) => `Mostrar ${n} más`,
    noMatch: 'Ningún renglón contiene lo escrito.',
    empty: 'El lienzo no tiene nada dibujado.',
    hidden: 'Lo que los filtros ocultan no está en el lienzo ni en la tabla:',
    choose: (name: string) => `Elegir ${name} en el lienzo`,
  },
  // help
  help: 'Atajos de teclado',
  helpOpen: 'Ayuda (?)',
  actions: {
    help: 'Mostrar u ocultar esta ayuda',
    search: 'Ir a la búsqueda (al elegir un resultado, las teclas vuelven al lienzo)',
    undo: 'Deshacer',
    redo: 'Rehacer',
    selectAll: 'Seleccionar todos los nodos a la vista',
    next: 'Seleccionar el nodo siguiente',
    previous: 'Seleccionar el nodo anterior',
    addNext: 'Añadir el nodo siguiente a la selección',
    addPrevious: 'Añadir el nodo anterior a la selección',
    nextLink: 'Elegir el vínculo siguiente del nodo (su detalle)',
    previousLink: 'Elegir el vínculo anterior del nodo',
    expand: 'Expandir el nodo (50 más conectados; con más de 200 vínculos abre su menú)',
    menu: 'Menú del nodo: elegir qué expandir',
    remove: 'Quitar la selección del lienzo',
    hide: 'Ocultar la selección',
    showAll: 'Mostrar los ocultos',
    pin: 'Fijar o soltar la selección',
    group: 'Agrupar la selección (o los integrantes de la organización)',
    connect: 'Conectar la selección (rutas o red)',
    fit: 'Ajustar la vista',
    zoomIn: 'Acercar',
    zoomOut: 'Alejar',
    pan: 'Mover la vista (con Mayús, más lejos)',
    filters: 'Abrir o cerrar los filtros',
    table: 'Mostrar u ocultar la tabla de nodos y vínculos del lienzo',
    layoutForce: 'Disposición por fuerzas',
    layoutTree: 'Disposición jerárquica',
    layoutRings: 'Disposición concéntrica',
    layoutMap: 'Disposición geográfica',
    save: 'Guardar la investigación',
    open: 'Abrir investigaciones',
    escape: 'Cerrar menús, diálogos y el panel de filtros (desde él); quitar resaltado',
  } as Record<Action, string>,
};

type Dict = typeof es;

const en: Dict = {
  ...es,
  locale: 'en',
  keyNames: {} as Record<string, string>,
  tagline: 'Criminal network explorer',
  searchPlaceholder: 'Name, CURP, plate, folio…',
  searchPlaceholderShort: 'Name, CURP, plate…',
  searchHelp:
    'Search people, organisations and places by name or alias, or by CURP, RFC, CLABE, phone, plate, VIN or folio',
  searchLabel: 'Search',
  canvasTools: 'Canvas tools',
  skipToCanvas: 'Skip to the canvas',
  noResults: 'No results',
  hitCount: (n: number) => (n === 1 ? '1 result' : `${n} results`),
  offline: 'No connection to the server · retrying…',
  offlineHint:
    'The connection to the server was lost. Trama retries on its own; what you ask before then may fail, and others’ changes (hypotheses) arrive once it reconnects.',
  moreHits: (n: number) => `Showing the first ${n}: type more to narrow the search.`,
  showMoreHits: (n: number) => `Show up to ${n}`,
  searchTooLong: (n: number, max: number) =>
    `The text has ${n} characters; a search takes at most ${max}. Shorten it to search.`,
  searching: 'Searching…',
  matchedIn: 'matched in',
  emptyCanvas:
    'Search a person and pick it to draw it. Double-click a node to expand its links; right-click (or M) to choose what to expand. Press ? for shortcuts.',
  canvasLabel:
    'Network canvas. Use N and Shift+N to move between nodes, L for their links, M for the menu.',
  spokenNode: (caption: string, type: string, shown: string) =>
    `${caption}, ${type}, ${shown} ${shown === '1' ? 'link' : 'links'} on the canvas`,
  spokenLink: (name: string, from: string, to: string) => `${name}: ${from} → ${to}`,
  spokenAdded: (nodes: number, links: number) =>
    `Added ${nodes === 1 ? '1 node' : `${nodes} nodes`} and ${links === 1 ? '1 link' : `${links} links`}`,
  spokenRemoved: (nodes: number) =>
    nodes === 1 ? 'Removed 1 node from the canvas' : `Removed ${nodes} nodes from the canvas`,
  details: 'Details',
  fields: 'Fields',
  provenance: 'Provenance',
  classification: 'Classification',
  source: 'Source',
  sourceId: 'Record',
  ingestedAt: 'Ingested',
  grade: 'Grade',
  sources: 'Source records',
  hitGone: 'That entity is no longer available: search again.',
  sourcesCapped: (n: number) => `The first ${n} are shown, each agency in turn.`,
  moreSources: (n: number) => `and ${n} more`,
  links: 'Links',
  expand: 'Expand',
  expandTop: (n: number) => `Expand (${n} most connected)`,
  expandSelection: (n: number) => `Expand the selected (${n} most connected)`,
  expandSelectionHint:
    'To choose kinds of link (e.g. only homes), right-click one of them, or press M.',
  expandAll: (n: number) => (n === 1 ? 'Expand (1 link)' : `Expand (${n} links)`),
  expandMore: (n: number) => `Expand (up to ${n} more neighbours)`,
  expandRest: (n: number) => (n === 1 ? 'Expand (1 link left)' : `Expand (${n} links left)`),
  allLinksShown: 'All its links are on the canvas',
  noLinks: 'No visible links',
  shownOf: (shown: string, total: string) => `${shown} of ${total} links on the canvas`,
  shownMaybeMore: (shown: string) => `${shown} links on the canvas; it may have more`,
  bundleOf: (count: string, first: string | null, last: string | null) =>
    `This line stands for ${count} links of this type` +
    (first && last ? `, from ${first} to ${last}` : '') +
    '. Below, the most recent.',
  timeline: 'Timeline',
  noEvents: 'No dated events.',
  noEventsOfKinds: 'No events of the chosen kinds.',
  eventKinds: 'Kinds of event',
  allKinds: 'All',
  eventOrder: 'Order of events',
  newestFirst: 'Newest first',
  oldestFirst: 'Oldest first',
  eventsShown: (n: number, more: boolean) =>
    (n === 1 ? '1 event' : `${n} events`) + (more ? '; there are more.' : '.'),
  moreEvents: (n: number) => `Show the next ${n}`,
  addToCanvas: 'Add to canvas',
  nothingSelected: 'Select a node to see its details.',
  selectedMany: (n: number) => `${n} nodes selected.`,
  timelineFirst: (n: number) => `The timeline gathers the first ${n} selected.`,
  selectedNodes: (n: number) => `${n} selected nodes`,
  working: 'Working…',
  busyChoose: (name: string, n: number) =>
    `${name} has more than ${n} links: choose in its menu what to expand.`,
  busyLeftOut: (count: number, n: number) =>
    count === 1
      ? `One entity with more than ${n} links was left out: choose in its menu (right-click or M) what to expand.`
      : `${count} entities with more than ${n} links were left out: choose in each one's menu (right-click or M) what to expand.`,
  firstCentres: (n: number, of: number) =>
    `Expanding ${n} of the ${of} chosen entities (at most ${n} at a time).`,
  clear: 'Clear canvas',
  language: 'Español',
  languageShort: 'ES',
  username: 'Username',
  password: 'Password',
  login: 'Log in',
  logout: 'Log out',
  loginTitle: 'Sign in to Trama',
  sessionEnded:
    'Your session ended: it expired, was closed in another tab, the password was changed, or the account was disabled. Sign in again to go on.',
  canvasKept:
    'Your canvas is still here, unsaved changes included, if you sign in with the same account.',
  logoutUnsaved: 'The canvas has unsaved changes that will be lost. Log out anyway?',
  openUnsaved:
    'The canvas has unsaved changes that will be lost if another investigation opens in its place. Open it anyway?',
  reopenUnsaved:
    'The canvas has unsaved changes that will be lost when the saved version opens again. Open it anyway?',
  investigationMissing:
    'The investigation asked for does not exist or is not shared with you: the canvas is as it was.',
  badCredentials: 'Wrong username or password.',
  loginEmpty: 'Type your username and password.',
  loginNoUsername: 'The username is missing: type it.',
  loginNoPassword: 'The password is missing: type it.',
  tooMany: 'Too many attempts. Wait a minute.',
  loginNeedsHttps:
    'This server keeps sessions over HTTPS only: open it at its https:// address (or ask whoever runs it to configure it).',
  accountLocked:
    'Too many failed logins for this username: wait 15 minutes or ask an administrator.',
  accountDisabled: 'This account is disabled: ask an administrator to enable it.',
  changePassword: 'Change password',
  accountMenu: (name: string) => `${name}: change password`,
  mustChangeTitle: 'Choose your password',
  mustChangeHint:
    'An administrator set this password for you. Choose a new one of at least 10 characters, known only to you, to go on.',
  passwordHint:
    'The new one has at least 10 characters. Changing it closes your sessions in other browsers and tabs; this one stays open.',
  currentPassword: 'Current password',
  newPassword: 'New password',
  repeatPassword: 'Repeat the new password',
  passwordFieldsMissing: 'Fill in all three fields.',
  passwordsDiffer: 'The two new passwords differ.',
  currentPasswordWrong: 'The current password is wrong.',
  passwordLocked:
    'Too many tries with a wrong current password: wait 15 minutes or ask an administrator.',
  samePassword: 'The new password must differ from the current one.',
  passwordChanged: 'Password changed. Your other sessions were closed.',
  menuTitle: 'Actions',
  previewTitle: 'Expand by link type',
  previewLinks: (n: string) => ` · ${n} links`,
  previewLoading: 'Counting links…',
  previewEmpty: 'No links you may see.',
  previewInWindow: (first: string, last: string) =>
    `Within the Filters time window: ${first} – ${last}.`,
  limitRange: (max: number) => `The limit per group is from 1 to ${max}.`,
  previewCapped:
    '“+” means “at least”: of a very connected entity, up to 1,000 links of each type are counted.',
  limit: 'Limit per group',
  mostConnected: 'Most connected first',
  expandChosen: 'Expand the kinds ticked',
  tickKindsFirst: 'Tick at least one kind of link first.',
  hide: 'Hide',
  pin: 'Pin / unpin',
  remove: 'Remove from canvas',
  groupMembers: 'Group members',
  groupSelection: 'Group selection',
  ungroup: 'Ungroup',
  collapse: 'Collapse group',
  uncollapse: 'Expand group',
  groupOf: (n: number) => (n === 1 ? 'Group of 1 entity' : `Group of ${n} entities`),
  groupRename: 'Rename the group',
  groupName: 'Group name',
  groupNameHint: 'Empty: the name of its first member',
  groupRenameSave: 'Rename',
  inspect: 'Show details',
  supernode: (n: string) => `${n} links: choose what to expand`,
  superBadge: (n: string) => `${n} links`,
  undo: 'Undo',
  redo: 'Redo',
  nothingToUndo: 'nothing to undo',
  nothingToRedo: 'nothing to redo',
  canvasEmpty: 'The canvas is empty already.',
  fit: 'Fit',
  layout: 'Layout',
  layouts: { fcose: 'Force', dagre: 'Hierarchy', concentric: 'Concentric', geo: 'Map' },
  sizeBy: 'Size',
  sizes: { none: 'Same', degree: 'By links', cases: 'By cases' },
  edgeLabels: 'Labels',
  showHidden: (n: number) => `Show hidden (${n})`,
  hiddenShort: (n: number) => `Hidden (${n})`,
  concentricNeedsSelection: 'Select the person to put at the centre.',
  noLocations: 'No node on the canvas has a location.',
  connect: 'Connect',
  connectTitle: 'Connect entities',
  from: 'From',
  to: 'To',
  kPaths: 'Paths (1–10)',
  maxHops: 'Max hops (1–8)',
  kRange: (max: number) => `Paths go from 1 to ${max} (a whole number).`,
  hopsRange: (max: number) => `Max hops go from 1 to ${max} (a whole number).`,
  shortestPaths: 'Shortest paths',
  network: 'Connecting network',
  networkHint:
    'With 2 to 10 nodes selected, the network joins them all; with 2 to 10 people, their common associates are those linked to all of them.',
  common: 'Common associates',
  commonFound: (n: number) =>
    n === 1 ? '1 person linked to all those chosen.' : `${n} people linked to all those chosen.`,
  noCommonAssociates: 'No person you may see is linked to all those chosen.',
  possiblySame: (name: string, percent: number) =>
    `Possibly the same person as ${name} (${percent}%): another record of them`,
  commonListTitle: (n: number) =>
    `${n === 1 ? '1 person' : `${n} people`} in common: pick one to select it`,
  sameEnds: 'Choose two different entities in “From” and “To”.',
  connectNeedsTwo: 'To connect, first draw at least two entities on the canvas.',
  connectNeedsEnds: 'Choose one entity in “From” and another in “To”.',
  commonNeedsPeople: (n: number) =>
    `“Common associates” needs two or more people: ${n === 0 ? 'there is none' : 'there is only one'} among those chosen (in “From” and “To”, or selected on the canvas).`,
  viaDirect: (link: string, who: string) => `${link} ${who}`,
  viaShared: (link: string, thing: string | null, who: string) =>
    `${link} ${thing ?? '…'}, as ${who} is`,
  pathsFound: (n: number, len: number, maxHops: number, avoided = 0) =>
    n === 0
      ? `No visible path of ${maxHops === 1 ? '1 hop' : `${maxHops} hops`} or fewer${avoided > 0 ? ' that avoids the entities avoided' : ''}${maxHops < 8 ? '; try more hops (up to 8)' : ''}.`
      : `${n === 1 ? '1 path' : `${n} paths`}; the shortest has ${len === 1 ? '1 hop' : `${len} hops`}.`,
  restricted:
    'A restricted link exists: there is a connection (or a shorter one) through records you may not see.',
  restrictedWithheld:
    "You have had today's most notices of restricted links: this query does not say whether records you may not see connect these. Ask someone cleared for them.",
  unreachableNamed: (
    alone: string[],
    pairs: string[],
    more: number,
    maxHops: number,
    avoided = 0,
  ) => {
    const within = `of ${maxHops === 1 ? '1 hop' : `${maxHops} hops`} or fewer${avoided > 0 ? ' that avoids those avoided' : ''}`;
    return [
      alone.length === 0
        ? ''
        : `No visible route ${within} to any of the others: ${alone.join(', ')}.`,
      pairs.length === 0
        ? ''
        : `No visible route ${within} between ${pairs.join('; ')}${more > 0 ? ` (and ${more} more pairs)` : ''}.`,
    ]
      .filter(Boolean)
      .join(' ');
  },
  pairOf: (a: string, b: string) => `${a} and ${b}`,
  routesStoppedEarly: (k: number) =>
    `The search for ${k} paths stopped at its time limit: more may exist. Fewer maximum hops finish sooner.`,
  countsFailed: (error: string) =>
    `The links of part of the expansion could not be counted: its lines show only the links drawn. ${error}`,
  allNeighboursDrawn: 'Every neighbour you may see is already on the canvas.',
  firstNeighboursDrawn: (n: number) =>
    `The first ${n} neighbours are already on the canvas; to go further, choose in the node's menu which kinds to bring, with a larger limit.`,
  clearHighlight: 'Clear highlight',
  routesFound: (n: number) =>
    n === 1 ? 'The path found' : `${n} paths found: pick one to light it up alone`,
  routesBetween: (n: number, from: string, to: string) =>
    n === 1
      ? `The path from ${from} to ${to}`
      : `${n} paths from ${from} to ${to}: pick one to light it up alone`,
  connecting: 'Searching… (several paths may take a few seconds)',
  exportFailed: (m: string) => `The file could not be made; nothing was exported (${m}).`,
  unsavedCanvas: 'Unsaved canvas',
  exportedBy: (who: string, when: string) => `Exported by ${who} on ${when}`,
  exportCounts: (nodes: number, links: number) =>
    `${nodes.toLocaleString('en')} ${nodes === 1 ? 'entity' : 'entities'} · ${links.toLocaleString('en')} ${links === 1 ? 'link' : 'links'}`,
  exportUnsaved: (name: string) => `${name} (with unsaved changes)`,
  exportNothing: 'Nothing to export: the canvas shows no entity.',
  legendGroup: 'Maroon border: collapsed group (stands for its members)',
  legendHighlighted: 'Gold border: highlighted by Connect',
  exportPeriod: (from: string, to: string) => `Period: ${from} to ${to}`,
  exportFiltered: 'Filtered view: some entities or links are hidden',
  hops: (n: number) => (n === 1 ? '1 hop:' : `${n} hops:`),
  allRoutes: 'Light up all paths',
  avoidTitle: 'Avoid on routes',
  avoidHint:
    'A busy entity (a phone thousands call) joins people who never met: search again without passing through it.',
  avoidOne: (name: string) => `Search again without passing through ${name}`,
  avoidedTitle: 'Not through:',
  allowOne: (name: string) => `Allow ${name} again`,
  avoidedIsEnd: 'An end of the search: routes start or end at it, so it is not avoided.',
  filters: 'Filters',
  entityTypes: 'Entity types',
  relTypes: 'Link types',
  agencies: 'Source agency',
  maxReliability: 'Lowest source reliability',
  maxCredibility: 'Lowest credibility',
  timeRange: 'Period',
  allTime: 'All time',
  firstDay: 'First day',
  lastDay: 'Last day',
  dayRefused: (min: string, max: string) =>
    `That day cannot be used here: pick one from ${min} to ${max}.`,
  mapAttribution: (who: string) => `Boundaries: ${who}`,
  mapLayers: 'Map layers',
  mapLayersCloser: 'zoom in to see them',
  mapLayer: { colonias: 'Neighbourhoods (colonias)', cuadrantes: 'Police quadrants' },
  mapApart: 'Not placed on the map',
  mapNoPlaces:
    'Nothing on the canvas has coordinates (addresses, incidents and cases do): the map is drawn as soon as something with them arrives.',
  resetFilters: 'Clear filters',
  searchMinChars: 'Type at least 2 characters.',
  hintPhoneDigits: (n: number) =>
    `A phone is searched by its 10 digits (or the last 8 of a Mexico City one); typed: ${n}.`,
  hintCurpLength: (n: number) => `A CURP has 18 characters; typed: ${n}.`,
  hintCurpChar: (position: number, char: string, digit: boolean) =>
    `In a CURP, character ${position} (“${char}”) should be ${digit ? 'a digit' : 'a letter'}.`,
  textMessage: 'Text message',
  cleared: 'Canvas cleared. Ctrl+Z brings it back.',
  filteredOut: (n: number) =>
    n === 1 ? '1 node hidden by the filters' : `${n} nodes hidden by the filters`,
  pickedFiltered: (name: string, why: FilteredWhy) =>
    `"${name}" is on the canvas, but the filters hide it (${
      {
        type: 'its type is hidden',
        agency: 'its agency is hidden',
        grade: 'by its grade',
        time: 'outside the time window',
        links: 'none of its links is left by the filters',
      }[why]
    }). "Clear filters" shows it.`,
  filteredOutLinks: (n: number) =>
    n === 1 ? '1 link hidden by the filters' : `${n} links hidden by the filters`,
  histogramLabel: 'Events over time',
  filtered: (shown: number, total: number) => `${shown} of ${total} entities visible`,
  agenciesHint:
    'Counts nodes and links. What several agencies record is hidden only when all of them are unticked.',
  legend: 'Legend',
  legendMore: 'Amber ring: has links not drawn',
  legendSuper: 'Double border and badge: over 200 links',
  legendDashed: 'Dashed line: unconfirmed link',
  legendEnded: 'Dotted line: a link that ended (e.g. a former member)',
  endedLink: (label: string, year: string) => `${label} (until ${year})`,
  legendReviewed: 'Purple outline: hypothesis approved by a supervisor',
  legendPinned: 'Dark dotted border: pinned',
  investigations: 'Investigations',
  untitled: 'Not saved',
  save: 'Save',
  saveAs: 'Save as…',
  saved: 'Saved',
  replaceSaved: (name: string) =>
    `Nothing saved in "${name}" is on the canvas any more. Replace what was saved with this canvas? (Cancel: save it as a new investigation.)`,
  unsaved: 'Unsaved changes',
  newName: 'Investigation name',
  nameFirst: 'Type a name first.',
  sameInvestigationName:
    'You already have an investigation with this name: another will be saved beside it.',
  nameAtMost: (n: number) => `A name has at most ${n} characters.`,
  open: 'Open',
  share: 'Share',
  delete: 'Delete',
  close: 'Close',
  closeDetails: 'Close details',
  owner: 'Owner',
  lastChange: (who: string, when: string) => `Changed by ${who} on ${when}`,
  savedElsewhere: (who: string, when: string, readOnly: boolean) =>
    `${who} saved a newer version of this investigation (${when}). Open it again to see it${readOnly ? '.' : '; saving yours now would conflict with it.'}`,
  deletedElsewhere: (name: string, who: string) =>
    `${who} deleted the investigation “${name}”. The canvas stays here unsaved: save it as a new one to keep it.`,
  unsharedElsewhere: (name: string, who: string) =>
    `${who} stopped sharing “${name}” with you. The canvas stays here unsaved: save it as a new one to keep it.`,
  goneElsewhere: (name: string) =>
    `“${name}” is no longer among your investigations: it was deleted or unshared while the connection was down. The canvas stays here unsaved: save it as a new one to keep it.`,
  access: { OWNER: 'Yours', EDIT: 'Can edit', READ: 'Read only' },
  noInvestigations: 'No investigations saved or shared with you yet.',
  shareWith: 'Share with',
  choosePerson: 'Choose who…',
  canRead: 'Read',
  canEdit: 'Edit',
  sharedWith: 'Shared with',
  notShared: 'Not shared.',
  unshare: 'Remove',
  conflict: (who?: string, when?: string) =>
    `${who ?? 'Someone else'} saved this investigation${when ? ` (${when})` : ''} after you opened it. Reopen it, or save yours as a new one.`,
  readOnly: 'Read only: save a copy with “Save as…”.',
  readOnlyMark: 'Read only',
  omitted: (n: number) =>
    n === 1
      ? '1 saved element no longer exists: it was deleted since (or was a confirmed link whose hypothesis was reopened).'
      : `${n} saved elements no longer exist: they were deleted since (or were confirmed links whose hypotheses were reopened).`,
  confirmDelete: (name: string, sharedWith: readonly string[] = []) =>
    `Delete the investigation “${name}”?` +
    (sharedWith.length > 0
      ? ` ${sharedWith.join(', ')}, with whom you shared it, will lose it too.`
      : ''),
  deletedHere: (name: string) => `Investigation “${name}” deleted. The canvas stays here unsaved.`,
  export: 'Export',
  exportPng: 'PNG image',
  exportSvg: 'SVG image',
  exportCsvNodes: 'Entities CSV',
  csvNodesFile: 'entities.csv',
  csvTimelineFile: 'timeline.csv',
  timelineColumns: [
    'Date and time (Mexico City time)',
    'Whose',
    'What',
    'How',
    'Id',
    'Folio',
    'Record',
    'Grade',
    'Classification',
    'Compartments',
  ],
  exportTimeline: (n: number) =>
    n === 1 ? 'Export 1 event (CSV)' : `Export the ${n} events (CSV)`,
  timelineInPeriod: (from: string, to: string) => `In the filters' time window: ${from} to ${to}`,
  callContactsTitle: 'Phone contacts',
  callContactsHint:
    'The numbers it talks with most (calls and text messages, made and received, through its phones), with who uses them',
  callCounts: (calls: string, made: string, received: string) =>
    `${calls} calls (${made} made, ${received} received)`,
  oneCall: (made: boolean) => (made ? '1 call made' : '1 call received'),
  textCounts: (texts: string, sent: string, received: string) =>
    `${texts} texts (${sent} sent, ${received} received)`,
  oneText: (sent: boolean) => (sent ? '1 text sent' : '1 text received'),
  callsCapped: (n: string) => `Counted the ${n} most recent calls and texts.`,
  noUser: 'no user you may see',
  moreContacts: (n: number) => `Show up to ${n} numbers`,
  drawContact: 'Draw',
  drawContactHint: 'Draw the number on the canvas, with its links to what is drawn',
  csvLinksFile: 'links.csv',
  exportCsvLinks: 'Links CSV',
  exportJson: 'JSON',
  // the canvas as a table (TableView.svelte)
  table: {
    button: 'Table',
    title: 'Canvas table',
    tabs: 'What to list',
    nodes: (n: string) => `Nodes (${n})`,
    lines: (n: string) => `Links (${n})`,
    filter: 'Filter',
    filterHint: 'Name, type, record…',
    columns: {
      name: 'Name',
      type: 'Type',
      record: 'Source and record',
      links: 'Links on the canvas',
      marking: 'Classification',
      grade: 'Grade',
      from: 'From',
      to: 'To',
      date: 'Date',
    } as Record<string, string>,
    lineType: 'Link',
    caption: (nodes: boolean, column: string, ascending: boolean) =>
      `${nodes ? 'Nodes' : 'Links'} drawn on the canvas, by ${column.toLocaleLowerCase('en')} (${ascending ? 'ascending' : 'descending'}). Enter or a click on a row chooses it on the canvas.`,
    shown: (shown: string, total: string, nodes: boolean) =>
      `${shown} of ${total} ${nodes ? 'nodes' : 'links'}`,
    all: (total: string, nodes: boolean) =>
      `${total} ${nodes ? (total === '1' ? 'node' : 'nodes') : total === '1' ? 'link' : 'links'}`,
    capped: (cap: string, total: string) =>
      `Showing the first ${cap} of ${total}: type in the filter to narrow it down.`,
    more: (n: string) => `Show ${n} more`,
    noMatch: 'No row holds what was typed.',
    empty: 'Nothing is drawn on the canvas.',
    hidden: 'What the filters hide is neither on the canvas nor in the table:',
    choose: (name: string) => `Choose ${name} on the canvas`,
  },
  help: 'Keyboard shortcuts',
  helpOpen: 'Help (?)',
  actions: {
    help: 'Show or hide this help',
    search: 'Go to search (picking a result hands the keys back to the canvas)',
    undo: 'Undo',
    redo: 'Redo',
    selectAll: 'Select every node in view',
    next: 'Select the next node',
    previous: 'Select the previous node',
    addNext: 'Add the next node to the selection',
    addPrevious: 'Add the previous node to the selection',
    nextLink: "Choose the node's next link (its details)",
    previousLink: "Choose the node's previous link",
    expand: 'Expand the node (50 most connected; with more than 200 links, opens its menu)',
    menu: 'Node menu: choose what to expand',
    remove: 'Remove the selection from the canvas',
    hide: 'Hide the selection',
    showAll: 'Show hidden nodes',
    pin: 'Pin or unpin the selection',
    group: 'Group the selection (or the organisation’s members)',
    connect: 'Connect the selection (paths or network)',
    fit: 'Fit the view',
    zoomIn: 'Zoom in',
    zoomOut: 'Zoom out',
    pan: 'Move the view (with Shift, further)',
    filters: 'Open or close the filters',
    table: "Show or hide the table of the canvas's nodes and links",
    layoutForce: 'Force-directed layout',
    layoutTree: 'Hierarchical layout',
    layoutRings: 'Concentric layout',
    layoutMap: 'Geographic layout',
    save: 'Save the investigation',
    open: 'Open investigations',
    escape: 'Close menus, dialogs and the filters panel (from within it); clear highlight',
  },
};

export type Lang = 'es' | 'en';
const dictionaries = { es, en };
const domains: Record<Lang, DomainNames> = { es: esDomain, en: enDomain };
const oversight: Record<Lang, OversightDict> = { es: esOversight, en: enOversight };

/** The page's language as its `lang` says it (screen readers, spelling, hyphenation). */
const pageLang = (lang: Lang) => (lang === 'es' ? 'es-MX' : 'en');

class I18n {
  lang = $state<Lang>((localStorage.getItem('trama.lang') as Lang | null) ?? 'es');
  constructor() {
    // Said from the start, not only on switching (QA: English kept from before, lang="es-MX").
    document.documentElement.lang = pageLang(this.lang);
  }
  get t(): Dict {
    return dictionaries[this.lang];
  }
  get d(): DomainNames {
    return domains[this.lang];
  }
  /** Hypotheses, the supervisors' queue, audit and accounts (i18n-oversight.ts). */
  get o(): OversightDict {
    return oversight[this.lang];
  }
  toggle(): void {
    this.lang = this.lang === 'es' ? 'en' : 'es';
    localStorage.setItem('trama.lang', this.lang);
    document.documentElement.lang = pageLang(this.lang);
  }
  typeName(type: string): string {
    return this.d.type[type] ?? type;
  }
  typesName(type: string): string {
    return this.d.types[type] ?? type;
  }
  /** A link type's name; with the link's role, where the type has one for it ("Víctima en"). */
  relName(type: string, role?: string | null): string {
    const named = role ? ownName(ownName(this.d.relAs, type), role) : undefined;
    return named ?? this.d.rel[type] ?? type;
  }
  /**
   * The words a link's name is made of (elements.ts `linkName`): its type by its role, and an
   * ended one's year. One object for the canvas and Conectar's routes.
   */
  readonly linkWords = {
    relName: (type: string, role?: string | null): string => this.relName(type, role),
    endedName: (label: string, year: string): string => this.t.endedLink(label, year),
  };
  fieldName(key: string): string {
    return this.d.field[key] ?? key;
  }
  /** An error as the reader should see it (see `errorMessage`). */
  errorText(err: unknown): string {
    return errorMessage(this.o.errors, this.t.error, err);
  }
  /** A field's value for reading: coded values named, the rest formatted by type. */
  fieldValue(f: Field): string {
    return codeName(this.d, this.o, f) ?? formatField(f, this.t.locale);
  }
  /**
   * The language of what the agencies wrote (names, addresses, crime types: Spanish), for a
   * `lang` where the page is in another, so that a screen reader reads "Cuauhtémoc" in Spanish
   * under the English interface; undefined where the page is in Spanish already.
   */
  get dataLang(): string | undefined {
    return this.lang === 'es' ? undefined : pageLang('es');
  }
  /** The same for one field's value: only text as recorded, not a named code, date or number. */
  fieldLang(f: Field): string | undefined {
    return (f.type === 'string' || f.type === 'list') && codeName(this.d, this.o, f) === undefined
      ? this.dataLang
      : undefined;
  }
  number(n: number): string {
    return new Intl.NumberFormat(this.t.locale).format(n);
  }
  dateTime(ms: number, withTime = true): string {
    return new Intl.DateTimeFormat(this.t.locale, {
      dateStyle: 'medium',
      ...(withTime ? { timeStyle: 'short' } : {}),
    }).format(ms);
  }
}

export const i18n = new I18n();

/**
 * Words made when shown, so that they follow a language switch: a message kept for later (an
 * error under a form) is kept as one of these, never as the text of the moment.
 */
export type Said = () => string;
