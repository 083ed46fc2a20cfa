// Source records typed or pasted as a proposal's evidence ("Registros de origen"), read as the
// API takes them: AGENCY:recordId.

const RECORD = /^([A-Za-z0-9]+):(\S+)$/;
const AGENCY = /^[A-Za-z0-9]+$/;

/**
 * The records in `text`, separated by commas, semicolons or lines; records pasted with spaces
 * between them are taken too. Written as the app shows them ("FGJ sabana:OF-1:638": the table,
 * a hypothesis's evidence) or in lower case ("ssc:vinculo:…"), they are read as the API's
 * "FGJ:sabana:OF-1:638" (QA: the app's own form was refused). A piece that is not all records is
 * said whole (QA: "basura sin formato" was said as three).
 */
export function citedRecords(text: string): { cited: string[]; malformed: string[] } {
  const cited: string[] = [];
  const malformed: string[] = [];
  for (const piece of text.split(/[,;\n]+/).map((r) => r.trim())) {
    if (piece === '') continue;
    const words = piece.split(/\s+/);
    const found: string[] = [];
    let whole = true;
    for (let i = 0; i < words.length && whole; i++) {
      const [word, next] = [words[i]!, words[i + 1]];
      // An agency, then its record: "FGJ sabana:OF-1:638".
      const joined = AGENCY.test(word) && next !== undefined && next.includes(':');
      const m = RECORD.exec(joined ? `${word}:${next}` : word);
      if (m) found.push(`${m[1]!.toUpperCase()}:${m[2]!}`);
      else whole = false;
      if (joined) i++;
    }
    if (whole) cited.push(...found);
    else malformed.push(piece);
  }
  return { cited, malformed };
}
