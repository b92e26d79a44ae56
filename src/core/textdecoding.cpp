#include "textdecoding.h"

#include <QCoreApplication>
#include <QStringDecoder>

using namespace Qt::StringLiterals;

namespace galley {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(galley::TextDecoding)
};

QString normaliseLineEndings(QString text)
{
    if (text.contains(u'\r')) {
        text.replace(u"\r\n"_s, u"\n"_s);
        text.replace(u'\r', u'\n');
    }
    return text;
}

} // namespace

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

    // UTF-16 files (Windows Notepad's "Unicode") announce themselves with a BOM.
    if (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF")) {
        auto decoder = QStringDecoder(bytes.startsWith("\xFF\xFE") ? QStringDecoder::Utf16LE
                                                                   : QStringDecoder::Utf16BE,
                                      QStringDecoder::Flag::Stateless);
        QString text = decoder.decode(bytes.mid(2));
        if (decoder.hasError() || text.contains(QChar(0)))
            return Error {fileName, 0, Tr::tr("The file looks like UTF-16 text but is damaged.")};
        result.text = normaliseLineEndings(std::move(text));
        return result;
    }

    const qsizetype nul = bytes.indexOf('\0');
    if (nul >= 0) {
        const int line = int(bytes.left(nul).count('\n')) + 1;
        return Error {fileName, line,
                      Tr::tr("This is not a text file: it contains a NUL byte (at byte %1). "
                             "Choose the Markdown file of the issue instead.")
                          .arg(nul)};
    }

    QByteArrayView view(bytes);
    if (view.startsWith("\xEF\xBB\xBF"))
        view = view.sliced(3);

    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = utf8.decode(view);
    if (utf8.hasError()) {
        // Find the first bad line so the warning points somewhere useful.
        int badLine = 1;
        qsizetype lineStart = 0;
        for (qsizetype i = 0; i <= view.size(); ++i) {
            if (i == view.size() || view[i] == '\n') {
                QStringDecoder probe(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
                (void)probe.decode(view.sliced(lineStart, i - lineStart));
                if (probe.hasError())
                    break;
                ++badLine;
                lineStart = i + 1;
            }
        }
        text = decodeWindows1252(view);
        result.warnings << Error {fileName, badLine,
                                  Tr::tr("The file is not valid UTF-8; it was read as Windows-1252 "
                                         "(Western European). Check accented characters.")}
                               .toString();
    }

    // Control characters other than tab/newline/CR/form feed are a sign of a binary file.
    qsizetype controls = 0;
    for (QChar ch : std::as_const(text)) {
        const char16_t u = ch.unicode();
        if (u < 0x20 && u != u'\n' && u != u'\r' && u != u'\t' && u != u'\f')
            ++controls;
    }
    if (controls > 0 && controls * 100 > text.size())
        return Error {fileName, 0,
                      Tr::tr("This is not a text file (it is mostly control characters). "
                             "Choose the Markdown file of the issue instead.")};

    result.text = normaliseLineEndings(std::move(text));
    return result;
}

} // namespace galley
