#include "textdecoding.h"

#include <QCoreApplication>
#include <QStringDecoder>

#include <algorithm>
#include <cstring>

using namespace Qt::StringLiterals;

namespace galley {

namespace {

struct TextDecodingTr
{
    Q_DECLARE_TR_FUNCTIONS(galley::TextDecoding)
};

// The offset of the first byte that is not part of well-formed UTF-8 (RFC 3629: no overlong
// forms, no surrogates, nothing above U+10FFFF, no sequence cut short), or -1 when all is valid.
qsizetype firstInvalidUtf8(QByteArrayView bytes)
{
    const auto *p = reinterpret_cast<const unsigned char *>(bytes.data());
    const qsizetype n = bytes.size();
    qsizetype i = 0;
    while (i < n) {
        // ASCII, nearly all of a Markdown file, eight bytes at a time.
        while (i + 8 <= n) {
            quint64 word;
            std::memcpy(&word, p + i, 8);
            if (word & 0x8080808080808080ULL)
                break;
            i += 8;
        }
        if (i >= n)
            break;
        const unsigned char b = p[i];
        if (b < 0x80) {
            ++i;
            continue;
        }
        int length = 0;
        unsigned char lo = 0x80, hi = 0xBF; // the allowed range of the second byte
        if (b >= 0xC2 && b <= 0xDF) {
            length = 2;
        } else if (b >= 0xE0 && b <= 0xEF) {
            length = 3;
            if (b == 0xE0)
                lo = 0xA0; // overlong
            else if (b == 0xED)
                hi = 0x9F; // UTF-16 surrogates
        } else if (b >= 0xF0 && b <= 0xF4) {
            length = 4;
            if (b == 0xF0)
                lo = 0x90; // overlong
            else if (b == 0xF4)
                hi = 0x8F; // above U+10FFFF
        } else {
            return i;
        }
        if (i + length > n)
            return i;
        if (p[i + 1] < lo || p[i + 1] > hi)
            return i;
        for (int k = 2; k < length; ++k) {
            if (p[i + k] < 0x80 || p[i + k] > 0xBF)
                return i;
        }
        i += length;
    }
    return -1;
}

// The 1-based line of a byte offset, counting LF, CRLF and a lone CR as line ends, as an editor
// shows the file.
int lineOfOffset(QByteArrayView bytes, qsizetype offset)
{
    int line = 1;
    for (qsizetype i = 0; i < offset && i < bytes.size(); ++i) {
        if (bytes[i] == '\n'
            || (bytes[i] == '\r' && (i + 1 >= bytes.size() || bytes[i + 1] != '\n')))
            ++line;
    }
    return line;
}

// Control characters other than tab, newline, CR and form feed: more than one in a hundred
// characters means a binary file, not text with a stray escape sequence.
bool isControl(char16_t u)
{
    return u < 0x20 && u != u'\n' && u != u'\r' && u != u'\t' && u != u'\f';
}

// Whether any byte is a control character (isControl): eight bytes at a time, because a word
// with a byte below 0x20 is rare apart from line ends.
bool hasControlByte(QByteArrayView bytes)
{
    const char *p = bytes.data();
    const char *end = p + bytes.size();
    constexpr quint64 ones = 0x0101010101010101ULL;
    for (; end - p >= 8; p += 8) {
        quint64 word;
        std::memcpy(&word, p, 8);
        // Sets the high bit of every byte below 0x20 (and possibly of bytes >= 0x80, which the
        // byte check below sorts out).
        if (((word - 0x20 * ones) & ~word & 0x80 * ones) == 0)
            continue;
        for (int i = 0; i < 8; ++i) {
            if (isControl(char16_t(static_cast<unsigned char>(p[i]))))
                return true;
        }
    }
    for (; p < end; ++p) {
        if (isControl(char16_t(static_cast<unsigned char>(*p))))
            return true;
    }
    return false;
}

// The first control character (isControl) of a text, or -1.
qsizetype firstControl(const QString &text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (isControl(text.at(i).unicode()))
            return i;
    }
    return -1;
}

bool looksBinary(const QString &text)
{
    qsizetype controls = 0;
    for (QChar ch : text) {
        if (isControl(ch.unicode()))
            ++controls;
    }
    return controls > 0 && controls * 100 > text.size();
}

// Replaces the stray control characters of a text that is not binary (an escape sequence pasted
// from a terminal) by U+FFFD and says where the first one was. Kept, they would be invisible in the
// editor, reach a terminal through `galley list`, and could tip the Markdown export of the document
// over the "not a text file" threshold when reading it back.
QString controlsReplaced(QString *text, const QString &fileName)
{
    const qsizetype first = firstControl(*text);
    const int line = int(QStringView(*text).first(first).count(u'\n')) + 1;
    const qsizetype count = replaceControlCharacters(text);
    return Error {
        fileName, line,
        TextDecodingTr::tr("The file holds %n control character(s) (such as a terminal's escape "
                           "codes); they were replaced by \u2018\uFFFD\u2019. Check this line.",
                           nullptr, int(count))}
        .toString();
}

} // namespace

void removeLeadingByteOrderMarks(QString *text)
{
    qsizetype n = 0;
    while (n < text->size() && text->at(n) == QChar(0xFEFF))
        ++n;
    text->remove(0, n);
}

qsizetype replaceControlCharacters(QString *text)
{
    qsizetype count = 0;
    for (QChar &ch : *text) {
        if (isControl(ch.unicode())) {
            ch = QChar(0xFFFD);
            ++count;
        }
    }
    return count;
}

bool decodesToItself(QByteArrayView bytes)
{
    if (bytes.isEmpty())
        return true; // and no null data() reaches the scans below
    // Everything decodeText changes or warns about: a BOM (a UTF-16 one is not valid UTF-8), NUL
    // and the other control characters (hasControlByte), CR line ends, invalid UTF-8.
    return !bytes.startsWith("\xEF\xBB\xBF") && !hasControlByte(bytes) && !bytes.contains('\r')
        && firstInvalidUtf8(bytes) < 0;
}

QString decodeWindows1252(QByteArrayView bytes)
{
    // 0x80-0x9F: the printable characters Windows puts where Latin-1 has C1 controls. The five
    // unassigned positions map to the C1 code point, as browsers do.
    static constexpr char16_t high[32]
        = {0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
           0x2039, 0x0152, 0x008D, 0x017D, 0x008F, 0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
           0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178};
    QString out;
    out.resize(bytes.size());
    QChar *dst = out.data();
    for (char c : bytes) {
        const auto b = static_cast<unsigned char>(c);
        *dst++ = (b >= 0x80 && b <= 0x9F) ? QChar(high[b - 0x80]) : QChar(char16_t(b));
    }
    return out;
}

Result<DecodedText> decodeText(const QByteArray &bytes, const QString &fileName)
{
    DecodedText result;
    const QString notText
        = TextDecodingTr::tr("This is not a text file (it is mostly control characters). "
                             "Choose the Markdown file of the issue instead.");

    // UTF-16 files (Windows Notepad's "Unicode") announce themselves with a BOM.
    if (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF")) {
        const QByteArrayView payload = QByteArrayView(bytes).sliced(2);
        auto decoder = QStringDecoder(bytes.startsWith("\xFF\xFE") ? QStringDecoder::Utf16LE
                                                                   : QStringDecoder::Utf16BE,
                                      QStringDecoder::Flag::Stateless);
        // decode() is lazy: the conversion (and hasError()) happens when it becomes a QString.
        const QString text = decoder.decode(payload);
        if (payload.size() % 2 != 0 || decoder.hasError() || text.contains(QChar(0)))
            return Error {fileName, 0,
                          TextDecodingTr::tr("The file looks like UTF-16 text but is damaged.")};
        if (looksBinary(text))
            return Error {fileName, 0, notText};
        result.text = normaliseLineEndings(text);
        removeLeadingByteOrderMarks(&result.text);
        if (firstControl(result.text) >= 0)
            result.warnings << controlsReplaced(&result.text, fileName);
        return result;
    }

    const qsizetype nul = bytes.indexOf('\0');
    if (nul >= 0) {
        return Error {
            fileName, lineOfOffset(bytes, nul),
            TextDecodingTr::tr("This is not a text file: it contains a NUL byte (at byte %1). "
                               "Choose the Markdown file of the issue instead.")
                .arg(nul)};
    }

    QByteArrayView view(bytes);
    qsizetype bomLength = 0;
    if (view.startsWith("\xEF\xBB\xBF")) {
        bomLength = 3;
        view = view.sliced(3);
    }

    QString text;
    const qsizetype bad = firstInvalidUtf8(view);
    if (bad < 0) {
        text = QString::fromUtf8(view);
    } else {
        text = decodeWindows1252(view);
        result.warnings << Error {fileName, lineOfOffset(bytes, bad + bomLength),
                                  TextDecodingTr::tr(
                                      "The file is not valid UTF-8; it was read as Windows-1252 "
                                      "(Western European). Check accented characters.")}
                               .toString();
    }

    // A control character is one byte both in UTF-8 and in Windows-1252, and maps to itself: a
    // file without any (nearly every file) needs no second pass over the decoded text. The same
    // holds for CR.
    const bool anyControl = hasControlByte(view);
    if (anyControl && looksBinary(text))
        return Error {fileName, 0, notText};

    result.text = view.contains('\r') ? normaliseLineEndings(std::move(text)) : std::move(text);
    if (bomLength > 0)
        removeLeadingByteOrderMarks(&result.text);
    if (anyControl)
        result.warnings << controlsReplaced(&result.text, fileName);
    return result;
}

QString normaliseLineEndings(QString text)
{
    if (text.contains(u'\r')) {
        text.replace(u"\r\n"_s, u"\n"_s);
        text.replace(u'\r', u'\n');
    }
    return text;
}

} // namespace galley
