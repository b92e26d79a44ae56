// Turning the bytes of an issue file into text: UTF-8 with or without BOM, line endings, the
// Windows-1252 fallback and its warning, UTF-16 with a BOM, and the clear errors for NUL bytes and
// binary files. Also through readIssueFile, so the file name and line reach the message.
#include "issuedocument.h"
#include "textdecoding.h"

#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace galley;

namespace {

QByteArray utf16(const QString &text, bool littleEndian)
{
    QByteArray out = littleEndian ? QByteArray("\xFF\xFE", 2) : QByteArray("\xFE\xFF", 2);
    for (QChar c : text) {
        const char lo = char(c.unicode() & 0xFF);
        const char hi = char(c.unicode() >> 8);
        out.append(littleEndian ? lo : hi).append(littleEndian ? hi : lo);
    }
    return out;
}

QString decodeOk(const QByteArray &bytes, QStringList *warnings = nullptr)
{
    auto decoded = decodeText(bytes, u"x.md"_s);
    if (!decoded) {
        qWarning("unexpected error: %s", qPrintable(decoded.error().toString()));
        return u"<error>"_s;
    }
    if (warnings)
        *warnings = decoded->warnings;
    else if (!decoded->warnings.isEmpty())
        qWarning("unexpected warning: %s", qPrintable(decoded->warnings.join(u'\n')));
    return decoded->text;
}

} // namespace

class TestTextDecoding : public QObject
{
    Q_OBJECT
private slots:
    void utf8_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("text");
        QTest::newRow("ascii") << QByteArray("# Title\n\nBody\n") << u"# Title\n\nBody\n"_s;
        QTest::newRow("accents") << QByteArray("caf\xC3\xA9 na\xC3\xAFve\n")
                                 << u"caf\u00E9 na\u00EFve\n"_s;
        QTest::newRow("bom") << QByteArray("\xEF\xBB\xBF# T\xC3\xA9\n") << u"# T\u00E9\n"_s;
        QTest::newRow("bom only") << QByteArray("\xEF\xBB\xBF") << QString();
        QTest::newRow("empty") << QByteArray() << QString();
        QTest::newRow("crlf") << QByteArray("a\r\nb\r\n\r\nc") << u"a\nb\n\nc"_s;
        QTest::newRow("lone cr") << QByteArray("a\rb\r\rc\r") << u"a\nb\n\nc\n"_s;
        QTest::newRow("mixed") << QByteArray("a\r\n\rb\nc\r") << u"a\n\nb\nc\n"_s;
        QTest::newRow("bom crlf") << QByteArray("\xEF\xBB\xBF---\r\ntitle: x\r\n---\r\n")
                                  << u"---\ntitle: x\n---\n"_s;
        QTest::newRow("emoji and cjk") << QByteArray("\xF0\x9F\x8E\x89 \xE6\x97\xA5\xE6\x9C\xAC\n")
                                       << u"\U0001F389 \u65E5\u672C\n"_s;
        QTest::newRow("tab and form feed") << QByteArray("a\tb\fc\n") << u"a\tb\fc\n"_s;
        // A BOM in the middle is a character like any other (a zero-width no-break space).
        QTest::newRow("inner bom") << QByteArray("a\xEF\xBB\xBF b") << u"a\uFEFF b"_s;
    }

    void utf8()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, text);
        QStringList warnings;
        QCOMPARE(decodeOk(bytes, &warnings), text);
        QVERIFY2(warnings.isEmpty(), qPrintable(warnings.join(u'\n')));
    }

    // Not valid UTF-8: read as Windows-1252, with a warning that names the file and the line of
    // the first byte that is not UTF-8.
    void windows1252Fallback_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("line");
        QTest::newRow("smart quotes, line 3")
            << QByteArray("line one\nline two\nshe said \x93hi\x94 at the caf\xE9\n")
            << u"line one\nline two\nshe said \u201Chi\u201D at the caf\u00E9\n"_s << 3;
        QTest::newRow("latin-1 on line 1")
            << QByteArray("caf\xE9\nok\n") << u"caf\u00E9\nok\n"_s << 1;
        QTest::newRow("crlf lines")
            << QByteArray("a\r\nb\r\nna\xEFve\r\n") << u"a\nb\nna\u00EFve\n"_s << 3;
        QTest::newRow("lone cr lines")
            << QByteArray("a\rb\rc\r\x80 5\r") << u"a\nb\nc\n\u20AC 5\n"_s << 4;
        QTest::newRow("after valid utf-8")
            << QByteArray("caf\xC3\xA9\nthen \xE9") << u"caf\u00C3\u00A9\nthen \u00E9"_s << 2;
        QTest::newRow("truncated sequence at end") << QByteArray("abc\xC3") << u"abc\u00C3"_s << 1;
        QTest::newRow("overlong slash") << QByteArray("x\n\xC0\xAF") << u"x\n\u00C0\u00AF"_s << 2;
        QTest::newRow("utf-16 surrogate in utf-8")
            << QByteArray("\xED\xA0\x80") << u"\u00ED\u00A0\u20AC"_s << 1;
        QTest::newRow("beyond U+10FFFF")
            << QByteArray("\xF4\x90\x80\x80") << u"\u00F4\u0090\u20AC\u20AC"_s << 1;
        QTest::newRow("bom then latin-1")
            << QByteArray("\xEF\xBB\xBF\xE9t\xE9") << u"\u00E9t\u00E9"_s << 1;
        QTest::newRow("windows-1252 specials")
            << QByteArray("\x80\x85\x91\x92\x96\x97\x99\x9C")
            << u"\u20AC\u2026\u2018\u2019\u2013\u2014\u2122\u0153"_s << 1;
    }

    void windows1252Fallback()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, text);
        QFETCH(int, line);
        QStringList warnings;
        QCOMPARE(decodeOk(bytes, &warnings), text);
        QCOMPARE(warnings.size(), 1);
        const QString expectedStart = u"x.md:%1: "_s.arg(line);
        QVERIFY2(warnings.first().startsWith(expectedStart), qPrintable(warnings.first()));
        QVERIFY2(warnings.first().contains(u"Windows-1252"_s), qPrintable(warnings.first()));
    }

    void windows1252Table()
    {
        // Every byte decodes to one character; 0x80-0x9F differ from Latin-1.
        QByteArray all;
        for (int b = 1; b < 256; ++b)
            all += char(b);
        const QString text = decodeWindows1252(all);
        QCOMPARE(text.size(), all.size());
        QCOMPARE(text.at(0x41 - 1), u'A');
        QCOMPARE(text.at(0x80 - 1), QChar(0x20AC));
        QCOMPARE(text.at(0x93 - 1), QChar(0x201C));
        QCOMPARE(text.at(0x94 - 1), QChar(0x201D));
        QCOMPARE(text.at(0x81 - 1), QChar(0x81)); // unassigned: kept as the C1 code point
        QCOMPARE(text.at(0xE9 - 1), QChar(0xE9));
        QCOMPARE(text.at(0xFF - 1), QChar(0xFF));
    }

    void utf16WithBom_data()
    {
        QTest::addColumn<bool>("littleEndian");
        QTest::newRow("LE") << true;
        QTest::newRow("BE") << false;
    }

    void utf16WithBom()
    {
        QFETCH(bool, littleEndian);
        const QString source = u"# Caf\u00E9 \u201Cquoted\u201D\r\nline\r\n"_s;
        QStringList warnings;
        QCOMPARE(decodeOk(utf16(source, littleEndian), &warnings),
                 u"# Caf\u00E9 \u201Cquoted\u201D\nline\n"_s);
        QVERIFY(warnings.isEmpty());
    }

    void damagedUtf16IsAnError()
    {
        // An odd number of bytes after the BOM cannot be UTF-16.
        QByteArray odd = utf16(u"abc"_s, true);
        odd.chop(1);
        auto decoded = decodeText(odd, u"odd.md"_s);
        QVERIFY(!decoded.ok());
        QCOMPARE(decoded.error().file, u"odd.md"_s);
        QVERIFY(decoded.error().message.contains(u"UTF-16"_s));
        // A NUL character inside UTF-16 text.
        auto nul = decodeText(utf16(u"ab"_s + QChar(0) + u"c"_s, true), u"nul16.md"_s);
        QVERIFY(!nul.ok());
        QVERIFY(nul.error().toString().startsWith(u"nul16.md"_s));
    }

    void nulBytesAreAnError_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("line");
        QTest::newRow("first line") << QByteArray("ab\0cd", 5) << 1;
        QTest::newRow("third line") << QByteArray("a\nb\nc\0", 6) << 3;
        QTest::newRow("cr line endings") << QByteArray("a\rb\r\0", 5) << 3;
        QTest::newRow("crlf line endings") << QByteArray("a\r\nb\r\n\0", 7) << 3;
        QTest::newRow("utf-16 without bom") << QByteArray("#\0 \0T\0i\0t\0l\0e\0", 14) << 1;
    }

    void nulBytesAreAnError()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(int, line);
        auto decoded = decodeText(bytes, u"broken.md"_s);
        QVERIFY(!decoded.ok());
        QCOMPARE(decoded.error().file, u"broken.md"_s);
        QCOMPARE(decoded.error().line, line);
        QVERIFY2(decoded.error().message.contains(u"NUL"_s), qPrintable(decoded.error().message));
        QVERIFY(decoded.error().toString().startsWith(u"broken.md:%1: "_s.arg(line)));
    }

    void binaryIsAnError_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QRandomGenerator rng(42);
        QByteArray png("\x89PNG\r\n\x1A\n\0\0\0\rIHDR", 16);
        for (int i = 0; i < 4000; ++i)
            png += char(rng.bounded(256));
        QTest::newRow("png") << png;

        // Random bytes without a single NUL: the control characters give it away.
        QByteArray noNul;
        for (int i = 0; i < 4000; ++i)
            noNul += char(1 + rng.bounded(255));
        QTest::newRow("random, no NUL") << noNul;

        // Valid UTF-8 made only of control characters.
        QTest::newRow("controls") << QByteArray(500, '\x01') + QByteArray("text");

        // Binary behind a UTF-16 BOM.
        QByteArray fakeUtf16("\xFF\xFE", 2);
        for (int i = 0; i < 2000; ++i) {
            fakeUtf16 += char(1 + rng.bounded(31));
            fakeUtf16 += char(0);
        }
        QTest::newRow("utf-16 of controls") << fakeUtf16;
    }

    void binaryIsAnError()
    {
        QFETCH(QByteArray, bytes);
        auto decoded = decodeText(bytes, u"image.md"_s);
        QVERIFY(!decoded.ok());
        QCOMPARE(decoded.error().file, u"image.md"_s);
        QVERIFY2(decoded.error().message.contains(u"not a text file"_s)
                     || decoded.error().message.contains(u"damaged"_s),
                 qPrintable(decoded.error().message));
    }

    // decodesToItself says yes exactly for bytes that decodeText gives back unchanged and without
    // a warning (galley export then skips decoding them).
    void decodesToItselfMatchesDecodeText_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<bool>("itself");
        QTest::newRow("empty") << QByteArray() << true;
        QTest::newRow("ascii") << QByteArray("# T\n\ntext\twith tab\fand form feed\n") << true;
        QTest::newRow("utf-8") << QByteArray(
            "caf\xC3\xA9 \xE2\x80\x9Cq\xE2\x80\x9D \xF0\x9F\x98\x80\n")
                               << true;
        QTest::newRow("utf-8 bom") << QByteArray("\xEF\xBB\xBFtext\n") << false;
        QTest::newRow("utf-16 bom") << QByteArray("\xFF\xFEt\0e\0", 6) << false;
        QTest::newRow("crlf") << QByteArray("a\r\nb\r\n") << false;
        QTest::newRow("lone cr") << QByteArray("a\rb\n") << false;
        QTest::newRow("nul") << QByteArray("a\0b\n", 4) << false;
        QTest::newRow("escape") << QByteArray("a \x1B[0m b\n") << false;
        QTest::newRow("windows-1252") << QByteArray("caf\xE9\n") << false;
        QTest::newRow("overlong") << QByteArray("\xC0\xAF\n") << false;
        QTest::newRow("surrogate") << QByteArray("\xED\xA0\x80\n") << false;
        QTest::newRow("cut short") << QByteArray("abc\xE2\x80") << false;
        QTest::newRow("cr after 8 ascii") << QByteArray("abcdefgh\r") << false;
    }

    void decodesToItselfMatchesDecodeText()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(bool, itself);
        QCOMPARE(decodesToItself(bytes), itself);
        if (itself) {
            const auto decoded = decodeText(bytes, u"f.md"_s);
            QVERIFY(decoded.ok());
            QVERIFY(decoded->warnings.isEmpty());
            QCOMPARE(decoded->text.toUtf8(), bytes);
        }
    }

    // Every byte order mark at the start goes, not only the first: U+FEFF left at the start of
    // the text would be written by the Markdown export and taken for its BOM when read back.
    void everyLeadingByteOrderMarkGoes()
    {
        QStringList warnings;
        QCOMPARE(decodeOk("\xEF\xBB\xBF\xEF\xBB\xBF\xEF\xBB\xBF# T\xEF\xBB\xBF\n", &warnings),
                 u"# T\uFEFF\n"_s);
        QVERIFY(warnings.isEmpty());
        QCOMPARE(decodeOk(QByteArray("\xFF\xFE\xFF\xFE"
                                     "a\0",
                                     6),
                          &warnings),
                 u"a"_s);
        // Without a BOM the first bytes are text: nothing is taken off.
        QCOMPARE(decodeOk("a\xEF\xBB\xBF\n", &warnings), u"a\uFEFF\n"_s);
    }

    void aFewControlCharactersAreStillText()
    {
        // An escape sequence pasted from a terminal, or a ^Z at the end of an old DOS file.
        // They are replaced by U+FFFD, visible in the editor and harmless in a terminal, with a
        // warning that names the line of the first one.
        QByteArray text = QByteArray(2000, 'a') + "\n\x1B[1m bold\x1B[0m\n\x1A";
        QStringList warnings;
        const QString decoded = decodeOk(text, &warnings);
        QCOMPARE(decoded, QString(2000, u'a') + u"\n\uFFFD[1m bold\uFFFD[0m\n\uFFFD"_s);
        QCOMPARE(warnings.size(), 1);
        QVERIFY2(warnings.first().startsWith(u"x.md:2: "_s), qPrintable(warnings.first()));
        QVERIFY2(warnings.first().contains(u"3 control character"_s), qPrintable(warnings.first()));

        // Tab, form feed and line ends are not among them.
        QCOMPARE(decodeOk("a\tb\fc\r\nd\n", &warnings), u"a\tb\fc\nd\n"_s);

        // Nor in UTF-16, whose path is separate.
        QStringList utf16Warnings;
        QByteArray utf16("\xFF\xFE\x1B\0", 4);
        for (int i = 0; i < 200; ++i)
            utf16 += QByteArray("b\0", 2);
        QCOMPARE(decodeOk(utf16, &utf16Warnings), u"\uFFFD"_s + QString(200, u'b'));
        QCOMPARE(utf16Warnings.size(), 1);
    }

    // The same through readIssueFile: the warning and the errors name the real path.
    void throughReadIssueFile()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const auto write = [&](const QString &name, const QByteArray &bytes) {
            QFile f(dir.filePath(name));
            if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
                qFatal("cannot write test file");
            return f.fileName();
        };

        const QString latin1 = write(u"latin1.md"_s,
                                     "---\r\ntitle: Caf\xE9 \x93Weekly\x94 \\#7\r\n"
                                     "date: 2025-01-05\r\n---\r\n\r\nBody \x96 text\r\n");
        QStringList warnings;
        auto doc = readIssueFile(latin1, &warnings);
        QVERIFY2(doc.ok(), qPrintable(doc.ok() ? QString() : doc.error().toString()));
        QCOMPARE(doc->title(), u"Caf\u00E9 \u201CWeekly\u201D #7"_s);
        QCOMPARE(doc->issueNumber(), 7);
        QCOMPARE(doc->body(), u"\nBody \u2013 text\n"_s);
        QCOMPARE(warnings.size(), 1);
        QVERIFY2(warnings.first().startsWith(latin1 + u":2: "_s), qPrintable(warnings.first()));

        const QString bomCrlf
            = write(u"bom.md"_s, "\xEF\xBB\xBF---\r\ntitle: T\r\ndate: 2025-13-01\r\n---\r\n");
        auto bad = readIssueFile(bomCrlf);
        QVERIFY(!bad.ok());
        QVERIFY2(bad.error().toString().startsWith(bomCrlf + u":3: "_s),
                 qPrintable(bad.error().toString()));

        const QString nul = write(u"nul.md"_s, QByteArray("# T\n\nx\0y", 8));
        auto nulDoc = readIssueFile(nul);
        QVERIFY(!nulDoc.ok());
        QVERIFY2(nulDoc.error().toString().startsWith(nul + u":3: "_s),
                 qPrintable(nulDoc.error().toString()));
    }
};

QTEST_GUILESS_MAIN(TestTextDecoding)
#include "tst_textdecoding.moc"
