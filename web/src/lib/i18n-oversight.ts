// UI text of the oversight screens — link hypotheses, the supervisors' queue, the audit trail
// and accounts — in Spanish (es-MX) and English. Read through `i18n.o` (i18n.svelte.ts).
import type { HypothesisStatus, HypothesisType } from './hypotheses/api';
import type { BirthDateSource, SameConflict, SameReason } from './generated';

const esErrors: Record<string, string> = {
  SELF_DECISION:
    'No puede decidir sobre su propia hipótesis: debe aprobarla o rechazarla otro supervisor (regla de cuatro ojos).',
  REASON_REQUIRED: 'Escriba un motivo de al menos 10 caracteres.',
  INVALID_STATE: 'La hipótesis ya cambió de estado; se muestra como está ahora.',
  FORBIDDEN: 'Su cuenta no tiene permiso para esta acción.',
  NOT_FOUND: 'No existe o no tiene acceso a ella.',
  UNAUTHENTICATED: 'La sesión terminó: vuelva a entrar.',
  ACCOUNT_DISABLED: 'Esta cuenta está desactivada: pida a un administrador que la active.',
  QUERY_TIMEOUT:
    'La consulta tardó demasiado y se detuvo: acótela (menos vínculos, fechas o tipos).',
  DATABASE_UNAVAILABLE: 'La base de datos no responde en este momento: intente de nuevo en breve.',
  INTERNAL: 'Error interno del servidor; quedó registrado. Intente de nuevo.',
  EVIDENCE_NOT_FOUND: 'Parte de la evidencia citada no existe o usted no puede verla.',
  DUPLICATE_HYPOTHESIS:
    'Ese vínculo ya está en otra hipótesis, propuesta o aprobada: no se registra otra igual.',
  HYPOTHESIS_CHANGED:
    'La hipótesis cambió desde que la abrió: revise la nueva versión antes de decidir.',
  WRONG_KINDS:
    'Ese tipo de vínculo no une esos tipos de entidad (p. ej., solo se puede ser integrante de una organización).',
  MALFORMED_RECORD:
    'Un registro de origen se cita como INSTITUCIÓN:registro (p. ej. FGJ:persona:1000001), con una institución conocida.',
  TOO_MUCH_EVIDENCE: 'Cite a lo sumo 50 entidades y 50 registros de origen.',
  BAD_INPUT: 'La solicitud lleva un dato no válido',
  BAD_LIMIT: 'Se pidió una cantidad fuera de lo permitido',
  TOO_MANY_HOPS: 'Se pidieron demasiados saltos (a lo sumo 8)',
  BAD_QUERY: 'El texto de búsqueda es demasiado largo (a lo sumo 200 caracteres).',
  BAD_CURSOR:
    'La lista cambió mientras se pedía la página siguiente: vuelva a pedirla desde el inicio.',
  CONFLICT: 'Alguien más lo cambió al mismo tiempo: vuelva a abrirlo para ver lo último.',
  BAD_REQUEST: 'El servidor no entendió la solicitud',
  GRAPHQL_VALIDATION_FAILED: 'El servidor rechazó la consulta por su forma o su costo',
  HTTP: 'El servidor no respondió como se esperaba',
  NETWORK: 'No hay conexión con el servidor de Trama: revise la red e intente de nuevo.',
  RATE_LIMITED: 'Demasiadas consultas en poco tiempo: espere un minuto e intente de nuevo.',
  TOO_DEEP:
    'Los más conectados se muestran hasta 1000 vecinos: filtre por tipo de vínculo, de vecino o por institución para ver más.',
  BAD_USERNAME:
    'El usuario lleva de 3 a 32 caracteres: minúsculas sin acentos, dígitos, . _ o -, y empieza con una letra.',
  BAD_DISPLAY_NAME:
    'El nombre visible lleva de 1 a 80 caracteres visibles, sin saltos de línea ni marcas ocultas.',
  WEAK_PASSWORD:
    'La contraseña lleva de 10 a 256 caracteres, y no puede ser unos pocos caracteres repetidos, una serie (1234567890), contener el usuario ni ser una palabra común con números o signos.',
};

const enErrors: Record<string, string> = {
  SELF_DECISION:
    'You cannot decide on your own hypothesis: another supervisor must approve or reject it (four-eyes rule).',
  REASON_REQUIRED: 'Write a reason of at least 10 characters.',
  INVALID_STATE: 'The hypothesis has changed state; it is shown as it is now.',
  FORBIDDEN: 'Your account may not do this.',
  NOT_FOUND: 'It does not exist, or you may not see it.',
  UNAUTHENTICATED: 'Your session ended: log in again.',
  ACCOUNT_DISABLED: 'This account is disabled: ask an administrator to enable it.',
  QUERY_TIMEOUT:
    'The query took too long and was stopped: narrow it down (fewer links, dates or types).',
  DATABASE_UNAVAILABLE: 'The database is not answering right now: try again shortly.',
  INTERNAL: 'Internal server error; it was logged. Try again.',
  EVIDENCE_NOT_FOUND: 'Part of the cited evidence does not exist, or you may not see it.',
  DUPLICATE_HYPOTHESIS:
    'This link is already in another hypothesis, proposed or approved: a second one is not recorded.',
  HYPOTHESIS_CHANGED:
    'The hypothesis changed since you opened it: read the new version before deciding.',
  WRONG_KINDS:
    'That kind of link does not join those kinds of entity (e.g. one is a member of an organisation only).',
  MALFORMED_RECORD:
    'A source record is cited as AGENCY:record (e.g. FGJ:persona:1000001), with a known agency.',
  TOO_MUCH_EVIDENCE: 'Cite at most 50 entities and 50 source records.',
  BAD_INPUT: 'The request carries a value that is not valid',
  BAD_LIMIT: 'An amount was asked for outside what is allowed',
  TOO_MANY_HOPS: 'Too many hops were asked for (at most 8)',
  BAD_QUERY: 'The search text is too long (at most 200 characters).',
  BAD_CURSOR:
    'The list changed while its next page was asked for: ask for it again from the start.',
  CONFLICT: 'Someone else changed it at the same time: open it again to see the latest.',
  BAD_REQUEST: 'The server did not understand the request',
  GRAPHQL_VALIDATION_FAILED: 'The server refused the query for its shape or cost',
  HTTP: 'The server did not answer as expected',
  NETWORK: 'Trama’s server cannot be reached: check the network and try again.',
  RATE_LIMITED: 'Too many requests in a short time: wait a minute and try again.',
  TOO_DEEP:
    'Best-connected neighbours go 1,000 deep: filter by link type, neighbour type or agency to see more.',
  BAD_USERNAME:
    'A username has 3 to 32 characters: lower-case letters, digits, . _ or -, starting with a letter.',
  BAD_DISPLAY_NAME:
    'A display name has 1 to 80 visible characters, without line breaks or hidden marks.',
  WEAK_PASSWORD:
    'A password has 10 to 256 characters, and cannot be a few characters repeated, a run (1234567890), contain the username or be a common word with digits or signs.',
};

const es = {
  // hypotheses on the canvas
  hypothesis: 'Hipótesis de vínculo',
  proposeFrom: 'Proponer vínculo…',
  proposeSelected: 'Proponer vínculo entre los seleccionados…',
  proposeTitle: 'Proponer un vínculo',
  waitingHere: 'Vínculos propuestos, en espera de decisión',
  samePersonTitle: 'Posible misma persona',
  samePersonNone: 'Ningún otro registro se parece lo bastante a este.',
  samePersonHint:
    'Otros registros que podrían ser de esta persona, y por qué. Nada se une sin una hipótesis aprobada.',
  sameReasons: {
    CURP: 'misma CURP',
    RFC: 'mismo RFC',
    NAME: 'nombre parecido',
    BIRTH_DATE: 'misma fecha de nacimiento',
    SHARED_PHONE: 'mismo teléfono',
    SHARED_ADDRESS: 'mismo domicilio',
    SHARED_VEHICLE: 'mismo vehículo',
    SHARED_ACCOUNT: 'misma cuenta',
    SHARED_ALIAS: 'mismo alias',
  } as Record<SameReason, string>,
  sameConflicts: {
    CURP: 'otra CURP',
    BIRTH_DATE: 'otra fecha de nacimiento',
    SEX: 'otro sexo',
  } as Record<SameConflict, string>,
  /** Where a birth date compared was read, when a record gives none: "(del RFC)". */
  birthDateFrom: { CURP: 'de la CURP', RFC: 'del RFC' } as Record<BirthDateSource, string>,
  drawCandidate: 'Dibujar',
  proposeSame: 'Proponer: misma persona',
  samePending: 'Propuesta en espera de decisión',
  /** A proposal's line on the canvas: the kind of link it proposes, as a question. */
  proposalLabel(type: string): string {
    return `¿${(es.types as Record<string, string>)[type] ?? type}?`;
  },
  sameShared: 'En común',
  showAsOne: (n: number) => `Mostrar como una persona (${n} registros)`,
  onePersonOf: (n: number) => `Una persona en ${n} registros (misma persona aprobada)`,
  sameMore: (n: number) => `y ${n} más`,
  sameRationale: (why: string) => `Registros que Trama sugiere como de la misma persona: ${why}.`,
  proposeHint:
    'La propuesta aparece en el lienzo como línea discontinua hasta que un supervisor la apruebe o rechace.',
  chooseEntity: 'Elija una entidad del lienzo',
  swap: 'Invertir dirección',
  sameEnds: 'Elija dos entidades distintas.',
  linkType: 'Tipo de vínculo',
  types: {
    ASSOCIATE: 'Asociado',
    FAMILY: 'Familiar de',
    MEMBER_OF: 'Integrante de',
    SAME_PERSON: 'Misma persona',
    OWNS: 'Propietario de',
    PAYS: 'Paga a',
    UNKNOWN: 'Vínculo desconocido',
  } as Record<HypothesisType, string>,
  rationale: 'Fundamento',
  minChars: (n: number) => `${n} ${n === 1 ? 'carácter' : 'caracteres'} (de 10 a 4000)`,
  confidence: 'Confianza',
  reliability: 'Confiabilidad de la fuente',
  credibility: 'Credibilidad de la información',
  evidence: 'Evidencia',
  noEvidence: 'Sin evidencia citada.',
  noEvidenceCandidates: 'No hay otras entidades en el lienzo.',
  noEvidenceYet:
    'Aún no cita evidencia: quien decida tendrá solo su fundamento. Marque entidades o escriba registros.',
  alreadyLinked: (links: readonly string[]) => `Ya vinculados en el lienzo: ${links.join('; ')}.`,
  evidenceRecords:
    'Registros de origen (INSTITUCIÓN:registro de una entidad, un vínculo o una llamada, como en su «Procedencia»; separados por comas)',
  badRecords: (list: string) =>
    `Escriba cada registro como INSTITUCIÓN:registro, sin espacios, con una institución conocida (C5, SSC, FGJ, PEN, UIF, CJM, RPC, CDMX, INEGI), p. ej. FGJ:persona:1000001; no: ${list}`,
  evidenceNotFound: (list: string) =>
    `No existe, o usted no puede ver, esta evidencia: ${list}. Quítela o corrija el registro.`,
  inInvestigation: (name: string) => `Vincular a la investigación «${name}»`,
  propose: 'Proponer',
  cancel: 'Cancelar',
  namedByRecords: (n: number) =>
    n >= 100 ? 'nombrado por 100 registros o más' : `nombrado por ${n} registros`,
  /** A cited record that stands behind several links (a call warrant): how many, and when. */
  recordLinks: (n: number, span: string) =>
    `${n === 1 ? '1 vínculo' : `${n.toLocaleString('es-MX')} vínculos`}${span ? `, ${span}` : ''}`,
  /** The same for a call warrant, whose links are its calls and messages. */
  recordCalls: (n: number, span: string) =>
    `${n === 1 ? '1 llamada o mensaje' : `${n.toLocaleString('es-MX')} llamadas o mensajes`}${span ? `, ${span}` : ''}`,
  moreLinks: (n: number) => `y ${n.toLocaleString('es-MX')} más`,
  recordUnseen: 'no existe o usted no puede verlo',
  proposed: 'Hipótesis propuesta: espera la decisión de un supervisor.',
  withdrawn: 'Hipótesis retirada.',
  gone: 'Esta hipótesis ya no existe o no tiene acceso a ella.',
  /** A decision as an audit record asks for it (whether it was taken is its outcome). */
  decisionAsked: { APPROVE: 'Aprobar', REJECT: 'Rechazar' },
  status: {
    PROPOSED: 'Propuesta',
    APPROVED: 'Aprobada',
    REJECTED: 'Rechazada',
    WITHDRAWN: 'Retirada',
  } as Record<HypothesisStatus, string>,
  proposer: 'Propuesta por',
  investigation: 'Investigación',
  decision: 'Decisión',
  history: 'Historial',
  actions: {
    PROPOSED: 'Propuesta',
    AMENDED: 'Modificada',
    WITHDRAWN: 'Retirada',
    APPROVED: 'Aprobada',
    REJECTED: 'Rechazada',
    REOPENED: 'Reabierta',
  } as Record<string, string>,
  actionsTitle: 'Acciones sobre la hipótesis',
  actionDone: (status: string) => `Hecho: la hipótesis queda ${status.toLowerCase()}.`,
  actionSending: 'Registrando…',
  ownNote: 'Usted propuso esta hipótesis: otro supervisor debe decidirla.',
  changedWhileReading: 'La propuesta cambió mientras la leía: revise lo nuevo antes de decidir.',
  readChanges: 'Ya la revisé',
  duplicateHere: (doing: 'approve' | 'reopen', approved: boolean) =>
    doing === 'approve'
      ? 'Este mismo vínculo ya quedó aprobado en otra hipótesis: esta no puede aprobarse. Recházela o reabra aquella si debe decidirse de nuevo.'
      : `Otra hipótesis de este mismo vínculo ya está ${approved ? 'aprobada' : 'en espera'}: esta no puede reabrirse mientras tanto. Decida sobre aquella.`,
  confirmedFrom: 'Hipótesis de origen: fundamento, evidencia e historial',
  decisionReason: 'Motivo de la decisión (obligatorio)',
  reopenReason: 'Motivo para reabrirla (obligatorio)',
  amendReason: 'Motivo del cambio (obligatorio)',
  withdrawReason: 'Motivo (obligatorio para retirarla)',
  approve: 'Aprobar',
  reject: 'Rechazar',
  reopen: 'Reabrir',
  amend: 'Modificar…',
  saveAmend: 'Guardar cambios',
  /** Who decided, when it was the reader: "Hipótesis aprobada por usted". */
  you: 'usted',
  withdraw: 'Retirar',
  decidedNotice: (action: string, link: string, by: string, reason: string) =>
    action === 'APPROVED'
      ? `Hipótesis aprobada por ${by}: ${link}. Motivo: ${reason}`
      : action === 'REJECTED'
        ? `Hipótesis rechazada por ${by}: ${link}. Motivo: ${reason}`
        : `Hipótesis reabierta por ${by}: ${link}. Espera de nuevo una decisión. Motivo: ${reason}`,
  errors: esErrors,
  /** CONFLICT means different things per screen: here, creating an account. */
  usernameTaken: 'Ya existe una cuenta con ese nombre de usuario.',
  // queue
  queueTitle: 'Hipótesis',
  statusFilter: 'Estado',
  statusTabs: {
    PROPOSED: 'Pendientes',
    APPROVED: 'Aprobadas',
    REJECTED: 'Rechazadas',
    WITHDRAWN: 'Retiradas',
  } as Record<HypothesisStatus, string>,
  analyst: 'Analista (nombre o usuario)',
  any: 'Cualquiera',
  age: 'Antigüedad',
  olderThan: (h: number) =>
    h === 0
      ? 'Cualquiera'
      : h < 24
        ? `Más de ${h} h`
        : `Más de ${h / 24} ${h === 24 ? 'día' : 'días'}`,
  emptyQueue: 'No hay hipótesis con estos filtros.',
  /** A tab with nothing in it and no filter set (QA: "with these filters" when none was). */
  emptyTab: (tab: HypothesisStatus | 'ALL') =>
    tab === 'ALL'
      ? 'No hay hipótesis que usted pueda ver.'
      : `No hay hipótesis ${es.statusTabs[tab].toLowerCase()} que usted pueda ver.`,
  allStatuses: 'Todas',
  noneOfMine:
    'Aún no ha propuesto vínculos. Seleccione dos entidades en el lienzo y elija «Proponer vínculo…».',
  newDecisions: (n: number) =>
    n === 1 ? '1 decisión nueva sobre sus hipótesis' : `${n} decisiones nuevas sobre sus hipótesis`,
  more: 'Cargar más',
  pickOne: 'Elija una hipótesis de la lista para ver su detalle.',
  loadingOne: 'Cargando la hipótesis…',
  showInContext: 'Ver en contexto en el lienzo',
  liveAnnounce: (action: string, proposer: string, named: string) =>
    action === 'PROPOSED'
      ? `Nueva propuesta de ${proposer}.`
      : `Una hipótesis de ${proposer} cambió: ${named.toLowerCase()}.`,
  liveAnnounceMine: (named: string) => `Una de sus hipótesis cambió: ${named.toLowerCase()}.`,
  liveAnnounceOwnDecision: (named: string) =>
    `Su decisión quedó registrada: ${named.toLowerCase()}.`,
  liveOn: '● En vivo',
  liveOff: '○ Sin conexión en vivo',
  waiting: (n: string) => `${n} pendientes`,
  // audit
  auditTitle: 'Registro de auditoría',
  user: 'Usuario',
  userHint: 'usuario o nombre',
  usersMatched: (users: string[]) =>
    `${users.length === 1 ? 'Usuario buscado' : 'Usuarios buscados'}: ${users.join(', ')}`,
  entity: 'Entidad (id)',
  entityOrName: 'Entidad (id, o escriba un nombre)',
  pickEntity: 'Elija la entidad entre las sugerencias: el filtro usa su id.',
  noEntityNamed:
    'Ninguna entidad que usted pueda ver tiene ese nombre: escriba otro, o su id (INSTITUCIÓN:tipo:registro).',
  fromAfterTo: 'La fecha «Desde» es posterior a «Hasta»: no puede haber registros entre ellas.',
  search: 'Consultar',
  verifyChain: 'Verificar cadena',
  chainOk: (n: number) =>
    `Cadena íntegra: ${n} registros verificados; ninguno alterado, borrado ni reordenado.`,
  chainBroken: (n: number, seq: number | null, problem: string) =>
    `¡Cadena rota! Primer registro dañado: #${seq ?? '?'} (${problem}). Registros: ${n}.`,
  // audit: actions and outcomes by name (the code stays in the cell's tooltip and the CSV)
  auditEvents: {
    login: 'Inicio de sesión',
    'login-failed': 'Inicio de sesión fallido',
    logout: 'Cierre de sesión',
    'password-change': 'Cambio de la propia contraseña',
    'rate-limited': 'Consultas por encima del límite por minuto',
  } as Record<string, string>,
  auditKinds: { query: 'Consulta', mutation: 'Cambio', subscription: 'Suscripción' } as Record<
    string,
    string
  >,
  auditOps: {
    search: 'búsqueda',
    node: 'ficha de entidad',
    neighbors: 'vecinos',
    expand: 'expansión',
    expandPreview: 'vista previa de expansión',
    linkBundles: 'conteo de vínculos',
    samePersonCandidates: 'posible misma persona',
    sourceRecords: 'registros citados',
    shortestPaths: 'rutas más cortas',
    connectingNetwork: 'red de conexión',
    commonAssociates: 'asociados comunes',
    timeline: 'cronología',
    callContacts: 'contactos telefónicos',
    investigations: 'investigaciones',
    openInvestigation: 'abrir investigación',
    createInvestigation: 'crear investigación',
    saveInvestigation: 'guardar investigación',
    deleteInvestigation: 'borrar investigación',
    shareInvestigation: 'compartir investigación',
    unshareInvestigation: 'dejar de compartir investigación',
    colleagues: 'colegas',
    hypotheses: 'hipótesis',
    hypothesis: 'hipótesis',
    hypothesisQueue: 'cola de hipótesis',
    hypothesisChanged: 'avisos de hipótesis',
    investigationChanged: 'avisos de investigaciones',
    proposeHypothesis: 'proponer hipótesis',
    amendHypothesis: 'modificar hipótesis',
    withdrawHypothesis: 'retirar hipótesis',
    decideHypothesis: 'decidir hipótesis',
    reopenHypothesis: 'reabrir hipótesis',
    auditRecords: 'registro de auditoría',
    auditVerify: 'verificar registro de auditoría',
    recordExport: 'exportación',
    recordAuditExport: 'exportación del registro de auditoría',
    confirmedLink: 'vínculo confirmado',
    me: 'sesión',
    'restricted-link-notice': 'aviso de vínculo restringido',
    users: 'cuentas',
    createUser: 'crear cuenta',
    updateUser: 'modificar cuenta',
  } as Record<string, string>,
  auditOutcomes: {
    OK: 'Correcto',
    BAD_CREDENTIALS: 'Credenciales incorrectas',
    ACCOUNT_LOCKED: 'Usuario bloqueado por intentos fallidos',
    ACCOUNT_DISABLED: 'Cuenta desactivada',
    SAME_PASSWORD: 'La misma contraseña',
    INVALID_ACCOUNT: 'Datos de la cuenta no válidos',
    RATE_LIMITED: 'Frenado por el límite de consultas',
    RESTRICTED_LINK: 'Correcto; avisó de un vínculo restringido',
    TOO_DEEP: 'Página demasiado profunda',
    DUPLICATE_HYPOTHESIS: 'Hipótesis duplicada',
    HYPOTHESIS_CHANGED: 'Hipótesis cambiada antes de decidir',
    WRONG_KINDS: 'Tipo de vínculo que no une esas entidades',
    FORBIDDEN: 'Sin permiso',
    UNAUTHENTICATED: 'Sin sesión',
    NOT_FOUND: 'No encontrado',
    BAD_INPUT: 'Datos no válidos',
    BAD_REQUEST: 'Solicitud no válida',
    BAD_LIMIT: 'Límite no válido',
    BAD_QUERY: 'Consulta no válida',
    INVALID_STATE: 'Estado no válido',
    CONFLICT: 'Conflicto',
    INTERNAL: 'Error interno',
    ERROR: 'Error',
    SELF_DECISION: 'Decisión propia rechazada (cuatro ojos)',
    REASON_REQUIRED: 'Falta el motivo',
    QUERY_TIMEOUT: 'Consulta detenida por tiempo',
    DATABASE_UNAVAILABLE: 'Base de datos no disponible',
    EVIDENCE_NOT_FOUND: 'Evidencia inexistente o no visible',
    MALFORMED_RECORD: 'Registro de origen mal escrito',
    TOO_MUCH_EVIDENCE: 'Demasiada evidencia',
    TOO_MANY_HOPS: 'Demasiados saltos',
    BAD_CURSOR: 'Página no válida',
    GRAPHQL_VALIDATION_FAILED: 'Consulta rechazada por su forma o costo',
    HTTP: 'Respuesta inesperada',
    NETWORK: 'Sin conexión',
    BAD_USERNAME: 'Usuario no válido',
    BAD_DISPLAY_NAME: 'Nombre visible no válido',
    WEAK_PASSWORD: 'Contraseña débil',
  } as Record<string, string>,
  noRecords: 'No hay registros con estos filtros.',
  entityFilterHint:
    'Por entidad solo se buscan las que usted puede ver: una fuera de su nivel de acceso o compartimentos no da registros.',
  when: 'Fecha y hora',
  action: 'Acción',
  entities: 'Entidades',
  purpose: 'Propósito',
  automatic: 'automática',
  automaticHint:
    'La página la pidió sola (una actualización en vivo, el conteo de un aviso), no el usuario.',
  askedOnly: 'Solo lo que pidió el usuario',
  origin: 'Origen (IP)',
  outcome: 'Resultado',
  details: 'Detalle',
  show: 'Ver',
  /** What "Ver" opens, for a screen reader that reads it out of its row. */
  showRecord: (seq: number) => `Ver el detalle del registro ${seq}`,
  // need-to-know in the audit trail (ADR 0006, audit addendum)
  // Not "reservada": that is a classification level (Reservado), shown on these same screens.
  withheldEntities: (n: number) =>
    n === 1 ? 'entidad fuera de su acceso' : `${n} entidades fuera de su acceso`,
  moreEntities: (n: number) => `y ${n.toLocaleString('es-MX')} más`,
  withheldDetails: 'fuera de su acceso',
  /** What an id with no name is, said before it (QA: a bare UUID among the entities). */
  idKinds: { hypothesis: 'hipótesis', investigation: 'investigación' },
  exportAudit: 'Exportar CSV',
  exporting: 'Exportando…',
  exportAuditHint: (max: number) =>
    `Todos los registros que encuentra esta búsqueda, hasta ${max.toLocaleString('es-MX')} (los más recientes)`,
  exportedRecords: (n: number, capped: boolean) =>
    `${n === 1 ? '1 registro exportado' : `${n.toLocaleString('es-MX')} registros exportados`}` +
    (capped ? ': los más recientes; la búsqueda encuentra más (acote las fechas).' : '.'),
  recordsTaken: (n: number) => (n === 1 ? '1 registro' : `${n.toLocaleString('es-MX')} registros`),
  auditFile: 'auditoria.csv',
  auditColumns: [
    'N.º',
    'Fecha y hora (hora de la Ciudad de México)',
    'Usuario',
    'Acción',
    'Código de la acción',
    'Automática',
    'Entidades',
    'Propósito',
    'Origen (IP)',
    'Resultado',
    'Detalle',
    'Clasificación',
    'Compartimentos',
  ] as readonly string[],
  gistReason: 'Motivo',
  quoted: (text: string) => `“${text}”`,
  withheldHint:
    'Fuera de su nivel de acceso o compartimentos: se ve quién, cuándo, qué acción y su resultado, no sobre qué entidad ni qué se pidió.',
  older: 'Registros anteriores',
  // admin
  usersTitle: 'Cuentas',
  newUser: 'Nueva cuenta',
  editUser: (u: string) => `Editar ${u}`,
  edit: 'Editar',
  usernameRule: '3 a 32 caracteres: minúsculas, dígitos, . _ -; empieza con letra.',
  displayName: 'Nombre visible',
  displayNameRule:
    'El nombre que verán sus colegas. Si lo deja vacío, se mostrará el nombre de usuario.',
  roles: 'Roles',
  needsRole: 'Elija al menos un rol para guardar la cuenta.',
  unsharedNamed: (name: string) => `${name} (no compartida con usted)`,
  unsharedShort: 'investigación no compartida con usted',
  roleNames: {
    ANALYST: 'Analista',
    INVESTIGATOR: 'Investigador',
    SUPERVISOR: 'Supervisor',
    ADMIN: 'Administrador',
  } as Record<string, string>,
  clearance: 'Nivel de acceso',
  levels: ['Público', 'Reservado', 'Confidencial', 'Secreto'] as readonly string[],
  compartments: 'Compartimentos',
  compartmentNames: {
    FIN: 'Inteligencia financiera',
    GV: 'Víctimas de violencia de género',
    MIN: 'Menores de edad',
    INF: 'Informantes',
  } as Record<string, string>,
  active: 'Activa',
  yes: 'Sí',
  no: 'No',
  resetPassword: 'Nueva contraseña (opcional)',
  resetHint: 'Déjela vacía para no cambiarla. Mínimo 10 caracteres.',
  passwordRule: 'Mínimo 10 caracteres.',
  passwordTemporary: 'Es temporal: la persona elegirá la suya al entrar.',
  contextOverUnsaved:
    'La investigación abierta tiene cambios sin guardar. El contexto se abre en un lienzo nuevo y esos cambios se perderán. ¿Continuar?',
  contextOnNewCanvas: (name: string) =>
    `El contexto se abrió en un lienzo nuevo, sin guardar. «${name}» quedó como estaba guardada: ábrala desde Investigaciones.`,
  temporaryPassword: 'Contraseña temporal',
  saveChanges: 'Guardar cambios',
  create: 'Crear cuenta',
  userSaved: (u: string) => `Cuenta ${u} guardada; los cambios aplican de inmediato.`,
  adminHint: 'Elija una cuenta para editarla, o cree una nueva.',
  ownAccess:
    'Es su propia cuenta: sus funciones, nivel, compartimentos y estado los cambia otra persona administradora. Su contraseña, con la llave del encabezado.',
  // navigation
  navLabel: 'Pantallas',
  viewNames: {
    canvas: 'Lienzo',
    mine: 'Mis hipótesis',
    queue: 'Hipótesis',
    audit: 'Auditoría',
    admin: 'Cuentas',
  },
  viewTitles: {
    mine: 'Mis hipótesis: propuestas y decisiones',
    queue: 'Hipótesis: cola y decisiones',
    audit: 'Registro de auditoría',
    admin: 'Cuentas de usuario',
  },
  backToCanvas: 'Volver al lienzo',
  exportNotRecorded: (m: string) =>
    `No se exportó: no se pudo registrar la exportación en la auditoría (${m}).`,
};

export type OversightDict = typeof es;

const en: OversightDict = {
  hypothesis: 'Link hypothesis',
  proposeFrom: 'Propose a link…',
  proposeSelected: 'Propose a link between the selected…',
  proposeTitle: 'Propose a link',
  waitingHere: 'Proposed links waiting for a decision',
  samePersonTitle: 'Possibly the same person',
  samePersonNone: 'No other record is close enough to this one.',
  samePersonHint:
    'Other records that may be of this person, and why. Nothing is joined without an approved hypothesis.',
  sameReasons: {
    CURP: 'same CURP',
    RFC: 'same RFC',
    NAME: 'name alike',
    BIRTH_DATE: 'same birth date',
    SHARED_PHONE: 'same phone',
    SHARED_ADDRESS: 'same address',
    SHARED_VEHICLE: 'same vehicle',
    SHARED_ACCOUNT: 'same account',
    SHARED_ALIAS: 'same alias',
  },
  sameConflicts: { CURP: 'another CURP', BIRTH_DATE: 'another birth date', SEX: 'another sex' },
  birthDateFrom: { CURP: 'from the CURP', RFC: 'from the RFC' },
  drawCandidate: 'Draw',
  proposeSame: 'Propose: same person',
  samePending: 'Proposal waiting for a decision',
  proposalLabel(type: string): string {
    return `${(en.types as Record<string, string>)[type] ?? type}?`;
  },
  sameShared: 'In common',
  showAsOne: (n: number) => `Show as one person (${n} records)`,
  onePersonOf: (n: number) => `One person in ${n} records (same person approved)`,
  sameMore: (n: number) => `and ${n} more`,
  sameRationale: (why: string) => `Records Trama suggests are of the same person: ${why}.`,
  proposeHint:
    'The proposal shows on the canvas as a dashed line until a supervisor approves or rejects it.',
  chooseEntity: 'Choose an entity on the canvas',
  swap: 'Swap direction',
  sameEnds: 'Choose two different entities.',
  linkType: 'Link type',
  types: {
    ASSOCIATE: 'Associate',
    FAMILY: 'Family of',
    MEMBER_OF: 'Member of',
    SAME_PERSON: 'Same person',
    OWNS: 'Owns',
    PAYS: 'Pays',
    UNKNOWN: 'Unknown link',
  },
  rationale: 'Rationale',
  minChars: (n: number) => `${n} ${n === 1 ? 'character' : 'characters'} (10 to 4,000)`,
  confidence: 'Confidence',
  reliability: 'Source reliability',
  credibility: 'Information credibility',
  evidence: 'Evidence',
  noEvidence: 'No evidence cited.',
  noEvidenceCandidates: 'There are no other entities on the canvas.',
  noEvidenceYet:
    'No evidence cited yet: whoever decides will have only your rationale. Tick entities or type records.',
  alreadyLinked: (links: readonly string[]) => `Already linked on the canvas: ${links.join('; ')}.`,
  evidenceRecords:
    'Source records (AGENCY:record of an entity, a link or a call, as in its “Provenance”; comma separated)',
  badRecords: (list: string) =>
    `Write each record as AGENCY:record, without spaces, with a known agency (C5, SSC, FGJ, PEN, UIF, CJM, RPC, CDMX, INEGI), e.g. FGJ:persona:1000001; not: ${list}`,
  evidenceNotFound: (list: string) =>
    `This evidence does not exist, or you may not see it: ${list}. Remove it or correct the record.`,
  inInvestigation: (name: string) => `Link to the investigation “${name}”`,
  propose: 'Propose',
  cancel: 'Cancel',
  namedByRecords: (n: number) =>
    n >= 100 ? 'named by 100 records or more' : `named by ${n} records`,
  recordLinks: (n: number, span: string) =>
    `${n === 1 ? '1 link' : `${n.toLocaleString('en-US')} links`}${span ? `, ${span}` : ''}`,
  recordCalls: (n: number, span: string) =>
    `${n === 1 ? '1 call or text' : `${n.toLocaleString('en-US')} calls or texts`}${span ? `, ${span}` : ''}`,
  moreLinks: (n: number) => `and ${n.toLocaleString('en-US')} more`,
  recordUnseen: 'missing, or you may not see it',
  proposed: 'Hypothesis proposed: it waits for a supervisor’s decision.',
  withdrawn: 'Hypothesis withdrawn.',
  gone: 'This hypothesis no longer exists, or you may not see it.',
  decisionAsked: { APPROVE: 'Approve', REJECT: 'Reject' },
  status: {
    PROPOSED: 'Proposed',
    APPROVED: 'Approved',
    REJECTED: 'Rejected',
    WITHDRAWN: 'Withdrawn',
  },
  proposer: 'Proposed by',
  investigation: 'Investigation',
  decision: 'Decision',
  history: 'History',
  actions: {
    PROPOSED: 'Proposed',
    AMENDED: 'Amended',
    WITHDRAWN: 'Withdrawn',
    APPROVED: 'Approved',
    REJECTED: 'Rejected',
    REOPENED: 'Reopened',
  },
  actionsTitle: 'Actions on the hypothesis',
  actionDone: (status: string) => `Done: the hypothesis is now ${status.toLowerCase()}.`,
  actionSending: 'Recording…',
  ownNote: 'You proposed this hypothesis: another supervisor must decide on it.',
  changedWhileReading:
    'The proposal changed while you were reading it: read what is new before deciding.',
  readChanges: 'I have read it',
  duplicateHere: (doing: 'approve' | 'reopen', approved: boolean) =>
    doing === 'approve'
      ? 'This same link is already approved in another hypothesis: this one cannot be approved. Reject it, or reopen that one if it must be decided again.'
      : `Another hypothesis of this same link is already ${approved ? 'approved' : 'waiting'}: this one cannot be reopened meanwhile. Decide on that one.`,
  confirmedFrom: 'The hypothesis behind it: rationale, evidence and history',
  decisionReason: 'Reason for the decision (required)',
  reopenReason: 'Reason to reopen it (required)',
  amendReason: 'Reason for the change (required)',
  withdrawReason: 'Reason (required to withdraw it)',
  approve: 'Approve',
  reject: 'Reject',
  reopen: 'Reopen',
  amend: 'Amend…',
  saveAmend: 'Save changes',
  you: 'you',
  withdraw: 'Withdraw',
  decidedNotice: (action: string, link: string, by: string, reason: string) =>
    action === 'APPROVED'
      ? `Hypothesis approved by ${by}: ${link}. Reason: ${reason}`
      : action === 'REJECTED'
        ? `Hypothesis rejected by ${by}: ${link}. Reason: ${reason}`
        : `Hypothesis reopened by ${by}: ${link}. It waits for a decision again. Reason: ${reason}`,
  errors: enErrors,
  usernameTaken: 'An account with that username already exists.',
  queueTitle: 'Hypotheses',
  statusFilter: 'Status',
  statusTabs: {
    PROPOSED: 'Waiting',
    APPROVED: 'Approved',
    REJECTED: 'Rejected',
    WITHDRAWN: 'Withdrawn',
  },
  analyst: 'Analyst (name or username)',
  any: 'Any',
  age: 'Age',
  olderThan: (h: number) =>
    h === 0
      ? 'Any'
      : h < 24
        ? `Older than ${h} h`
        : `Older than ${h / 24} ${h === 24 ? 'day' : 'days'}`,
  emptyQueue: 'No hypotheses match these filters.',
  emptyTab: (tab: HypothesisStatus | 'ALL') =>
    tab === 'ALL'
      ? 'No hypotheses you may see.'
      : tab === 'PROPOSED'
        ? 'No hypotheses waiting that you may see.'
        : `No ${en.statusTabs[tab].toLowerCase()} hypotheses you may see.`,
  allStatuses: 'All',
  noneOfMine:
    'You have not proposed any links yet. Select two entities on the canvas and choose “Propose a link…”.',
  newDecisions: (n: number) =>
    n === 1 ? '1 new decision on your hypotheses' : `${n} new decisions on your hypotheses`,
  more: 'Load more',
  pickOne: 'Pick a hypothesis from the list to see it.',
  loadingOne: 'Loading the hypothesis…',
  showInContext: 'See in context on the canvas',
  liveAnnounce: (action: string, proposer: string, named: string) =>
    action === 'PROPOSED'
      ? `New proposal from ${proposer}.`
      : `A hypothesis by ${proposer} changed: ${named.toLowerCase()}.`,
  liveAnnounceMine: (named: string) => `One of your hypotheses changed: ${named.toLowerCase()}.`,
  liveAnnounceOwnDecision: (named: string) => `Your decision is recorded: ${named.toLowerCase()}.`,
  liveOn: '● Live',
  liveOff: '○ Live updates disconnected',
  waiting: (n: string) => `${n} waiting`,
  auditTitle: 'Audit trail',
  user: 'User',
  userHint: 'username or name',
  usersMatched: (users: string[]) =>
    `${users.length === 1 ? 'Username searched' : 'Usernames searched'}: ${users.join(', ')}`,
  entity: 'Entity (id)',
  entityOrName: 'Entity (id, or type a name)',
  pickEntity: 'Pick the entity among the suggestions: the filter uses its id.',
  noEntityNamed:
    'No entity you may see has that name: type another, or its id (AGENCY:kind:record).',
  fromAfterTo: 'The “From” date is after “To”: there can be no records between them.',
  search: 'Search',
  verifyChain: 'Verify chain',
  chainOk: (n: number) => `Chain intact: ${n} records verified; none edited, deleted or reordered.`,
  chainBroken: (n: number, seq: number | null, problem: string) =>
    `Chain broken! First damaged record: #${seq ?? '?'} (${problem}). Records: ${n}.`,
  auditEvents: {
    login: 'Login',
    'login-failed': 'Failed login',
    logout: 'Logout',
    'password-change': 'Own password change',
    'rate-limited': 'Requests over the per-minute limit',
  } as Record<string, string>,
  auditKinds: { query: 'Query', mutation: 'Change', subscription: 'Subscription' } as Record<
    string,
    string
  >,
  auditOps: {
    search: 'search',
    node: 'entity card',
    neighbors: 'neighbours',
    expand: 'expand',
    expandPreview: 'expand preview',
    linkBundles: 'link counts',
    samePersonCandidates: 'possible same person',
    sourceRecords: 'cited records',
    shortestPaths: 'shortest paths',
    connectingNetwork: 'connecting network',
    commonAssociates: 'common associates',
    timeline: 'timeline',
    callContacts: 'phone contacts',
    investigations: 'investigations',
    openInvestigation: 'open investigation',
    createInvestigation: 'create investigation',
    saveInvestigation: 'save investigation',
    deleteInvestigation: 'delete investigation',
    shareInvestigation: 'share investigation',
    unshareInvestigation: 'unshare investigation',
    colleagues: 'colleagues',
    hypotheses: 'hypotheses',
    hypothesis: 'hypothesis',
    hypothesisQueue: 'hypothesis queue',
    hypothesisChanged: 'hypothesis notices',
    investigationChanged: 'investigation notices',
    proposeHypothesis: 'propose hypothesis',
    amendHypothesis: 'amend hypothesis',
    withdrawHypothesis: 'withdraw hypothesis',
    decideHypothesis: 'decide hypothesis',
    reopenHypothesis: 'reopen hypothesis',
    auditRecords: 'audit trail',
    auditVerify: 'verify audit trail',
    recordExport: 'export',
    recordAuditExport: 'audit trail export',
    confirmedLink: 'confirmed link',
    me: 'session',
    'restricted-link-notice': 'restricted-link notice',
    users: 'accounts',
    createUser: 'create account',
    updateUser: 'update account',
  } as Record<string, string>,
  auditOutcomes: {
    OK: 'OK',
    BAD_CREDENTIALS: 'Wrong credentials',
    ACCOUNT_LOCKED: 'Locked after failed logins',
    ACCOUNT_DISABLED: 'Account disabled',
    SAME_PASSWORD: 'Same password',
    INVALID_ACCOUNT: 'Invalid account details',
    RATE_LIMITED: 'Held back by the request limit',
    RESTRICTED_LINK: 'OK; told of a restricted link',
    TOO_DEEP: 'Page too deep',
    DUPLICATE_HYPOTHESIS: 'Duplicate hypothesis',
    HYPOTHESIS_CHANGED: 'Hypothesis changed before the decision',
    WRONG_KINDS: 'Link type that does not join those entities',
    FORBIDDEN: 'Forbidden',
    UNAUTHENTICATED: 'Not logged in',
    NOT_FOUND: 'Not found',
    BAD_INPUT: 'Invalid input',
    BAD_REQUEST: 'Invalid request',
    BAD_LIMIT: 'Invalid limit',
    BAD_QUERY: 'Invalid query',
    INVALID_STATE: 'Invalid state',
    CONFLICT: 'Conflict',
    INTERNAL: 'Internal error',
    ERROR: 'Error',
    SELF_DECISION: 'Own decision refused (four eyes)',
    REASON_REQUIRED: 'Reason missing',
    QUERY_TIMEOUT: 'Query stopped by its time limit',
    DATABASE_UNAVAILABLE: 'Database unavailable',
    EVIDENCE_NOT_FOUND: 'Evidence missing or not visible',
    MALFORMED_RECORD: 'Source record miswritten',
    TOO_MUCH_EVIDENCE: 'Too much evidence',
    TOO_MANY_HOPS: 'Too many hops',
    BAD_CURSOR: 'Invalid page',
    GRAPHQL_VALIDATION_FAILED: 'Query refused for its shape or cost',
    HTTP: 'Unexpected answer',
    NETWORK: 'No connection',
    BAD_USERNAME: 'Invalid username',
    BAD_DISPLAY_NAME: 'Invalid display name',
    WEAK_PASSWORD: 'Weak password',
  } as Record<string, string>,
  noRecords: 'No records match these filters.',
  entityFilterHint:
    'Only entities you may see can be looked up: one beyond your clearance or compartments gives no records.',
  when: 'Date and time',
  action: 'Action',
  entities: 'Entities',
  purpose: 'Purpose',
  automatic: 'automatic',
  automaticHint: 'The page asked on its own (a live refresh, a badge’s count), not the user.',
  askedOnly: 'Only what the user asked',
  origin: 'From (IP)',
  outcome: 'Outcome',
  details: 'Details',
  show: 'Show',
  showRecord: (seq: number) => `Show the details of record ${seq}`,
  withheldEntities: (n: number) => (n === 1 ? 'withheld entity' : `${n} withheld entities`),
  moreEntities: (n: number) => `and ${n.toLocaleString('en')} more`,
  withheldDetails: 'withheld',
  idKinds: { hypothesis: 'hypothesis', investigation: 'investigation' },
  exportAudit: 'Export CSV',
  exporting: 'Exporting…',
  exportAuditHint: (max: number) =>
    `Every record this search finds, up to ${max.toLocaleString('en-US')} (the newest)`,
  exportedRecords: (n: number, capped: boolean) =>
    `${n === 1 ? '1 record exported' : `${n.toLocaleString('en-US')} records exported`}` +
    (capped ? ': the newest; the search finds more (narrow the dates).' : '.'),
  recordsTaken: (n: number) => (n === 1 ? '1 record' : `${n.toLocaleString('en-US')} records`),
  auditFile: 'audit.csv',
  auditColumns: [
    'No.',
    'Date and time (Mexico City time)',
    'User',
    'Action',
    'Action code',
    'Automatic',
    'Entities',
    'Purpose',
    'Origin (IP)',
    'Outcome',
    'Details',
    'Classification',
    'Compartments',
  ],
  gistReason: 'Reason',
  quoted: (text: string) => `“${text}”`,
  withheldHint:
    'Beyond your clearance or compartments: you see who, when, which action and its outcome, not on which entity nor what was asked.',
  older: 'Older records',
  usersTitle: 'Accounts',
  newUser: 'New account',
  editUser: (u: string) => `Edit ${u}`,
  edit: 'Edit',
  usernameRule: '3 to 32 characters: lower-case letters, digits, . _ -; starts with a letter.',
  displayName: 'Display name',
  displayNameRule: 'The name colleagues see. If left empty, the username is shown.',
  roles: 'Roles',
  needsRole: 'Choose at least one role to save the account.',
  unsharedNamed: (name: string) => `${name} (not shared with you)`,
  unsharedShort: 'investigation not shared with you',
  roleNames: {
    ANALYST: 'Analyst',
    INVESTIGATOR: 'Investigator',
    SUPERVISOR: 'Supervisor',
    ADMIN: 'Administrator',
  },
  clearance: 'Clearance',
  levels: ['Public', 'Restricted', 'Confidential', 'Secret'],
  compartments: 'Compartments',
  compartmentNames: {
    FIN: 'Financial intelligence',
    GV: 'Gender-violence victims',
    MIN: 'Minors',
    INF: 'Informants',
  },
  active: 'Active',
  yes: 'Yes',
  no: 'No',
  resetPassword: 'New password (optional)',
  resetHint: 'Leave it empty to keep the current one. At least 10 characters.',
  passwordRule: 'At least 10 characters.',
  passwordTemporary: 'It is temporary: the person chooses their own at their next login.',
  contextOverUnsaved:
    'The open investigation has unsaved changes. The context opens on a new canvas and those changes will be lost. Go on?',
  contextOnNewCanvas: (name: string) =>
    `The context opened on a new, unsaved canvas. “${name}” stays as it was saved: open it from Investigations.`,
  temporaryPassword: 'Temporary password',
  saveChanges: 'Save changes',
  create: 'Create account',
  userSaved: (u: string) => `Account ${u} saved; the changes apply at once.`,
  adminHint: 'Pick an account to edit it, or create a new one.',
  ownAccess:
    'This is your own account: another administrator changes its roles, level, compartments and status. Your password, with the key in the header.',
  navLabel: 'Screens',
  viewNames: {
    canvas: 'Canvas',
    mine: 'My hypotheses',
    queue: 'Hypotheses',
    audit: 'Audit',
    admin: 'Accounts',
  },
  viewTitles: {
    mine: 'My hypotheses: proposals and decisions',
    queue: 'Hypotheses: queue and decisions',
    audit: 'Audit trail',
    admin: 'User accounts',
  },
  backToCanvas: 'Back to the canvas',
  exportNotRecorded: (m: string) =>
    `Nothing was exported: the export could not be recorded in the audit trail (${m}).`,
};

export const esOversight = es;
export const enOversight = en;

/**
 * An error as the reader should see it: a known API code by name in the reader's language
 * (`errors`); names that end without a full stop are general (a value not valid), so the
 * server's own words follow them, a detail for whoever supports the user (a request that never
 * reached the server is NETWORK, api.ts); an unknown code shows the server's words.
 */
export function errorMessage(errors: Record<string, string>, lead: string, err: unknown): string {
  const { code, message } = err as { code?: unknown; message?: unknown };
  const said = typeof message === 'string' ? message : String(err);
  const key = typeof code === 'string' ? code : '';
  const named = errors[key];
  if (!named) return `${lead}: ${said}`;
  return /[.!?]$/.test(named) ? named : `${named} (${said}).`;
}
