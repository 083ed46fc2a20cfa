// UI text in Spanish (es-MX, the default) and English. `t('key')` reads the current language.
const es = {
  title: 'Trama',
  tagline: 'Explorador de redes criminales',
  searchPlaceholder: 'Buscar persona, organización, empresa…',
  searchLabel: 'Buscar',
  noResults: 'Sin resultados',
  searching: 'Buscando…',
  emptyCanvas:
    'Busque una persona y selecciónela para dibujarla. Doble clic en un nodo para expandir sus vínculos.',
  details: 'Detalle',
  fields: 'Datos',
  provenance: 'Procedencia',
  source: 'Fuente',
  sourceId: 'Registro',
  ingestedAt: 'Ingresado',
  grade: 'Calificación',
  sources: 'Registros de origen',
  relationships: 'Vínculos',
  expand: 'Expandir vínculos',
  shownOf: (shown: number, total: number) => `${shown} de ${total} vínculos mostrados`,
  clear: 'Limpiar lienzo',
  nothingSelected: 'Seleccione un nodo para ver su detalle.',
  language: 'English',
  error: 'Error',
  username: 'Usuario',
  password: 'Contraseña',
  login: 'Entrar',
  logout: 'Salir',
  loginTitle: 'Acceso a Trama',
  badCredentials: 'Usuario o contraseña incorrectos.',
  tooMany: 'Demasiados intentos. Espere un minuto.',
  type: {} as Record<string, string>,
};
es.type = {
  Person: 'Persona',
  Organization: 'Organización',
  Company: 'Empresa',
  Case: 'Carpeta',
  Incident: 'Incidente C5',
  Arrest: 'Detención',
  Custody: 'Reclusión',
  Address: 'Domicilio',
  Phone: 'Teléfono',
  Vehicle: 'Vehículo',
  BankAccount: 'Cuenta bancaria',
  Transfer: 'Transferencia',
  FinancialReport: 'Reporte UIF',
  Alcaldia: 'Alcaldía',
  Colonia: 'Colonia',
  Cuadrante: 'Cuadrante',
};

const en: typeof es = {
  title: 'Trama',
  tagline: 'Criminal network explorer',
  searchPlaceholder: 'Search a person, organisation, company…',
  searchLabel: 'Search',
  noResults: 'No results',
  searching: 'Searching…',
  emptyCanvas: 'Search a person and pick it to draw it. Double-click a node to expand its links.',
  details: 'Details',
  fields: 'Fields',
  provenance: 'Provenance',
  source: 'Source',
  sourceId: 'Record',
  ingestedAt: 'Ingested',
  grade: 'Grade',
  sources: 'Source records',
  relationships: 'Links',
  expand: 'Expand links',
  shownOf: (shown: number, total: number) => `${shown} of ${total} links shown`,
  clear: 'Clear canvas',
  nothingSelected: 'Select a node to see its details.',
  language: 'Español',
  error: 'Error',
  username: 'Username',
  password: 'Password',
  login: 'Log in',
  logout: 'Log out',
  loginTitle: 'Sign in to Trama',
  badCredentials: 'Wrong username or password.',
  tooMany: 'Too many attempts. Wait a minute.',
  type: {
    Person: 'Person',
    Organization: 'Organisation',
    Company: 'Company',
    Case: 'Case file',
    Incident: 'C5 incident',
    Arrest: 'Arrest',
    Custody: 'Custody',
    Address: 'Address',
    Phone: 'Phone',
    Vehicle: 'Vehicle',
    BankAccount: 'Bank account',
    Transfer: 'Transfer',
    FinancialReport: 'UIF report',
    Alcaldia: 'Borough',
    Colonia: 'Neighbourhood',
    Cuadrante: 'Police quadrant',
  },
};

export type Lang = 'es' | 'en';
const dictionaries = { es, en };

class I18n {
  lang = $state<Lang>((localStorage.getItem('trama.lang') as Lang | null) ?? 'es');
  get t(): typeof es {
    return dictionaries[this.lang];
  }
  toggle(): void {
    this.lang = this.lang === 'es' ? 'en' : 'es';
    localStorage.setItem('trama.lang', this.lang);
    document.documentElement.lang = this.lang === 'es' ? 'es-MX' : 'en';
  }
  typeName(type: string): string {
    return this.t.type[type] ?? type;
  }
}

export const i18n = new I18n();
