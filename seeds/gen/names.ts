// Name catalogues for Mexico City. Lists are ordered roughly by frequency; pickers use a Zipf
// weight so "Hernández" and "María Guadalupe" are common and rare names stay rare.

import type { Rng } from '../lib/prng.js';
import { list } from '../lib/text.js';

export const MALE_GIVEN = list(`
  José Luis, Juan Carlos, Miguel Ángel, Juan, José, Luis, Jorge, Alejandro, Carlos, Francisco,
  Jesús, Antonio, Eduardo, Fernando, Ricardo, Roberto, Manuel, Daniel, Javier, Arturo, Sergio,
  Raúl, Óscar, Mario, Martín, Pedro, Héctor, Rafael, Enrique, Gerardo, David, Víctor Manuel,
  Alberto, Jorge Alberto, Luis Ángel, José Antonio, Juan Manuel, Francisco Javier, Ángel,
  Gabriel, Adrián, Salvador, Guillermo, Ignacio, Rodolfo, Alfredo, Armando, Hugo, Ernesto,
  Gustavo, Rubén, Iván, Diego, Emiliano, Santiago, Mateo, Leonardo, Sebastián, Kevin, Brandon,
  Bryan, Uriel, Israel, Abraham, Alan, Érick, Omar, Cristian, Jonathan, Édgar, Marco Antonio,
  Julio César, José de Jesús, Jesús Alberto, Juan Pablo, Luis Fernando, Ramón, Felipe, Refugio,
  Guadalupe, Ismael, Moisés, Tomás, Agustín, Saúl, Efraín, Joaquín, Cuauhtémoc, Noé, Benjamín,
  Maximiliano, Ulises, Germán, Andrés
`);

export const FEMALE_GIVEN = list(`
  María Guadalupe, Guadalupe, María, Juana, María de los Ángeles, Verónica, Patricia, Margarita,
  Leticia, Rosa María, María del Carmen, Elizabeth, Alejandra, Gabriela, Adriana, Claudia,
  Araceli, Silvia, Laura, Martha, Mónica, Ana María, Teresa, Yolanda, Norma, Alicia, Sandra,
  Lucía, Fernanda, Daniela, Mariana, Karla, Andrea, Jessica, Diana, Brenda, Itzel, Ximena,
  Valeria, Camila, Regina, Sofía, Renata, Montserrat, Paola, Karen, Nancy, Erika, Beatriz,
  Josefina, Rocío, Ana Laura, María Fernanda, María José, María de Jesús, María Elena,
  María Isabel, Concepción, Dolores, Rosario, Socorro, Esperanza, Carmen, Irma, Susana, Lorena,
  Liliana, Cecilia, Elena, Isabel, Berenice, Estefanía, Nayeli, Xóchitl, Citlali, Jazmín,
  Abigail, Yesenia, Miriam, Ofelia, Angélica, Maribel, Luz María, Ma. Guadalupe, Blanca Estela,
  Reyna
`);

export const SURNAMES = list(`
  Hernández, García, Martínez, López, González, Pérez, Rodríguez, Sánchez, Ramírez, Cruz, Flores,
  Gómez, Morales, Vázquez, Reyes, Jiménez, Torres, Díaz, Gutiérrez, Ruiz, Mendoza, Aguilar,
  Ortiz, Moreno, Castillo, Romero, Álvarez, Méndez, Chávez, Rivera, Juárez, Ramos, Domínguez,
  Herrera, Medina, Castro, Vargas, Guzmán, Velázquez, Muñoz, Rojas, de la Cruz, Contreras,
  Salazar, Luna, Ortega, Santiago, Guerrero, Estrada, Bautista, Cortés, Soto, Alvarado, Espinoza,
  Lara, Ávila, Ríos, Cervantes, Silva, Delgado, Vega, Márquez, Sandoval, Fernández, León,
  Carrillo, Mejía, Solís, Núñez, Rosas, Valdez, Ibarra, Campos, Santos, Camacho, Navarro, Peña,
  Maldonado, Rosales, Acosta, Miranda, Trejo, Valencia, Nava, Pacheco, Huerta, Padilla, Molina,
  Escobar, Fuentes, Zúñiga, Galván, Téllez, Salinas, Ponce, Arellano, Ayala, Cabrera, Cárdenas,
  Villanueva, Tapia, Osorio, Olvera, Becerra, Zamora, Pineda, Quiroz, Galindo, Benítez, Barrera,
  Córdova, Montiel, Escamilla, Mora, Rangel, Serrano, Vera, Granados, Islas, Tovar, Arriaga,
  Argüelles, Ochoa, Carmona, Corona, Barrios, Bernal, Franco, Meléndez, Zavala, del Valle,
  de la Rosa, de los Santos, Montes de Oca, Ponce de León, del Ángel, de la Torre, Zárate,
  Cuéllar, Nájera, Xolalpa, Tecpanecatl, Cuautle, Ixtláhuac
`);

/** Nicknames that replace a given name in some records ("Chucho" for Jesús). */
export const NICKNAMES: Record<string, readonly string[]> = {
  José: ['Pepe', 'Chepe'],
  Jesús: ['Chucho', 'Chuy'],
  Francisco: ['Paco', 'Pancho'],
  Guadalupe: ['Lupe', 'Lupita'],
  'María Guadalupe': ['Lupita'],
  Ignacio: ['Nacho'],
  Enrique: ['Quique'],
  Alberto: ['Beto'],
  Roberto: ['Beto'],
  Eduardo: ['Lalo'],
  Alejandro: ['Alex'],
  Refugio: ['Cuco'],
  Concepción: ['Conchita', 'Concha'],
  Dolores: ['Lola'],
  Rosario: ['Chayo'],
  Salvador: ['Chava'],
  Guillermo: ['Memo'],
  Manuel: ['Manolo'],
  Rodolfo: ['Fito'],
  Margarita: ['Magos'],
  Socorro: ['Coco'],
  Luis: ['Güicho'],
  Arturo: ['Tury'],
  Ramón: ['Moncho'],
  Gerardo: ['Jerry'],
  Isabel: ['Chabela'],
  Graciela: ['Chela'],
  Antonio: ['Toño'],
  Daniel: ['Dani'],
};

/** Street aliases ("El Güero"); feminine forms are derived when needed. */
export const ALIASES = list(`
  El Güero, El Chino, El Flaco, El Gordo, El Negro, El Pelón, El Chaparro, El Tuerto, El Cholo,
  El Ratón, El Perro, El Gato, El Tigre, El Diablo, El Pollo, El Güerito, El Moco, El Mudo,
  El Zurdo, El Cejas, El Oaxaco, El Jarocho, El Toluco, El Pitufo, El Mono, El Pariente,
  El Compa, El Chavo, El Brujo, El Cabezón, El Cuervo, El Jefe, El Lobo, El Chivo, El Tlacuache,
  El Tejón, El Cochi, El Tripas, El Calaca, El Gallo, El Pelos, El Botas, El Morro, El Chucky,
  El Sapo, El Pato, El Güey, El Carnal, El Viejo, El Chilango, El Tapatío, El Huache, El Payaso,
  El Borrado, El Pecas, El Topo
`);
const FEMININE: Record<string, string> = {
  'El Güero': 'La Güera',
  'El Chino': 'La China',
  'El Flaco': 'La Flaca',
  'El Gordo': 'La Gorda',
  'El Negro': 'La Negra',
  'El Chaparro': 'La Chaparra',
  'El Güerito': 'La Güerita',
  'El Mono': 'La Mona',
  'El Jefe': 'La Jefa',
  'El Pecas': 'La Pecas',
  'El Cejas': 'La Cejas',
};

export function femaleAlias(rng: Rng): string {
  return rng.pick(
    Object.values(FEMININE).concat(['La Chata', 'La Reina', 'La Muñeca', 'La Patrona']),
  );
}

/** Zipf pick: the i-th item has weight 1/(i+k). */
export function zipf<T>(rng: Rng, items: readonly T[], k = 3): T {
  // Inverse-CDF of a continuous 1/(x+k) density over [0, n): cheap and good enough.
  const n = items.length;
  const u = rng.next();
  const x = (n + k) ** u * k ** (1 - u) - k;
  return items[Math.min(n - 1, Math.floor(x))] as T;
}

export const BIRTH_STATES: readonly (readonly [string, number])[] = [
  ['DF', 70],
  ['MC', 10],
  ['PL', 3],
  ['VZ', 3],
  ['OC', 3],
  ['GR', 2],
  ['HG', 2],
  ['MN', 2],
  ['JC', 1],
  ['GT', 1],
  ['TL', 1],
  ['CS', 1],
  ['QT', 0.5],
  ['YN', 0.3],
  ['NL', 0.3],
  ['NE', 0.4],
];
