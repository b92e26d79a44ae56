#pragma once

#include "result.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace galley {

struct DecodedText
{
    QString text; // LF line endings, no BOM
    QStringList warnings; // e.g. "not valid UTF-8, read as Windows-1252"
};

// Turns the bytes of a file into text the way an issue archive needs it: UTF-8 with or without BOM
// (UTF-16 with a BOM too), CRLF and lone CR normalised to LF, and files that are not valid UTF-8
// read as Windows-1252 (what old archives and mail exports most often are) with a warning. NUL
// bytes mean a binary file and are an error, because decoding them would silently produce garbage.
Result<DecodedText> decodeText(const QByteArray &bytes, const QString &fileName);

// True when decodeText would give back exactly these bytes as UTF-8 text, with no warning: valid
// UTF-8 without a BOM, NUL, CR or other control characters (tab and form feed aside). Such bytes
// can go to the Markdown parser as they are, without the round trip through QString.
bool decodesToItself(QByteArrayView bytes);

// CRLF and a lone CR become LF (cmark-gfm ends a line at each of them; Galley counts LFs).
QString normaliseLineEndings(QString text);

// Removes U+FEFF from the start of a text: a second byte order mark (a file saved with a BOM by one
// editor and then by another) is as meaningless as the first, and one left in the text would be
// taken for the file's BOM when the Markdown export is read back.
void removeLeadingByteOrderMarks(QString *text);

// Replaces every control character other than tab, line feed, CR and form feed by U+FFFD, the
// replacement character; returns how many there were. Files are read this way (with a warning),
// and the Markdown export writes no control character, so that every export reads back.
qsizetype replaceControlCharacters(QString *text);

// Windows-1252 to Unicode (the 0x80-0x9F block differs from Latin-1).
QString decodeWindows1252(QByteArrayView bytes);

} // namespace galley
