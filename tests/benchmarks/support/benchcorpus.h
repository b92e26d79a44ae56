#pragma once

// Deterministic Markdown for the benchmarks: the same bytes on every machine and every run, so
// figures can be compared. Generated rather than read from a file outside the repository.

#include <QString>

namespace galley::bench {

// A newsletter issue of about `bytes` bytes in the archive format: front matter, an intro, a
// sponsor block, sections whose items are a paragraph of commentary followed by links, and the
// closing sponsor. `number` varies the issue number, date, words and URLs.
QString newsletterIssue(int number, qsizetype bytes);

// A large general Markdown document of about `bytes` bytes (cut at a paragraph boundary): the
// constructs a long issue or a pasted article brings: headings, paragraphs with emphasis, code
// spans and links, bullet and ordered lists, task lists, block quotes, fenced code, tables,
// footnotes, autolinks, images and a few allowed inline tags.
QString largeDocument(qsizetype bytes);

} // namespace galley::bench
