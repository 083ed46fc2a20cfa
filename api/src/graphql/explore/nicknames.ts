// Hipocorísticos: the short forms Mexican records write for a given name ("Lalo" for Eduardo,
// "Chucho" for Jesús). A police intelligence file often names a man as his neighbours call him,
// and the prosecutor's file by his birth certificate (QA: an SSC "Lalo Chávez Castro" and an FGJ
// "Eduardo Chávez Castro", one phone, one address, one birth date, never suggested as one).
// Common forms only, each standing for the names it is used for; compared folded (no accents,
// lower case). Used by "Posible misma persona" (same-person.ts) and by the search, which finds
// "Lalo Chávez" for "Eduardo Chávez" below the Eduardos (search-query.ts).
import { fold } from './fold.js';

const FORMS: Record<string, readonly string[]> = {
  Alberto: ['Beto'],
  Alejandro: ['Alex', 'Alejo', 'Jando'],
  Alejandra: ['Ale', 'Alex'],
  Alfonso: ['Poncho'],
  Alfredo: ['Fredo'],
  Alicia: ['Licha'],
  Antonio: ['Toño', 'Tony'],
  Antonia: ['Toña'],
  Arturo: ['Tury', 'Arturito'],
  Concepción: ['Concha', 'Conchita', 'Conchis'],
  Consuelo: ['Chelo'],
  Daniel: ['Dani'],
  Dolores: ['Lola', 'Lolita'],
  Eduardo: ['Lalo'],
  Enrique: ['Quique'],
  Ernesto: ['Neto'],
  Eusebio: ['Chebo'],
  Federico: ['Fede', 'Lico'],
  Fernando: ['Fer', 'Nando'],
  Francisco: ['Paco', 'Pancho', 'Curro', 'Quico'],
  Francisca: ['Paca', 'Pancha'],
  Gerardo: ['Jerry', 'Gera'],
  Gilberto: ['Beto'],
  Gonzalo: ['Chalo'],
  Graciela: ['Chela'],
  Gregorio: ['Goyo'],
  Guadalupe: ['Lupe', 'Lupita'],
  Guillermo: ['Memo'],
  Gustavo: ['Tavo'],
  Humberto: ['Beto'],
  Ignacio: ['Nacho'],
  Isabel: ['Chabela', 'Chabelo'],
  Jesús: ['Chucho', 'Chuy'],
  José: ['Pepe', 'Chepe', 'Cheché'],
  Josefa: ['Pepa', 'Chepa'],
  Juan: ['Juancho'],
  Lorenzo: ['Lencho'],
  Luis: ['Güicho', 'Wicho'],
  Manuel: ['Manolo', 'Meme'],
  Margarita: ['Magos', 'Mague'],
  Mercedes: ['Meche'],
  Norberto: ['Beto'],
  Octavio: ['Tavo'],
  Patricia: ['Paty', 'Pati'],
  Rafael: ['Rafa'],
  Ramón: ['Moncho'],
  Refugio: ['Cuco', 'Cuca'],
  Ricardo: ['Richi', 'Richard'],
  Roberto: ['Beto'],
  Rodolfo: ['Fito', 'Rodo'],
  Rosario: ['Chayo', 'Charo'],
  Salvador: ['Chava', 'Chavo'],
  Santiago: ['Chago'],
  Socorro: ['Coco'],
  Teresa: ['Tere'],
  Verónica: ['Vero'],
  Vicente: ['Chente'],
};

/** Every folded name and form: plain letters (they reach the search's Lucene query). */
export const ALL_FORMS: readonly string[] = Object.entries(FORMS).flatMap(([name, forms]) =>
  [name, ...forms].map((w) => fold(w)),
);

/** Each folded short form, with the folded names it stands for. */
const NAMES_OF: ReadonlyMap<string, ReadonlySet<string>> = (() => {
  const out = new Map<string, Set<string>>();
  for (const [name, forms] of Object.entries(FORMS))
    for (const form of forms) {
      const key = fold(form);
      const names = out.get(key) ?? new Set<string>();
      names.add(fold(name));
      out.set(key, names);
    }
  return out;
})();

/** Each folded name, with its folded short forms. */
const FORMS_OF: ReadonlyMap<string, readonly string[]> = new Map(
  Object.entries(FORMS).map(([name, forms]) => [fold(name), forms.map(fold)]),
);

/**
 * The other ways a folded given name is written: a short form's names, a name's short forms
 * ("lalo" → eduardo; "eduardo" → lalo). A search asks for them too, below the word typed.
 */
export function otherForms(word: string): string[] {
  return [...new Set([...(NAMES_OF.get(word) ?? []), ...(FORMS_OF.get(word) ?? [])])];
}

/**
 * Whether two folded given names can be one person's: a short form and a name it stands for
 * ("lalo" and "eduardo"), or two forms of one name ("pepe" and "chepe").
 */
export function sameGivenName(a: string, b: string): boolean {
  const [na, nb] = [NAMES_OF.get(a), NAMES_OF.get(b)];
  if (na?.has(b) || nb?.has(a)) return true;
  if (!na || !nb) return false;
  for (const n of na) if (nb.has(n)) return true;
  return false;
}
