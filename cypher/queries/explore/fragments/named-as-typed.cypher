// A fragment, not a query: whether `node` may be shown to the viewer (need-to-know, ADR 0006)
// and has a name (caption or alias) of as many words as were typed ($typedWords; a hyphen parts
// words; one more when the first is a lead word, $leads: "El Güero" for "güero"), or, when
// $people, is a person (named in any number of words: "ricardo" typed, every Ricardo). The
// search checks the words themselves (service.ts). Needs $clearance, $compartments.
// No comment at the end of a line here: it would swallow what follows the include.
coalesce(node.classification, 0) <= $clearance
  AND all(c IN coalesce(node.compartments, []) WHERE c IN $compartments)
  AND ($people AND node:Person
       OR any(name IN [coalesce(node.caption, '')] + coalesce(node.aliases, [])
              WHERE any(ws IN [[w IN split(replace(name, '-', ' '), ' ') WHERE w <> '']]
                        WHERE size(ws) = $typedWords
                           OR size(ws) = $typedWords + 1 AND toLower(ws[0]) IN $leads)))
